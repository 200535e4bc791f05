// The benchmark's verdicts: which targets a set of runs meets, judged as the
// printed table says (time on the best run, CPU time named when it disagrees).

import { scaledSize } from "../../bench/generatePlan";
import type { RunMeasurement } from "../../bench/measure";
import { evaluateTargets, formatResults, MB, type SizeResult } from "../../bench/report";

function run(wallMs: number, cpuMs: number, syncs: number, peakRssMb = 300): RunMeasurement {
  return {
    wallMs,
    cpuMs,
    syncs,
    writeRequests: syncs - 1,
    largestWriteBytes: 2 * MB,
    readRequestBytes: 4000,
    peakRssBytes: peakRssMb * MB,
    peakHeapBytes: 100 * MB,
    startRssBytes: 200 * MB,
    startHeapBytes: 60 * MB,
  };
}

function size(scale: number, check: RunMeasurement[], followUp: RunMeasurement[]): SizeResult {
  return {
    scale,
    size: scaledSize(scale),
    rows: 87_500 * scale,
    readResponseBytes: 4.5 * MB * scale,
    generateMs: 500,
    writeMs: 1500,
    commands: [
      { command: "check", runs: check, rowsWritten: 1300 * scale, detail: "findings", maxSyncs: 2 },
      { command: "followUp", runs: followUp, rowsWritten: 100_000 * scale, detail: "sheets", maxSyncs: 3 },
    ],
  };
}

const verdicts = (sizes: SizeResult[]) => Object.fromEntries(evaluateTargets(sizes).map((t) => [t.target, t]));

describe("the benchmark's targets", () => {
  it("are met by a fast, linear run within its sync and memory budget", () => {
    const sizes = [size(1, [run(1500, 900, 2), run(1200, 850, 2)], [run(3000, 2500, 3)]), size(4, [run(5000, 3500, 2)], [run(12_000, 10_000, 3, 900)])];
    const t = evaluateTargets(sizes);
    expect(t.map((x) => x.met)).toEqual(t.map(() => true));
    expect(formatResults(sizes, t, { runs: 2, warmup: 1 })).not.toMatch(/MISSED/);
  });

  it("name the measure that misses: a loaded machine's wall time, or too many syncs, too much memory, too steep a growth", () => {
    const sizes = [size(1, [run(2600, 900, 2)], [run(3000, 2500, 6)]), size(4, [run(9000, 3600, 2)], [run(20_000, 16_000, 3, 1100)])];
    const t = verdicts(sizes);
    expect(t["check at 1x in under 2.00 s"]).toMatchObject({ met: false, metOnCpu: true });
    expect(t["check: 4x rows within 4.5x time"]).toMatchObject({ met: true, metOnCpu: true });
    expect(t["followUp: 4x rows within 4.5x time"]).toMatchObject({ met: false, metOnCpu: false });
    expect(t["followUp: at most 3 syncs at every size"]).toMatchObject({ met: false, detail: "1x: 6, 4x: 3" });
    expect(t["peak memory under 1 GB (1024.00 MB)"]).toMatchObject({ met: false });
    const printed = formatResults(sizes, evaluateTargets(sizes), { runs: 1, warmup: 1 });
    expect(printed).toContain("[MISSED on wall time, met on CPU time] check at 1x in under 2.00 s");
    expect(printed).toContain("[MISSED] followUp: at most 3 syncs at every size");
  });

  it("say which could not be judged when the sizes they compare were not run", () => {
    const t = verdicts([size(0.5, [run(500, 400, 2)], [run(900, 800, 2)])]);
    expect(t["check at 1x in under 2.00 s"].met).toBeNull();
    expect(t["check: 4x rows within 4.5x time"].met).toBeNull();
    expect(t["check: at most 2 syncs at every size"].met).toBe(true);
  });
});
