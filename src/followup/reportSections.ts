// The annual report's sections as language-rendered tables (headings, column
// headers and formats, rows of cells): the one model both the Excel sheet
// (reportSheet.ts) and the Word export (docx.ts) render, so they always hold
// the same sections and figures.

import { listLabel, type Lang, type Text } from "../workbook/layout";
import { assessmentText, col, documentStatusText, reportText, trendMoveText, trendVerdictText } from "../i18n/followup";
import type { ActivityStatus, AnnualReport, Assessment, IndicatorFollowUp } from "./types";
import { ASSESSMENTS } from "./goals";
import { columns, type FormattedNumber, type ReportCell, type ReportColumn, type ReportTable } from "./tableModel";
import { STATUSES } from "./activities";

export interface ReportSection {
  id: keyof typeof reportText.sections;
  heading: string;
  tables: ReportTable[];
}

const t = (text: Text, lang: Lang) => text[lang];

/** An item as a reader knows it: its ID and its name, "M1 Minska brottsligheten". */
export function labelled(id: string | null, name: string | null): string {
  return [id, name].filter((s) => s).join(" ");
}

function statusLabel(status: ActivityStatus | null, lang: Lang): string {
  return status ? listLabel("activityStatus", status, lang) : "";
}

/**
 * "Minskar (bättre)" / "Falling (better)"; with "sedan 2021" / "since 2021" when the
 * previous measurement is not from the year before; empty without a trend.
 */
export function trendLabel(i: IndicatorFollowUp, year: number, lang: Lang): string {
  if (!i.trend) return "";
  const verdict = t(trendVerdictText[i.trend.verdict], lang);
  const since = i.previousYear !== null && i.previousYear < (i.valueYear ?? year) - 1 ? ` ${t(reportText.since(i.previousYear), lang)}` : "";
  return `${t(trendMoveText[i.trend.move], lang)}${since}${verdict ? ` (${verdict})` : ""}`;
}

export function assessmentLabel(a: Assessment | null, lang: Lang): string {
  return a ? t(assessmentText[a], lang) : "";
}

function summary(r: AnnualReport, lang: Lang): ReportTable {
  const k = r.keyFigures;
  const kf = reportText.keyFigures;
  const int = (value: number): FormattedNumber => ({ value, format: "integer" });
  const money = (value: number | null): FormattedNumber | null => (value === null ? null : { value, format: "money" });
  const rows: ReportCell[][] = [
    [t(kf.goals, lang), int(k.goals)],
    [t(kf.indicators, lang), int(k.indicators)],
    ...ASSESSMENTS.filter((a) => a !== "unknown" || k.assessments.unknown > 0).map((a) => [
      t(kf.indicatorsAt(assessmentText[a]), lang),
      int(k.assessments[a]),
    ]),
    [t(kf.activities, lang), int(k.activities)],
    ...STATUSES.map((s) => [t(kf.activitiesAt({ sv: listLabel("activityStatus", s, "sv"), en: listLabel("activityStatus", s, "en") }), lang), int(k.status[s])]),
    [t(kf.overBudget, lang), int(r.budget.overBudget.length)],
    [t(kf.meetingsHeld, lang), int(k.meetingsHeld)],
    [t(kf.meetingsPlanned, lang), int(k.meetingsPlanned)],
    [t(kf.earmarked, lang), money(k.earmarked)],
    [t(kf.allocated, lang), money(k.allocated)],
    [t(kf.spent, lang), money(k.spent)],
    [t(kf.remaining, lang), money(k.remaining)],
    [t(kf.hours, lang), { value: k.hours, format: "number" }],
  ];
  return { name: lang === "sv" ? "Sammanfattning" : "Summary", columns: columns(lang, [[col.keyFigure, "text"], [col.value, "number"]]), rows, emptyText: "" };
}

function organisation(r: AnnualReport, lang: Lang): ReportTable {
  return {
    name: lang === "sv" ? "Organisation" : "Organisation",
    columns: columns(lang, [
      [col.group, "text"], [col.members, "text"], [col.chair, "text"], [col.convener, "text"], [col.groupType, "text"],
      [col.meetingsHeld, "integer"], [col.meetingsPlanned, "integer"],
    ]),
    rows: r.groups.map((g) => [
      labelled(g.groupId, g.name), g.members.join(", "), g.chair, g.convener, g.type ? listLabel("groupType", g.type, lang) : "",
      g.meetingsHeld, g.meetingsPlanned,
    ]),
    emptyText: t(reportText.none.groups, lang),
  };
}

