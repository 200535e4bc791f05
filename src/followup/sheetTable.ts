// Writing a table model (tableModel.ts) onto a sheet as edits: the values
// (user text always literal), an Excel table over them, number formats per
// column (kr, %, dates) and the column widths the content wants.

import type { CellValue } from "../workbook/snapshot";
import type { Edit } from "../workbook/edits";
import { NUMBER_FORMATS } from "../workbook/layout";
import { columnLetter } from "../workbook/parse/address";
import { isoToSerial } from "../workbook/parse/date";
import type { CellFormat, FormattedNumber, ReportCell, ReportTable } from "./tableModel";

/** Widest a column is made for its text; longer text wraps. */
export const MAX_TEXT_WIDTH = 36;
/** Narrowest a text column is made when a sheet must shrink to fit its page width. */
const MIN_TEXT_WIDTH = 20;
const MIN_WIDTH = 8;
/** Table headers: bold on grey, so they print as headers even where the table style is not drawn. */
export const HEADER_FILL = "#D9D9D9";
/** Notes under tables and on title rows: dark grey, still legible when printed. */
export const NOTE_COLOR = "#595959";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Excel number format (Office.js invariant syntax) for a format and the numbers it shows. */
export function excelNumberFormat(format: CellFormat, values: readonly number[] = []): string | null {
  switch (format) {
    case "text":
      return null;
    case "integer":
      return "#,##0";
    case "money":
      return NUMBER_FORMATS.money;
    case "percent":
      return "0%";
    case "date":
      return NUMBER_FORMATS.date;
    case "year":
      return NUMBER_FORMATS.year;
    case "number": {
      // All with the same number of decimals (at most two): 9 305 / 16,2; mixed: as typed (General).
      const decimals = new Set(values.map((v) => Math.min(2, (String(Math.abs(v)).split(".")[1] ?? "").length)));
      if (decimals.size > 1) return "General";
      const d = [...decimals][0] ?? 0;
      return d === 0 ? "#,##0" : `#,##0.${"0".repeat(d)}`;
    }
  }
}

function isFormattedNumber(c: ReportCell): c is FormattedNumber {
  return typeof c === "object" && c !== null;
}

/**
 * A formatted number's own Excel format: its format's or, with a year, its column's (so the
 * decimals match the column's and rows of the same year share one format; the value's own
 * decimals in a column of mixed ones) with the year as literal text after it ("#,##0" (2025)").
 */
function ownNumberFormat(c: FormattedNumber, columnFormat: string | null): string | null {
  if (c.year === undefined) return excelNumberFormat(c.format, [c.value]);
  // A column of mixed decimals is General, which takes no literal text: then the value's own decimals.
  const format = columnFormat && columnFormat !== "General" ? columnFormat : excelNumberFormat(c.format, [c.value]);
  return `${format ?? "General"}" (${c.year})"`;
}

/** The value Excel gets for a cell: numbers as numbers, ISO dates in date columns as date serials. */
function cellValue(c: ReportCell, format: CellFormat): CellValue {
  if (c === null) return "";
  if (isFormattedNumber(c)) return c.value;
  if (format === "date" && typeof c === "string" && ISO_DATE.test(c)) return isoToSerial(c);
  return c;
}

/** Characters a cell needs, roughly as Excel shows it. */
function cellWidth(v: CellValue, format: CellFormat): number {
  if (typeof v === "number") {
    if (format === "date") return 10;
    const digits = String(Math.round(Math.abs(v))).length;
    const grouped = digits + Math.floor((digits - 1) / 3);
    return grouped + (format === "money" ? 4 : 0) + (Number.isInteger(v) ? 0 : 3);
  }
  return String(v).length;
}

/** How wide a column wants to be (characters) and how narrow it may become (text wraps, numbers must fit). */
export interface ColumnWidth {
  want: number;
  need: number;
}

export interface PlacedTable {
  edits: Edit[];
  /** Sheet rows the table takes (header row and footnote included). */
  height: number;
  /** The widths of its columns, left to right. */
  widths: ColumnWidth[];
}

/** A grey italic note in column A, under a table or data block. */
export function footnote(sheet: string, row: number, text: string): Edit[] {
  return [
    { kind: "setValues", sheet, address: `A${row}`, values: [[text]], text: true },
    { kind: "format", sheet, address: `A${row}`, italic: true, fontColor: NOTE_COLOR },
  ];
}

/**
 * The edits that write `table` with its header row at `top` (1-based), first column A,
 * as the Excel table `tableName`, and its footnote on the row below. A table without
 * rows gets one row saying emptyText.
 */
