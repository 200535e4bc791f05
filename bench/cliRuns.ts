// The command line on large plan files (`npm run bench -- --cli`): writes the
// benchmark's plan of each size as an .xlsx file once, then runs
// `node bin/radsplan.js report …` on a fresh copy of it as a child process, in
// each of the three forms a coordinator uses, and measures that child: wall
// time from spawn to exit, and its own CPU time and peak resident memory as
// process.resourceUsage() gives them at its exit, written by a small script
// preloaded with `node -r`. A run that exits other than 0 or does not write its
// files is a failure and gives no figures.

import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BENCH_FOLLOW_UP_YEAR, DEFAULT_SEED, generatePlan, rowCount, type PlanSize } from "./generatePlan";
import { collectGarbage } from "./measure";
import { workbookWithPlan } from "./writePlan";

export const REPO = join(__dirname, "..");
export const BIN = join(REPO, "bin", "radsplan.js");

/** The forms of `radsplan report` measured: into a copy, into a copy with the Word report, into the input with the Word report. */
export const CLI_FORMS = [
  { id: "out", args: ["--out", "c.xlsx"], writes: ["c.xlsx"], rewritesInput: false },
  { id: "out+docx", args: ["--out", "c.xlsx", "--docx", "r.docx"], writes: ["c.xlsx", "r.docx"], rewritesInput: false },
  { id: "docx", args: ["--docx", "r.docx"], writes: ["r.docx"], rewritesInput: true },
] as const;

export type CliFormId = (typeof CLI_FORMS)[number]["id"];
export type CliForm = (typeof CLI_FORMS)[number];

/** One child run: its figures, or why it failed (never both). */
export type CliRun =
  | { ok: true; wallMs: number; cpuMs: number; peakRssBytes: number }
  | { ok: false; failure: string };

export interface CliFormResult {
  form: CliFormId;
  /** The command as run, with the copy of the plan file as input. */
  command: string;
  runs: CliRun[];
}

export interface CliSizeResult {
  scale: number;
  size: PlanSize;
  rows: number;
  fileBytes: number;
  forms: CliFormResult[];
}

/** The preloaded script: the child's own resource usage, as JSON, into the file its environment names. */
const USAGE_ENV = "RADSPLAN_BENCH_USAGE_FILE";
const USAGE_SOURCE = `"use strict";
const file = process.env.${USAGE_ENV};
if (file) process.on("exit", () => require("node:fs").writeFileSync(file, JSON.stringify(process.resourceUsage())));
`;

/** Why the bundle cannot be measured (missing, or older than a file in src/), or null when it is current. */
export function staleBundle(root = REPO): string | null {
  const bundle = join(root, "dist-cli", "radsplan.js");
  const rebuild = "run `npm run build:cli` first (the benchmark measures the bundle bin/radsplan.js runs, and does not build it)";
  if (!existsSync(bundle)) return `${bundle} is missing: ${rebuild}.`;
  const built = statSync(bundle).mtimeMs;
  const newer = newestFile(join(root, "src"));
  if (newer && newer.mtimeMs > built) return `${bundle} is older than ${newer.path}: ${rebuild}.`;
  return null;
}

function newestFile(dir: string): { path: string; mtimeMs: number } | null {
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const mtimeMs = statSync(path).mtimeMs;
    if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}

/** A scratch folder holding the preload script; `file(name)` paths inside it. */
export class CliBenchDir {
  readonly dir = mkdtempSync(join(tmpdir(), "radsplan-clibench-"));
  readonly preload = join(this.dir, "usage.cjs");
  private next = 0;

  constructor() {
    writeFileSync(this.preload, USAGE_SOURCE);
  }

  file(name: string): string {
    return join(this.dir, name);
  }

