// The benchmark's results: per size and command the figures of its runs
// summarised (best and median time, most syncs, largest request, peak memory),
// the time ratios between sizes, the targets and whether each is met, printed as
// a readable table and kept as JSON.

import type { CommandId } from "./commands";
import type { PlanSize } from "./generatePlan";
import type { RunMeasurement } from "./measure";

export interface CommandResult {
  command: CommandId;
  /** The timed runs (the warm-up run not included). */
  runs: RunMeasurement[];
  rowsWritten: number;
  detail: string;
  /** The error a run ended with, if any (then `runs` holds the runs before it). */
  failure?: string;
  maxSyncs: number;
  /** UTF-8 bytes of each write request as Microsoft's Office.js sends it, where measured. */
  officeJsRequestBytes?: number[];
}

export interface SizeResult {
  scale: number;
  size: PlanSize;
  /** Data rows in the planning tables. */
  rows: number;
  /** UTF-8 bytes of the values the one read brings back (every planning table as JSON). */
  readResponseBytes: number;
  /** Untimed preparation: generating the rows, writing them through the structure command. */
  generateMs: number;
  writeMs: number;
  commands: CommandResult[];
}

export interface Summary {
  runs: number;
  syncs: number;
  writeRequests: number;
  largestWriteBytes: number;
  wallBestMs: number;
  wallMedianMs: number;
  cpuMedianMs: number;
  peakRssBytes: number;
  peakHeapBytes: number;
}

export interface TargetResult {
  target: string;
  /** null when the runs needed to judge it were not made. */
  met: boolean | null;
  /**
   * For time targets: whether the target holds on CPU time (the process's own work),
   * which other load on a shared machine disturbs far less than wall time.
   */
  metOnCpu?: boolean;
  detail: string;
}

export interface Ratio {
  command: CommandId;
  from: number;
  to: number;
  rowRatio: number;
  wallBestRatio: number;
  wallMedianRatio: number;
  cpuMedianRatio: number;
}

/** Excel on the web's request limit, and the units the table prints in. */
export const MB = 1024 * 1024;
export const TARGETS = {
  baseCheckMs: 2000,
  /** At 4x the rows, at most this many times the time. */
  growth: 4.5,
  peakRssBytes: 1024 * MB,
  requestBytes: 5 * MB,
} as const;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const max = (xs: readonly number[]): number => Math.max(0, ...xs);

export function summarize(runs: readonly RunMeasurement[]): Summary {
  return {
    runs: runs.length,
    syncs: max(runs.map((r) => r.syncs)),
    writeRequests: max(runs.map((r) => r.writeRequests)),
    largestWriteBytes: max(runs.map((r) => r.largestWriteBytes)),
    wallBestMs: Math.min(...runs.map((r) => r.wallMs)),
    wallMedianMs: median(runs.map((r) => r.wallMs)),
    cpuMedianMs: median(runs.map((r) => r.cpuMs)),
    peakRssBytes: max(runs.map((r) => r.peakRssBytes)),
    peakHeapBytes: max(runs.map((r) => r.peakHeapBytes)),
  };
}

const commandAt = (sizes: readonly SizeResult[], scale: number, id: CommandId) => {
  const c = sizes.find((s) => s.scale === scale)?.commands.find((x) => x.command === id);
  return c && c.runs.length > 0 && !c.failure ? c : undefined;
};

