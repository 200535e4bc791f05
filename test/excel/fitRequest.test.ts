// Fitting a sheet into one request: the largest count whose edits fit, found in a
// few rounds, and everything when everything fits.
import { fitToRequest, totalBytes } from "../../src/plans/fitRequest";
import type { Edit } from "../../src/workbook/edits";

/** A sheet of a fixed title and `count` rows of 1 000 characters. */
function sheet(count: number): Edit[] {
  return [
    { kind: "addSheet", sheet: "S" },
    { kind: "setValues", sheet: "S", address: "A1", values: [["Titel"]], text: true },
    ...Array.from({ length: count }, (_, i): Edit => ({ kind: "setValues", sheet: "S", address: `A${i + 2}`, values: [["x".repeat(1000)]], text: true })),
  ];
}

describe("fitToRequest", () => {
  it("keeps everything when it fits, building once", () => {
    let builds = 0;
    const fitted = fitToRequest((n) => (builds++, sheet(n)), (e) => e, 50, 1_000_000);
    expect(fitted.count).toBe(50);
    expect(builds).toBe(1);
  });

  it("finds a count that fits, close to the largest that would, in a few rounds", () => {
    let builds = 0;
    const limit = 300_000;
    const fitted = fitToRequest((n) => (builds++, sheet(n)), (e) => e, 5000, limit);
    expect(totalBytes(fitted.built)).toBeLessThanOrEqual(limit);
    expect(totalBytes(sheet(Math.ceil(fitted.count * 1.05)))).toBeGreaterThan(limit);
    expect(builds).toBeLessThanOrEqual(5);
  });

  it("ends at zero when not even that fits", () => {
    const fitted = fitToRequest((n) => sheet(n), (e) => e, 10, 10);
    expect(fitted.count).toBe(0);
  });
});