  /** A new, empty folder for one run. */
  runDir(): string {
    const dir = join(this.dir, `run-${++this.next}`);
    mkdirSync(dir);
    return dir;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Writes the benchmark plan of `scale` to `file`, as bench/planFile.ts does. */
export async function writePlanFile(scale: number, file: string, seed = DEFAULT_SEED): Promise<{ size: PlanSize; rows: number; fileBytes: number }> {
  const plan = generatePlan(scale, { seed });
  const rows = rowCount(plan.rows);
  const bytes = await (await workbookWithPlan(plan)).toXlsx();
  writeFileSync(file, bytes);
  return { size: plan.size, rows, fileBytes: bytes.byteLength };
}

export interface RunOptions {
  /** The script node runs (bin/radsplan.js). */
  cli?: string;
  /** Extra environment for the child (e.g. RADSPLAN_FROM_SOURCE=1). */
  env?: Record<string, string>;
}

const tail = (text: string) => text.trim().split("\n").slice(-3).join(" | ").slice(-600);

/** The command line of `form` on `input`, as the child runs it in its folder. */
export const commandLine = (form: CliForm): string[] => ["report", "copy.xlsx", "--year", String(BENCH_FOLLOW_UP_YEAR), ...form.args];

/**
 * Copies `input` into a new folder and runs `node <cli> report copy.xlsx --year 2025 <form>` there.
 * Resolves to the child's figures, or to the failure: no input, an exit other than 0, a signal,
 * a file the form writes missing or empty, the input not rewritten by the form that writes it.
 */
export async function runCliOnce(input: string, form: CliForm, scratch: CliBenchDir, options: RunOptions = {}): Promise<CliRun> {
  const dir = scratch.runDir();
  try {
    const copy = join(dir, "copy.xlsx");
    try {
      copyFileSync(input, copy);
    } catch (e) {
      return { ok: false, failure: `could not copy the input: ${(e as { message?: string }).message ?? String(e)}` };
    }
    const usageFile = join(dir, "usage.json");
    const t0 = performance.now();
    const child = spawn(process.execPath, ["-r", scratch.preload, options.cli ?? BIN, ...commandLine(form)], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: "0", ...options.env, [USAGE_ENV]: usageFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-4000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
      child.on("error", (error) => resolve({ code: null, signal: null, error }));
      child.on("close", (code, signal) => resolve({ code, signal }));
    });
    const wallMs = performance.now() - t0;
    if (exit.error) return { ok: false, failure: `could not start node: ${exit.error.message}` };
    if (exit.signal) return { ok: false, failure: `killed by ${exit.signal}${output ? `: ${tail(output)}` : ""}` };
    if (exit.code !== 0) return { ok: false, failure: `exit code ${exit.code}${output ? `: ${tail(output)}` : ""}` };
    for (const name of form.writes) {
      if (!existsSync(join(dir, name)) || statSync(join(dir, name)).size === 0) return { ok: false, failure: `exit code 0 but ${name} was not written` };
    }
    if (form.rewritesInput && readFileSync(copy).equals(readFileSync(input))) return { ok: false, failure: "exit code 0 but the input was not rewritten" };
    if (!existsSync(usageFile)) return { ok: false, failure: "the child's resource usage was not recorded" };
    const usage = JSON.parse(readFileSync(usageFile, "utf8")) as NodeJS.ResourceUsage;
    // maxRSS is in KiB; the CPU times in microseconds.
    return { ok: true, wallMs, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssBytes: usage.maxRSS * 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface CliBenchOptions extends RunOptions {
  sizes: number[];
  runs: number;
  seed?: number;
  forms?: readonly CliForm[];
  progress?: (text: string) => void;
}

const describeRun = (r: CliRun) =>
  r.ok ? `${(r.wallMs / 1000).toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU, peak ${(r.peakRssBytes / 2 ** 20).toFixed(0)} MB` : `FAILED: ${r.failure}`;

/** Every size: its plan file written once, then `runs` runs of each form, one after the other. */
export async function benchCli(o: CliBenchOptions): Promise<CliSizeResult[]> {
  const progress = o.progress ?? (() => undefined);
  const scratch = new CliBenchDir();
  const results: CliSizeResult[] = [];
  try {
    for (const scale of o.sizes) {
      const input = scratch.file(`plan-${scale}x.xlsx`);
      progress(`${scale}x: writing the plan file`);
      const plan = await writePlanFile(scale, input, o.seed);
      collectGarbage();
      progress(`${scale}x: ${plan.size.activities} activities, ${plan.rows} rows, ${(plan.fileBytes / 2 ** 20).toFixed(1)} MB`);
      const size: CliSizeResult = { scale, ...plan, forms: [] };
      for (const form of o.forms ?? CLI_FORMS) {
        const result: CliFormResult = { form: form.id, command: `node bin/radsplan.js ${commandLine(form).join(" ")}`, runs: [] };
        for (let i = 0; i < o.runs; i++) {
          const run = await runCliOnce(input, form, scratch, o);
          result.runs.push(run);
          progress(`  ${scale}x ${form.id} run ${i + 1}/${o.runs}: ${describeRun(run)}`);
        }
        size.forms.push(result);
      }
      results.push(size);
      rmSync(input, { force: true });
    }
  } finally {
    scratch.remove();
  }
  return results;
}
