// Excel.ChartCollection and Excel.Chart with their parts (title, legend, axis
// titles, series and series line/fill formats) in the in-memory host. A chart
// added over a range gets its series from that range as Excel splits it.

import { invalidArgument, itemNotFound } from "../errors";
import { CHART_KINDS, ChartModel, LEGEND_POSITIONS, LINE_STYLES, deriveSeries, type ChartSeriesModel, type TitleModel } from "../model/chartModel";
import { MAX_COLUMNS, MAX_ROWS } from "../model/rect";
import type { SheetModel } from "../model/sheetModel";
import { ClientObj, CollectionObj, type ObjectOptions, type ScalarDef } from "./clientObject";
import { normaliseColor } from "./colors";
import type { Exec } from "./context";
import { RangeProxy, parseOn } from "./range";
import { WorksheetProxy } from "./worksheets";

export class ChartCollectionProxy extends CollectionObj<SheetModel, ChartModel, ChartProxy> {
  get _className(): string {
    return "ChartCollection";
  }
  protected _list(s: SheetModel): ChartModel[] {
    return [...s.charts];
  }
  protected _proxy(path: unknown[], resolver: (exec: Exec, parent: unknown) => ChartModel | null, options?: ObjectOptions<ChartModel>): ChartProxy {
    return new ChartProxy(this.context, this, path, resolver, options);
  }

  getItem(name: string): ChartProxy {
    return this._lookup("getItem", name, (s) => byName(s, name));
  }
  getItemOrNullObject(name: string): ChartProxy {
    return this._lookup("getItemOrNullObject", name, (s) => byName(s, name), true, "1.4");
  }
  getItemAt(index: number): ChartProxy {
    return this._lookup("getItemAt", index, (s) => s.charts[index]);
  }

  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    return new ChartProxy(
      this.context,
      this,
      ["add", type, sourceData instanceof RangeProxy ? { range: sourceData._id } : sourceData, seriesBy],
      (exec, s) => {
        const where = "ChartCollection.add";
        const sheet = s as SheetModel;
        if (!CHART_KINDS[type]) throw invalidArgument(`The in-memory Excel supports these chart types: ${Object.keys(CHART_KINDS).join(", ")}; not ${JSON.stringify(type)}.`, where);
        if (!(sourceData instanceof RangeProxy)) throw invalidArgument("sourceData must be a Range object (e.g. sheet.getRange(\"A1:C5\")).", where);
        if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw invalidArgument('seriesBy must be "Auto", "Columns" or "Rows".', where);
        const ref = sourceData._targetFor(exec);
        if (!ref) throw invalidArgument("The chart's source range does not exist.", where);
        const { seriesBy: by, series } = deriveSeries(ref, seriesBy as "Auto", (r, c) => ref.sheet.valueAt(r, c));
        const col = Math.min(ref.rect.c1 + 2, MAX_COLUMNS - 9);
        const chart = new ChartModel(exec.model.newChartId(), `Chart ${sheet.nextChartNumber++}`, type, sheet, by, { row: 1, col }, { row: 15, col: col + 7 });
        chart.series = series;
        if (series.length === 1) chart.title = { text: series[0].name, visible: true };
        sheet.charts.push(chart);
        return chart;
      },
      { creates: true },
    );
  }
}

const byName = (s: SheetModel, name: string) => s.charts.find((c) => c.name.toLowerCase() === String(name).toLowerCase());

/** Points from the sheet's top/left edge to the start of row `row` / column `col`. */
const offsetTop = (s: SheetModel, row: number) => sum(row, (r) => s.rowHeight(r));
const offsetLeft = (s: SheetModel, col: number) => sum(col, (c) => s.columnWidth(c));
function sum(n: number, f: (i: number) => number): number {
  let t = 0;
  for (let i = 0; i < n; i++) t += f(i);
  return t;
}

const CHART_SCALARS: Record<string, ScalarDef<ChartModel>> = {
  name: { get: (c) => c.name },
  id: { get: (c) => c.id, requires: "1.7" },
  chartType: { get: (c) => c.type, requires: "1.7" },
  plotBy: { get: (c) => c.seriesBy, requires: "1.8" },
  top: { get: (c) => offsetTop(c.sheet, c.from.row) },
  left: { get: (c) => offsetLeft(c.sheet, c.from.col) },
  height: { get: (c) => offsetTop(c.sheet, c.to.row + 1) - offsetTop(c.sheet, c.from.row) },
  width: { get: (c) => offsetLeft(c.sheet, c.to.col + 1) - offsetLeft(c.sheet, c.from.col) },
};

export class ChartProxy extends ClientObj<ChartModel> {
  private _title?: ChartTitleProxy;
  private _legend?: ChartLegendProxy;
  private _axes?: ChartAxesProxy;
  private _series?: ChartSeriesCollectionProxy;
  private _worksheet?: WorksheetProxy;

