// `npm run bench`: generates plans of 1x, 2x and 4x the base size into the
// in-memory Excel, runs the check and the follow-up generation on each through
// the real commands, and prints rows, syncs, write requests, the largest request,
// wall and CPU time, peak memory and the time ratios, with each target and
// whether it is met; the same goes to bench/results.json.
// Options: --sizes 1,2,4  --commands check,followUp  --runs 5  --warmup 1  --seed N
//          (wordReport, the Word export with its charts, runs at 1x only, twice at most)
//          --out bench/results.json  --profile (one extra, profiled run per size and
//          command, saved in bench/profiles/ and summarised)
// `npm run bench -- --cli [--sizes 1,2.5] [--runs 2] [--seed N] [--out bench/cli-results.json]`
// instead measures the command line's `report` on plan files of those sizes, each run a
// child process of the bundle `npm run build:cli` makes (bench/cliRuns.ts).

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import type { MemoryWorkbook } from "../src/host";
import { cliTargets, formatCliResults } from "./cliReport";
import { benchCli, staleBundle } from "./cliRuns";
import { COMMANDS, deleteSheets, readResponseBytes, rowsWritten, type BenchCommand } from "./commands";
import { DEFAULT_SEED, generatePlan, rowCount } from "./generatePlan";
import { collectGarbage, measureRun, RssSampler, type RunMeasurement } from "./measure";
import { startProfile } from "./profile";
import { formatHotFunctions, hotFunctions } from "./profileSummary";
import { evaluateTargets, formatResults, ratios, summarize, type CommandResult, type SizeResult } from "./report";
import { workbookWithPlan } from "./writePlan";

interface Options {
  sizes: number[];
  commands: BenchCommand[];
  runs: number;
  warmup: number;
  seed: number;
  out: string;
  profile: boolean;
  /** Measure the command line on plan files instead (bench/cliRuns.ts). */
  cli: boolean;
}

const USAGE = [
  `Usage: npm run bench -- [--sizes 1,2,4] [--commands ${COMMANDS.map((c) => c.id).join(",")}] [--runs 5] [--warmup 1] [--seed N] [--out file] [--profile]`,
  "       npm run bench -- --cli [--sizes 1,2.5] [--runs 2] [--seed N] [--out file]",
].join("\n");

function options(): Options {
  const { values } = parseArgs({
    options: {
      cli: { type: "boolean", default: false },
      sizes: { type: "string" },
      commands: { type: "string" },
      runs: { type: "string" },
      warmup: { type: "string" },
      seed: { type: "string", default: String(DEFAULT_SEED) },
      out: { type: "string" },
      profile: { type: "boolean", default: false },
    },
  });
  const cli = values.cli;
  if (cli && (values.commands !== undefined || values.warmup !== undefined || values.profile)) throw new Error(`--cli takes --sizes, --runs, --seed and --out only.\n${USAGE}`);
  const sizes = (values.sizes ?? (cli ? "1,2.5" : "1,2,4")).split(",").map(Number);
  const runs = Number(values.runs ?? (cli ? "2" : "5"));
  const warmup = Number(values.warmup ?? "1");
  const seed = Number(values.seed);
  const ids = (values.commands ?? COMMANDS.map((c) => c.id).join(",")).split(",");
  const commands = COMMANDS.filter((c) => ids.includes(c.id));
  if (sizes.some((s) => !(s > 0)) || !(runs >= 1) || !(warmup >= 0) || !Number.isInteger(seed) || commands.length !== ids.length) {
    throw new Error(USAGE);
  }
  const out = values.out ?? join(__dirname, cli ? "cli-results.json" : "results.json");
  return { sizes, commands, runs, warmup, seed, out, profile: values.profile, cli };
}

const progress = (text: string) => process.stderr.write(`${text}\n`);

function errorText(e: unknown): string {
  if (e instanceof Error) return `${(e as { code?: string }).code ?? e.name}: ${e.message}`;
  return String(e);
}

