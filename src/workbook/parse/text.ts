// Text clean-up shared by the value parsers and header matching: blank detection,
// whitespace and dash normalisation, and Excel's error values.

import type { CellValue } from "../snapshot";

/** Space-like characters people and Excel put in numbers and labels (NBSP, narrow NBSP, thin space...). */
const ODD_SPACES = /[\u00A0\u2007\u2009\u202F\t\r\n]+/g;
const RUNS_OF_SPACE = / {2,}/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACE_BETWEEN_DIGITS = /(\d) (?=\d)/g;
const EXCEL_ERRORS = new Set(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

/** True when a cell holds nothing a person typed: "" or only whitespace. */
export function isBlank(raw: CellValue): boolean {
  if (typeof raw !== "string") return false;
  if (raw === "") return true;
  const first = raw.charCodeAt(0);
  return (first <= 32 || first === 0xa0 || first >= 0x2000) && raw.trim() === "";
}

/** True when every cell of a row is blank. */
export function isBlankRow(row: readonly CellValue[]): boolean {
  for (const v of row) if (!isBlank(v)) return false;
  return true;
}

/** Any space a tidy string would not have: leading, trailing, doubled or not a plain space. */
const UNTIDY = /^\s|\s$|\s\s|[\u00A0\u2007\u2009\u202F\t\r\n]/;

/** Trims and turns every kind of space into one plain space. */
export function squashSpaces(s: string): string {
  if (!UNTIDY.test(s)) return s;
  return s.replace(ODD_SPACES, " ").replace(RUNS_OF_SPACE, " ").trim();
}

/**
 * The form two labels are compared in: spaces squashed, case folded, dashes and
 * minus signs made hyphens, spaces inside numbers dropped ("Index 0–6" = "index 0-6",
 * "Per 100 000 invånare" = "per 100000 invånare").
 */
export function labelKey(s: string): string {
  return squashSpaces(s).toLowerCase().replace(DASHES, "-").replace(SPACE_BETWEEN_DIGITS, "$1");
}

/** True when a string is one of Excel's error values (#REF!, #N/A...). */
export function isExcelError(s: string): boolean {
  return s.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(s.trim().toUpperCase());
}
