// MemoryWorkbook.toXlsx: ExcelJS writes sheets, cells, formulas, styles,
// column widths, row heights, frozen panes, visibility, tab colours, page
// setup and manual page breaks; then the host adds the parts it writes itself (hostParts.ts):
// tables, data validations, hyperlinks and charts. A workbook read from a file
// is saved by patching that file with this package (patchXlsx.ts).

import type ExcelJS from "exceljs";
import { formatRect } from "../addresses";
import { paperCode } from "../model/pageLayout";
import { MAX_COLUMNS } from "../model/rect";
import type { SheetModel } from "../model/sheetModel";
import type { WorkbookModel } from "../model/workbookModel";
import { toExcelJsStyle } from "./cellStyleXlsx";
import { pointsToFileWidth } from "./columnWidths";
import { joinSections } from "./headerFooter";
import { addHostParts } from "./hostParts";
import { loadExcelJS } from "./libs";
import { patchXlsx } from "./patchXlsx";
import { dateOfSerial, isDateFormat } from "./dateSystem";

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

export async function writeXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const generated = await generateXlsx(model);
  return model.source ? patchXlsx(model, generated) : generated;
}

/** The whole workbook as ExcelJS writes it (dates in the file's date system). */
async function generateXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const ExcelJSLib = await loadExcelJS();
  const wb = new ExcelJSLib.Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  if (model.date1904) wb.properties.date1904 = true;
  const styleCache = new Map<number, Partial<ExcelJS.Style>>();
  const styleOf = (id: number) => {
    let s = styleCache.get(id);
    if (!s) styleCache.set(id, (s = toExcelJsStyle(model.styles.get(id))));
    return s;
  };
  for (const sheet of model.sheets) writeSheet(wb, sheet, styleOf, sheet === model.activeSheet);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, model.sheets.indexOf(model.activeSheet)), visibility: "visible" }];
  // Stored uncompressed here: addHostParts compresses the whole package once.
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return addHostParts(bytes, model);
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetModel, styleOf: (id: number) => Partial<ExcelJS.Style>, active: boolean): void {
  const view: Partial<ExcelJS.WorksheetView> =
    sheet.frozenRows || sheet.frozenColumns
      ? { state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, topLeftCell: formatRect({ r0: sheet.frozenRows, c0: sheet.frozenColumns, r1: sheet.frozenRows, c1: sheet.frozenColumns }) }
      : { state: "normal" };
  if (active) view.activeCell = formatRect({ ...sheet.selection, r1: sheet.selection.r0, c1: sheet.selection.c0 });
  const ws = wb.addWorksheet(sheet.name, {
    state: STATE[sheet.visibility],
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.slice(1)}` } } : {},
    views: [view],
  });
  // Column styles first: ExcelJS gives new cells their column's style.
  for (const [c, id] of sheet.explicitColumnStyles()) ws.getColumn(c + 1).style = styleOf(id);
  for (const [c, w] of sheet.explicitColumnWidths()) ws.getColumn(c + 1).width = pointsToFileWidth(w);
  // For a patch, a sheet read from the file needs only its changed rows: the rest stays in the file as it is.
  const rows = sheet.origin ? new Set(sheet.changedCells().map(([r]) => r)) : null;
  for (const [r, h] of sheet.explicitRowHeights()) if (!rows || rows.has(r)) ws.getRow(r + 1).height = h;
  for (const r of rows ? [...rows].sort((a, b) => a - b) : sheet.rowIndexes()) {
    const row = ws.getRow(r + 1);
    const n = sheet.rowLength(r);
    for (let c = 0; c < n; c++) {
      const formula = sheet.formulaAt(r, c);
      const value = sheet.rawValue(r, c);
      const own = sheet.cellStyleId(r, c);
      if (formula === undefined && value === undefined && !own) continue;
      const cell = row.getCell(c + 1);
      if (formula !== undefined) {
        const result = sheet.valueAt(r, c);
        cell.value = result === "" || (typeof result === "string" && result.startsWith("#")) ? { formula: formula.slice(1) } : ({ formula: formula.slice(1), result } as ExcelJS.CellFormulaValue);
      } else if (value !== undefined) cell.value = typeof value === "number" && sheet.book.date1904 && isDateFormat(sheet.numberFormatAt(r, c)) ? dateOfSerial(value) : value;
      if (own) cell.style = styleOf(own);
    }
  }
  writePageSetup(ws, sheet);
}

function writePageSetup(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  const pl = sheet.pageLayout;
  const setup: Partial<ExcelJS.PageSetup> = { orientation: pl.orientation === "Landscape" ? "landscape" : "portrait", paperSize: paperCode(pl.paperSize) as ExcelJS.PaperSize };
  const { horizontalFitToPages: w, verticalFitToPages: h, scale } = pl.zoom;
  if (w !== undefined || h !== undefined) Object.assign(setup, { fitToPage: true, fitToWidth: w ?? 1, fitToHeight: h ?? 1 });
  else if (scale !== undefined) setup.scale = scale;
  if (pl.printTitleRows) setup.printTitlesRow = `${pl.printTitleRows.r0 + 1}:${pl.printTitleRows.r1 + 1}`;
  Object.assign(ws.pageSetup, setup);
  const hf = pl.headersFooters;
  const header = joinSections({ left: hf.leftHeader, center: hf.centerHeader, right: hf.rightHeader });
  const footer = joinSections({ left: hf.leftFooter, center: hf.centerFooter, right: hf.rightFooter });
  if (header) ws.headerFooter.oddHeader = header;
  if (footer) ws.headerFooter.oddFooter = footer;
  // <brk id> is the last row above the break (1-based), i.e. the 0-based index of the row below it.
  // (ExcelJS writes a worksheet's rowBreaks, which its typings leave out.)
  (ws as unknown as { rowBreaks: { id: number; max: number; man: number }[] }).rowBreaks.push(...pl.rowBreaks.map((r) => ({ id: r, max: MAX_COLUMNS - 1, man: 1 })));
}

