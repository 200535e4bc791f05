// The follow-up's charts as plain specifications: kind, titles, categories and a
// list of series (name, values, colour, dash). One specification serves every
// rendering: the Uppföljning and Verksamhetsberättelse sheets write its data as
// a block and draw a native Excel chart over it, and the Word report rasterises
// the same specification (chartSvg.ts, chartPng.ts). More series, such as a
// national comparison, are added to `series` and appear in all of them.

import type { ChartKind } from "../workbook/edits";
import { listLabel, type Lang } from "../workbook/layout";
import { assessmentText, col, followUpSheetText as T } from "../i18n/followup";
import type { BudgetYear, FollowUp, GoalFollowUp, IndicatorFollowUp, MeetingFollowUp } from "./types";
import { STATUSES } from "./activities";
import { BUDGET_COLORS, COMPARISON_SERIES, INDICATOR_SERIES, MEETING_COLORS, STATUS_COLORS } from "./chartStyle";
import { MAX_COMPARISONS } from "./comparisons";
import { labelled, type CellFormat } from "./tableModel";

export interface ChartSeries {
  name: string;
  /** One value per category; null where there is none. */
  values: (number | null)[];
  /** "#RRGGBB". */
  color: string;
  /** A dashed line (line charts), e.g. for a target. */
  dashed?: boolean;
  /** Another line style (Excel.ChartLineStyle name), e.g. a comparison series' "RoundDot"; overrides `dashed`. */
  lineStyle?: "Dash" | "RoundDot" | "DashDot";
  /** Draw markers on the points (line charts). */
  markers?: boolean;
}

/** A series' Excel line style. */
export function seriesLineStyle(s: ChartSeries): string {
  return s.lineStyle ?? (s.dashed ? "Dash" : "Continuous");
}

export interface ChartSpec {
  /** The chart's Excel name, unique on its sheet. */
  name: string;
  kind: ChartKind;
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  categories: string[];
  series: ChartSeries[];
  /** How the values are shown (number formats of the data block, axis labels of the picture). */
  format: CellFormat;
}

/** Category labels are kept short so the chart keeps room for its bars. */
export function shortLabel(id: string, name: string, max = 40): string {
  const s = labelled(id, name);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Longest span of years an indicator chart shows; older years are left out. */
const MAX_CHART_YEARS = 60;

/**
 * An indicator's chart: one category per year from the baseline (or first measurement)
 * to the follow-up year or the target year, whichever is later; the measured series
 * holds the measurements (the Basvärde in the base year when that year has none) and
 * the target series the Målvärde in every year, drawn as a dashed reference line.
 * Null without any value to draw.
 */
export function indicatorChart(i: IndicatorFollowUp, index: number, year: number, lang: Lang): ChartSpec | null {
  const measured = new Map(i.series.map((m) => [m.year, m.value]));
  if (i.baseYear !== null && i.baseValue !== null && i.baseYear <= year && !measured.has(i.baseYear)) measured.set(i.baseYear, i.baseValue);
  if (measured.size === 0) return null;
  const last = Math.max(year, i.targetYear ?? year);
  const first = Math.max(Math.min(...measured.keys()), last - MAX_CHART_YEARS + 1);
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const series: ChartSeries[] = [
    { name: T.measured[lang], values: years.map((y) => measured.get(y) ?? null), color: INDICATOR_SERIES.colors[0], markers: true },
  ];
  if (i.targetValue !== null) series.push({ name: T.target[lang], values: years.map(() => i.targetValue), color: INDICATOR_SERIES.colors[1], dashed: true });
  // Comparison values (Jämförelsevärden: Riket, a group), dotted, after the indicator's own series.
  (i.comparisons ?? []).slice(0, MAX_COMPARISONS).forEach((c, k) => {
    const byYear = new Map(c.series.map((v) => [v.year, v.value]));
    series.push({ name: c.area, values: years.map((y) => byYear.get(y) ?? null), color: COMPARISON_SERIES.colors[k], lineStyle: COMPARISON_SERIES.lineStyles[k] as ChartSeries["lineStyle"] });
  });
  return {
    name: `RP_Indicator_${index + 1}`,
    kind: "LineMarkers",
    title: `${shortLabel(i.indicatorId, i.name, 80)} – ${assessmentText[i.assessment][lang]}`,
    categoryAxisTitle: T.yearAxis[lang],
    valueAxisTitle: i.unit ? listLabel("unit", i.unit, lang) : col.value[lang],
    categories: years.map(String),
    series,
    format: "number",
  };
}

/** Activities of the year per status, one bar per goal with activities of its own. */
export function statusChart(fu: FollowUp, lang: Lang, goals: readonly GoalFollowUp[] = fu.goals, name = "RP_Status"): ChartSpec {
  const shown = goals.filter((g) => STATUSES.some((s) => g.ownStatus[s] > 0));
  return {
    name,
    kind: "BarStacked",
    title: T.statusHeading(fu.year)[lang],
    categoryAxisTitle: T.goalAxis[lang],
    valueAxisTitle: T.activitiesAxis[lang],
    categories: shown.map((g) => shortLabel(g.goalId, g.name)),
    series: STATUSES.map((s) => ({ name: listLabel("activityStatus", s, lang), values: shown.map((g) => g.ownStatus[s]), color: STATUS_COLORS[s] })),
    format: "integer",
  };
}

/** Earmarked, allocated and spent per budget year. */
export function budgetChart(years: readonly BudgetYear[], lang: Lang, name = "RP_Budget"): ChartSpec {
  const [earmarked, allocated, spent] = BUDGET_COLORS;
  return {
    name,
    kind: "ColumnClustered",
    title: T.budgetHeading[lang],
    categoryAxisTitle: T.yearAxis[lang],
    valueAxisTitle: T.kronorAxis[lang],
    categories: years.map((y) => String(y.year)),
    series: [
      { name: col.earmarked[lang], values: years.map((y) => y.earmarked), color: earmarked },
      { name: col.allocated[lang], values: years.map((y) => y.allocated), color: allocated },
      { name: col.spent[lang], values: years.map((y) => y.spent), color: spent },
    ],
    format: "money",
  };
}

/** Meetings held against planned per group. */
export function meetingsChart(meetings: readonly MeetingFollowUp[], year: number, lang: Lang, name = "RP_Meetings"): ChartSpec {
  const [held, planned] = MEETING_COLORS;
  return {
    name,
    kind: "BarClustered",
    title: T.meetingsHeading(year)[lang],
    categoryAxisTitle: T.groupAxis[lang],
    valueAxisTitle: T.meetingsAxis[lang],
    categories: meetings.map((m) => shortLabel(m.groupId, m.name)),
    series: [
      { name: col.meetingsHeld[lang], values: meetings.map((m) => m.held), color: held },
      { name: col.meetingsPlanned[lang], values: meetings.map((m) => m.planned), color: planned },
    ],
    format: "integer",
  };
}

/** The chart's data as a block's header and rows: categories in the first column, a column per series ("" where null). */
export function chartTable(spec: ChartSpec): { header: string[]; rows: (string | number)[][] } {
  return {
    header: [spec.categoryAxisTitle, ...spec.series.map((s) => s.name)],
    rows: spec.categories.map((c, k) => [c, ...spec.series.map((s) => s.values[k] ?? "")]),
  };
}