/** Warm-up, timed runs and (when asked) a profiled run of one command on one workbook. */
async function benchCommand(wb: MemoryWorkbook, command: BenchCommand, scale: number, rss: RssSampler, o: Options): Promise<CommandResult> {
  const result: CommandResult = { command: command.id, runs: [], rowsWritten: 0, detail: "", maxSyncs: command.maxSyncs };
  const once = async (): Promise<RunMeasurement> => {
    const { result: outcome, measurement } = await measureRun(wb, rss, (run) => command.run(run, wb));
    result.rowsWritten = rowsWritten(wb, outcome.sheets);
    result.detail = outcome.detail;
    await deleteSheets(wb, outcome.sheets);
    return measurement;
  };
  try {
    if (command.officeJsRequests) result.officeJsRequestBytes = await command.officeJsRequests(wb);
    for (let i = 0; i < o.warmup; i++) await once();
    const runs = Math.min(o.runs, command.maxRuns ?? o.runs);
    for (let i = 0; i < runs; i++) {
      const m = await once();
      result.runs.push(m);
      progress(`  ${command.id} run ${i + 1}/${runs}: ${(m.wallMs / 1000).toFixed(2)} s wall, ${(m.cpuMs / 1000).toFixed(2)} s CPU, ${m.syncs} syncs`);
    }
    if (o.profile) {
      const stop = await startProfile();
      await once();
      const profile = await stop();
      const file = join(__dirname, "profiles", `${command.id}-${scale}x.cpuprofile`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      progress(`  profile: ${file}\n${formatHotFunctions(hotFunctions(profile), 12)}`);
    }
  } catch (e) {
    result.failure = errorText(e);
    progress(`  ${command.id} failed: ${result.failure}`);
  }
  return result;
}

/**
 * A workbook holding the plan of `scale`. The generated rows are not kept once the
 * workbook holds them, so the memory measured is the workbook's and the command's.
 */
async function prepare(scale: number, o: Options): Promise<{ wb: MemoryWorkbook; size: Omit<SizeResult, "commands" | "readResponseBytes"> }> {
  progress(`${scale}x: generating the plan (seed ${o.seed})`);
  let t = performance.now();
  const plan = generatePlan(scale, { seed: o.seed });
  const generateMs = performance.now() - t;
  const rows = rowCount(plan.rows);
  progress(`${scale}x: writing ${rows} rows through the structure command`);
  t = performance.now();
  const wb = await workbookWithPlan(plan);
  return { wb, size: { scale, size: plan.size, rows, generateMs, writeMs: performance.now() - t } };
}

async function benchSize(scale: number, rss: RssSampler, o: Options): Promise<SizeResult> {
  const { wb, size: prepared } = await prepare(scale, o);
  const size: SizeResult = { ...prepared, readResponseBytes: await readResponseBytes(wb), commands: [] };
  for (const command of o.commands) {
    if (command.sizes && !command.sizes.includes(scale)) continue;
    progress(`${scale}x: ${command.id}`);
    size.commands.push(await benchCommand(wb, command, scale, rss, o));
  }
  return size;
}

interface Machine {
  cpus: number;
  cpuModel: string;
  totalMemoryBytes: number;
  node: string;
  loadAverageAtStart: number[];
}

const machineLine = (m: Machine, loadAverageAtEnd: number[]) =>
  `\nMachine: ${m.cpus} x ${m.cpuModel}, Node ${m.node}; load average ${m.loadAverageAtStart.map((x) => x.toFixed(1)).join("/")} at start, ${loadAverageAtEnd.map((x) => x.toFixed(1)).join("/")} at end.`;

/** `--cli`: the command line's report on plan files, each run a child process of the bundle. */
async function mainCli(o: Options, machine: Machine): Promise<void> {
  const stale = staleBundle();
  if (stale) throw new Error(stale);
  const sizes = await benchCli({ sizes: o.sizes, runs: o.runs, seed: o.seed, progress });
  const targets = cliTargets(sizes);
  const loadAverageAtEnd = loadavg();
  console.log(formatCliResults(sizes, targets));
  console.log(machineLine(machine, loadAverageAtEnd));
  const json = { generatedAt: new Date().toISOString(), machine: { ...machine, loadAverageAtEnd }, options: { cli: true, sizes: o.sizes, runs: o.runs, seed: o.seed }, sizes, targets };
  writeFileSync(o.out, `${JSON.stringify(json, null, 2)}\n`);
  progress(`results written to ${o.out}`);
  if (sizes.some((s) => s.forms.some((f) => f.runs.some((r) => !r.ok)))) process.exitCode = 1;
}

async function main(): Promise<void> {
  const o = options();
  const machine: Machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "", totalMemoryBytes: totalmem(), node: process.version, loadAverageAtStart: loadavg() };
  if (o.cli) return mainCli(o, machine);
  if (!collectGarbage()) progress("note: no GC between runs; run node with --expose-gc (npm run bench does)");
  const rss = new RssSampler();
  const sizes: SizeResult[] = [];
  try {
    for (const scale of o.sizes) {
      sizes.push(await benchSize(scale, rss, o));
      collectGarbage();
    }
  } finally {
    await rss.stop();
  }
  const targets = evaluateTargets(sizes);
  const loadAverageAtEnd = loadavg();
  console.log(formatResults(sizes, targets, o));
  console.log(machineLine(machine, loadAverageAtEnd));
  const json = {
    generatedAt: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd },
    options: { sizes: o.sizes, commands: o.commands.map((c) => c.id), runs: o.runs, warmup: o.warmup, seed: o.seed },
    sizes: sizes.map((s) => ({ ...s, commands: s.commands.map((c) => ({ ...c, summary: summarize(c.runs) })) })),
    ratios: ratios(sizes),
    targets,
  };
  writeFileSync(o.out, `${JSON.stringify(json, null, 2)}\n`);
  progress(`results written to ${o.out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
