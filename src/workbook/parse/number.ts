// Reads numbers as people type them in Sweden: decimal comma, space / NBSP / narrow NBSP
// thousands separators, U+2212 minus, "%" after numbers and "kr"/"SEK"/":-" around amounts.
// Excel's own numbers pass through. Ambiguous text ("1.234") is reported, never guessed.

import { PARSE_MESSAGES } from "../../i18n/parse";
import type { CellValue } from "../snapshot";
import { unreadable, type CellRead } from "./result";
import { isBlank, isExcelError } from "./text";

// Module-level bindings: no global lookups per cell (they are slow in sandboxed contexts such as jest's).
const { isFinite, isInteger, isSafeInteger } = Number;

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;

const SPACES = /[\s\u00A0\u2007\u2009\u202F]+/g;
const SIGN = /^([-+\u2212\u2013]?)(.*)$/s;
const PLAIN = /^\d+(?:,\d+)?$|^,\d+$/; // 1234 | 1234,5 | ,5
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:[,.]\d+)?$/; // 1 234 567,89 | 1 234.5
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+,\d+$|^\d{1,3}(?:\.\d{3}){2,}$/; // 1.234,5 | 1.234.567
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+\.\d+$|^\d{1,3}(?:,\d{3}){2,}$/; // 1,234.5 | 1,234,567
const DOT_DECIMAL = /^\d*\.\d+$/; // 1234.5 | .5
const LOOKS_LIKE_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/; // 1.234: thousands or decimals?
const CURRENCY = /^(?:sek|kr\.?)\s*|\s*(?:kr\.?|kronor|sek|:-)$/gi;
const PERCENT = /\s*%$/;

/** The outcome of reading number text: a value, an ambiguity, or nothing readable. */
type NumberText = number | { whole: string; decimal: string } | null;

/** Reads a number written with Swedish (or unambiguous English) separators. */
export function readNumberText(text: string): NumberText {
  const m = SIGN.exec(text.trim());
  if (!m) return null;
  const negative = m[1] !== "" && m[1] !== "+";
  const body = m[2].trim().replace(SPACES, " ");
  let n: number;
  if (PLAIN.test(body)) n = Number(body.replace(",", "."));
  else if (SPACE_GROUPED.test(body)) n = Number(body.replace(/ /g, "").replace(",", "."));
  else if (DOT_GROUPED.test(body)) n = Number(body.replace(/\./g, "").replace(",", "."));
  else if (COMMA_GROUPED.test(body)) n = Number(body.replace(/,/g, ""));
  else if (DOT_DECIMAL.test(body)) {
    if (LOOKS_LIKE_THOUSANDS.test(body)) return { whole: body.replace(".", ""), decimal: body.replace(".", ",") };
    n = Number(body);
  } else return null;
  if (!isFinite(n)) return null;
  return negative ? -n : n;
}

type NumericType = "number" | "money" | "integer" | "year";

/** Reads a cell of one of the numeric column types. */
export function parseNumeric(type: NumericType, raw: CellValue): CellRead<number> {
  let n: number;
  if (typeof raw === "number") {
    n = raw;
  } else if (typeof raw === "string") {
    if (isBlank(raw)) return null;
    if (isExcelError(raw)) return unreadable(PARSE_MESSAGES.excelError(raw.trim()));
    let text = raw;
    if (type === "money") text = text.trim().replace(CURRENCY, "");
    else if (type === "number") text = text.trim().replace(PERCENT, "");
    const read = readNumberText(text);
    if (read === null) return unreadable(PARSE_MESSAGES.unreadable(type, raw));
    if (typeof read !== "number") return unreadable(PARSE_MESSAGES.ambiguousNumber(raw.trim(), read.whole, read.decimal));
    n = read;
  } else {
    return unreadable(PARSE_MESSAGES.unreadable(type, raw));
  }
  if (!isFinite(n)) return unreadable(PARSE_MESSAGES.unreadable(type, raw));
  if (type === "integer" && !isSafeInteger(n)) return unreadable(PARSE_MESSAGES.unreadable(type, raw));
  if (type === "year" && !isYear(n)) return unreadable(PARSE_MESSAGES.unreadable(type, raw));
  return Object.is(n, -0) ? 0 : n;
}

/** True for an integer calendar year Rådsplan accepts (1900–2200). */
export function isYear(n: number): boolean {
  return isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;
}
