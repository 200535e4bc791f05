// The check on a benchmark-sized plan (the benchmark's own generator, bench/generatePlan.ts,
// at 1x) gives the findings its data implies. Its speed is measured by `npm run bench`,
// not asserted here.

import { BASE_SIZE, BENCH_REFERENCE_DATE, generatePlan } from "../../bench/generatePlan";
import { runChecks } from "../../src/rules";
import { TABLE_BY_NAME } from "../../src/workbook/layout";
import { parsePlan } from "../../src/workbook/parsePlan";
import { snapshotFrom } from "../support/snapshots";

describe("the check on a benchmark-sized plan", () => {
  it("reads every row and finds exactly the overspent activities", () => {
    const generated = generatePlan(1);
    const plan = parsePlan(snapshotFrom(generated.rows));
    expect(plan.rows.Measurements).toHaveLength(generated.rows.Measurements.length);
    expect(plan.rows.Activities).toHaveLength(generated.rows.Activities.length);
    expect(generated.rows.Activities.length).toBeGreaterThanOrEqual(BASE_SIZE.activities);

    const findings = runChecks(plan, { referenceDate: BENCH_REFERENCE_DATE });
    // The oracle is the generated rows as typed: amounts are numbers or Swedish text ("122 000 kr"); "ca 10 tkr" is no amount.
    const col = (key: string) => TABLE_BY_NAME.Activities.columns.findIndex((c) => c.key === key);
    const amount = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && /^[\d \u00a0]+ kr$/.test(v) ? Number(v.replace(/\D/g, "")) : null);
    const overspent = generated.rows.Activities.filter((r) => {
      const [budget, spent] = [amount(r[col("budget")]), amount(r[col("spent")])];
      return budget !== null && spent !== null && spent > budget;
    }).map((r) => String(r[col("activityId")]));
    expect(overspent.length).toBeGreaterThan(100);
    expect(findings.filter((f) => f.rule === "BUD-03").map((f) => f.key.split("|")[1]).sort()).toEqual([...overspent].sort());
    expect(runChecks(plan, { referenceDate: BENCH_REFERENCE_DATE })).toEqual(findings);
  });
});
