// The annual report (verksamhetsberättelse) of one year as plain data: the
// follow-up plus the organisation, the governing documents and the citizen
// promises as they stood in that year. Rendered by reportSheet.ts (Excel) and
// docx.ts (Word) through the shared section model in reportSections.ts.

import type { Plan, PlanRow } from "../workbook/plan";
import type { Settings } from "../workbook/settings";
import type { AnnualReport, DocumentStatus, FollowUp, KeyFigures, ReportCitizenPromise, ReportDocument, ReportGroup } from "./types";
import { countStatuses } from "./activities";
import { computeFollowUp } from "./compute";
import { countAssessments } from "./goals";
import { meetingsHeld } from "./meetings";

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/** A member is in force during the year when Från is empty or before its end and Till is empty or after its start. */
function inForceDuring(m: PlanRow<"Members">["values"], year: number): boolean {
  return (!m.from || m.from <= yearEnd(year)) && (!m.to || m.to >= yearStart(year));
}

function reportGroups(plan: Plan, year: number): ReportGroup[] {
  const held = meetingsHeld(plan.rows.Meetings, year);
  const members = plan.rows.Members.map((r) => r.values).filter((m) => m.name && inForceDuring(m, year));
  return plan.rows.Groups.filter((g) => g.values.groupId).map(({ values: g }) => {
    const own = members.filter((m) => m.groupId === g.groupId);
    return {
      groupId: g.groupId!,
      name: g.name ?? "",
      type: g.type,
      chair: own.find((m) => m.role === "chair")?.name ?? null,
      convener: own.find((m) => m.role === "convener")?.name ?? null,
      members: own.map((m) => m.name!),
      meetingsHeld: held.get(g.groupId!) ?? 0,
      meetingsPlanned: g.plannedMeetings,
    };
  });
}

/**
 * A document's status on the last day of the year:
 *   notDecided   no Beslutsdatum;
 *   expired      Giltigt till before the year's last day;
 *   followUpDue  Nästa uppföljning empty or before the year's last day;
 *   valid        otherwise.
 */
export function documentStatus(d: PlanRow<"Documents">["values"], year: number): DocumentStatus {
  if (!d.decisionDate) return "notDecided";
  if (d.validUntil && d.validUntil < yearEnd(year)) return "expired";
  if (!d.nextFollowUp || d.nextFollowUp < yearEnd(year)) return "followUpDue";
  return "valid";
}

/** Documents decided by the year's end (or not dated), in sheet order. */
function reportDocuments(plan: Plan, year: number): ReportDocument[] {
  return plan.rows.Documents.map((r) => r.values)
    .filter((d) => d.documentId && (!d.decisionDate || d.decisionDate <= yearEnd(year)))
    .map((d) => ({
      documentId: d.documentId!,
      title: d.title ?? "",
      type: d.type,
      decidedBy: d.decidedBy,
      decisionDate: d.decisionDate,
      validUntil: d.validUntil,
      lastFollowUp: d.lastFollowUp,
      nextFollowUp: d.nextFollowUp,
      status: documentStatus(d, year),
    }));
}

/**
 * Citizen promises of the year: every Medborgarlöfte in force during it (decided by its
 * end, Giltigt till empty or after its start, as rule DOC-05 reads it) and every document
 * an activity of the year names as its Medborgarlöfte, each with those activities.
 */
function reportCitizenPromises(plan: Plan, fu: FollowUp): ReportCitizenPromise[] {
  const linked = new Set(fu.activities.map((a) => a.citizenPromiseId).filter((id) => id !== null));
  return plan.rows.Documents.map((r) => r.values)
    .filter((d) => {
      if (!d.documentId) return false;
      if (linked.has(d.documentId)) return true;
      const inForce = !!d.decisionDate && d.decisionDate <= yearEnd(fu.year) && (!d.validUntil || d.validUntil >= yearStart(fu.year));
      return d.type === "citizenPromise" && inForce;
    })
    .map((d) => ({
      documentId: d.documentId!,
      title: d.title ?? "",
      activities: fu.activities
        .filter((a) => a.citizenPromiseId === d.documentId)
        .map((a) => ({ activityId: a.activityId, name: a.name, status: a.status })),
    }));
}

function keyFigures(fu: FollowUp, groups: readonly ReportGroup[]): KeyFigures {
  const b = fu.budget.year;
  return {
    goals: fu.goals.length,
    indicators: fu.indicators.length,
    assessments: countAssessments(fu.indicators),
    activities: fu.activities.length,
    status: countStatuses(fu.activities),
    meetingsHeld: groups.reduce((s, g) => s + g.meetingsHeld, 0),
    meetingsPlanned: groups.reduce((s, g) => s + (g.meetingsPlanned ?? 0), 0),
    earmarked: b.earmarked,
    allocated: b.allocated,
    spent: b.spent,
    remaining: b.remaining,
    hours: b.hours,
  };
}

/** The annual report of `year`; `followUp` may be passed when it is already computed for that year. */
export function buildAnnualReport(plan: Plan, year: number, settings: Settings, followUp?: FollowUp): AnnualReport {
  const fu = followUp && followUp.year === year ? followUp : computeFollowUp(plan, year, settings);
  const groups = reportGroups(plan, year);
  return {
    year,
    municipality: settings.municipality.trim(),
    keyFigures: keyFigures(fu, groups),
    groups,
    goals: fu.goals,
    indicators: fu.indicators,
    activities: fu.activities,
    budget: fu.budget,
    documents: reportDocuments(plan, year),
    citizenPromises: reportCitizenPromises(plan, fu),
    groupNames: Object.fromEntries(groups.map((g) => [g.groupId, g.name])),
    meetings: fu.meetings,
  };
}
