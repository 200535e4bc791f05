// Numbers, kronor, percentages and dates of the report as text, for the Word
// export: Swedish with Intl sv-SE (U+00A0 between thousands, U+2212 minus,
// "kr" after the amount, ISO dates), English with en-GB.
// The shared formatters are in src/i18n/format.ts (React-free).

import { formatDate, formatMoney, formatNumber, localeOf } from "../i18n/format";
import type { Lang } from "../workbook/layout";
import type { CellFormat, ReportCell } from "./tableModel";

/** A number in a format: "1 234 567 kr", "46 %", "9 305", "16,2", "2025". */
export function formatValue(value: number, format: CellFormat, lang: Lang): string {
  switch (format) {
    case "money":
      return formatMoney(value, lang);
    case "percent":
      return new Intl.NumberFormat(localeOf(lang), { style: "percent", maximumFractionDigits: 0 }).format(value);
    case "year":
      return String(value);
    case "integer":
      return formatNumber(value, lang, 0);
    default:
      return formatNumber(value, lang);
  }
}

/** A report cell as text in its column's format (or its own). */
export function formatCell(cell: ReportCell, format: CellFormat, lang: Lang): string {
  if (cell === null) return "";
  if (typeof cell === "object") return formatValue(cell.value, cell.format, lang) + (cell.year !== undefined ? `\u00a0(${cell.year})` : "");
  if (typeof cell === "number") return formatValue(cell, format, lang);
  return format === "date" ? formatDate(cell, lang) : cell;
}
