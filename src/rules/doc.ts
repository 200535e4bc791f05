// DOC rules: the governing documents the guidance and Lag (2023:196) ask for
// (collaboration agreement, lägesbild, åtgärdsplan, medborgarlöften) and whether
// each is current, followed up and decided by someone.

import { RULE_MESSAGES, type RowRef } from "../i18n/rules";
import type { Finding } from "../workbook/findings";
import type { ListKey } from "../workbook/layout";
import { DEFAULT_SETTINGS } from "../workbook/settings";
import { hasColumns, idOf, type DocumentRow, type RuleContext } from "./context";
import { addYears, yearEnd, yearStart } from "./dates";
import { columnName, finding, itemName, sheetName } from "./finding";

const docsOfType = (ctx: RuleContext, type: ListKey<"documentType">): DocumentRow[] => ctx.idx.documentsByType.get(type) ?? [];

function docRef(d: DocumentRow): RowRef {
  return { id: idOf(d.values.documentId) ?? `#${d.row}`, name: d.values.title };
}

/** The document with the latest Beslutsdatum (the first of equals); undefined when none is dated. */
function newestDecided(docs: readonly DocumentRow[]): (DocumentRow & { values: { decisionDate: string } }) | undefined {
  let best: DocumentRow | undefined;
  for (const d of docs) if (d.values.decisionDate !== null && (!best || d.values.decisionDate > best.values.decisionDate!)) best = d;
  return best as never;
}

/** "Typ: Lägesbild": how to mark a document of a type, in the workbook's words. */
const typeHint = (ctx: RuleContext, type: ListKey<"documentType">) => `${columnName(ctx, "Documents", "type")}: ${itemName(ctx, "documentType", type)}`;

/** DOC-01: a Samverkansöverenskommelse whose Giltigt till has not passed. */
export function doc01(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Documents", "type", "validUntil")) return [];
  const agreements = docsOfType(ctx, "collaborationAgreement");
  if (agreements.some((d) => d.values.validUntil === null || d.values.validUntil >= ctx.referenceDate)) return [];
  let lastExpiry: string | null = null;
  for (const d of agreements) if (d.values.validUntil !== null && (lastExpiry === null || d.values.validUntil > lastExpiry)) lastExpiry = d.values.validUntil;
  const message = RULE_MESSAGES.noValidAgreement({ sheet: sheetName(ctx, "Documents"), typeHint: typeHint(ctx, "collaborationAgreement"), lastExpiry });
  return [finding(ctx, "DOC-01", { table: "Documents" }, message, ["none"], [lastExpiry])];
}

/** DOC-02: every document has a Nästa uppföljning that has not passed. */
export function doc02(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Documents", "nextFollowUp")) return [];
  const out: Finding[] = [];
  const column = columnName(ctx, "Documents", "nextFollowUp");
  const sheet = sheetName(ctx, "Documents");
  for (const d of ctx.plan.rows.Documents) {
    const next = d.values.nextFollowUp;
    if (next !== null && next >= ctx.referenceDate) continue;
    const doc = docRef(d);
    const message = next === null
      ? RULE_MESSAGES.noFollowUpDate({ doc, column, sheet })
      : RULE_MESSAGES.followUpOverdue({ doc, date: next, column, lastColumn: columnName(ctx, "Documents", "lastFollowUp"), sheet });
    out.push(finding(ctx, "DOC-02", { table: "Documents", row: d.row, column: "nextFollowUp" }, message, [doc.id], [doc.id, next]));
  }
  return out;
}

/** The configured maximum age of the lägesbild in years (a positive number, else the default). */
function maxAgeYears(ctx: RuleContext): number {
  const n = ctx.settings.situationReportMaxAgeYears;
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n) : DEFAULT_SETTINGS.situationReportMaxAgeYears;
}

