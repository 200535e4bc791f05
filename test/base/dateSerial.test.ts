// Excel's 1900 date system as the one date-serial module has it: serial 1 is
// 1900-01-01, 60 the fictitious 1900-02-29, 61 is 1900-03-01; times are fractions.

import { dateFromSerial, isoFromSerial, serialFromDate, serialFromIso, validSerial } from "../../src/base/dateSerial";
import fc from "fast-check";

describe("date serials", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [45717, "2025-03-01"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s, both ways", (serial, iso) => {
    expect(isoFromSerial(serial)).toBe(iso);
    if (serial >= 61) expect(serialFromIso(iso)).toBe(serial);
    const [y, m, d] = iso.split("-").map(Number);
    expect(serialFromDate(y, m, d)).toBe(serial);
  });

  it("keeps Excel's 1900-02-29 (serial 60) but gives it no ISO date, and refuses impossible dates", () => {
    expect(dateFromSerial(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
    expect(isoFromSerial(60)).toBeNull();
    expect(isoFromSerial(0)).toBeNull();
    expect(validSerial(2025, 2, 29)).toBeNull();
    expect(validSerial(2024, 2, 29)).toBe(45351);
  });

  it("reads the time of day, rounded to the second, and the weekday", () => {
    expect(dateFromSerial(45717.75)).toEqual({ year: 2025, month: 3, day: 1, hours: 18, minutes: 0, seconds: 0, weekday: 6 });
    expect(dateFromSerial(45717.999999)).toMatchObject({ day: 2, hours: 0 });
  });

  it("agrees with JavaScript's calendar on every day from 1900-03-01 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        expect(isoFromSerial(serial)).toBe(d.toISOString().slice(0, 10));
        expect(dateFromSerial(serial).weekday).toBe(d.getUTCDay());
      }),
    );
  });
});
