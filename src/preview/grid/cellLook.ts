// How a grid cell is painted: its text through the number format, and its
// colours: an Excel table's header row and banded rows in the manner of its
// built-in table style, then the cell's own font and fill on top (text on a
// fill of its own is dark or light by the fill's lightness, so it stays legible).

import type { CSSProperties } from "react";
import type { Lang } from "../../workbook/layout";
import { luminance } from "../../taskpane/theme";
import { formatCell } from "../../base/numberFormat";
import type { SheetData, TableArea } from "../workbook/sheetData";

export type TablePart = "header" | "band" | "body";

/** The look of a table style's header row and odd body rows. */
export interface TableLook {
  header: CSSProperties;
  band: CSSProperties;
}

const DARK_HEADER: TableLook = {
  header: { background: "#2F5597", color: "#FFFFFF", fontWeight: 600 },
  band: { background: "#DCE6F4" },
};
const LIGHT_HEADER: TableLook = {
  header: { fontWeight: 600, borderBottom: "1px solid #404040" },
  band: { background: "#F2F2F2" },
};
const PLAIN: TableLook = { header: {}, band: {} };

/**
 * The look of a built-in table style, by family: Light 1–7 and 15–21 have a bold
 * header on white, Light 8–14, Medium and Dark a filled header with white text.
 */
export function tableLook(style: string | undefined): TableLook {
  const m = /^TableStyle(Light|Medium|Dark)(\d+)$/i.exec(style ?? "");
  if (!m) return style ? DARK_HEADER : PLAIN;
  const n = Number(m[2]);
  if (/light/i.test(m[1]) && !(n >= 8 && n <= 14)) return LIGHT_HEADER;
  return DARK_HEADER;
}

/** The table (if any) cell (row, column) belongs to, and which part of it. */
export function tablePart(tables: readonly TableArea[], row: number, column: number): { part: TablePart; table: TableArea } | undefined {
  for (const t of tables) {
    const { r0, c0, r1, c1 } = t.rect;
    if (row < r0 || row > r1 || column < c0 || column > c1) continue;
    if (t.showHeaders && row === r0) return { part: "header", table: t };
    const bodyIndex = row - r0 - (t.showHeaders ? 1 : 0);
    return { part: bodyIndex % 2 === 0 ? "band" : "body", table: t };
  }
  return undefined;
}

/** Text colour for a fill: black on light fills, white on dark ones. */
export function textOn(fill: string): string {
  const l = luminance(fill);
  return l !== undefined && l < 0.18 ? "#FFFFFF" : "#000000";
}

/** A cell's font size (points) in px for the grid's fixed row height: the base 11 pt is 13 px, larger sizes grow a little. */
export function fontPx(points: number | undefined): number | undefined {
  if (!points || points === 11) return undefined;
  return Math.round(Math.min(15.5, Math.max(10, 13 + (points - 11) * 0.6)) * 2) / 2;
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
  const inTable = tablePart(sheet.tables, row, column);
  const part = inTable?.part;
  const style: CSSProperties = {};
  if (inTable && part !== "body") Object.assign(style, tableLook(inTable.table.style)[part === "header" ? "header" : "band"]);
  if (look?.fill) {
    style.background = look.fill;
    style.color = textOn(look.fill);
  }
  if (look?.fontColor && look.fontColor.toUpperCase() !== "#000000") style.color = look.fontColor;
  const size = fontPx(look?.fontSize);
  if (size) style.fontSize = size;
  if (look?.bold) style.fontWeight = 600;
  if (look?.italic) style.fontStyle = "italic";
  const horizontal = look?.horizontalAlignment?.toLowerCase();
  style.textAlign = horizontal && ALIGN[horizontal] ? ALIGN[horizontal] : ALIGN[display.align];
  return { text: display.text, style, part };
}
