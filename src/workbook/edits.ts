// Plain, serialisable descriptions of workbook changes: what the "think" step
// returns and the "write" step (src/excel/applyEdits.ts) applies in one batch.

import type { CellValue } from "./snapshot";

export type ChartKind = "Line" | "LineMarkers" | "ColumnClustered" | "ColumnStacked" | "BarStacked" | "BarClustered";

export type Edit =
  /** Add a worksheet (fails if it exists: callers check the snapshot first). */
  | { kind: "addSheet"; sheet: string; visibility?: "Visible" | "Hidden" | "VeryHidden"; tabColor?: string }
  /** Delete a worksheet. Only ever used on generated sheets. */
  | { kind: "deleteSheet"; sheet: string }
  /**
   * Write values to a rectangular range (A1 address without sheet, e.g. "A1:C4").
   * `text: true` means every string is literal text and must never become a formula,
   * number or date (the applier escapes it); otherwise strings starting with "=" are formulas.
   */
  | { kind: "setValues"; sheet: string; address: string; values: CellValue[][]; text?: boolean }
  /** Set one number format (Office.js invariant syntax) on a whole range. */
  | { kind: "setNumberFormat"; sheet: string; address: string; format: string }
  /** Create a table over a range whose first row already holds the headers. */
  | { kind: "addTable"; sheet: string; address: string; name: string; style?: string }
  /** Append a column with this header at the right end of an existing table. */
  | { kind: "addTableColumn"; table: string; header: string }
  /**
   * Make an existing table on `sheet` span `address` (header row included, same
   * top-left cell): Table.resize, ExcelApi 1.13. Planners check the capability and use
   * convertTableToRange + addTable where it is missing; `style` is the table's style,
   * for appliers that must fall back to that.
   */
  | { kind: "resizeTable"; table: string; sheet: string; address: string; style?: string }
  /** Turn a table back into plain cells, keeping values, formats and validations (ExcelApi 1.2). */
  | { kind: "convertTableToRange"; table: string }
  /** Column width in characters for one column or a span, e.g. "B" or "B:D". */
  | { kind: "setColumnWidth"; sheet: string; columns: string; widthChars: number }
  | { kind: "freezeRows"; sheet: string; rows: number }
  /** Fit the rows' heights to their content, wrapped text included (Range.format.autofitRows, ExcelApi 1.2). */
  | { kind: "autofitRows"; sheet: string; address: string }
  /**
   * In-cell dropdown list validation. `source` is either a comma-separated list of
   * values or a formula starting with "=" (e.g. =INDIRECT("Groups[Grupp-ID]")).
   */
  | { kind: "listValidation"; sheet: string; address: string; source: string }
  | {
      kind: "format";
      sheet: string;
      address: string;
      bold?: boolean;
      italic?: boolean;
      fontColor?: string;
      fontSize?: number;
      fill?: string;
      wrapText?: boolean;
      horizontalAlignment?: "Left" | "Center" | "Right";
      verticalAlignment?: "Top" | "Center" | "Bottom";
    }
  | {
      kind: "addChart";
      sheet: string;
      name: string;
      chartKind: ChartKind;
      /** A1 address (on `sheet`) of the data block, headers included. */
      source: string;
      seriesBy: "Rows" | "Columns";
      title: string;
      categoryAxisTitle?: string;
      valueAxisTitle?: string;
      /** Cells the chart spans, e.g. "H2" to "P18". */
      topLeft: string;
      bottomRight: string;
      /** Series colours in order (hex), chosen to survive grey-scale printing. */
      colors?: string[];
      /** Per series line dash as an Excel.ChartLineStyle name ("Continuous" | "Dash" | "RoundDot" …; Excel rejects "Solid"), in order. */
      lineStyles?: string[];
    }
  | {
      kind: "pageLayout";
      sheet: string;
      orientation: "Portrait" | "Landscape";
      paperSize: "A4";
      fitToWidth: boolean;
      /** Rows repeated at the top of every printed page, e.g. "$1:$3". */
      printTitleRows?: string;
      centerHeader?: string;
      centerFooter?: string;
      /**
       * Rows (1-based) that start a new printed page: manual page breaks above them
       * (Worksheet.horizontalPageBreaks, ExcelApi 1.9, like the rest of this edit), placed so
       * that no chart is cut by a page edge. Only for a sheet just added (it has no breaks yet).
       */
      pageBreaksBefore?: number[];
    }
  | { kind: "activate"; sheet: string; cell?: string };

/** Strings Excel would turn into a formula, number, date or boolean if written as they are. */
export function needsTextEscape(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@'\t\r]/.test(s)) return true;
  const t = s.trim();
  if (/^(true|false|sant|falskt)$/i.test(t)) return true;
  if (/^[\d\s.,:/%$€£kr-]+$/i.test(t) && /\d/.test(t)) return true;
  return false;
}

/** The value to write so that Excel keeps `s` as literal text (Excel's apostrophe prefix). */
export function asTextLiteral(s: string): string {
  return needsTextEscape(s) ? "'" + s : s;
}

/** Values to write; with `text`, every string is escaped so it stays literal text. */
export function valuesToWrite(edit: Extract<Edit, { kind: "setValues" }>): CellValue[][] {
  if (!edit.text) return edit.values;
  return edit.values.map((row) => row.map((v) => (typeof v === "string" ? asTextLiteral(v) : v)));
}
