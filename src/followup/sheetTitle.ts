// The title rows every generated follow-up sheet starts with (title, subtitle,
// a note that the sheet is generated), and text made safe for Excel's page
// header and footer codes.

import type { Edit } from "../workbook/edits";

/** Rows 1… of `sheet`: the first line large and bold, the second larger, the last a grey italic note. */
export function titleBlock(sheet: string, [title, subtitle, note]: [string, string, string]): Edit[] {
  return [
    { kind: "setValues", sheet, address: "A1:A3", values: [[title], [subtitle], [note]], text: true },
    { kind: "format", sheet, address: "A1", bold: true, fontSize: 16 },
    { kind: "format", sheet, address: "A2", fontSize: 12 },
    { kind: "format", sheet, address: "A3", italic: true, fontColor: "#595959" },
  ];
}

/** User text for a page header or footer: "&" starts a code there (&P page, &N pages), so a literal one is doubled. */
export function headerFooterText(s: string): string {
  return s.replace(/&/g, "&&");
}
