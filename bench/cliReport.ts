// The command-line benchmark's results (`npm run bench -- --cli`): a table of
// every run (size, form, wall and CPU time, peak resident memory) and, per size
// and form, whether the target is met: every run finishes and peaks under 1 GB.

import type { CliSizeResult } from "./cliRuns";
import { MB, table, TARGETS, verdict, type TargetResult } from "./report";

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const megabytes = (bytes: number) => (bytes / MB).toFixed(0);

/** Per size and form: met when every run finished and each peaked under 1 GB (2^30 bytes). */
export function cliTargets(sizes: readonly CliSizeResult[]): TargetResult[] {
  return sizes.flatMap((s) =>
    s.forms.map((f) => {
      const target = `report ${f.form} at ${s.scale}x (${s.size.activities} activities) finishes with peak memory under 1 GB (${megabytes(TARGETS.peakRssBytes)} MB)`;
      const failed = f.runs.filter((r) => !r.ok);
      const peaks = f.runs.flatMap((r) => (r.ok ? [r.peakRssBytes] : []));
      if (f.runs.length === 0) return { target, met: null, detail: "no runs" };
      const [low, high] = [megabytes(Math.min(...peaks)), megabytes(Math.max(...peaks))];
      const range = peaks.length ? `peak ${low === high ? low : `${low}–${high}`} MB over ${peaks.length} run${peaks.length === 1 ? "" : "s"}` : "";
      if (failed.length) {
        const why = failed.map((r) => (r.ok ? "" : r.failure)).join("; ");
        return { target, met: false, detail: `${failed.length} of ${f.runs.length} runs failed (${why})${range ? `; the others: ${range}` : ""}` };
      }
      return { target, met: Math.max(...peaks) < TARGETS.peakRssBytes, detail: range };
    }),
  );
}

export function formatCliResults(sizes: readonly CliSizeResult[], targets: readonly TargetResult[]): string {
  const rows: string[][] = [];
  for (const s of sizes) {
    for (const f of s.forms) {
      f.runs.forEach((r, i) => {
        rows.push([`${s.scale}x`, f.form, String(i + 1), ...(r.ok ? [seconds(r.wallMs), seconds(r.cpuMs), megabytes(r.peakRssBytes)] : ["-", "-", "-"]), r.ok ? "ok" : "FAILED"]);
      });
    }
  }
  const out: string[] = [
    table(["size", "form", "run", "wall s", "CPU s", "peak MB", "result"], rows),
    "",
    "Each run is a new process, `node bin/radsplan.js report copy.xlsx --year 2025 <form>` on a fresh copy of the plan file:",
    "  out = --out c.xlsx, out+docx = --out c.xlsx --docx r.docx, docx = --docx r.docx (the sheets saved into the input).",
    "Wall time from spawn to exit; CPU = the child's user + system time; peak = its maximum resident set size (process.resourceUsage().maxRSS). MB = 2^20 bytes.",
    "",
  ];
  for (const s of sizes) {
    out.push(`${s.scale}x: ${s.rows} rows (${Object.entries(s.size).map(([k, v]) => `${v} ${k}`).join(", ")}), a ${(s.fileBytes / MB).toFixed(1)} MB file`);
    for (const f of s.forms) f.runs.forEach((r, i) => r.ok || out.push(`  ${f.form} run ${i + 1} FAILED: ${r.failure}`));
  }
  out.push("", "Targets:");
  for (const t of targets) out.push(`  [${verdict(t)}] ${t.target}: ${t.detail}`);
  return out.join("\n");
}
