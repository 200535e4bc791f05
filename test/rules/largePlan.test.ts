// The check on a benchmark-sized plan gives the findings its data implies. Its speed is
// measured by `npm run bench`, not asserted here.

import { runChecks } from "../../src/rules";
import { parsePlan } from "../../src/workbook/parsePlan";
import { BENCHMARK_SIZE, benchmarkRows } from "./benchmark";
import { snapshotFrom } from "../support/snapshots";

describe("the check on a benchmark-sized plan", () => {
  it("reads every row and finds every overspent activity", () => {
    const plan = parsePlan(snapshotFrom(benchmarkRows()));
    expect(plan.rows.Measurements).toHaveLength(BENCHMARK_SIZE.measurements);
    expect(plan.rows.Activities).toHaveLength(BENCHMARK_SIZE.activities);
    const findings = runChecks(plan, { referenceDate: "2025-02-15" });
    // activities A13, A26... spend 1 200 kr of a 1 000 kr budget
    const overspent = Math.floor(BENCHMARK_SIZE.activities / 13);
    expect(findings.filter((f) => f.rule === "BUD-03")).toHaveLength(overspent);
    expect(runChecks(plan, { referenceDate: "2025-02-15" })).toEqual(findings);
  });
});
