// A chart in the model: type, where it sits (cells it spans), titles, legend,
// and its series as references into sheets. `deriveSeries` splits a source
// range into series the way Excel does when a chart is added: a top row of
// text becomes series names, a left column of text (or an empty top-left
// cell) becomes the categories.

import type { Rect } from "./rect";
import type { SheetModel } from "./sheetModel";

type Cell = string | number | boolean;

export interface AreaRef {
  sheet: SheetModel;
  rect: Rect;
}

export interface ChartSeriesModel {
  name: string;
  /** The cell holding the name, or null once a name was set directly. */
  nameRef: AreaRef | null;
  values: AreaRef;
  categories: AreaRef | null;
  /** "#RRGGBB" */
  lineColor?: string;
  /** An Excel.ChartLineStyle name. */
  lineStyle?: string;
  fillColor?: string;
}

export interface ChartKind {
  family: "line" | "column" | "bar" | "area" | "pie";
  grouping: "standard" | "clustered" | "stacked" | "percentStacked";
  markers: boolean;
}

const kind = (family: ChartKind["family"], grouping: ChartKind["grouping"], markers = false): ChartKind => ({ family, grouping, markers });

/** The Excel.ChartType values the host models and can write to .xlsx. */
export const CHART_KINDS: Record<string, ChartKind> = {
  Line: kind("line", "standard"),
  LineMarkers: kind("line", "standard", true),
  LineStacked: kind("line", "stacked"),
  LineMarkersStacked: kind("line", "stacked", true),
  LineStacked100: kind("line", "percentStacked"),
  LineMarkersStacked100: kind("line", "percentStacked", true),
  ColumnClustered: kind("column", "clustered"),
  ColumnStacked: kind("column", "stacked"),
  ColumnStacked100: kind("column", "percentStacked"),
  BarClustered: kind("bar", "clustered"),
  BarStacked: kind("bar", "stacked"),
  BarStacked100: kind("bar", "percentStacked"),
  Area: kind("area", "standard"),
  AreaStacked: kind("area", "stacked"),
  AreaStacked100: kind("area", "percentStacked"),
  Pie: kind("pie", "standard"),
};

/** Excel.ChartLineStyle values. */
export const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"];

export const LEGEND_POSITIONS = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"];

export interface TitleModel {
  text: string;
  visible: boolean;
}

export interface CellPosition {
  row: number;
  col: number;
}

export class ChartModel {
  title: TitleModel = { text: "", visible: false };
  legend = { position: "Right", visible: true };
  categoryAxisTitle: TitleModel = { text: "", visible: false };
  valueAxisTitle: TitleModel = { text: "", visible: false };
  series: ChartSeriesModel[] = [];

  constructor(
    readonly id: string,
    public name: string,
    public type: string,
    public sheet: SheetModel,
    public seriesBy: "Rows" | "Columns",
    /** Top-left cell and bottom-right cell (inclusive) the chart covers. */
    public from: CellPosition,
    public to: CellPosition,
  ) {}

  get kind(): ChartKind {
    return CHART_KINDS[this.type];
  }
}

/** Series of a chart over `source`, split by rows or columns ("Auto": columns when the range is taller than wide). */
export function deriveSeries(
  source: AreaRef,
  seriesBy: "Rows" | "Columns" | "Auto",
  value: (r: number, c: number) => Cell | "",
): { seriesBy: "Rows" | "Columns"; series: ChartSeriesModel[] } {
  const { rect, sheet } = source;
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  const by = seriesBy === "Auto" ? (rows >= cols ? "Columns" : "Rows") : seriesBy;
  // Work in "series along columns" coordinates; for Rows transpose the accessors.
  const t = by === "Columns";
  const n = t ? rows : cols; // points per series (+ header)
  const m = t ? cols : rows; // series (+ categories)
  const at = (i: number, j: number) => (t ? value(rect.r0 + i, rect.c0 + j) : value(rect.r0 + j, rect.c0 + i));
  const isLabel = (v: Cell | "") => typeof v !== "number";
  const corner = at(0, 0);
  const allLabels = (cells: (Cell | "")[]) => cells.every(isLabel) && cells.some((v) => v !== "");
  const top = range(m).map((j) => at(0, j));
  const headerRow = n > 1 && (corner === "" ? m > 1 : allLabels(m > 1 ? top.slice(1) : top));
  const firstData = headerRow ? 1 : 0;
  const categoryCol = m > 1 && ((corner === "" && headerRow) || allLabels(range(n).slice(firstData).map((i) => at(i, 0))));
  const areaOf = (i0: number, i1: number, j: number): AreaRef =>
    t
      ? { sheet, rect: { r0: rect.r0 + i0, r1: rect.r0 + i1, c0: rect.c0 + j, c1: rect.c0 + j } }
      : { sheet, rect: { r0: rect.r0 + j, r1: rect.r0 + j, c0: rect.c0 + i0, c1: rect.c0 + i1 } };
  const series: ChartSeriesModel[] = [];
  for (let j = categoryCol ? 1 : 0; j < m; j++) {
    const nameRef = headerRow ? areaOf(0, 0, j) : null;
    series.push({
      name: headerRow ? String(at(0, j)) : `Series${series.length + 1}`,
      nameRef,
      values: areaOf(firstData, n - 1, j),
      categories: categoryCol ? areaOf(firstData, n - 1, 0) : null,
    });
  }
  return { seriesBy: by, series };
}

const range = (k: number): number[] => Array.from({ length: k }, (_, i) => i);
