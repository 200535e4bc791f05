// How a grid cell is painted: its text through the number format, and its
// colours: an Excel table's header row and banded rows (like the built-in
// TableStyleMedium2), then the cell's own font and fill on top.

import type { CSSProperties } from "react";
import type { Lang } from "../../workbook/layout";
import { formatCell } from "../format/numberFormat";
import type { SheetData, TableArea } from "../workbook/sheetData";

export const TABLE_HEADER_FILL = "#2F5597";
export const TABLE_HEADER_TEXT = "#FFFFFF";
export const TABLE_BAND_FILL = "#DCE6F4";

export type TablePart = "header" | "band" | "body";

/** Which part of a table (if any) cell (row, column) belongs to. */
export function tablePart(tables: readonly TableArea[], row: number, column: number): TablePart | undefined {
  for (const t of tables) {
    const { r0, c0, r1, c1 } = t.rect;
    if (row < r0 || row > r1 || column < c0 || column > c1) continue;
    if (t.showHeaders && row === r0) return "header";
    const bodyIndex = row - r0 - (t.showHeaders ? 1 : 0);
    return bodyIndex % 2 === 0 ? "band" : "body";
  }
  return undefined;
}

export interface PaintedCell {
  text: string;
  style: CSSProperties;
  part?: TablePart;
}

const ALIGN: Record<string, CSSProperties["textAlign"]> = { left: "left", center: "center", right: "right" };

/** The text and inline style of one cell. */
export function paintCell(sheet: SheetData, row: number, column: number, lang: Lang): PaintedCell {
  const display = formatCell(sheet.value(row, column), sheet.numberFormat(row, column), lang);
  const look = sheet.look(row, column);
  const part = tablePart(sheet.tables, row, column);
  const style: CSSProperties = {};
  if (part === "header") {
    style.background = TABLE_HEADER_FILL;
    style.color = TABLE_HEADER_TEXT;
    style.fontWeight = 600;
  } else if (part === "band") {
    style.background = TABLE_BAND_FILL;
  }
  if (look?.fill) style.background = look.fill;
  if (look?.fontColor && look.fontColor.toUpperCase() !== "#000000") style.color = look.fontColor;
  if (look?.bold) style.fontWeight = 600;
  if (look?.italic) style.fontStyle = "italic";
  const horizontal = look?.horizontalAlignment?.toLowerCase();
  style.textAlign = horizontal && ALIGN[horizontal] ? ALIGN[horizontal] : ALIGN[display.align];
  return { text: display.text, style, part };
}
