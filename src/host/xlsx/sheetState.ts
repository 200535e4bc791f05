// What a sheet held when it was read, beyond its cells, in comparable form:
// frozen panes, tab colour, page layout, validations, links, charts, column
// widths and styles, row heights and its tables. Saving compares this with
// the sheet as it is now, to patch only the parts of the file that changed.

import type { SheetModel } from "../model/sheetModel";
import type { TableModel } from "../model/tableModel";

export interface SheetState {
  frozen: string;
  tabColor: string;
  pageLayout: string;
  validations: string;
  hyperlinks: string;
  charts: string;
  widths: Map<number, number>;
  heights: Map<number, number>;
  columnStyles: Map<number, number>;
  /** Each table's state by TableModel.id. */
  tables: Map<number, string>;
}

export function tableState(t: TableModel): string {
  return JSON.stringify({
    name: t.name,
    rect: t.rect,
    columns: t.columnNames(),
    ids: t.columnIds,
    flags: [t.style, t.showTotals, t.showBandedRows, t.showBandedColumns, t.highlightFirstColumn, t.highlightLastColumn, t.showFilterButton],
  });
}

export function sheetState(sheet: SheetModel): SheetState {
  return {
    frozen: `${sheet.frozenRows},${sheet.frozenColumns}`,
    tabColor: sheet.tabColor,
    pageLayout: JSON.stringify(sheet.pageLayout),
    validations: JSON.stringify(sheet.validations),
    hyperlinks: JSON.stringify([...sheet.hyperlinks]),
    charts: JSON.stringify(sheet.charts.map((c) => ({ ...c, sheet: undefined, series: c.series.map((s) => ({ ...s, values: s.values.rect, categories: s.categories?.rect, nameRef: s.nameRef?.rect })) }))),
    widths: new Map(sheet.explicitColumnWidths()),
    heights: new Map(sheet.explicitRowHeights()),
    columnStyles: new Map(sheet.explicitColumnStyles()),
    tables: new Map(sheet.tables().map((t) => [t.id, tableState(t)])),
  };
}

/** Keys whose value differs between two maps (a missing key counts as undefined). */
export function changedKeys(a: Map<number, number>, b: Map<number, number>): number[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort((x, y) => x - y);
}
