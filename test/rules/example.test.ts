// The example plan (src/workbook/example.ts) holds a handful of deliberate gaps:
// the check at its reference date and follow-up year finds exactly those, in both languages.

import { runChecks } from "../../src/rules";
import { EXAMPLE_FOLLOW_UP_YEAR, EXAMPLE_GAPS, EXAMPLE_REFERENCE_DATE, exampleFollowUpYear, examplePlanRows, exampleSettings } from "../../src/workbook/example";
import { isoToSerial } from "../../src/workbook/parse/date";
import { parsePlan } from "../../src/workbook/parsePlan";
import { snapshotFrom } from "../support/snapshots";

describe.each(["sv", "en"] as const)("the example plan in %s", (lang) => {
  it("gives exactly the example's deliberate gaps", () => {
    const plan = parsePlan(snapshotFrom(examplePlanRows(lang, EXAMPLE_REFERENCE_DATE), { lang }));
    const findings = runChecks(plan, { referenceDate: EXAMPLE_REFERENCE_DATE, followUpYear: EXAMPLE_FOLLOW_UP_YEAR, settings: exampleSettings(lang) });
    const found = findings.map((f) => `${f.rule} ${f.table}`).sort();
    expect(found).toEqual(EXAMPLE_GAPS.map((g) => `${g.rule} ${g.table}`).sort());
    // each points at a cell on its table's sheet, and none of them is an error (so all can be acknowledged)
    for (const f of findings) {
      expect(f.sheet).toBe(plan.tables[f.table!]!.sheet);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.severity).not.toBe("error");
    }
  });
});

describe("the example plan generated at other reference dates", () => {
  /** The dates the issue names, the edges of the default follow-up year's switch, and the 1st of every month of a year. */
  const dates = [
    "2027-01-15", "2027-06-15", "2026-12-03", "2027-03-31", "2027-04-01", "2028-02-29",
    ...Array.from({ length: 12 }, (_, m) => `2029-${String(m + 1).padStart(2, "0")}-01`),
  ];

  it.each(dates)("checked at %s with its default follow-up year, gives exactly its gaps", (date) => {
    const plan = parsePlan(snapshotFrom(examplePlanRows("sv", date), { lang: "sv" }));
    // No followUpYear: the check's own default for the date, as the task pane and the CLI use it.
    const findings = runChecks(plan, { referenceDate: date, settings: exampleSettings("sv") });
    expect(findings.map((f) => `${f.rule} ${f.table}`).sort()).toEqual(EXAMPLE_GAPS.map((g) => `${g.rule} ${g.table}`).sort());
    const plan13 = findings.find((f) => f.rule === "PLAN-13")!;
    expect(plan13.message.sv).toContain(`uppföljningsåret ${exampleFollowUpYear(date)}; det senaste är 10,6 (${exampleFollowUpYear(date) - 1})`);
  });

  it("moves years by the follow-up year, and texts with them", () => {
    const rows = examplePlanRows("sv", "2027-06-15"); // follow-up year 2027: two years on
    const d3 = rows.Documents.find((r) => r[0] === "D3")!;
    expect(d3[1]).toBe("Medborgarlöften 2027–2028, med trafiklöften");
    expect(rows.Budget.map((r) => r[0])).toEqual([2025, 2026, 2027, 2028]);
    // D3's overdue follow-up is tied to the reference date itself: two weeks before it
    expect(d3[8]).toBe(isoToSerial("2027-06-01"));
  });
});