export function placeTable(sheet: string, top: number, table: ReportTable, tableName: string, style = "TableStyleLight1"): PlacedTable {
  const width = table.columns.length;
  const rows: ReportCell[][] = table.rows.length > 0 ? table.rows : [[table.emptyText, ...Array<null>(width - 1).fill(null)]];
  const values: CellValue[][] = [
    table.columns.map((c) => c.header),
    ...rows.map((r) => table.columns.map((c, j) => cellValue(r[j] ?? null, c.format))),
  ];
  const last = columnLetter(width - 1);
  const bottom = top + rows.length;
  const range = `A${top}:${last}${bottom}`;
  const edits: Edit[] = [
    { kind: "setValues", sheet, address: range, values, text: true },
    { kind: "addTable", sheet, address: range, name: tableName, style },
    // A row's cells start at the top, so short cells stand level beside one that wraps.
    { kind: "format", sheet, address: range, verticalAlignment: "Top" },
    { kind: "format", sheet, address: `A${top}:${last}${top}`, bold: true, fill: HEADER_FILL, wrapText: true },
  ];
  const widths: ColumnWidth[] = [];
  const columnFormats = table.columns.map((c, j) => {
    const letter = columnLetter(j);
    // The placeholder row of an empty table neither takes a format nor widens its column.
    const body = table.rows.length > 0 ? values.slice(1).map((r) => r[j]) : [];
    const format = excelNumberFormat(c.format, body.filter((v): v is number => typeof v === "number"));
    if (format && body.length > 0) edits.push({ kind: "setNumberFormat", sheet, address: `${letter}${top + 1}:${letter}${bottom}`, format });
    const yearWidth = Math.max(0, ...rows.map((r) => (isFormattedNumber(r[j] ?? null) && (r[j] as FormattedNumber).year !== undefined ? 7 : 0)));
    const content = Math.max(0, ...body.map((v) => cellWidth(v, c.format))) + yearWidth;
    const isText = body.some((v) => typeof v === "string" && v !== "");
    widths.push(columnWidth(c.header, content, isText));
    // Text wraps, so the column can be narrowed to fit the page without hiding anything.
    if (isText) edits.push({ kind: "format", sheet, address: `${letter}${top + 1}:${letter}${bottom}`, wrapText: true });
    return format;
  });
  // Cells that carry a format of their own (kronor among the counts of the key figures, a value's
  // year): one edit per run of rows with the same format in a column.
  for (let j = 0; j < width; j++) {
    let runStart = -1;
    let runFormat: string | null = null;
    const flush = (end: number) => {
      if (runFormat && runFormat !== columnFormats[j]) {
        const address = `${columnLetter(j)}${top + 1 + runStart}${end > runStart ? `:${columnLetter(j)}${top + 1 + end}` : ""}`;
        edits.push({ kind: "setNumberFormat", sheet, address, format: runFormat });
      }
    };
    rows.forEach((r, i) => {
      const c = r[j] ?? null;
      const format = isFormattedNumber(c) ? ownNumberFormat(c, columnFormats[j]) : null;
      if (format === runFormat && runStart >= 0) return;
      if (runStart >= 0) flush(i - 1);
      runStart = i;
      runFormat = format;
    });
    if (runStart >= 0) flush(rows.length - 1);
  }
  if (table.footnote) edits.push(...footnote(sheet, bottom + 1, table.footnote));
  return { edits, height: rows.length + 1 + (table.footnote ? 1 : 0), widths };
}

/** The width a column wants for its header (which wraps between words) and content, and the least it needs. */
export function columnWidth(header: string, content: number, isText: boolean): ColumnWidth {
  const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length)) + 2;
  const want = Math.max(MIN_WIDTH, longestWord, Math.min(MAX_TEXT_WIDTH, content + 2));
  return { want, need: isText ? Math.max(MIN_WIDTH, longestWord, Math.min(MIN_TEXT_WIDTH, content + 2)) : want };
}

/**
 * The sheet's column widths for tables stacked in the same columns: per column the
 * widest any table wants, then, while the total passes `budget` characters (what fits a
 * landscape A4 page at a readable scale), the text column with the most room to spare
 * is narrowed a character at a time, down to what it needs.
 */
export function fitColumns(tables: readonly Pick<PlacedTable, "widths">[], budget: number): number[] {
  const want: number[] = [];
  const need: number[] = [];
  for (const t of tables)
    t.widths.forEach((w, j) => {
      want[j] = Math.max(want[j] ?? 0, w.want);
      need[j] = Math.max(need[j] ?? 0, w.need);
    });
  const widths = want.map((w, j) => Math.max(w, need[j]));
  let excess = widths.reduce((a, b) => a + b, 0) - budget;
  while (excess > 0) {
    const room = widths.map((w, j) => w - need[j]);
    const j = room.indexOf(Math.max(...room));
    if (room[j] <= 0) break;
    widths[j] -= 1;
    excess -= 1;
  }
  return widths;
}
