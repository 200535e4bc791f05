// Reads dates: Excel serial numbers (1900 date system), ISO text, and unambiguous
// Swedish or English date text ("1 mars 2025", "2025-3-1", "20250301", "March 1, 2025").
// Day/month orders that cannot be told apart ("1/3/2025", "01.03.2025") are reported.
// Also converts ISO dates back to serials for writing (serial arithmetic: base/dateSerial.ts).

import { isCalendarDate, isoDate as iso, isoFromSerial, serialFromIso } from "../../base/dateSerial";
import { PARSE_MESSAGES } from "../../i18n/parse";
import type { CellValue } from "../snapshot";
import { isYear } from "./number";
import { unreadable, type CellRead } from "./result";
import { isBlank, isExcelError, squashSpaces } from "./text";

/** True when y-m-d is a real calendar date in a year Rådsplan accepts. */
export function isRealDate(y: number, m: number, d: number): boolean {
  return isYear(y) && isCalendarDate(y, m, d);
}

/**
 * The ISO date of an Excel serial (1900 date system; a time of day is dropped),
 * or null for serials that are no date Rådsplan accepts (including Excel's
 * non-existent 1900-02-29, serial 60).
 */
export function serialToIso(serial: number): string | null {
  const iso = isoFromSerial(serial);
  return iso !== null && isYear(Number(iso.slice(0, 4))) ? iso : null;
}

/** The Excel serial of an ISO date "YYYY-MM-DD" (dates from 1900-03-01 on; base/dateSerial.ts). */
export const isoToSerial = serialFromIso;

const MONTHS: Record<string, number> = {};
[
  ["januari", "january", "jan"],
  ["februari", "february", "feb"],
  ["mars", "march", "mar"],
  ["april", "apr"],
  ["maj", "may"],
  ["juni", "june", "jun"],
  ["juli", "july", "jul"],
  ["augusti", "august", "aug"],
  ["september", "sep", "sept"],
  ["oktober", "october", "okt", "oct"],
  ["november", "nov"],
  ["december", "dec"],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const TIME = String.raw`(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?`; // matched on lower-cased text
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-./])(\d{1,2})\2(\d{1,2})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?::[ae]|st|nd|rd|th)?\.? ([a-zåäö]+)\.?,? (\d{4})$/;
const MONTH_NAME_DAY = /^([a-zåäö]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/;
const NUMERIC_DMY = /^(\d{1,2})([-./])(\d{1,2})\2(\d{2}|\d{4})$/;

/** Reads date text; the result says which date, or that the text is ambiguous or no date. */
export function readDateText(text: string): CellRead<string> {
  const s = squashSpaces(text).toLowerCase();
  let y = 0;
  let m = 0;
  let d = 0;
  let match: RegExpExecArray | null;
  if ((match = YEAR_FIRST.exec(s))) [y, m, d] = [Number(match[1]), Number(match[3]), Number(match[4])];
  else if ((match = COMPACT.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = DAY_MONTH_NAME.exec(s)) && MONTHS[match[2]])
    [y, m, d] = [Number(match[3]), MONTHS[match[2]], Number(match[1])];
  else if ((match = MONTH_NAME_DAY.exec(s)) && MONTHS[match[1]])
    [y, m, d] = [Number(match[3]), MONTHS[match[1]], Number(match[2])];
  else if ((match = NUMERIC_DMY.exec(s))) return unreadable(PARSE_MESSAGES.ambiguousDate(text.trim(), dmyReadings(match)));
  else return unreadable(PARSE_MESSAGES.unreadable("date", text));
  return isRealDate(y, m, d) ? iso(y, m, d) : unreadable(PARSE_MESSAGES.noSuchDate(text.trim()));
}

/** The real dates "a/b/yyyy" could mean: day first, then month first. */
function dmyReadings(match: RegExpExecArray): string[] {
  const a = Number(match[1]);
  const b = Number(match[3]);
  const y = match[4].length === 4 ? Number(match[4]) : 2000 + Number(match[4]);
  const readings = [
    [y, b, a],
    [y, a, b],
  ]
    .filter(([yy, mm, dd]) => isRealDate(yy, mm, dd))
    .map(([yy, mm, dd]) => iso(yy, mm, dd));
  return [...new Set(readings)];
}

/** Reads a date cell: an Excel serial, or date text. */
export function parseDate(raw: CellValue): CellRead<string> {
  if (typeof raw === "number") {
    const value = serialToIso(raw);
    return value === null ? unreadable(PARSE_MESSAGES.unreadable("date", raw)) : value;
  }
  if (typeof raw !== "string") return unreadable(PARSE_MESSAGES.unreadable("date", raw));
  if (isBlank(raw)) return null;
  if (isExcelError(raw)) return unreadable(PARSE_MESSAGES.excelError(raw.trim()));
  return readDateText(raw);
}