/** DOC-03: a Lägesbild exists and the newest is at most the configured number of years old. */
export function doc03(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Documents", "type", "decisionDate")) return [];
  const reports = docsOfType(ctx, "situationReport");
  const sheet = sheetName(ctx, "Documents");
  if (reports.length === 0) {
    const message = RULE_MESSAGES.noSituationReport({ sheet, typeHint: typeHint(ctx, "situationReport") });
    return [finding(ctx, "DOC-03", { table: "Documents" }, message, ["none"], [])];
  }
  const newest = newestDecided(reports);
  if (!newest) {
    const doc = docRef(reports[0]);
    const message = RULE_MESSAGES.situationReportUndated({ doc, column: columnName(ctx, "Documents", "decisionDate"), sheet });
    return [finding(ctx, "DOC-03", { table: "Documents", row: reports[0].row, column: "decisionDate" }, message, ["undated"], [reports.length])];
  }
  const years = maxAgeYears(ctx);
  const date = newest.values.decisionDate;
  if (date >= addYears(ctx.referenceDate, -years)) return [];
  const doc = docRef(newest);
  const message = RULE_MESSAGES.situationReportOld({ doc, date, years, referenceDate: ctx.referenceDate });
  return [finding(ctx, "DOC-03", { table: "Documents", row: newest.row, column: "decisionDate" }, message, ["old", doc.id], [doc.id, date, years])];
}

/** DOC-04: an Åtgärdsplan exists, and the newest was not decided before the newest Lägesbild. */
export function doc04(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Documents", "type", "decisionDate")) return [];
  const plans = docsOfType(ctx, "actionPlan");
  if (plans.length === 0) {
    const message = RULE_MESSAGES.noActionPlan({ sheet: sheetName(ctx, "Documents"), typeHint: typeHint(ctx, "actionPlan") });
    return [finding(ctx, "DOC-04", { table: "Documents" }, message, ["none"], [])];
  }
  const plan = newestDecided(plans);
  const report = newestDecided(docsOfType(ctx, "situationReport"));
  if (!plan || !report || plan.values.decisionDate >= report.values.decisionDate) return [];
  const planRef = docRef(plan);
  const reportRef = docRef(report);
  const message = RULE_MESSAGES.actionPlanOutdated({ plan: planRef, planDate: plan.values.decisionDate, report: reportRef, reportDate: report.values.decisionDate });
  return [
    finding(ctx, "DOC-04", { table: "Documents", row: plan.row, column: "decisionDate" }, message, ["outdated", planRef.id], [
      planRef.id,
      plan.values.decisionDate,
      reportRef.id,
      report.values.decisionDate,
    ]),
  ];
}

/** DOC-05: a Medborgarlöfte in force during the follow-up year. */
export function doc05(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Documents", "type", "decisionDate", "validUntil")) return [];
  const start = yearStart(ctx.followUpYear);
  const end = yearEnd(ctx.followUpYear);
  const inForce = (d: DocumentRow) => d.values.decisionDate !== null && d.values.decisionDate <= end && (d.values.validUntil === null || d.values.validUntil >= start);
  if (docsOfType(ctx, "citizenPromise").some(inForce)) return [];
  const message = RULE_MESSAGES.noCitizenPromise({ year: ctx.followUpYear, sheet: sheetName(ctx, "Documents"), typeHint: typeHint(ctx, "citizenPromise") });
  return [finding(ctx, "DOC-05", { table: "Documents" }, message, [ctx.followUpYear], [ctx.followUpYear])];
}

/** DOC-06: every document says who decided it (Beslutat av). */
export function doc06(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Documents", "decidedBy")) return [];
  const out: Finding[] = [];
  for (const d of ctx.plan.rows.Documents) {
    if (d.values.decidedBy !== null) continue;
    const doc = docRef(d);
    const message = RULE_MESSAGES.noDecidedBy({ doc, column: columnName(ctx, "Documents", "decidedBy"), sheet: sheetName(ctx, "Documents") });
    out.push(finding(ctx, "DOC-06", { table: "Documents", row: d.row, column: "decidedBy" }, message, [doc.id], [doc.id]));
  }
  return out;
}
