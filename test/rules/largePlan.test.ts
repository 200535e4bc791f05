// Timing of the check on a benchmark-sized plan: the rules alone (parsing not
// counted) must stay well under a second. Prints the measured times.

import { runChecks } from "../../src/rules";
import { parsePlan } from "../../src/workbook/parsePlan";
import { BENCHMARK_SIZE, benchmarkRows } from "./benchmark";
import { snapshotFrom } from "./fixture";

describe("the check on a benchmark-sized plan", () => {
  it("runs in well under a second", () => {
    const snapshot = snapshotFrom(benchmarkRows());
    const plan = parsePlan(snapshot);
    expect(plan.rows.Measurements).toHaveLength(BENCHMARK_SIZE.measurements);
    expect(plan.rows.Activities).toHaveLength(BENCHMARK_SIZE.activities);

    // CPU time of this process is the rule time; wall time also counts whatever else the machine runs
    const wall: number[] = [];
    const cpu: number[] = [];
    let findings = runChecks(plan, { referenceDate: "2025-02-15" });
    for (let i = 0; i < 5; i++) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      findings = runChecks(plan, { referenceDate: "2025-02-15" });
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
    const rows = Object.values(plan.rows).reduce((n, r) => n + r.length, 0);
    const ms = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(", ");
    console.log(
      `runChecks on ${rows} rows, ${findings.length} findings: CPU median ${median(cpu).toFixed(0)} ms (${ms(cpu)}), wall median ${median(wall).toFixed(0)} ms (${ms(wall)})`,
    );
    expect(median(cpu)).toBeLessThan(1000);

    // the run did the work: activities A13, A26... spend 1 200 kr of a 1 000 kr budget
    const overspent = Math.floor(BENCHMARK_SIZE.activities / 13);
    expect(findings.filter((f) => f.rule === "BUD-03")).toHaveLength(overspent);
  });
});
