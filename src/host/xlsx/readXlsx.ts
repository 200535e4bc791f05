// MemoryWorkbook.fromXlsx: the host first takes out of each worksheet the
// parts it reads itself (data validations, which ExcelJS would expand to one
// entry per cell; hyperlinks; tables; drawings with charts), then lets
// ExcelJS read cells, formulas, styles, widths, heights, views, visibility
// and page setup, and finally puts tables, validations, links and charts on
// the sheets. A formula keeps the result saved with it. The model remembers
// the file (WorkbookModel.source, SheetModel.origin) so that saving can patch
// it: what the host does not model stays in the package as it was.

import type ExcelJS from "exceljs";
import { parseRef } from "../addresses";
import { ChartModel, type AreaRef, type ChartSeriesModel } from "../model/chartModel";
import { paperName } from "../model/pageLayout";
import { MAX_COLUMNS, MAX_ROWS } from "../model/rect";
import type { HyperlinkModel, Scalar, SheetModel } from "../model/sheetModel";
import { TableModel } from "../model/tableModel";
import type { Rect } from "../model/rect";
import type { ValidationModel } from "../model/validations";
import { WorkbookModel } from "../model/workbookModel";
import { fromExcelJsStyle } from "./cellStyleXlsx";
import { parseChartXml, type ChartPart, type SeriesPart } from "./chartXml";
import { fileWidthToPoints } from "./columnWidths";
import { parseDrawing, type ChartAnchor } from "./drawingXml";
import { splitSections } from "./headerFooter";
import { DAYS_1904, isDateFormat } from "./dateSystem";
import { sheetChunks, type SheetChunk } from "./sheetChunks";
import { sheetState } from "./sheetState";
import { parseHyperlinks } from "./hyperlinkXml";
import { loadExcelJS, loadJSZip } from "./libs";
import { PackageParts, REL, Relationships, relsPath, resolveTarget } from "./packageParts";
import { parseTableXml, type TablePart } from "./tableXml";
import { parseValidations } from "./validationXml";
import { elements, removeElements } from "./xml";

interface SheetExtras {
  validations: ValidationModel[];
  hyperlinks: { rect: Rect; link: HyperlinkModel }[];
  tables: (TablePart & { path: string })[];
  charts: { anchor: ChartAnchor; part: ChartPart }[];
  /** Manual page breaks (0-based rows that start a page); ExcelJS does not read them. */
  rowBreaks: number[];
}

export interface ReadOptions {
  /** Sheet XML above which a sheet is loaded in row groups of about this size (CHUNK_CHARS). */
  chunkChars?: number;
}

