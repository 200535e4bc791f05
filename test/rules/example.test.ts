// The example plan (src/workbook/example.ts) holds a handful of deliberate gaps:
// the check at its reference date and follow-up year finds exactly those, in both languages.

import { runChecks } from "../../src/rules";
import { EXAMPLE_FOLLOW_UP_YEAR, EXAMPLE_GAPS, EXAMPLE_REFERENCE_DATE, examplePlanRows, exampleSettings } from "../../src/workbook/example";
import { parsePlan } from "../../src/workbook/parsePlan";
import { snapshotFrom } from "../support/snapshots";

describe.each(["sv", "en"] as const)("the example plan in %s", (lang) => {
  it("gives exactly the example's deliberate gaps", () => {
    const plan = parsePlan(snapshotFrom(examplePlanRows(lang), { lang }));
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
