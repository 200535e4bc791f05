// Calendar arithmetic the rules need, on ISO "YYYY-MM-DD" strings (which order
// correctly as text): validating a reference date, the default follow-up year,
// shifting by whole years, and the "in force" test of docs/rules.md.

export { addYears, defaultFollowUpYear, isIsoDate, yearOf } from "../workbook/calendar";

/** Today's date (UTC) as "YYYY-MM-DD". */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export const yearStart = (year: number): string => `${String(year).padStart(4, "0")}-01-01`;
export const yearEnd = (year: number): string => `${String(year).padStart(4, "0")}-12-31`;

/** Whether a period [from, to] (either end open when null) covers `date`. */
export function inForceOn(from: string | null, to: string | null, date: string): boolean {
  return (from === null || from <= date) && (to === null || to >= date);
}
