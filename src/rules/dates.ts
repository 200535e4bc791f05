// Calendar arithmetic the rules need, on ISO "YYYY-MM-DD" strings (which order
// correctly as text): validating a reference date, the default follow-up year,
// shifting by whole years, and the "in force" test of docs/rules.md.

import { isRealDate } from "../workbook/parse";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = ISO_DATE.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Today's date (UTC) as "YYYY-MM-DD". */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The calendar year of an ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * The follow-up year docs/rules.md defines as default: the year before the reference
 * date's year when the reference date falls in January–March, else its own year.
 */
export function defaultFollowUpYear(referenceDate: string): number {
  const year = yearOf(referenceDate);
  const month = Number(referenceDate.slice(5, 7));
  return month <= 3 ? year - 1 : year;
}

/** The date `years` whole years before or after `iso` (29 February becomes 28 February). */
export function addYears(iso: string, years: number): string {
  const year = String(yearOf(iso) + years).padStart(4, "0");
  const shifted = `${year}${iso.slice(4)}`;
  return isIsoDate(shifted) ? shifted : `${year}-02-28`;
}

export const yearStart = (year: number): string => `${String(year).padStart(4, "0")}-01-01`;
export const yearEnd = (year: number): string => `${String(year).padStart(4, "0")}-12-31`;

/** Whether a period [from, to] (either end open when null) covers `date`. */
export function inForceOn(from: string | null, to: string | null, date: string): boolean {
  return (from === null || from <= date) && (to === null || to >= date);
}
