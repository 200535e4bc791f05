// Excel's date serial numbers (1900 date system), the one module for them:
// serial 1 is 1900-01-01, serial 60 the fictitious 1900-02-29 that Excel keeps
// from Lotus 1-2-3, serial 61 is 1900-03-01, and the fraction is the time of day.
// Calendar arithmetic by H. Hinnant's days-from-civil algorithm (proleptic
// Gregorian), with no Date objects, as the parser converts many cells.

// Module-level bindings: no global lookups per cell (they are slow in sandboxed contexts such as jest's).
const floor = Math.floor;

/** Excel serial of 1970-01-01 (serials from 61 on count days from 1899-12-30). */
const SERIAL_1970 = 25569;
const DAY_SECONDS = 86_400;

/** Days from 1970-01-01 to a civil date. */
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

/** Days from 1970-01-01 of the day a whole serial stands for (serial 60 has none). */
const daysOfSerial = (whole: number) => (whole < 60 ? whole - SERIAL_1970 + 1 : whole - SERIAL_1970);

/** The serial of a calendar date (month 1–12). */
export function serialFromDate(year: number, month: number, day: number): number {
  const serial = daysFromCivil(year, month, day) + SERIAL_1970;
  return serial < 61 ? serial - 1 : serial;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether y-m-d is a real calendar date (Gregorian). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

/** A serial for a valid calendar date from 1900 to 9999 (Excel's range), or null (e.g. 2025-02-30). */
export function validSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || !isCalendarDate(year, month, day)) return null;
  return serialFromDate(year, month, day);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** 0 = Sunday */
  weekday: number;
}

/** Calendar parts of a serial, rounded to the second. */
export function dateFromSerial(serial: number): DateParts {
  let whole = floor(serial);
  let secs = Math.round((serial - whole) * DAY_SECONDS);
  if (secs >= DAY_SECONDS) {
    secs -= DAY_SECONDS;
    whole += 1;
  }
  const time = { hours: floor(secs / 3600), minutes: floor((secs % 3600) / 60), seconds: secs % 60 };
  if (whole === 60) return { year: 1900, month: 2, day: 29, ...time, weekday: 3 };
  const days = daysOfSerial(whole);
  const [year, month, day] = civilFromDays(days);
  return { year, month, day, ...time, weekday: (((days + 4) % 7) + 7) % 7 };
}

const pad2 = (n: number) => (n < 10 ? "0" + n : String(n));

/** "YYYY-MM-DD" of a calendar date. */
export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** The ISO date of a serial (a time of day is dropped); null before serial 1 and for the fictitious serial 60. */
export function isoFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = floor(serial);
  if (whole < 1 || whole === 60) return null;
  const [y, m, d] = civilFromDays(daysOfSerial(whole));
  return isoDate(y, m, d);
}

/** The serial of an ISO date "YYYY-MM-DD" (dates from 1900-03-01 on). */
export function serialFromIso(isoText: string): number {
  return daysFromCivil(Number(isoText.slice(0, 4)), Number(isoText.slice(5, 7)), Number(isoText.slice(8, 10))) + SERIAL_1970;
}
