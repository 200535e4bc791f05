// Calendar arithmetic on ISO "YYYY-MM-DD" strings (which order correctly as text),
// shared by the rules, the follow-up and the example plan: validating a date, today's
// local date, the default follow-up year of rules.md, and shifting by years or days.

import { isRealDate } from "./parse";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, "0");

/** True when `s` is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = ISO_DATE.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** "2025-03-01": the local calendar date of `now`. */
export function localIsoDate(now: Date = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, "0")}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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

/** The date `days` calendar days before `iso`. */
export function isoDaysBefore(iso: string, days: number): string {
  const d = new Date(Date.UTC(yearOf(iso), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) - days));
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
