// Everything a user could see of an in-memory workbook, as plain data to compare:
// per sheet its cells (value, formula, text, format, fill, link), widths and
// heights, freeze, dropdowns, tables, charts, page setup and selection, and which
// sheet is active. Two workbooks a user could tell apart have different pictures.

import type { MemoryWorkbook, SheetModel } from "../../src/host";

/** One sheet: every used cell with its look, and everything around the cells. */
export function sheetPicture(sheet: SheetModel) {
  const used = sheet.usedRange;
  const cells: Record<string, unknown> = {};
  if (used) {
    for (let r = used.r0; r <= used.r1; r++) for (let c = used.c0; c <= used.c1; c++) cells[`${r},${c}`] = sheet.cell(r, c);
  }
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    frozenRows: sheet.frozenRows,
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.explicitRowHeights(),
    validations: sheet.validations,
    tables: sheet.tables().map((t) => ({ name: t.name, rect: t.rect, style: t.style })),
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      from: c.from,
      to: c.to,
      title: c.title.text,
      legend: c.legend,
      axes: [c.categoryAxisTitle.text, c.valueAxisTitle.text],
      series: c.series.map((s) => ({ name: s.name, values: s.values.rect, categories: s.categories?.rect, line: s.lineColor, fill: s.fillColor, style: s.lineStyle })),
    })),
    page: sheet.pageLayout,
    selection: sheet.selection,
    cells,
  };
}

/** The whole workbook: its sheets in order and the active one. */
export function workbookPicture(wb: MemoryWorkbook) {
  return { active: wb.model.activeSheet?.name, sheets: wb.model.sheets.map(sheetPicture) };
}