/** The indicator columns, shared by Måluppfyllelse and the Uppföljning sheet's indicator table. */
export function indicatorColumns(year: number, lang: Lang): ReportColumn[] {
  return columns(lang, [
    [col.indicator, "text"], [col.unit, "text"], [col.assessment, "text"], [col.trend, "text"], [col.baseYear, "year"],
    [col.baseValue, "number"], [col.targetYear, "year"], [col.targetValue, "number"], [col.latestValue, "number"],
    [col.previousValue, "number"], [col.progress, "percent"],
  ]);
}

/** An indicator's cells under indicatorColumns; a goal without indicators of its own gets a note. */
export function indicatorCells(i: IndicatorFollowUp | null, year: number, lang: Lang): ReportCell[] {
  if (!i) return [t(reportText.none.noIndicator, lang), ...Array<null>(10).fill(null)];
  return [
    labelled(i.indicatorId, i.name), i.unit ? listLabel("unit", i.unit, lang) : "", assessmentLabel(i.assessment, lang),
    trendLabel(i, year, lang), i.baseYear, i.baseValue, i.targetYear, i.targetValue,
    withYear(i.value, i.valueYear), withYear(i.previousValue, i.previousYear), i.progressShown,
  ];
}

/** A measured value with the year it is from: shown "7 702 (2025)", kept a number in Excel. */
export function withYear(value: number | null, year: number | null): FormattedNumber | null {
  return value === null || year === null ? null : { value, format: "number", year };
}

function goals(r: AnnualReport, lang: Lang): ReportTable {
  const known = new Set(r.goals.map((g) => g.goalId));
  const byGoal = new Map<string, IndicatorFollowUp[]>();
  for (const i of r.indicators) {
    if (!i.goalId) continue;
    const list = byGoal.get(i.goalId);
    if (list) list.push(i);
    else byGoal.set(i.goalId, [i]);
  }
  const rows: ReportCell[][] = [];
  for (const g of r.goals) {
    const own = byGoal.get(g.goalId) ?? [];
    const goal = labelled(g.goalId, g.name);
    const assessment = assessmentLabel(g.assessment, lang);
    if (own.length === 0) rows.push([goal, ...indicatorCells(null, r.year, lang), assessment]);
    for (const i of own) rows.push([goal, ...indicatorCells(i, r.year, lang), assessment]);
  }
  for (const i of r.indicators.filter((i) => !i.goalId || !known.has(i.goalId))) rows.push([i.goalId, ...indicatorCells(i, r.year, lang), null]);
  return {
    name: lang === "sv" ? "Mal" : "Goals",
    columns: [...columns(lang, [[col.goal, "text"]]), ...indicatorColumns(r.year, lang), ...columns(lang, [[col.goalAssessment, "text"]])],
    rows,
    emptyText: t(reportText.none.goals, lang),
  };
}

/** Each goal's label by its ID (an unknown ID stands for itself). */
function goalLabels(r: AnnualReport): (goalId: string | null) => string {
  const labels = new Map(r.goals.map((g) => [g.goalId, labelled(g.goalId, g.name)]));
  return (id) => (id === null ? "" : (labels.get(id) ?? id));
}

/** Position of each goal in the report's (tree) order, for sorting activities by goal. */
function goalOrder(r: AnnualReport): (goalId: string | null) => number {
  const order = new Map(r.goals.map((g, i) => [g.goalId, i]));
  return (id) => (id !== null && order.has(id) ? order.get(id)! : order.size);
}

