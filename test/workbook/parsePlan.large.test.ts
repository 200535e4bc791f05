import { TABLES } from "../../src/workbook/layout";
import { parsePlan } from "../../src/workbook/parsePlan";
import { largeSnapshot } from "./helpers";

describe("parsePlan on a large workbook", () => {
  it("reads 100 000 rows (10 % blank) quickly, with every value read", () => {
    const snapshot = largeSnapshot(100000);
    parsePlan(largeSnapshot(2000)); // warm up the JIT as a long-running add-in would be
    const times: number[] = [];
    let plan = parsePlan(snapshot);
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      plan = parsePlan(snapshot);
      times.push(performance.now() - start);
    }
    const best = Math.min(...times);
    console.log(`parsePlan, 100 000 rows: best ${best.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(", ")} ms`);
    expect(plan.problems).toEqual([]);
    for (const t of TABLES) expect(plan.rows[t.name]).toHaveLength(9000);
    expect(plan.rows.Activities[1].values).toMatchObject({ budget: 25000, start: "2025-03-02", status: "ongoing", budgetYear: 2025 });
    expect(plan.rows.Activities[2].values).toMatchObject({ budget: 12500, hours: 1234.5, start: "2025-03-01", status: "done" });
    // A guard against regressions (say, a per-row quadratic step), generous because jest's
    // sandbox makes global lookups slow and CI machines are shared; bundled code in a plain
    // Node process reads the same 100 000 rows in about a quarter of a second.
    expect(best).toBeLessThan(3000);
  });
});
