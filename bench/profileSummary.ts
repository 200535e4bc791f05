// Reads a V8 CPU profile (from `node --cpu-prof` or the inspector) and prints the
// functions that take the most time: self time (where the CPU actually is) and
// total time (self plus everything called from there), with file and line.
// Usage: tsx bench/profileSummary.ts <file.cpuprofile> [top=25] (positions are source-mapped
// in profiles from bench/profile.ts; a raw `node --cpu-prof` profile shows tsx output positions)

import { readFileSync } from "node:fs";

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  /** "path:line" (relative to the project where it lies in it). */
  where: string;
  selfMs: number;
  totalMs: number;
}

const frameName = (n: ProfileNode) => n.callFrame.functionName || "(anonymous)";

function frameWhere(n: ProfileNode): string {
  const url = n.callFrame.url.replace(/^file:\/\//, "").replace(`${process.cwd()}/`, "");
  return url ? `${url}:${n.callFrame.lineNumber + 1}` : "";
}

/** Self and total time per function (summed over every place it is called from), slowest first. */
export function hotFunctions(profile: CpuProfile): { bySelf: HotFunction[]; byTotal: HotFunction[]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const sampleMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) sampleMs.set(samples[i], (sampleMs.get(samples[i]) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const stats = new Map<string, HotFunction>();
  const keyOf = (n: ProfileNode) => `${frameName(n)}@${frameWhere(n)}`;
  for (const n of profile.nodes) {
    const ms = sampleMs.get(n.id) ?? 0;
    if (ms === 0) continue;
    const own = stats.get(keyOf(n)) ?? { name: frameName(n), where: frameWhere(n), selfMs: 0, totalMs: 0 };
    own.selfMs += ms;
    stats.set(keyOf(n), own);
    // Count the time once for every distinct function on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!;
      const key = keyOf(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      const s = stats.get(key) ?? { name: frameName(frame), where: frameWhere(frame), selfMs: 0, totalMs: 0 };
      s.totalMs += ms;
      stats.set(key, s);
    }
  }
  const all = [...stats.values()];
  return {
    bySelf: [...all].sort((a, b) => b.selfMs - a.selfMs),
    byTotal: [...all].sort((a, b) => b.totalMs - a.totalMs),
    totalMs: (profile.endTime - profile.startTime) / 1000,
  };
}

const project = (f: HotFunction) => f.where.startsWith("src/") || f.where.startsWith("bench/");

/** The `top` functions by self time (any code) and by total time (project code only), as text. */
export function formatHotFunctions({ bySelf, byTotal, totalMs }: ReturnType<typeof hotFunctions>, top: number): string {
  const line = (f: HotFunction) => `${f.selfMs.toFixed(0).padStart(7)} ${f.totalMs.toFixed(0).padStart(7)}  ${f.name}  ${f.where}`;
  return [
    `profile of ${totalMs.toFixed(0)} ms`,
    "   self   total  (ms) by self time",
    ...bySelf.slice(0, top).map(line),
    "   self   total  (ms) by total time, project code",
    ...byTotal.filter(project).slice(0, top).map(line),
  ].join("\n");
}

function main(): void {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error("Usage: tsx bench/profileSummary.ts <file.cpuprofile> [top]");
    process.exitCode = 2;
    return;
  }
  console.log(formatHotFunctions(hotFunctions(JSON.parse(readFileSync(file, "utf8")) as CpuProfile), Number(top ?? 25)));
}

if (require.main === module) main();
