// parsePlan on a large workbook reads every value. Its speed is measured by `npm run bench`.

import { TABLES } from "../../src/workbook/layout";
import { parsePlan } from "../../src/workbook/parsePlan";
import { largeSnapshot } from "../support/snapshots";

describe("parsePlan on a large workbook", () => {
  it("reads 100 000 rows (10 % blank) with every value read", () => {
    const plan = parsePlan(largeSnapshot(100000));
    expect(plan.problems).toEqual([]);
    const per = Math.floor(100000 / TABLES.length);
    for (const t of TABLES) expect(plan.rows[t.name]).toHaveLength(per - Math.floor(per / 10));
    expect(plan.rows.Activities[1].values).toMatchObject({ budget: 25000, start: "2025-03-02", status: "ongoing", budgetYear: 2025 });
    expect(plan.rows.Activities[2].values).toMatchObject({ budget: 12500, hours: 1234.5, start: "2025-03-01", status: "done" });
  });
});