  get _className(): string {
    return "Chart";
  }
  protected _scalars() {
    return CHART_SCALARS;
  }
  protected override _navs() {
    return { title: () => this.title, legend: () => this.legend, axes: () => this.axes, series: () => this.series, worksheet: () => this.worksheet };
  }
  protected override _checkAlive(c: ChartModel, exec: Exec): void {
    if (!exec.model.sheets.includes(c.sheet) || !c.sheet.charts.includes(c)) throw itemNotFound(`the chart ${JSON.stringify(c.name)} was deleted`, "Chart");
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (c) => {
      if (typeof v !== "string" || v.trim() === "") throw invalidArgument("A chart name must be a non-empty string.", "Chart.name");
      c.name = v;
    });
  }
  get id(): string {
    return this._get("id");
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(v: string) {
    this._set("chartType", v, (c) => {
      if (!CHART_KINDS[v]) throw invalidArgument(`Unsupported chart type ${JSON.stringify(v)}.`, "Chart.chartType");
      c.type = v;
    });
  }
  get top(): number {
    return this._get("top");
  }
  get left(): number {
    return this._get("left");
  }
  get height(): number {
    return this._get("height");
  }
  get width(): number {
    return this._get("width");
  }

  get title(): ChartTitleProxy {
    return (this._title ??= new ChartTitleProxy(this.context, this, ["title"], (_e, c) => (c as ChartModel).title));
  }
  get legend(): ChartLegendProxy {
    return (this._legend ??= new ChartLegendProxy(this.context, this, ["legend"], (_e, c) => c as ChartModel));
  }
  get axes(): ChartAxesProxy {
    return (this._axes ??= new ChartAxesProxy(this.context, this, ["axes"], (_e, c) => c as ChartModel));
  }
  get series(): ChartSeriesCollectionProxy {
    return (this._series ??= new ChartSeriesCollectionProxy(this.context, this, ["series"], (_e, c) => c as ChartModel));
  }
  get worksheet(): WorksheetProxy {
    return (this._worksheet ??= new WorksheetProxy(this.context, this, ["worksheet"], (exec, c) => {
      exec.requireApi("1.2", "Chart.worksheet");
      return (c as ChartModel).sheet;
    }));
  }

  /** Places the chart over startCell .. endCell (inclusive); without endCell it keeps its size. */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const arg = (x: RangeProxy | string | undefined) => (x instanceof RangeProxy ? { range: x._id } : (x ?? null));
    this._action("setPosition", [arg(startCell), arg(endCell)], (c, exec) => {
      const where = "Chart.setPosition";
      const cellOf = (x: RangeProxy | string) => {
        const ref = typeof x === "string" ? parseOn(c.sheet, x, where) : x._targetFor(exec);
        if (!ref || ref.sheet !== c.sheet) throw invalidArgument("Chart positions must be cells of the chart's own sheet.", where);
        return ref.rect;
      };
      const start = cellOf(startCell);
      const rows = c.to.row - c.from.row;
      const cols = c.to.col - c.from.col;
      const end = endCell === undefined || endCell === null ? { r1: start.r0 + rows, c1: start.c0 + cols } : cellOf(endCell);
      if (end.r1 < start.r0 || end.c1 < start.c0) throw invalidArgument("The end cell must be below and right of the start cell.", where);
      c.from = { row: start.r0, col: start.c0 };
      c.to = { row: Math.min(end.r1, MAX_ROWS - 1), col: Math.min(end.c1, MAX_COLUMNS - 1) };
    });
  }

  delete(): void {
    this._action("delete", [], (c) => c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1));
  }
}

/** A title (chart or axis): setting its text shows it. */
abstract class TitleObj extends ClientObj<TitleModel> {
  protected _scalars(): Record<string, ScalarDef<TitleModel>> {
    return TITLE_SCALARS;
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, (t) => {
      t.text = String(v);
      t.visible = String(v) !== "";
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (t) => (t.visible = Boolean(v)));
  }
}

const TITLE_SCALARS: Record<string, ScalarDef<TitleModel>> = {
  text: { get: (t) => t.text },
  visible: { get: (t) => t.visible },
};

export class ChartTitleProxy extends TitleObj {
  get _className(): string {
    return "ChartTitle";
  }
}

export class ChartAxisTitleProxy extends TitleObj {
  get _className(): string {
    return "ChartAxisTitle";
  }
}

const LEGEND_SCALARS: Record<string, ScalarDef<ChartModel>> = {
  position: { get: (c) => c.legend.position },
  visible: { get: (c) => c.legend.visible },
};

export class ChartLegendProxy extends ClientObj<ChartModel> {
  get _className(): string {
    return "ChartLegend";
  }
  protected _scalars() {
    return LEGEND_SCALARS;
  }
  get position(): string {
    return this._get("position");
  }
  set position(v: string) {
    this._set("position", v, (c) => {
      if (!LEGEND_POSITIONS.includes(v)) throw invalidArgument(`Legend position must be one of ${LEGEND_POSITIONS.join(", ")}.`, "ChartLegend.position");
      c.legend.position = v;
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (c) => (c.legend.visible = Boolean(v)));
  }
}

export class ChartAxesProxy extends ClientObj<ChartModel> {
  private _category?: ChartAxisProxy;
  private _value?: ChartAxisProxy;