export async function readXlsx(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookModel> {
  const [ExcelJSLib, JSZip] = await Promise.all([loadExcelJS(), loadJSZip()]);
  const zip = await JSZip.loadAsync(data);
  const pkg = await PackageParts.open(zip);
  const extras = new Map<string, SheetExtras>();
  const sheetXml = new Map<string, string>();
  for (const part of pkg.sheets) {
    const xml = await pkg.text(part.path);
    if (xml === null) continue;
    extras.set(part.name, await takeHostParts(pkg, part.path, xml));
    sheetXml.set(part.path, (await pkg.text(part.path)) ?? "");
  }
  await pkg.relativeTargets();
  // LibreOffice writes date1904="true", which ExcelJS only understands as "1"
  const workbookXml = await pkg.text("xl/workbook.xml");
  if (workbookXml && /<workbookPr\b[^>]*\bdate1904="true"/.test(workbookXml)) pkg.write("xl/workbook.xml", workbookXml.replace(/(<workbookPr\b[^>]*\bdate1904=")true"/, '$11"'));

  const model = new WorkbookModel();
  const sheetsByName = new Map<string, SheetModel>();
  let activeTab = 0;
  const texts = new TextCopies();
  let first = true;
  for (const batch of loadBatches(sheetXml, options.chunkChars ?? CHUNK_CHARS)) {
    // ExcelJS's model of a batch is released before the next one is loaded: the other sheets are empty in its package
    for (const path of sheetXml.keys()) pkg.write(path, batch.get(path)?.xml ?? EMPTY_SHEET);
    const wb = new ExcelJSLib.Workbook();
    await wb.xlsx.load(await zip.generateAsync({ type: "arraybuffer", compression: "STORE" }));
    if (first) {
      model.date1904 = Boolean(wb.properties?.date1904);
      activeTab = wb.views?.[0]?.activeTab ?? 0;
      for (const ws of wb.worksheets) sheetsByName.set(ws.name, model.addSheet(ws.name, "MemoryWorkbook.fromXlsx"));
    }
    for (const ws of wb.worksheets) {
      const path = pkg.sheets.find((p) => p.name === ws.name)?.path;
      const sheet = sheetsByName.get(ws.name);
      // a sheet without a part of its own is read with the first batch
      if (!sheet) continue;
      if (path !== undefined && sheetXml.has(path)) {
        const part = batch.get(path);
        if (part) readSheet(model, sheet, ws, texts, part.rows);
      } else if (first) readSheet(model, sheet, ws, texts);
    }
    first = false;
  }
  const tablePaths = new Map<number, string>();
  for (const sheet of model.sheets) {
    const x = extras.get(sheet.name);
    if (x) placeExtras(model, sheet, x, tablePaths);
  }
  for (const part of pkg.sheets) {
    const sheet = model.sheet(part.name);
    if (sheet) sheet.origin = { path: part.path, before: new Map(), areas: [], loaded: { ...sheetState(sheet), tablePaths } };
  }
  model.source = data instanceof Uint8Array ? data : new Uint8Array(data);
  model.tracking = true;
  // the file's tab numbers count chart sheets too, which the model does not hold
  const active = model.sheet(pkg.sheets[activeTab]?.name ?? "");
  if (active && active.visibility === "Visible") model.activeSheet = active;
  else model.activeSheet = model.sheets.find((s) => s.visibility === "Visible") ?? model.sheets[0];
  return model;
}

/** Parses and removes the parts the host reads itself from one worksheet. */
async function takeHostParts(pkg: PackageParts, path: string, xml: string): Promise<SheetExtras> {
  const rels = await pkg.rels(path);
  const out: SheetExtras = { validations: parseValidations(xml), hyperlinks: parseHyperlinks(xml, rels), tables: [], charts: [], rowBreaks: parseRowBreaks(xml) };
  for (const e of elements(xml, "tablePart")) {
    const rel = rels.get(e.attrs["r:id"]);
    const tablePath = rel && resolveTarget(path, rel.target);
    const text = tablePath ? await pkg.text(tablePath) : null;
    const table = text ? parseTableXml(text) : null;
    if (table && tablePath) out.tables.push({ ...table, path: tablePath });
    if (tablePath) pkg.zip.remove(tablePath);
  }
  for (const e of elements(xml, "drawing")) {
    const rel = rels.get(e.attrs["r:id"]);
    if (!rel || rel.type !== REL.drawing) continue;
    const drawingPath = resolveTarget(path, rel.target);
    const drawing = await pkg.text(drawingPath);
    if (!drawing) continue;
    const drawingRels = await pkg.rels(drawingPath);
    for (const anchor of parseDrawing(drawing)) {
      const chartRel = drawingRels.get(anchor.relId);
      const chartPath = chartRel && resolveTarget(drawingPath, chartRel.target);
      const chartText = chartPath ? await pkg.text(chartPath) : null;
      const part = chartText ? parseChartXml(chartText) : null;
      if (part) out.charts.push({ anchor, part });
    }
    pkg.zip.remove(drawingPath);
  }
  let stripped = xml;
  for (const name of ["dataValidations", "hyperlinks", "tableParts", "drawing", "legacyDrawing", "rowBreaks"]) stripped = removeElements(stripped, name);
  // Comments are not modelled (saving keeps them in the file); ExcelJS finds them only
  // under its own part names and fails on others' (openpyxl's xl/comments/comment1.xml).
  const kept = rels.list.filter((r) => !/\/(comments|vmlDrawing)$/.test(r.type));
  if (kept.length !== rels.list.length) pkg.write(relsPath(path), new Relationships(kept).toXml());
  // LibreOffice writes fitToPage="true", which ExcelJS only understands as "1"
  stripped = stripped.replace(/(<pageSetUpPr\b[^>]*\bfitToPage=")true"/, '$11"');
  pkg.write(path, stripped);
  return out;
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** An empty worksheet part, standing in for the sheets that are not in the batch ExcelJS loads. */
const EMPTY_SHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
/** Sheet XML (after the host's parts are taken out) above which a sheet is loaded through ExcelJS in parts. */
const CHUNK_CHARS = 3_000_000;

/**
 * The sheet parts in the groups ExcelJS loads one after another: the small sheets
 * together, then each large sheet alone and cut into row groups (sheetChunks.ts), each
 * made when it is loaded, so that ExcelJS's model (several times the host's) holds a few
 * thousand rows at a time.
 */
function* loadBatches(sheetXml: Map<string, string>, chunkChars: number): Generator<Map<string, SheetChunk>> {
  yield new Map([...sheetXml].filter(([, xml]) => xml.length <= chunkChars).map(([path, xml]) => [path, { xml }]));
  for (const [path, xml] of sheetXml) {
    if (xml.length > chunkChars) for (const chunk of sheetChunks(xml, chunkChars)) yield new Map([[path, chunk]]);
  }
}

/** Reads a sheet's settings, and its cells in `rows` (0-based; undefined: all), from ExcelJS's model. */
function readSheet(model: WorkbookModel, sheet: SheetModel, ws: ExcelJS.Worksheet, texts: TextCopies, rows?: Set<number>): void {
  sheet.visibility = VISIBILITY[ws.state as keyof typeof VISIBILITY] ?? "Visible";
  const tab = ws.properties.tabColor?.argb;
  if (tab && /^[0-9a-f]{8}$/i.test(tab)) sheet.tabColor = `#${tab.slice(2).toUpperCase()}`;
  const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  if (view?.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  const styleIds = new Map<unknown, number>();
  const styleId = (style: Partial<ExcelJS.Style> | undefined) => {
    let id = styleIds.get(style);
    if (id === undefined) styleIds.set(style, (id = model.styles.intern(fromExcelJsStyle(style))));
    return id;
  };
  const columnStyles: number[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width !== undefined && col.width > 0) sheet.setColumnWidth(i, fileWidthToPoints(col.width));
    const id = col.style && Object.keys(col.style).length ? styleId(col.style) : 0;
    if (id) sheet.setColumnStyleId(i, id);
    columnStyles[i] = id;
  });
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (rows && !rows.has(r)) return;
    if (row.height && (row as unknown as { customHeight?: boolean }).customHeight !== false) sheet.setRowHeight(r, row.height);
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      readCell(sheet, r, c, cell, model.date1904, texts);
      const id = styleId(cell.style);
      if (id && id !== (columnStyles[c] ?? 0)) sheet.setStyleId(r, c, id);
    });
  });
  readPageSetup(sheet, ws);
}

