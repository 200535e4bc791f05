// What every generated follow-up sheet shares around its content: the title
// rows it starts with (title, subtitle, a note that the sheet is generated),
// its headings, and the column widths, row heights and print setup it ends with
// (landscape A4 fitted to the page width, page header and footer, and the page
// breaks pageBreaks.ts places).

import type { Edit } from "../workbook/edits";
import { columnLetter } from "../workbook/parse/address";
import { NOTE_COLOR } from "./sheetTable";

/** Rows 1… of `sheet`: the first line large and bold, the second larger, the last a grey italic note. */
export function titleBlock(sheet: string, [title, subtitle, note]: [string, string, string]): Edit[] {
  return [
    { kind: "setValues", sheet, address: "A1:A3", values: [[title], [subtitle], [note]], text: true },
    { kind: "format", sheet, address: "A1", bold: true, fontSize: 16 },
    { kind: "format", sheet, address: "A2", fontSize: 12 },
    { kind: "format", sheet, address: "A3", italic: true, fontColor: NOTE_COLOR },
  ];
}

/** User text for a page header or footer: "&" starts a code there (&P page, &N pages), so a literal one is doubled. */
export function headerFooterText(s: string): string {
  return s.replace(/&/g, "&&");
}

/** A heading in column A: bold, at a size (13 for sections); italic for captions. */
export function heading(sheet: string, row: number, text: string, style: { fontSize?: number; italic?: boolean } = {}): Edit[] {
  return [
    { kind: "setValues", sheet, address: `A${row}`, values: [[text]], text: true },
    { kind: "format", sheet, address: `A${row}`, bold: true, ...style },
  ];
}

export interface PrintSetup {
  /** Rows repeated at the top of each printed page, e.g. "$1:$2". */
  titleRows: string;
  /** Page header and footer, already in Excel's header syntax (see headerFooterText). */
  header: string;
  footer: string;
  /** Rows (1-based) that start a new page (pageBreaks.ts). */
  pageBreaksBefore?: number[];
}

/**
 * Column widths (characters, from column A), row heights fitted to the text at those
 * widths (wrapped text gets the lines it needs, also in files other programs print),
 * and the print setup: landscape A4, fitted to the page width, with its page breaks.
 * `lastRow` is the sheet's last row in use (1-based).
 */
export function finishSheet(sheet: string, widths: readonly number[], lastRow: number, print: PrintSetup): Edit[] {
  return [
    ...widths.map((w, j): Edit => ({ kind: "setColumnWidth", sheet, columns: columnLetter(j), widthChars: w })),
    { kind: "autofitRows", sheet, address: `A1:${columnLetter(Math.max(0, widths.length - 1))}${Math.max(1, lastRow)}` },
    {
      kind: "pageLayout",
      sheet,
      orientation: "Landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: print.titleRows,
      centerHeader: print.header,
      centerFooter: print.footer,
      ...(print.pageBreaksBefore?.length ? { pageBreaksBefore: print.pageBreaksBefore } : {}),
    },
  ];
}
