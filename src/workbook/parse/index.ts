// The value parsers: one entry point (parseCell) and the helpers other modules reuse.

export { parseCell, cellParser, EMAIL_PATTERN, type ParsedValue } from "./cell";
export { CellFailure, type CellParse, type CellRead } from "./result";
export { parseDate, readDateText, serialToIso, isoToSerial, isRealDate } from "./date";
export { parseNumeric, readNumberText, isYear, YEAR_MIN, YEAR_MAX } from "./number";
export { parseYesNo, parseListValue, listKeyOf } from "./choice";
export { isBlank, isBlankRow, labelKey, squashSpaces, isExcelError } from "./text";