/** A cell's value as ExcelJS read it (a saved formula result included): a scalar, or undefined when empty. */
function scalarOf(v: unknown): Scalar | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // ExcelJS turned a date-formatted number into a Date (in the file's date system); the host's
  // values are 1900-system serials (to 1e-10 of a day)
  if (v instanceof Date) return Math.round((v.getTime() / 86_400_000 + 25_569) * 1e10) / 1e10;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join("") || undefined;
  if ("error" in o) return String(o.error);
  if ("text" in o) return String(o.text) || undefined;
  return undefined;
}

/**
 * The host's own copy of each text it reads, one per distinct text: a string ExcelJS parsed
 * can be a slice that keeps a whole piece of the file's XML alive, and each row group of a
 * large sheet parses the shared strings anew.
 */
class TextCopies {
  private readonly copies = new Map<string, string>();

  of<T extends Scalar | undefined>(value: T): T {
    if (typeof value !== "string") return value;
    let copy = this.copies.get(value);
    if (copy === undefined) {
      // concatenation then slice leaves a string whose storage is its own, not the parser's
      copy = (" " + value).slice(1);
      this.copies.set(copy, copy);
    }
    return copy as T;
  }
}

function readCell(sheet: SheetModel, r: number, c: number, cell: ExcelJS.Cell, date1904: boolean, texts: TextCopies): void {
  // A merged area's value is its first cell's; ExcelJS lends it to the others, which Excel shows as empty.
  if (cell.master !== cell) return;
  const v = cell.value;
  if (v === null || v === undefined) return;
  const o = v as unknown as Record<string, unknown>;
  // a date ExcelJS left as a number is still in the file's date system
  const shift = (x: Scalar | undefined) => (typeof x === "number" && date1904 && isDateFormat(cell.numFmt) ? x + DAYS_1904 : x);
  if (typeof v === "object" && ("formula" in o || "sharedFormula" in o)) {
    // A formula keeps the result the file saved with it (what Excel shows), errors included.
    const formula = cell.formula ?? (o.formula as string | undefined);
    const result = o.result instanceof Date ? scalarOf(o.result) : shift(scalarOf(o.result));
    sheet.setCell(r, c, texts.of(result), formula ? texts.of(`=${formula}`) : undefined);
    return;
  }
  const value = v instanceof Date ? scalarOf(v) : shift(scalarOf(v));
  if (value !== undefined) sheet.setCell(r, c, texts.of(value), undefined);
}

