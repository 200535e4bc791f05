// The annual report's sections as language-rendered content: headings, the
// generated paragraph (narrative.ts), tables (column headers and formats, rows of
// cells) and charts (charts.ts), with a subsection per goal. The one model both
// the Excel sheet (reportSheet.ts) and the Word export (docx.ts) render, so they
// always hold the same sections, words and figures.

import { listLabel, type Lang, type Text } from "../workbook/layout";
import { assessmentText, col, documentStatusText, reportText, trendMoveText, trendVerdictText } from "../i18n/followup";
import { comparisonPhrase } from "./comparisons";
import type { ActivityFollowUp, ActivityStatus, AnnualReport, Assessment, IndicatorFollowUp } from "./types";
import { budgetChart, indicatorChart, meetingsChart, type ChartSpec } from "./charts";
import { reportNarrative, type NarrativeOptions, type ReportNarrative } from "./narrative";
import { ASSESSMENTS } from "./goals";
import { columns, labelled, type FormattedNumber, type ReportCell, type ReportColumn, type ReportTable } from "./tableModel";
import { STATUSES } from "./activities";

export interface ReportSection {
  /** The section's kind; "goal" for a goal's subsection. */
  id: keyof typeof reportText.sections | "goal";
  /** 1 for a section, 2 or 3 for a goal's subsection (3 below the second level of goals). */
  level: 1 | 2 | 3;
  heading: string;
  /** The generated text said under the heading; null when there is none. */
  paragraph: string | null;
  tables: ReportTable[];
  /** Charts the Word report draws under the paragraph: each indicator's, the budget's, the meetings'. */
  charts: ChartSpec[];
  /** The one chart the report sheet draws beside the section's first table. */
  sheetChart: ChartSpec | null;
}

const t = (text: Text, lang: Lang) => text[lang];

export { labelled };

function statusLabel(status: ActivityStatus | null, lang: Lang): string {
  return status ? listLabel("activityStatus", status, lang) : "";
}

/**
 * "Minskar (bättre)" / "Falling (better)"; with "sedan 2021" / "since 2021" when the
 * previous measurement is not from the year before; empty without a trend.
 */