function activities(r: AnnualReport, lang: Lang): ReportTable {
  const rank = goalOrder(r);
  const goals = goalLabels(r);
  const sorted = r.activities.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a.goalId) - rank(y.a.goalId) || x.i - y.i);
  return {
    name: lang === "sv" ? "Aktiviteter" : "Activities",
    columns: columns(lang, [
      [col.goal, "text"], [col.activity, "text"], [col.responsibleGroup, "text"], [col.comment, "text"], [col.status, "text"],
      [col.budget, "money"], [col.spent, "money"], [col.hours, "number"],
    ]),
    rows: sorted.map(({ a }) => [
      goals(a.goalId), labelled(a.activityId, a.name), a.groupId ? (r.groupNames[a.groupId] ?? a.groupId) : "", a.comment,
      statusLabel(a.status, lang), a.budget, a.spent, a.hours,
    ]),
    emptyText: t(reportText.none.activities(r.year), lang),
  };
}

/** The follow-up year and the two before it, where the budget names them. */
function economy(r: AnnualReport, lang: Lang): ReportTable[] {
  const years = r.budget.years.filter((y) => y.year <= r.year && y.year >= r.year - 2);
  const byYear: ReportTable = {
    name: lang === "sv" ? "Ekonomi" : "Finances",
    columns: columns(lang, [
      [col.year, "year"], [col.earmarked, "money"], [col.allocated, "money"], [col.spent, "money"], [col.remaining, "money"],
      [col.unallocated, "money"], [col.hours, "number"],
    ]),
    rows: years.map((y) => [y.year, y.earmarked, y.allocated, y.spent, y.remaining, y.unallocated, y.hours]),
    emptyText: t(reportText.none.economy, lang),
  };
  const byGoal: ReportTable = {
    name: lang === "sv" ? "EkonomiMal" : "FinancesPerGoal",
    caption: t(reportText.sections.economyByGoal, lang),
    columns: columns(lang, [[col.goal, "text"], [col.allocated, "money"], [col.spent, "money"], [col.hours, "number"]]),
    rows: r.budget.byGoal.map((g) => [labelled(g.goalId, g.name), g.allocated, g.spent, g.hours]),
    emptyText: t(reportText.none.activities(r.year), lang),
  };
  return [byYear, byGoal];
}

function documents(r: AnnualReport, lang: Lang): ReportTable {
  return {
    name: lang === "sv" ? "Styrdokument" : "Documents",
    columns: columns(lang, [
      [col.document, "text"], [col.decidedBy, "text"], [col.documentType, "text"], [col.status, "text"],
      [col.decisionDate, "date"], [col.validUntil, "date"], [col.lastFollowUp, "date"], [col.nextFollowUp, "date"],
    ]),
    rows: r.documents.map((d) => [
      labelled(d.documentId, d.title), d.decidedBy, d.type ? listLabel("documentType", d.type, lang) : "",
      t(documentStatusText[d.status], lang), d.decisionDate, d.validUntil, d.lastFollowUp, d.nextFollowUp,
    ]),
    emptyText: t(reportText.none.documents, lang),
  };
}

function citizenPromises(r: AnnualReport, lang: Lang): ReportTable {
  return {
    name: lang === "sv" ? "Medborgarloften" : "CitizenPromises",
    columns: columns(lang, [[col.citizenPromise, "text"], [col.activity, "text"], [col.status, "text"]]),
    rows: r.citizenPromises.flatMap((p) =>
      p.activities.length === 0
        ? [[labelled(p.documentId, p.title), t(reportText.none.noActivity, lang), null]]
        : p.activities.map((a) => [labelled(p.documentId, p.title), labelled(a.activityId, a.name), statusLabel(a.status, lang)]),
    ),
    emptyText: t(reportText.none.citizenPromises(r.year), lang),
  };
}

/** The report's sections in order, rendered in `lang`. */
export function reportSections(r: AnnualReport, lang: Lang): ReportSection[] {
  const s = reportText.sections;
  return [
    { id: "summary", heading: t(s.summary, lang), tables: [summary(r, lang)] },
    { id: "organisation", heading: t(s.organisation, lang), tables: [organisation(r, lang)] },
    { id: "goals", heading: t(s.goals, lang), tables: [goals(r, lang)] },
    { id: "activities", heading: t(s.activities, lang), tables: [activities(r, lang)] },
    { id: "economy", heading: t(s.economy, lang), tables: economy(r, lang) },
    { id: "documents", heading: t(s.documents, lang), tables: [documents(r, lang)] },
    { id: "citizenPromises", heading: t(s.citizenPromises, lang), tables: [citizenPromises(r, lang)] },
  ];
}
