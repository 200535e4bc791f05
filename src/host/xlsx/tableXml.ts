// Table parts (xl/tables/tableN.xml): written by the host because ExcelJS'
// table support does not round-trip reliably, and read back the same way.

import { formatCells, parseRef } from "../addresses";
import type { Rect } from "../model/rect";
import type { TableModel } from "../model/tableModel";
import { attrs, elements, escapeXml, firstElement } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export function tableXml(t: TableModel, partId: number): string {
  const names = t.columnNames();
  const ref = formatCells(t.rect);
  const filterRef = formatCells(t.showTotals ? { ...t.rect, r1: t.rect.r1 - 1 } : t.rect);
  const columns = names
    .map((name, i) => `<tableColumn${attrs({ id: t.columnIds[i] ?? i + 1, name: name.replace(/\n/g, "_x000a_") })}/>`)
    .join("");
  const style = attrs({
    name: t.style || undefined,
    showFirstColumn: t.highlightFirstColumn,
    showLastColumn: t.highlightLastColumn,
    showRowStripes: t.showBandedRows,
    showColumnStripes: t.showBandedColumns,
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}"${attrs({ id: partId, name: t.name, displayName: t.name, ref, totalsRowCount: t.showTotals ? 1 : undefined, totalsRowShown: t.showTotals ? undefined : 0 })}>` +
    (t.showFilterButton ? `<autoFilter ref="${escapeXml(filterRef)}"/>` : "") +
    `<tableColumns count="${names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo${style}/>` +
    `</table>`
  );
}

export interface TablePart {
  name: string;
  rect: Rect;
  hasHeaderRow: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  showFilterButton: boolean;
  columnIds: number[];
}

export function parseTableXml(xml: string): TablePart | null {
  const table = firstElement(xml, "table");
  const rect = table && parseRef(table.attrs.ref ?? "")?.rect;
  if (!table || !rect) return null;
  const style = firstElement(xml, "tableStyleInfo")?.attrs ?? {};
  const on = (v: string | undefined, dflt = false) => (v === undefined ? dflt : v === "1" || v === "true");
  return {
    name: table.attrs.displayName || table.attrs.name,
    rect,
    hasHeaderRow: table.attrs.headerRowCount !== "0",
    showTotals: Number(table.attrs.totalsRowCount ?? "0") > 0,
    style: style.name ?? "",
    showBandedRows: on(style.showRowStripes),
    showBandedColumns: on(style.showColumnStripes),
    highlightFirstColumn: on(style.showFirstColumn),
    highlightLastColumn: on(style.showLastColumn),
    showFilterButton: elements(xml, "autoFilter").length > 0,
    columnIds: elements(xml, "tableColumn").map((c, i) => Number(c.attrs.id) || i + 1),
  };
}
