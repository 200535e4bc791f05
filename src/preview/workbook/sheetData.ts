// What the preview's workbook view reads from a sheet: cell values, number
// formats and styles, column widths, frozen rows, table areas, dropdown lists
// and chart definitions. One plain interface, so the grid and the charts never
// depend on how the in-memory Excel stores its model (see hostSheets.ts).

import type { CellValue } from "../../workbook/snapshot";
import type { ChartSpec } from "../charts/chartData";

/** How one cell looks, beyond its number format. */
export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" */
  fill?: string;
  /** Font size in points. */
  fontSize?: number;
  /** Excel's horizontal alignment ("General", "Left", "Center", "Right", …). */
  horizontalAlignment?: string;
  wrapText?: boolean;
}

/** A rectangle of cells: 0-based, inclusive. */
export interface CellRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface TableArea {
  name: string;
  rect: CellRect;
  /** Whether the first row is a header row. */
  showHeaders: boolean;
  /** The built-in table style's name, e.g. "TableStyleMedium2". */
  style?: string;
}

/** A chart with where it sits on the sheet. */
export interface PlacedChart extends ChartSpec {
  /** The cells the chart spans, 0-based inclusive. */
  at: CellRect;
}

export interface SheetData {
  name: string;
  /** Rows and columns to show: the used range from A1, at least one. */
  rowCount: number;
  columnCount: number;
  /** The last row and column holding data (0-based; -1 on an empty sheet), where Ctrl+End goes. */
  lastRow: number;
  lastColumn: number;
  value(row: number, column: number): CellValue;
  /** The cell's formula ("=SUM(A1:A3)"), undefined for a constant. */
  formula(row: number, column: number): string | undefined;
  numberFormat(row: number, column: number): string;
  look(row: number, column: number): CellLook | undefined;
  /** Column width in px. */
  columnWidth(column: number): number;
  frozenRows: number;
  tables: readonly TableArea[];
  /** The dropdown choices of a cell with a list validation, undefined when it has none. */
  listChoices(row: number, column: number): readonly string[] | undefined;
  charts: readonly PlacedChart[];
}

export interface SheetTab {
  name: string;
  /** Excel's tab colour, "#RRGGBB", when set. */
  tabColor?: string;
}