export function trendLabel(i: IndicatorFollowUp, year: number, lang: Lang): string {
  // How the latest value compares with Riket and the group in its own year, when Jämförelsevärden has them.
  const compared = comparisonPhrase(i.value, i.valueYear ?? year, i.comparisons ?? [], lang);
  if (!i.trend) return compared;
  const verdict = t(trendVerdictText[i.trend.verdict], lang);
  const since = i.previousYear !== null && i.previousYear < (i.valueYear ?? year) - 1 ? ` ${t(reportText.since(i.previousYear), lang)}` : "";
  return `${t(trendMoveText[i.trend.move], lang)}${since}${verdict ? ` (${verdict})` : ""}${compared ? `; ${compared}` : ""}`;
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
    // The members, tens of names a group, are lines of text under the table on the sheet.
    columns: columns(lang, [
      [col.group, "text"], [col.members, "text"], [col.chair, "text"], [col.convener, "text"], [col.groupType, "text"],
      [col.meetingsHeld, "integer"], [col.meetingsPlanned, "integer"],
    ]).map((c, j) => (j === 1 ? { ...c, sheetList: true } : c)),
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

function activityColumns(lang: Lang, withGoal: boolean): ReportColumn[] {
  return columns(lang, [
    ...(withGoal ? [[col.goal, "text"] as [Text, "text"]] : []),
    [col.activity, "text"], [col.responsibleGroup, "text"], [col.status, "text"],
    [col.budget, "money"], [col.spent, "money"], [col.hours, "number"], [col.comment, "text"],
  ]);
}

function activityCells(r: AnnualReport, a: ActivityFollowUp, lang: Lang): ReportCell[] {
  return [
    labelled(a.activityId, a.name), a.groupId ? (r.groupNames[a.groupId] ?? a.groupId) : "", statusLabel(a.status, lang),
    a.budget, a.spent, a.hours, a.comment,
  ];
}

/** The activities of the year linked directly to one goal. */
function goalActivities(r: AnnualReport, acts: readonly ActivityFollowUp[], name: string, lang: Lang): ReportTable {
  return {
    name,
    columns: activityColumns(lang, false),
    rows: acts.map((a) => activityCells(r, a, lang)),
    emptyText: t(reportText.none.goalActivities(r.year), lang),
  };
}

/** A goal's own indicators, as in Måluppfyllelse. */
function goalIndicators(r: AnnualReport, inds: readonly IndicatorFollowUp[], name: string, lang: Lang): ReportTable {
  return {
    name,
    columns: indicatorColumns(r.year, lang),
    rows: inds.map((i) => indicatorCells(i, r.year, lang)),
    emptyText: t(reportText.none.noIndicator, lang),
  };
}

/**
 * A subsection per goal in tree order: its paragraph, its own indicators (a chart each in
 * Word) and its own activities, with the goal's progress chart beside them in the sheet.
 * Activities of an unknown goal close the list under "Övriga aktiviteter".
 */
function goalSubsections(r: AnnualReport, lang: Lang, narrative: ReportNarrative, maxGoals: number): ReportSection[] {
  const indicatorsOf = groupBy(r.indicators);
  const activitiesOf = groupBy(r.activities);
  const known = new Set(r.goals.map((g) => g.goalId));
  const indexOf = new Map(r.indicators.map((i, k) => [i, k]));
  const idCount = new Map<string, number>();
  for (const g of r.goals) idCount.set(g.goalId, (idCount.get(g.goalId) ?? 0) + 1);
  const shown = r.goals.slice(0, maxGoals);
  const out: ReportSection[] = shown.map((g, n) => {
    const inds = indicatorsOf.get(g.goalId) ?? [];
    const acts = activitiesOf.get(g.goalId) ?? [];
    const charts = inds.map((i) => indicatorChart(i, indexOf.get(i)!, r.year, lang)).filter((c) => c !== null);
    // Table names carry the goal's ID where it is a valid name part and unique ("Mal_M1.1_Akt"), else its position.
    const part = `${lang === "sv" ? "Mal" : "Goal"}_${/^[\p{L}\p{N}_.]+$/u.test(g.goalId) && idCount.get(g.goalId) === 1 ? g.goalId : `${n + 1}`}`;
    return {
      id: "goal",
      level: g.depth >= 2 ? 3 : 2,
      heading: labelled(g.goalId, g.name),
      paragraph: narrative.goals.get(g.goalId) ?? null,
      tables: [
        ...(inds.length > 0 ? [{ ...goalIndicators(r, inds, `${part}_Ind`, lang), caption: t(reportText.sections.goalIndicators, lang), sheetOnly: true }] : []),
        // No table when the goal has no activities of its own: its paragraph says so.
        ...(acts.length > 0 ? [{ ...goalActivities(r, acts, `${part}_${lang === "sv" ? "Akt" : "Act"}`, lang), caption: t(reportText.sections.goalActivities(r.year), lang) }] : []),
      ],
      charts,
      // Beside the goal's tables on the sheet: the chart of its first indicator (the Uppföljning sheet has them all).
      sheetChart: charts[0] ?? null,
    };
  });
  // Activities of an unknown goal, and those of the goals past maxGoals, in one table with their goal.
  const rest = new Set(r.goals.slice(maxGoals).map((g) => g.goalId));
  const others = r.activities.filter((a) => a.goalId === null || !known.has(a.goalId) || rest.has(a.goalId));
  if (others.length > 0 || rest.size > 0) {
    const goalLabel = new Map(r.goals.map((g) => [g.goalId, labelled(g.goalId, g.name)]));
    out.push({
      id: "goal",
      level: 2,
      heading: t(rest.size > 0 ? reportText.sections.moreGoals : reportText.sections.otherActivities, lang),
      paragraph: rest.size > 0 ? t(reportText.moreGoalsNote(maxGoals, r.goals.length), lang) : null,
      tables: [
        {
          ...goalActivities(r, [], lang === "sv" ? "OvrigaAktiviteter" : "OtherActivities", lang),
          columns: activityColumns(lang, true),
          rows: others.map((a) => [a.goalId === null ? "" : (goalLabel.get(a.goalId) ?? a.goalId), ...activityCells(r, a, lang)]),
        },
      ],
      charts: [],
      sheetChart: null,
    });
  }
  return out;
}

/** Items per goal ID, in their order. */
function groupBy<T extends { goalId: string | null }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) {
    if (!i.goalId) continue;
    const list = out.get(i.goalId);
    if (list) list.push(i);
    else out.set(i.goalId, [i]);
  }
  return out;
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

/** The report's sections in order, rendered in `lang`, each goal's subsection after Måluppfyllelse. */
export interface SectionOptions extends NarrativeOptions {
  /** Goals that get a subsection of their own (the report sheet's limit); the rest share one. Default all. */
  maxGoalSections?: number;
}

export function reportSections(r: AnnualReport, lang: Lang, options: SectionOptions = {}): ReportSection[] {
  const s = reportText.sections;
  const n = reportNarrative(r, lang, options);
  const section = (id: ReportSection["id"], heading: Text, paragraph: string | null, tables: ReportTable[], charts: ChartSpec[] = []): ReportSection => ({
    id,
    level: 1,
    heading: t(heading, lang),
    paragraph,
    tables,
    charts,
    sheetChart: charts[0] ?? null,
  });
  const budgetYears = r.budget.years.filter((y) => y.year <= r.year && y.year >= r.year - 2);
  return [
    section("summary", s.summary, n.summary, [summary(r, lang)]),
    section("organisation", s.organisation, n.organisation, [organisation(r, lang)], r.meetings.length > 0 ? [meetingsChart(r.meetings, r.year, lang)] : []),
    { ...section("goals", s.goals, null, [goals(r, lang)]), sheetChart: null },
    ...goalSubsections(r, lang, n, options.maxGoalSections ?? r.goals.length),
    section("economy", s.economy, n.budget, economy(r, lang), budgetYears.length > 0 ? [budgetChart(budgetYears, lang)] : []),
    section("documents", s.documents, n.documents, [documents(r, lang)]),
    section("citizenPromises", s.citizenPromises, r.citizenPromises.length > 0 ? n.citizenPromises : null, [citizenPromises(r, lang)]),
  ];
}
