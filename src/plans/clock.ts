// The local calendar date and time as the check shows them: today's date for the
// reference date and acknowledgements, and the "generated" stamp of the Kontroll sheet.

import { localIsoDate } from "../workbook/calendar";

export { localIsoDate };

const pad = (n: number) => String(n).padStart(2, "0");

/** "2025-03-01 10:32": the local date and time of `now`, to the minute. */
export function localStamp(now: Date = new Date()): string {
  return `${localIsoDate(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