  get _className(): string {
    return "ChartAxes";
  }
  protected _scalars() {
    return {};
  }
  protected override _navs() {
    return { categoryAxis: () => this.categoryAxis, valueAxis: () => this.valueAxis };
  }
  get categoryAxis(): ChartAxisProxy {
    return (this._category ??= new ChartAxisProxy(this.context, this, ["categoryAxis"], (_e, c) => (c as ChartModel).categoryAxisTitle));
  }
  get valueAxis(): ChartAxisProxy {
    return (this._value ??= new ChartAxisProxy(this.context, this, ["valueAxis"], (_e, c) => (c as ChartModel).valueAxisTitle));
  }
}

/** An axis; the host models its title only. */
export class ChartAxisProxy extends ClientObj<TitleModel> {
  private _title?: ChartAxisTitleProxy;

  get _className(): string {
    return "ChartAxis";
  }
  protected _scalars() {
    return {};
  }
  protected override _navs() {
    return { title: () => this.title };
  }
  get title(): ChartAxisTitleProxy {
    return (this._title ??= new ChartAxisTitleProxy(this.context, this, ["title"], (_e, t) => t as TitleModel));
  }
}

interface SeriesRef {
  chart: ChartModel;
  series: ChartSeriesModel;
}

export class ChartSeriesCollectionProxy extends CollectionObj<ChartModel, SeriesRef, ChartSeriesProxy> {
  get _className(): string {
    return "ChartSeriesCollection";
  }
  protected _list(c: ChartModel): SeriesRef[] {
    return c.series.map((series) => ({ chart: c, series }));
  }
  protected override _key(s: SeriesRef): unknown {
    return s.series;
  }
  protected _proxy(path: unknown[], resolver: (exec: Exec, parent: unknown) => SeriesRef | null, options?: ObjectOptions<SeriesRef>): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, this, path, resolver, options);
  }
  getItemAt(index: number): ChartSeriesProxy {
    return this._lookup("getItemAt", index, (c) => this._list(c)[index]);
  }
}

const SERIES_SCALARS: Record<string, ScalarDef<SeriesRef>> = {
  name: { get: (s) => s.series.name },
};

export class ChartSeriesProxy extends ClientObj<SeriesRef> {
  private _format?: ChartSeriesFormatProxy;

  get _className(): string {
    return "ChartSeries";
  }
  protected _scalars() {
    return SERIES_SCALARS;
  }
  protected override _navs() {
    return { format: () => this.format };
  }
  protected override _checkAlive(s: SeriesRef): void {
    if (!s.chart.series.includes(s.series)) throw itemNotFound("the series was removed", "ChartSeries");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (s) => {
      s.series.name = String(v);
      s.series.nameRef = null;
    });
  }
  get format(): ChartSeriesFormatProxy {
    return (this._format ??= new ChartSeriesFormatProxy(this.context, this, ["format"], (_e, s) => s as SeriesRef));
  }
}

export class ChartSeriesFormatProxy extends ClientObj<SeriesRef> {
  private _line?: ChartLineFormatProxy;
  private _fill?: ChartFillProxy;

  get _className(): string {
    return "ChartSeriesFormat";
  }
  protected _scalars() {
    return {};
  }
  protected override _navs() {
    return { line: () => this.line };
  }
  get line(): ChartLineFormatProxy {
    return (this._line ??= new ChartLineFormatProxy(this.context, this, ["line"], (_e, s) => s as SeriesRef));
  }
  get fill(): ChartFillProxy {
    return (this._fill ??= new ChartFillProxy(this.context, this, ["fill"], (_e, s) => s as SeriesRef));
  }
}

const LINE_SCALARS: Record<string, ScalarDef<SeriesRef>> = {
  color: { get: (s) => s.series.lineColor ?? "" },
  lineStyle: { get: (s) => s.series.lineStyle ?? "Continuous", requires: "1.7" },
};

export class ChartLineFormatProxy extends ClientObj<SeriesRef> {
  get _className(): string {
    return "ChartLineFormat";
  }
  protected _scalars() {
    return LINE_SCALARS;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (s) => (s.series.lineColor = normaliseColor(v, "ChartLineFormat.color")));
  }
  get lineStyle(): string {
    return this._get("lineStyle");
  }
  set lineStyle(v: string) {
    this._set("lineStyle", v, (s) => {
      if (!LINE_STYLES.includes(v)) throw invalidArgument(`lineStyle must be an Excel.ChartLineStyle (${LINE_STYLES.join(", ")}); got ${JSON.stringify(v)}.`, "ChartLineFormat.lineStyle");
      s.series.lineStyle = v;
    });
  }
  clear(): void {
    this._action("clear", [], (s) => {
      delete s.series.lineColor;
      delete s.series.lineStyle;
    });
  }
}

export class ChartFillProxy extends ClientObj<SeriesRef> {
  get _className(): string {
    return "ChartFill";
  }
  protected _scalars() {
    return {};
  }
  setSolidColor(color: string): void {
    this._action("setSolidColor", [color], (s) => (s.series.fillColor = normaliseColor(color, "ChartFill.setSolidColor")));
  }
  clear(): void {
    this._action("clear", [], (s) => delete s.series.fillColor);
  }
}
