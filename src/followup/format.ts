// Numbers, kronor, percentages and dates of the report as text, for the Word
// export: Swedish with Intl sv-SE (U+00A0 between thousands, U+2212 minus,
// "kr" after the amount, ISO dates), English with en-GB.
// (The task pane's formatters live in src/i18n/index.ts beside its React
// context, which src/followup may not import.)

import type { Lang } from "../workbook/layout";
import type { CellFormat, ReportCell } from "./tableModel";

const LOCALE: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function number(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2, ...options }).format(value);
}

/** "2025-03-01" (sv) or "1 Mar 2025" (en); other text comes back unchanged. */
function date(iso: string, lang: Lang): string {
  const m = ISO_DATE.exec(iso);
  if (!m || lang === "sv") return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeZone: "UTC" }).format(d);
}

/** A number in a format: "1 234 567 kr", "46 %", "9 305", "16,2", "2025". */
export function formatValue(value: number, format: CellFormat, lang: Lang): string {
  switch (format) {
    case "money":
      return number(value, lang, { style: "currency", currency: "SEK", maximumFractionDigits: 0, minimumFractionDigits: 0 });
    case "percent":
      return number(value, lang, { style: "percent", maximumFractionDigits: 0 });
    case "year":
      return String(value);
    case "integer":
      return number(value, lang, { maximumFractionDigits: 0 });
    default:
      return number(value, lang);
  }
}

/** A report cell as text in its column's format (or its own). */
export function formatCell(cell: ReportCell, format: CellFormat, lang: Lang): string {
  if (cell === null) return "";
  if (typeof cell === "object") return formatValue(cell.value, cell.format, lang);
  if (typeof cell === "number") return formatValue(cell, format, lang);
  return format === "date" ? date(cell, lang) : cell;
}
