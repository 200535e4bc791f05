// parseCell: reads one cell as its column's type (see ColumnType in layout.ts).
// The single entry point the plan parser, the meta tables and the checks use.

import { PARSE_MESSAGES } from "../../i18n/parse";
import type { ColumnDef } from "../layout";
import type { CellValue } from "../snapshot";
import { parseListValue, parseYesNo } from "./choice";
import { parseDate } from "./date";
import { parseNumeric } from "./number";
import { toCellParse, unreadable, type CellParse, type CellRead } from "./result";
import { isBlank, isExcelError, squashSpaces } from "./text";

/** A parsed cell value: text, ISO date, list key, number or boolean. */
export type ParsedValue = string | number | boolean;

/** A simple, sane email check: one @, no spaces, a dot in the domain. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const MAILTO = /^mailto:/i;

/** Reads id, text and ref cells: trimmed text with spaces squashed; numbers and booleans as Excel shows them. */
function parseText(raw: CellValue): CellRead<string> {
  if (typeof raw !== "string") return typeof raw === "boolean" ? (raw ? "TRUE" : "FALSE") : String(raw);
  if (isBlank(raw)) return null;
  if (isExcelError(raw)) return unreadable(PARSE_MESSAGES.excelError(raw.trim()));
  return squashSpaces(raw);
}

function parseEmail(raw: CellValue): CellRead<string> {
  if (isBlank(raw)) return null;
  if (typeof raw !== "string") return unreadable(PARSE_MESSAGES.unreadable("email", raw));
  if (isExcelError(raw)) return unreadable(PARSE_MESSAGES.excelError(raw.trim()));
  const address = raw.trim().replace(MAILTO, "");
  return EMAIL_PATTERN.test(address) ? address : unreadable(PARSE_MESSAGES.unreadable("email", raw));
}

/** Reads one cell of a column: the value, null when empty, or a CellFailure. */
export type CellParser = (raw: CellValue) => CellRead<ParsedValue>;

const NUMERIC_PARSERS = {
  year: (raw: CellValue) => parseNumeric("year", raw),
  integer: (raw: CellValue) => parseNumeric("integer", raw),
  number: (raw: CellValue) => parseNumeric("number", raw),
  money: (raw: CellValue) => parseNumeric("money", raw),
};

/** The reader for a column's cells; look it up once per column when reading many rows. */
export function cellParser(col: Pick<ColumnDef, "type" | "list">): CellParser {
  switch (col.type) {
    case "id":
    case "text":
    case "ref":
      return parseText;
    case "list": {
      const list = col.list;
      return list ? (raw) => parseListValue(list, raw) : parseText;
    }
    case "date":
      return parseDate;
    case "year":
    case "integer":
    case "number":
    case "money":
      return NUMERIC_PARSERS[col.type];
    case "email":
      return parseEmail;
    case "yesno":
      return parseYesNo;
  }
}

/**
 * Reads one cell as `col`'s type. Empty cells give `{ ok: true, value: null }`; values
 * that cannot be read give a bilingual message saying what to type. Never throws.
 */
export function parseCell(col: Pick<ColumnDef, "type" | "list">, raw: CellValue): CellParse<ParsedValue> {
  return toCellParse(cellParser(col)(raw));
}
