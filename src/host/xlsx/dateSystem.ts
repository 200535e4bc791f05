// The 1904 date system (old Mac Excel's default, kept by some files): its
// serial 0 is 1904-01-01, 1462 days after the 1900 system's. The host's
// values are always 1900-system serials; these helpers move date cells
// between the two when a 1904 file is read and saved.

import { isDateFormat as isDateCode } from "../../base/numberFormat";

/** Days between the two systems' day 0. */
export const DAYS_1904 = 1462;

/** Whether a number format shows a date or time: the one check, in base/numberFormat.ts. */
export function isDateFormat(format: string | undefined): boolean {
  return !!format && isDateCode(format);
}

/** A 1900-system serial as a Date (ExcelJS writes a Date in the file's own date system). */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}
