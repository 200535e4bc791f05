// Excel's date serial numbers (1900 date system, including its fictitious
// 29 February 1900): conversions to and from calendar dates.

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** The serial of a calendar date (month 1–12). */
export function serialFromDate(year: number, month: number, day: number): number {
  const days = (Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS;
  return days < 61 ? days - 1 : days;
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
  const whole = Math.floor(serial);
  let secs = Math.round((serial - whole) * 86_400);
  let dayNo = whole;
  if (secs >= 86_400) {
    secs -= 86_400;
    dayNo += 1;
  }
  if (dayNo === 60) return { year: 1900, month: 2, day: 29, ...time(secs), weekday: 3 };
  const d = new Date(EPOCH + (dayNo < 60 ? dayNo + 1 : dayNo) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), ...time(secs), weekday: d.getUTCDay() };
}

function time(secs: number): { hours: number; minutes: number; seconds: number } {
  return { hours: Math.floor(secs / 3600), minutes: Math.floor((secs % 3600) / 60), seconds: secs % 60 };
}

/** A serial for a valid calendar date, or null (e.g. 2025-02-30). */
export function validSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return serialFromDate(year, month, day);
}
