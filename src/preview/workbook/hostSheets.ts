// Reads the in-memory Excel's model (src/host) into the preview's SheetData:
// the one place that knows how the host stores cells, styles, tables,
// validations and charts. Read-only: every change goes through Office.js calls.

import type { WorkbookModel } from "../../host/model/workbookModel";
import type { SheetModel } from "../../host/model/sheetModel";
import type { Rect } from "../../host/model/rect";
import type { AreaRef } from "../../host/model/chartModel";
import { formatRect, parseRef } from "../../host/addresses";
import type { CellValue } from "../../workbook/snapshot";
import { listChoices } from "./listSource";
import type { CellLook, PlacedChart, SheetData, SheetTab } from "./sheetData";

/** Empty rows and columns shown past the used range, so there is room to type below a table. */
export const SPARE_ROWS = 30;
export const SPARE_COLUMNS = 3;

const POINTS_TO_PX = 96 / 72;

/** The visible sheets, in tab order. */
export function sheetTabs(model: WorkbookModel): SheetTab[] {
  return model.sheets
    .filter((s) => s.visibility === "Visible")
    .map((s) => (s.tabColor ? { name: s.name, tabColor: s.tabColor } : { name: s.name }));
}

/** The values of a block of cells, row by row. */
function cellsOf(area: AreaRef | null): CellValue[] {
  if (!area) return [];
  return area.sheet.readValues(area.rect).flat();
}

function union(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  return rects.reduce((a, b) => ({ r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) }));
}

function chartsOf(sheet: SheetModel): PlacedChart[] {
  return sheet.charts.map((chart) => {
    const areas = chart.series.flatMap((s) => [s.values, s.categories, s.nameRef]).filter((a): a is AreaRef => a !== null);
    const source = union(areas.filter((a) => a.sheet === sheet).map((a) => a.rect));
    return {
      name: chart.name,
      chartKind: chart.type,
      source: source ? formatRect(source) : "",
      title: chart.title.text,
      categoryAxisTitle: chart.categoryAxisTitle.text,
      valueAxisTitle: chart.valueAxisTitle.text,
      series: chart.series.map((s) => ({
        name: s.nameRef ? String(cellsOf(s.nameRef)[0] ?? s.name) : s.name,
        values: cellsOf(s.values),
        categories: s.categories ? cellsOf(s.categories) : undefined,
        color: s.lineColor ?? s.fillColor,
        lineStyle: s.lineStyle,
      })),
      at: { r0: chart.from.row, c0: chart.from.col, r1: chart.to.row, c1: chart.to.col },
    };
  });
}

/** The cells a list source's reference points at, through the workbook's tables and sheets. */
function readReference(model: WorkbookModel, sheet: SheetModel, reference: string): CellValue[] | undefined {
  const structured = /^'?([^'[\]!]+?)'?\[(.+)\]$/.exec(reference.trim());
  if (structured) {
    const found = model.structured(structured[1], structured[2]);
    return found ? found.sheet.readValues(found.rect).flat() : undefined;
  }
  const ref = parseRef(reference);
  if (!ref) return undefined;
  const target = ref.sheet === undefined ? sheet : model.sheet(ref.sheet);
  if (!target) return undefined;
  const used = target.usedRect(true);
  const rect = used ? { ...ref.rect, r1: Math.min(ref.rect.r1, used.r1) } : null; // whole columns: only the used rows
  return rect && rect.r1 >= rect.r0 ? target.readValues(rect).flat() : [];
}

/** A SheetData over one sheet of the host's model, as it is now. */
export function hostSheet(model: WorkbookModel, name: string): SheetData | undefined {
  const sheet = model.sheet(name);
  if (!sheet) return undefined;
  const used = sheet.usedRange;
  const charts = chartsOf(sheet);
  const lastRow = Math.max(used?.r1 ?? -1, sheet.frozenRows - 1, ...charts.map((c) => c.at.r1));
  const lastColumn = Math.max(used?.c1 ?? -1, sheet.columnWidths.length - 1, ...charts.map((c) => c.at.c1));
  return {
    name: sheet.name,
    rowCount: lastRow + 1 + SPARE_ROWS,
    columnCount: Math.max(lastColumn + 1 + SPARE_COLUMNS, 8),
    lastRow: used?.r1 ?? -1,
    lastColumn: used?.c1 ?? -1,
    value: (r, c) => sheet.valueAt(r, c),
    formula(r, c) {
      const f = sheet.formulaAt(r, c);
      return f === undefined || f.startsWith("=") ? f : `=${f}`;
    },
    numberFormat: (r, c) => sheet.numberFormatAt(r, c),
    look(r, c): CellLook | undefined {
      const id = sheet.styleIdAt(r, c);
      if (id === 0) return undefined;
      const style = model.styles.get(id);
      return {
        bold: style.bold,
        italic: style.italic,
        fontColor: style.fontColor,
        fill: style.fill,
        fontSize: style.fontSize,
        horizontalAlignment: style.horizontalAlignment,
        wrapText: style.wrapText,
      };
    },
    columnWidth: (c) => Math.max(24, Math.round(sheet.columnWidth(c) * POINTS_TO_PX)),
    frozenRows: sheet.frozenRows,
    tables: sheet.tables().map((t) => ({ name: t.name, rect: t.rect, showHeaders: true, style: t.style })),
    listChoices(r, c) {
      const rule = sheet.validationStore.at({ r0: r, c0: c, r1: r, c1: c }).covering?.rule.list;
      return rule ? listChoices(rule.source, (reference) => readReference(model, sheet, reference)) : undefined;
    },
    charts,
  };
}