function readPageSetup(sheet: SheetModel, ws: ExcelJS.Worksheet): void {
  const ps = ws.pageSetup;
  const pl = sheet.pageLayout;
  pl.orientation = ps.orientation === "landscape" ? "Landscape" : "Portrait";
  pl.paperSize = paperName(ps.paperSize);
  pl.zoom = ps.fitToPage ? { horizontalFitToPages: ps.fitToWidth ?? 1, verticalFitToPages: ps.fitToHeight ?? 1 } : { scale: ps.scale ?? 100 };
  const titles = ps.printTitlesRow ? parseRef(ps.printTitlesRow.replace(/\$/g, "")) : null;
  if (titles) pl.printTitleRows = { ...titles.rect, c0: 0, c1: MAX_COLUMNS - 1 };
  const header = splitSections(ws.headerFooter?.oddHeader);
  const footer = splitSections(ws.headerFooter?.oddFooter);
  pl.headersFooters = {
    leftHeader: header.left,
    centerHeader: header.center,
    rightHeader: header.right,
    leftFooter: footer.left,
    centerFooter: footer.center,
    rightFooter: footer.right,
  };
}

/** The rows (0-based) that start a page after a manual break: <brk id> names the row above the break, 1-based. */
function parseRowBreaks(xml: string): number[] {
  const block = elements(xml, "rowBreaks")[0];
  if (!block) return [];
  const rows = elements(block.outer, "brk")
    .filter((b) => b.attrs.man === "1" || b.attrs.man === "true")
    .map((b) => Number(b.attrs.id))
    .filter((r) => Number.isInteger(r) && r > 0 && r < MAX_ROWS);
  return [...new Set(rows)].sort((a, b) => a - b);
}

function placeExtras(model: WorkbookModel, sheet: SheetModel, x: SheetExtras, tablePaths: Map<number, string>): void {
  sheet.pageLayout.rowBreaks = x.rowBreaks;
  for (const v of x.validations) sheet.validationStore.load(v);
  for (const { rect, link } of x.hyperlinks) {
    for (let r = rect.r0; r <= Math.min(rect.r1, MAX_ROWS - 1); r++) for (let c = rect.c0; c <= rect.c1; c++) sheet.hyperlinks.set(r * MAX_COLUMNS + c, { ...link });
  }
  for (const part of x.tables) {
    const t = new TableModel(model.newTableId(), part.name, sheet, part.rect);
    t.style = part.style;
    t.showTotals = part.showTotals;
    t.showBandedRows = part.showBandedRows;
    t.showBandedColumns = part.showBandedColumns;
    t.highlightFirstColumn = part.highlightFirstColumn;
    t.highlightLastColumn = part.highlightLastColumn;
    t.showFilterButton = part.showFilterButton;
    if (part.columnIds.length === t.columnCount) t.columnIds = part.columnIds;
    model.loadTable(t);
    tablePaths.set(t.id, part.path);
  }
  for (const { anchor, part } of x.charts) {
    const series = part.series.map((s) => seriesModel(model, sheet, s)).filter((s): s is ChartSeriesModel => s !== null);
    const first = series[0]?.values.rect;
    const by = first && first.r1 > first.r0 ? "Columns" : "Rows";
    const chart = new ChartModel(model.newChartId(), anchor.name || `Chart ${sheet.nextChartNumber}`, part.type, sheet, by, anchor.from, anchor.to);
    chart.title = part.title;
    chart.categoryAxisTitle = part.categoryAxisTitle;
    chart.valueAxisTitle = part.valueAxisTitle;
    chart.legend = part.legend;
    chart.series = series;
    sheet.charts.push(chart);
    sheet.nextChartNumber++;
  }
}

function areaOf(model: WorkbookModel, sheet: SheetModel, formula: string | undefined): AreaRef | null {
  const ref = formula ? parseRef(formula) : null;
  if (!ref) return null;
  const target = ref.sheet === undefined ? sheet : model.sheet(ref.sheet);
  return target ? { sheet: target, rect: ref.rect } : null;
}

function seriesModel(model: WorkbookModel, sheet: SheetModel, s: SeriesPart): ChartSeriesModel | null {
  const values = areaOf(model, sheet, s.values);
  if (!values) return null;
  const nameRef = areaOf(model, sheet, s.nameRef);
  const out: ChartSeriesModel = { name: nameRef ? String(nameRef.sheet.valueAt(nameRef.rect.r0, nameRef.rect.c0)) : s.name, nameRef, values, categories: areaOf(model, sheet, s.categories) };
  if (s.lineColor) out.lineColor = s.lineColor;
  if (s.lineStyle) out.lineStyle = s.lineStyle;
  if (s.fillColor) out.fillColor = s.fillColor;
  return out;
}
