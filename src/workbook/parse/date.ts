// Reads dates: Excel serial numbers (1900 date system), ISO text, and unambiguous
// Swedish or English date text ("1 mars 2025", "2025-3-1", "20250301", "March 1, 2025").
// Day/month orders that cannot be told apart ("1/3/2025", "01.03.2025") are reported.
// Also converts ISO dates back to serials for writing.

import { PARSE_MESSAGES } from "../../i18n/parse";
import type { CellValue } from "../snapshot";
import { isYear } from "./number";
import { unreadable, type CellRead } from "./result";
import { isBlank, isExcelError, squashSpaces } from "./text";

// Module-level bindings: no global lookups per cell (they are slow in sandboxed contexts such as jest's).
const floor = Math.floor;

/** Days from 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's algorithm). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = floor(y / 400);
  const yoe = y - era * 400;
  const doy = floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day count from 1970-01-01. */
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const d = doy - floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Excel serial of 1970-01-01 (serials from 61 on count days from 1899-12-30). */
const SERIAL_1970 = 25569;

const pad2 = (n: number) => (n < 10 ? "0" + n : String(n));

function iso(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when y-m-d is a real calendar date in a year Rådsplan accepts. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!isYear(y) || m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]);
}

/**
 * The ISO date of an Excel serial (1900 date system; a time of day is dropped),
 * or null for serials that are no date Rådsplan accepts (including Excel's
 * non-existent 1900-02-29, serial 60).
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = floor(serial);
  if (whole < 1 || whole === 60) return null;
  const days = whole < 60 ? whole - SERIAL_1970 + 1 : whole - SERIAL_1970;
  const [y, m, d] = civilFromDays(days);
  return isYear(y) ? iso(y, m, d) : null;
}

/** The Excel serial of an ISO date "YYYY-MM-DD" (dates from 1900-03-01 on). */
export function isoToSerial(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return daysFromCivil(y, m, d) + SERIAL_1970;
}

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
