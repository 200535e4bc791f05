// Comparison values (the Jämförelsevärden table, layout version 2: Riket, a
// municipality group) for the follow-up: each indicator's comparison series by
// area, for its chart, and the phrase that compares the follow-up year's value
// with them ("lägre än riket (9 000)"), for the report. Pure.

import type { Lang } from "../base/text";
import { tr } from "../i18n";
import { comparisonText } from "../i18n/comparison";
import { formatNumber } from "../i18n/format";
import { areaKey, isRiket } from "../workbook/koladaIds";
import type { Plan } from "../workbook/plan";
import type { YearValue } from "./types";

export interface ComparisonSeries {
  /** The Område as typed (e.g. "Riket", a group's name). */
  area: string;
  /** Whether the area is Riket (then listed first). */
  national: boolean;
  /**
   * Values by year ascending. Of rows with the same indicator, year and area (areaKey:
   * DATA-03 reports the later ones) the first with a value, in sheet order, counts.
   */
  series: YearValue[];
}

/** Most comparison series one indicator chart draws (Riket and one group, as Hämta statistik fetches). */
export const MAX_COMPARISONS = 2;

/** Every indicator's comparison series, by indicator id, Riket first, then the areas in sheet order. */
export function comparisonsById(plan: Plan): Map<string, ComparisonSeries[]> {
  const out = new Map<string, Map<string, ComparisonSeries>>();
  for (const r of plan.rows.Comparisons ?? []) {
    const id = r.values.indicatorId?.trim();
    const area = r.values.area?.trim();
    if (!id || !area || r.values.year === null || r.values.value === null) continue;
    let areas = out.get(id);
    if (!areas) out.set(id, (areas = new Map()));
    const key = areaKey(area);
    let s = areas.get(key);
    if (!s) areas.set(key, (s = { area, national: isRiket(area), series: [] }));
    if (!s.series.some((v) => v.year === r.values.year)) s.series.push({ year: r.values.year, value: r.values.value });
  }
  const result = new Map<string, ComparisonSeries[]>();
  for (const [id, areas] of out) {
    const list = [...areas.values()].sort((a, b) => Number(b.national) - Number(a.national));
    for (const s of list) s.series.sort((a, b) => a.year - b.year);
    result.set(id, list);
  }
  return result;
}

/** An area's name mid-sentence: "riket" for Riket, else as typed. */
function areaName(s: ComparisonSeries, lang: Lang): string {
  return s.national ? tr(comparisonText.riket, lang) : s.area;
}

/**
 * How `value` (the indicator's value in `year`) compares with each area's value of the
 * same year: "lägre än riket (9 000), högre än Större städer (8 100)"; "" when there is
 * nothing to compare.
 */
export function comparisonPhrase(value: number | null, year: number, comparisons: readonly ComparisonSeries[], lang: Lang): string {
  if (value === null) return "";
  const parts: string[] = [];
  for (const s of comparisons.slice(0, MAX_COMPARISONS)) {
    const other = s.series.find((v) => v.year === year)?.value;
    if (other === undefined) continue;
    const text = value < other ? comparisonText.lower : value > other ? comparisonText.higher : comparisonText.equal;
    parts.push(tr(text, lang, { area: areaName(s, lang), value: formatNumber(other, lang) }));
  }
  return parts.join(", ");
}