/** Time ratios of every command from the smallest to the largest size measured. */
export function ratios(sizes: readonly SizeResult[]): Ratio[] {
  if (sizes.length < 2) return [];
  const scales = sizes.map((s) => s.scale);
  const from = Math.min(...scales);
  const to = Math.max(...scales);
  const small = sizes.find((s) => s.scale === from)!;
  const large = sizes.find((s) => s.scale === to)!;
  return small.commands.flatMap((c) => {
    const a = commandAt(sizes, from, c.command);
    const b = commandAt(sizes, to, c.command);
    if (!a || !b) return [];
    const sa = summarize(a.runs);
    const sb = summarize(b.runs);
    return [{
      command: c.command,
      from,
      to,
      rowRatio: large.rows / small.rows,
      wallBestRatio: sb.wallBestMs / sa.wallBestMs,
      wallMedianRatio: sb.wallMedianMs / sa.wallMedianMs,
      cpuMedianRatio: sb.cpuMedianMs / sa.cpuMedianMs,
    }];
  });
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Every target, judged on the runs made (time on the best run: the one least disturbed by other load). */
export function evaluateTargets(sizes: readonly SizeResult[]): TargetResult[] {
  const out: TargetResult[] = [];
  const judged = (target: string, verdict: Omit<TargetResult, "target"> | null, missing: string): TargetResult =>
    verdict ? { target, ...verdict } : { target, met: null, detail: missing };
  const base = commandAt(sizes, 1, "check");
  const b = base && summarize(base.runs);
  out.push(
    judged(
      `check at 1x in under ${sec(TARGETS.baseCheckMs)}`,
      b ? { met: b.wallBestMs < TARGETS.baseCheckMs, metOnCpu: b.cpuMedianMs < TARGETS.baseCheckMs, detail: `best ${sec(b.wallBestMs)}, median ${sec(b.wallMedianMs)}, CPU ${sec(b.cpuMedianMs)}` } : null,
      "1x not measured",
    ),
  );
  const grown = ratios(sizes).filter((r) => r.from === 1 && r.to === 4);
  for (const id of ["check", "followUp"] as const) {
    const r = grown.find((x) => x.command === id);
    const detail = r && `${r.rowRatio.toFixed(2)}x rows: ${r.wallBestRatio.toFixed(2)}x best time (median ${r.wallMedianRatio.toFixed(2)}x, CPU ${r.cpuMedianRatio.toFixed(2)}x)`;
    out.push(judged(`${id}: 4x rows within ${TARGETS.growth}x time`, r && detail ? { met: r.wallBestRatio <= TARGETS.growth, metOnCpu: r.cpuMedianRatio <= TARGETS.growth, detail } : null, "1x and 4x not both measured"));
  }
  for (const id of ["check", "followUp"] as const) {
    const results = sizes.flatMap((s) => s.commands.filter((c) => c.command === id).map((c) => ({ scale: s.scale, c })));
    if (results.length === 0) continue;
    const limit = results[0].c.maxSyncs;
    const syncs = results.map(({ scale, c }) => `${scale}x: ${c.failure ? "failed" : summarize(c.runs).syncs}`);
    const met = results.every(({ c }) => !c.failure && summarize(c.runs).syncs <= limit);
    out.push({ target: `${id}: at most ${limit} syncs at every size`, met, detail: syncs.join(", ") });
  }
  const word = sizes.find((s) => s.scale === 1)?.commands.find((x) => x.command === "wordReport");
  if (word) {
    const w = summarize(word.runs);
    out.push({
      target: `wordReport (Word export with charts) at 1x: peak memory under 1 GB (${mb(TARGETS.peakRssBytes)}), at most ${word.maxSyncs} sync`,
      met: !word.failure && word.runs.length > 0 && w.peakRssBytes < TARGETS.peakRssBytes && w.syncs <= word.maxSyncs,
      detail: word.failure ? `failed: ${word.failure}` : `${mb(w.peakRssBytes)} RSS, ${w.syncs} sync, best ${sec(w.wallBestMs)}, CPU ${sec(w.cpuMedianMs)}`,
    });
  }
  const all = sizes.flatMap((s) => s.commands.map((c) => ({ scale: s.scale, c, s: summarize(c.runs) })));
  const heaviest = all.reduce((a, b) => (b.s.peakRssBytes > a.s.peakRssBytes ? b : a), all[0]);
  if (heaviest) {
    out.push({ target: `peak memory under 1 GB (${mb(TARGETS.peakRssBytes)})`, met: heaviest.s.peakRssBytes < TARGETS.peakRssBytes, detail: `highest: ${mb(heaviest.s.peakRssBytes)} RSS (${heaviest.c.command} at ${heaviest.scale}x)` });
    const largestOf = (x: (typeof all)[number]) => Math.max(x.s.largestWriteBytes, ...(x.c.officeJsRequestBytes ?? []));
    const largest = all.reduce((a, b) => (largestOf(b) > largestOf(a) ? b : a), all[0]);
    const failed = all.filter((x) => x.c.failure);
    out.push({
      target: `every write request within Excel on the web's ${mb(TARGETS.requestBytes)} (in-memory Excel and, where measured, Office.js)`,
      met: failed.length === 0 && largestOf(largest) <= TARGETS.requestBytes,
      detail: failed.length ? failed.map((x) => `${x.c.command} at ${x.scale}x failed: ${x.c.failure}`).join("; ") : `largest: ${mb(largestOf(largest))} (${largest.c.command} at ${largest.scale}x)`,
    });
  }
  return out;
}

/** A time target's verdict names the measure that disagrees, if the two do. */
export function verdict(t: TargetResult): string {
  if (t.met === null) return "not measured";
  const word = t.met ? "met" : "MISSED";
  if (t.metOnCpu === undefined || t.metOnCpu === t.met) return word;
  return `${word} on wall time, ${t.metOnCpu ? "met" : "MISSED"} on CPU time`;
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const numeric = header.map((_, i) => rows.every((r) => /^[\d.,\s]+(\s?\w+)?$|^[\d.]+x$|^-$/.test(r[i])));
  const line = (cells: string[]) => cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function formatResults(sizes: readonly SizeResult[], targets: readonly TargetResult[], { runs, warmup }: { runs: number; warmup: number }): string {
  const rows: string[][] = [];
  for (const s of sizes) {
    for (const c of s.commands) {
      const m = summarize(c.runs);
      if (c.runs.length === 0) {
        rows.push([`${s.scale}x`, c.command, String(s.rows), ...Array<string>(9).fill("-")]);
        continue;
      }
      rows.push([
        `${s.scale}x`,
        c.command,
        String(s.rows),
        c.failure ? "-" : String(c.rowsWritten),
        String(m.syncs),
        String(m.writeRequests),
        mb(m.largestWriteBytes),
        sec(m.wallBestMs),
        sec(m.wallMedianMs),
        sec(m.cpuMedianMs),
        mb(m.peakRssBytes),
        mb(m.peakHeapBytes),
      ]);
    }
  }
  const out: string[] = [
    table(["size", "command", "rows read", "rows written", "syncs", "write requests", "largest write", "wall best", "wall median", "CPU median", "peak RSS", "peak heap"], rows),
    "",
    `Times: best and median of ${runs} timed run${runs === 1 ? "" : "s"} after ${warmup} warm-up run${warmup === 1 ? "" : "s"}, each on the same workbook (the sheets a run wrote are deleted before the next), with a full GC before each run.`,
    "CPU = user + system time of the whole process; wall time also counts waiting for the CPU on a shared machine. MB = 2^20 bytes.",
    "",
  ];
  for (const s of sizes) {
    out.push(`${s.scale}x: ${s.rows} rows (${Object.entries(s.size).map(([k, v]) => `${v} ${k}`).join(", ")}); the one read returns ${mb(s.readResponseBytes)} of values; generated in ${sec(s.generateMs)}, written in ${sec(s.writeMs)} (untimed)`);
    for (const c of s.commands) {
      out.push(`  ${c.command}: ${c.failure ? `FAILED: ${c.failure}` : c.detail}`);
      if (c.officeJsRequestBytes) out.push(`  ${c.command} as Office.js sends it: ${c.officeJsRequestBytes.length} write request${c.officeJsRequestBytes.length === 1 ? "" : "s"} of ${c.officeJsRequestBytes.map(mb).join(", ")}`);
    }
  }
  const rs = ratios(sizes);
  if (rs.length) {
    out.push("");
    for (const r of rs) {
      out.push(`${r.command}: ${r.to}x vs ${r.from}x: ${r.rowRatio.toFixed(2)}x rows, ${r.wallBestRatio.toFixed(2)}x best wall time, ${r.wallMedianRatio.toFixed(2)}x median wall time, ${r.cpuMedianRatio.toFixed(2)}x median CPU time`);
    }
  }
  out.push("", "Targets:");
  for (const t of targets) out.push(`  [${verdict(t)}] ${t.target}: ${t.detail}`);
  return out.join("\n");
}
