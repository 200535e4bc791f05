// Excel number formats, the one module for them: the text Excel shows for a value
// under a format code, in Swedish or English, through numfmt (a spreadsheet number
// formatter that follows ECMA-376 and Excel: sections, [h], AM/PM, fractions,
// [$-41D] locale tags, General's 11-character rule). The in-memory Excel's
// Range.text (in English, as Office.js reports it) and the browser preview's grid
// (in the workbook's language) both show cells through it. Swedish digits are
// grouped with a no-break space and Swedish AM/PM are "fm"/"em", as Excel shows
// them on a Swedish system; a code that names its own locale ("[$-409]") wins.

import { format, isDateFormat as numfmtIsDate, isValidFormat } from "numfmt";
import type { Lang } from "./text";

/** A cell value as Excel holds it: "" is an empty cell. */
export type FormatValue = string | number | boolean;

export type Align = "left" | "right" | "center";

/** What a grid cell shows: the text and how it sits in the cell (Excel's General alignment). */
export interface CellDisplay {
  text: string;
  align: Align;
}

const LOCALE: Record<Lang, string> = { sv: "sv", en: "en" };

/** The code to format with: General for an empty code, and for one Excel would not accept. */
function usable(code: string | null | undefined): string {
  const c = code?.trim();
  return c && isValidFormat(c) ? c : "General";
}

/** The text Excel shows for `value` under the number format `code`, in `lang` unless the code names a locale. */
export function formatValue(value: FormatValue | null | undefined, code: string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number" && !Number.isFinite(value)) return "#NUM!";
  return format(usable(code), value, { locale: LOCALE[lang], throws: false, leap1900: true });
}

/** The text and alignment of a grid cell: numbers right, text left, TRUE/FALSE centred, as Excel aligns under General. */
export function formatCell(value: FormatValue | null | undefined, code: string | null | undefined, lang: Lang): CellDisplay {
  const text = formatValue(value, code, lang);
  if (value === null || value === undefined || value === "" || typeof value === "string") return { text, align: "left" };
  return { text, align: typeof value === "boolean" ? "center" : "right" };
}

/** Whether a format code formats numbers as dates or times. */
export function isDateFormat(code: string): boolean {
  const c = code.trim();
  return c !== "" && isValidFormat(c) && numfmtIsDate(c);
}

/** Whether a format code keeps what is typed as text ("@"). */
export function isTextFormat(code: string): boolean {
  return code.trim() === "@";
}
