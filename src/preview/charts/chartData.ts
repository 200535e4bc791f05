// Turns a chart definition (its type, titles and series, each series read from
// the cells of the chart's source range) into what the preview draws: category
// labels and named series of numbers with colours and dashes. Pure: no React, no DOM.

import type { ChartKind } from "../../workbook/edits";
import type { CellValue } from "../../workbook/snapshot";

/** One series as the workbook defines it, with the values of the cells it refers to. */
export interface SeriesSpec {
  name: string;
  values: readonly CellValue[];
  /** The category cells' values; absent when the chart numbers its points 1, 2, 3… */
  categories?: readonly CellValue[];
  /** "#RRGGBB" line or fill colour, when the chart sets one. */
  color?: string;
  /** An Excel line style name ("Continuous", "Dash", "RoundDot", …). */
  lineStyle?: string;
}

/** A chart as the workbook defines it (the host's chart model, reduced to what drawing needs). */
export interface ChartSpec {
  name: string;
  chartKind: ChartKind | string;
  /** A1 address of the data block the chart was made from, for messages. */
  source: string;
  title?: string;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  series: readonly SeriesSpec[];
}

export type ChartShape = "line" | "column" | "bar";

export interface SeriesData {
  name: string;
  /** One value per category; null where the cell is empty or not a number. */
  values: (number | null)[];
  color: string;
  dash: "Solid" | "Dash" | "RoundDot";
}

export interface ChartData {
  shape: ChartShape;
  stacked: boolean;
  markers: boolean;
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  categories: string[];
  series: SeriesData[];
}

/** Colours for series the definition gives none for: distinct in lightness, so grey-scale print tells them apart. */
export const DEFAULT_SERIES_COLORS = ["#1F4E79", "#C55A11", "#7F7F7F", "#2E75B6", "#548235", "#BF9000", "#9DC3E6", "#F4B183"];

/** The chart's drawing shape, and whether its series stack. */
export function shapeOf(kind: string): { shape: ChartShape; stacked: boolean; markers: boolean } {
  const k = kind.toLowerCase();
  const stacked = k.includes("stacked");
  if (k.startsWith("bar")) return { shape: "bar", stacked, markers: false };
  if (k.startsWith("column")) return { shape: "column", stacked, markers: false };
  return { shape: "line", stacked: false, markers: k.includes("marker") };
}

const label = (v: CellValue | undefined): string => (v === "" || v === null || v === undefined ? "" : String(v));

/** A dash style the preview can draw (Excel names more). */
function dashOf(style: string | undefined): SeriesData["dash"] {
  if (!style) return "Solid";
  if (/dot/i.test(style)) return "RoundDot";
  if (/dash/i.test(style)) return "Dash";
  return "Solid";
}

/** The drawing data of a chart; null when it has no series to draw. */
export function chartData(spec: ChartSpec): ChartData | null {
  if (spec.series.length === 0) return null;
  const points = Math.max(...spec.series.map((s) => s.values.length));
  if (points === 0) return null;
  const categoryCells = spec.series.find((s) => s.categories && s.categories.length > 0)?.categories;
  const categories = Array.from({ length: points }, (_, i) => (categoryCells ? label(categoryCells[i]) : String(i + 1)));
  return {
    ...shapeOf(spec.chartKind),
    title: spec.title ?? "",
    categoryAxisTitle: spec.categoryAxisTitle ?? "",
    valueAxisTitle: spec.valueAxisTitle ?? "",
    categories,
    series: spec.series.map((s, k) => ({
      name: s.name || `Serie ${k + 1}`,
      values: categories.map((_, i) => {
        const v = s.values[i];
        return typeof v === "number" && Number.isFinite(v) ? v : null;
      }),
      color: s.color || DEFAULT_SERIES_COLORS[k % DEFAULT_SERIES_COLORS.length],
      dash: dashOf(s.lineStyle),
    })),
  };
}

/** The value range the axis must show: stacked charts sum per category (positives and negatives apart). */
export function valueExtent(data: ChartData): { min: number; max: number } {
  let min = 0;
  let max = 0;
  if (data.stacked) {
    data.categories.forEach((_, i) => {
      let up = 0;
      let down = 0;
      for (const s of data.series) {
        const v = s.values[i] ?? 0;
        if (v >= 0) up += v;
        else down += v;
      }
      max = Math.max(max, up);
      min = Math.min(min, down);
    });
  } else {
    for (const s of data.series) {
      for (const v of s.values) {
        if (v === null) continue;
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
  }
  // Excel's automatic axis leaves zero out when all values lie above 5/6 of the largest
  // (e.g. 9 305 and 8 900 crimes per 100 000), so the change stays visible.
  if (data.shape === "line" && min >= 0) {
    const values = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
    const lo = values.length > 0 ? Math.min(...values) : 0;
    if (lo > 0 && lo >= (max * 5) / 6) min = lo;
  }
  return { min, max };
}

/** "Nice" axis ticks (1, 2 or 5 times a power of ten) covering min..max in about `count` steps. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (max === min) {
    if (max === 0) return [0, 1];
    [min, max] = max > 0 ? [0, max] : [min, 0];
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v < max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}
