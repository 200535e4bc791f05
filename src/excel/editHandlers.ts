// One small handler per Edit kind: each queues the Office.js operations for its
// edit on a shared batch (nothing here syncs). The applier (applyEdits.ts)
// decides when to sync.

import { valuesToWrite, type Edit } from "../workbook/edits";
import { charsToPoints } from "../base/textFit";

/** Proxies by case-insensitive name (Excel's sheet and table names are), made on first use. */
class ProxyCache<T> {
  private readonly items = new Map<string, T>();
  constructor(private readonly make: (name: string) => T) {}
  get(name: string): T {
    const key = name.toLowerCase();
    let item = this.items.get(key);
    if (!item) this.items.set(key, (item = this.make(name)));
    return item;
  }
  set(name: string, item: T | null): void {
    if (item) this.items.set(name.toLowerCase(), item);
    else this.items.delete(name.toLowerCase());
  }
}

/** The Office objects one batch has already reached, so later edits reuse them. */
export class Batch {
  readonly sheets: ProxyCache<Excel.Worksheet>;
  readonly tables: ProxyCache<Excel.Table>;

  constructor(readonly context: Excel.RequestContext) {
    this.sheets = new ProxyCache((name) => context.workbook.worksheets.getItem(name));
    this.tables = new ProxyCache((name) => context.workbook.tables.getItem(name));
  }

  sheet(name: string): Excel.Worksheet {
    return this.sheets.get(name);
  }

  range(sheet: string, address: string): Excel.Range {
    return this.sheet(sheet).getRange(address);
  }

  table(name: string): Excel.Table {
    return this.tables.get(name);
  }
}

type Handler<K extends Edit["kind"]> = (batch: Batch, edit: Extract<Edit, { kind: K }>) => void;
type Handlers = { [K in Edit["kind"]]: Handler<K> };

export const EDIT_HANDLERS: Handlers = {
  addSheet(batch, e) {
    const ws = batch.context.workbook.worksheets.add(e.sheet);
    if (e.visibility) ws.visibility = e.visibility;
    if (e.tabColor) ws.tabColor = e.tabColor;
    batch.sheets.set(e.sheet, ws);
  },
  deleteSheet(batch, e) {
    batch.sheet(e.sheet).delete();
    batch.sheets.set(e.sheet, null);
  },
  setValues(batch, e) {
    batch.range(e.sheet, e.address).values = valuesToWrite(e);
  },
  setNumberFormat(batch, e) {
    // A 1x1 array is applied to every cell of the range (Range.numberFormat: "If the
    // argument is a single value, it will be applied to all cells"), so a format over
    // 100 000 rows is one small request.
    batch.range(e.sheet, e.address).numberFormat = [[e.format]];
  },
  addTable(batch, e) {
    const table = batch.sheet(e.sheet).tables.add(batch.range(e.sheet, e.address), true);
    table.name = e.name;
    if (e.style) table.style = e.style;
    batch.tables.set(e.name, table);
  },
  addTableColumn(batch, e) {
    batch.table(e.table).columns.add(undefined, undefined, e.header);
  },
  resizeTable(batch, e) {
    const table = batch.table(e.table);
    if (typeof table.resize === "function") {
      table.resize(e.address);
      return;
    }
    // A host that reports ExcelApi 1.13 but lacks Table.resize (the in-memory Excel):
    // the same result the planner uses below 1.13.
    EDIT_HANDLERS.convertTableToRange(batch, { kind: "convertTableToRange", table: e.table });
    EDIT_HANDLERS.addTable(batch, { kind: "addTable", sheet: e.sheet, address: e.address, name: e.table, style: e.style });
  },
  convertTableToRange(batch, e) {
    batch.table(e.table).convertToRange();
    batch.tables.set(e.table, null);
  },
  setColumnWidth(batch, e) {
    const [from, to = from] = e.columns.split(":");
    batch.range(e.sheet, `${from}1:${to}1`).getEntireColumn().format.columnWidth = charsToPoints(e.widthChars);
  },
  freezeRows(batch, e) {
    batch.sheet(e.sheet).freezePanes.freezeRows(e.rows);
  },
  autofitRows(batch, e) {
    batch.range(e.sheet, e.address).format.autofitRows();
  },
  listValidation(batch, e) {
    const validation = batch.range(e.sheet, e.address).dataValidation;
    validation.clear();
    validation.rule = { list: { inCellDropDown: true, source: e.source } };
  },
  format(batch, e) {
    const format = batch.range(e.sheet, e.address).format;
    if (e.bold !== undefined) format.font.bold = e.bold;
    if (e.italic !== undefined) format.font.italic = e.italic;
    if (e.fontColor !== undefined) format.font.color = e.fontColor;
    if (e.fontSize !== undefined) format.font.size = e.fontSize;
    if (e.fill !== undefined) format.fill.color = e.fill;
    if (e.wrapText !== undefined) format.wrapText = e.wrapText;
    if (e.horizontalAlignment !== undefined) format.horizontalAlignment = e.horizontalAlignment;
    if (e.verticalAlignment !== undefined) format.verticalAlignment = e.verticalAlignment;
  },
  addChart(batch, e) {
    const ws = batch.sheet(e.sheet);
    const chart = ws.charts.add(e.chartKind, ws.getRange(e.source), e.seriesBy);
    chart.name = e.name;
    chart.title.text = e.title;
    if (e.categoryAxisTitle) chart.axes.categoryAxis.title.text = e.categoryAxisTitle;
    if (e.valueAxisTitle) chart.axes.valueAxis.title.text = e.valueAxisTitle;
    chart.setPosition(e.topLeft, e.bottomRight);
    // Styles go to the first series in order; the edit never names more series than its source has.
    const isLine = e.chartKind.startsWith("Line");
    e.colors?.forEach((color, i) => {
      const series = chart.series.getItemAt(i);
      if (isLine) series.format.line.color = color;
      else series.format.fill.setSolidColor(color);
    });
    e.lineStyles?.forEach((style, i) => {
      chart.series.getItemAt(i).format.line.lineStyle = style as Excel.ChartLineStyle;
    });
  },
  pageLayout(batch, e) {
    const ws = batch.sheet(e.sheet);
    const layout = ws.pageLayout;
    layout.orientation = e.orientation;
    layout.paperSize = e.paperSize;
    if (e.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (e.printTitleRows) layout.setPrintTitleRows(e.printTitleRows);
    const page = layout.headersFooters.defaultForAllPages;
    if (e.centerHeader !== undefined) page.centerHeader = e.centerHeader;
    if (e.centerFooter !== undefined) page.centerFooter = e.centerFooter;
    if (e.pageBreaksBefore?.length) {
      const breaks = ws.horizontalPageBreaks;
      for (const row of e.pageBreaksBefore) breaks.add(`A${row}`);
    }
  },
  activate(batch, e) {
    const ws = batch.sheet(e.sheet);
    ws.activate();
    if (e.cell) ws.getRange(e.cell).select();
  },
};

/** Queues one edit through its handler. */
export function queueEdit(batch: Batch, edit: Edit): void {
  (EDIT_HANDLERS[edit.kind] as Handler<Edit["kind"]>)(batch, edit as never);
}
