// Comparison values (Jämförelsevärden) in the follow-up: series per area with Riket
// first, and the report's phrase "lägre än riket (9 000)" for the follow-up year.

import { comparisonPhrase, comparisonsById } from "../../src/followup/comparisons";
import { computeFollowUp } from "../../src/followup/compute";
import { trendLabel } from "../../src/followup/reportSections";
import { parsePlan } from "../../src/workbook/parsePlan";
import { cleanRows } from "../rules/fixture";
import { snapshotFrom } from "../support/snapshots";

function planWith(comparisons: (string | number)[][]) {
  return parsePlan(snapshotFrom({ ...cleanRows(), Comparisons: comparisons }));
}

describe("comparison values in the follow-up", () => {
  it("groups them per indicator and area, Riket first whatever its spelling, years ascending", () => {
    const plan = planWith([
      ["I1", 2024, "Större städer", 28, ""],
      ["I1", 2024, "riket", 31, "Kolada U07414"],
      ["I1", 2023, "Riket", 32, ""],
      ["I1", 2024, "Riket", 99, "a repeated year: the first row counts"],
      ["I2", 2024, "Riket (Sweden)", 12, ""],
    ]);
    const byId = comparisonsById(plan);
    expect(byId.get("I1")).toEqual([
      { area: "riket", national: true, series: [{ year: 2023, value: 32 }, { year: 2024, value: 31 }] },
      { area: "Större städer", national: false, series: [{ year: 2024, value: 28 }] },
    ]);
    expect(byId.get("I2")![0].national).toBe(true);
  });

  it("of two rows for the same indicator, year and area (DATA-03) uses the first with a value, however the area is spelt (as DATA-03 and Hämta statistik match areas)", () => {
    const rows = [
      ["I1", 2024, "Västerbotten – större städer", 28, ""],
      ["I1", 2024, "VÄSTERBOTTEN - STÖRRE STÄDER", 99, "the same area, typed again with a hyphen"],
      ["I1", 2024, "Riket", "", "no value: left out"],
      ["I1", 2024, "RIKET", 31, ""],
      ["I1", 2024, "Riket", 77, "a later Riket row"],
    ];
    const expected = [
      { area: "RIKET", national: true, series: [{ year: 2024, value: 31 }] },
      { area: "Västerbotten – större städer", national: false, series: [{ year: 2024, value: 28 }] },
    ];
    expect(comparisonsById(planWith(rows)).get("I1")).toEqual(expected);
    // The same rows in another order give the other row's value: the choice is by sheet order, nothing else.
    expect(comparisonsById(planWith([rows[1], rows[0]])).get("I1")).toEqual([{ area: "VÄSTERBOTTEN - STÖRRE STÄDER", national: false, series: [{ year: 2024, value: 99 }] }]);
  });

  it("says how the follow-up year's value compares, in Swedish and English", () => {
    const fu = computeFollowUp(planWith([["I1", 2024, "Riket", 31.5, ""], ["I1", 2024, "Större städer", 9000, ""]]), 2024);
    const i1 = fu.indicators.find((i) => i.indicatorId === "I1")!;
    expect(i1.value).toBe(25);
    expect(comparisonPhrase(i1.value, 2024, i1.comparisons!, "sv")).toBe("lägre än riket (31,5), lägre än Större städer (9\u00a0000)");
    expect(comparisonPhrase(i1.value, 2024, i1.comparisons!, "en")).toBe("lower than Sweden as a whole (31.5), lower than Större städer (9,000)");
    expect(trendLabel(i1, 2024, "sv")).toBe("Minskar (bättre); lägre än riket (31,5), lägre än Större städer (9\u00a0000)");
    expect(comparisonPhrase(40, 2024, i1.comparisons!, "sv")).toBe("högre än riket (31,5), lägre än Större städer (9\u00a0000)");
    // No value of the same year, or no value of our own: nothing to say.
    expect(comparisonPhrase(i1.value, 2023, i1.comparisons!, "sv")).toBe("");
    expect(comparisonPhrase(null, 2024, i1.comparisons!, "sv")).toBe("");
  });

  it("compares the latest value with the comparison values of its own year, not of the follow-up year", () => {
    // I1's latest measurement for 2025 is from 2024 (25): Riket's 2024 value is the one to compare with.
    const fu = computeFollowUp(planWith([["I1", 2024, "Riket", 31.5, ""], ["I1", 2025, "Riket", 20, ""]]), 2025);
    const i1 = fu.indicators.find((i) => i.indicatorId === "I1")!;
    expect([i1.value, i1.valueYear]).toEqual([25, 2024]);
    expect(trendLabel(i1, 2025, "sv")).toMatch(/; lägre än riket \(31,5\)$/);
  });

  it("leaves the follow-up as it was for a workbook without comparison values (layout version 1)", () => {
    const fu = computeFollowUp(parsePlan(snapshotFrom(cleanRows(), { omit: ["Comparisons"] })), 2024);
    expect(fu.indicators.every((i) => i.comparisons!.length === 0)).toBe(true);
    expect(trendLabel(fu.indicators[0], 2024, "sv")).toBe("Minskar (bättre)");
  });
});
