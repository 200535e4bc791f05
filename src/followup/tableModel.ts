// A table as plain data, before it becomes an Excel table or a Word table:
// column headers with the format their numbers are shown in, and rows of cells.
// Shared by the annual report's sections and the Uppföljning sheet.

import type { Lang, Text } from "../workbook/layout";

/** How a column's (or a cell's) numbers are shown: Excel number format / Intl formatting. */
export type CellFormat = "text" | "integer" | "number" | "money" | "percent" | "date" | "year";

/** A number with its own format (for columns that mix kinds, like the key figures). */
export interface FormattedNumber {
  value: number;
  format: CellFormat;
  /** The year the value is from, shown after it: "7 702 (2025)" (the cell stays a number). */
  year?: number;
}

/** Text, a number in the column's format, an ISO date in a date column, a number with its own format, or empty. */
export type ReportCell = string | number | FormattedNumber | null;

export interface ReportColumn {
  header: string;
  format: CellFormat;
  /**
   * A list too long for a column of the report sheet, whose columns every table shares (a
   * group's members): the sheet says it in lines of text under the table instead, each row's
   * first cell and then the list. The Word report, whose tables are sized to their content,
   * keeps it a column.
   */
  sheetList?: boolean;
}

export interface ReportTable {
  /** ASCII name part, unique on its sheet ("Mal"), for Excel table names like "VB2025_Mal". */
  name: string;
  /** A caption above the table when a section holds more than one. */
  caption?: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Said in the first cell of the only row when the table has no rows. */
  emptyText: string;
  /** Said under the table (e.g. that it lists only its first rows). */
  footnote?: string;
  /** Shown on the report sheet only; the Word report says the same in its paragraph and charts. */
  sheetOnly?: boolean;
}

/** Columns from [header, format] pairs, headers rendered in `lang`. */
export function columns(lang: Lang, defs: [Text, CellFormat][]): ReportColumn[] {
  return defs.map(([header, format]) => ({ header: header[lang], format }));
}

/** An item as a reader knows it: its ID and its name, "M1 Minska brottsligheten". */
export function labelled(id: string | null, name: string | null): string {
  return [id, name].filter((s) => s).join(" ");
}
