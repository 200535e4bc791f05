// The command-line benchmark (`npm run bench -- --cli`) end to end at a tiny
// scale: three successful runs of `radsplan report` with the child's own figures,
// and every way a run can fail reported as a failure with no figures, never as
// a measurement. The real command runs from the TypeScript sources here
// (RADSPLAN_FROM_SOURCE=1), so the test needs no `npm run build:cli`.

import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { cliTargets, formatCliResults } from "../../bench/cliReport";
import { benchCli, CLI_FORMS, CliBenchDir, runCliOnce, staleBundle, type CliRun, type CliSizeResult } from "../../bench/cliRuns";
import { scaledSize } from "../../bench/generatePlan";
import { tempFolder } from "../cli/workbooks";

const MB = 2 ** 20;
const FROM_SOURCE = { env: { RADSPLAN_FROM_SOURCE: "1" } };
const [OUT, , DOCX] = CLI_FORMS;

const tmp = tempFolder("radsplan-clibench-test-");
const scratch = new CliBenchDir();
afterAll(() => {
  tmp.cleanup();
  scratch.remove();
});

/** A stand-in for bin/radsplan.js: a script of `source` in the scratch folder. */
function fakeCli(name: string, source: string): { cli: string } {
  const cli = tmp.file(name);
  writeFileSync(cli, source);
  return { cli };
}

const failure = (r: CliRun) => (r.ok ? `ok: ${JSON.stringify(r)}` : r.failure);

describe("the command-line benchmark", () => {
  it("runs the three forms of report on a plan file and gives each run's wall time, CPU time and peak memory", async () => {
    const sizes = await benchCli({ sizes: [0.01], runs: 1, ...FROM_SOURCE });
    expect(sizes).toHaveLength(1);
    const [size] = sizes;
    expect(size).toMatchObject({ scale: 0.01, size: scaledSize(0.01) });
    expect(size.fileBytes).toBeGreaterThan(10_000);
    expect(size.forms.map((f) => f.form)).toEqual(["out", "out+docx", "docx"]);
    for (const f of size.forms) {
      expect(f.runs).toHaveLength(1);
      const [run] = f.runs;
      if (!run.ok) throw new Error(`${f.form} failed: ${run.failure}`);
      expect(run.wallMs).toBeGreaterThan(200);
      expect(run.cpuMs).toBeGreaterThan(200);
      // The child's CPU time cannot exceed its wall time on every core at once.
      expect(run.cpuMs).toBeLessThan(run.wallMs * cpus().length + 100);
      expect(run.peakRssBytes).toBeGreaterThan(50 * MB);
      expect(run.peakRssBytes).toBeLessThan(1024 * MB);
    }
    const targets = cliTargets(sizes);
    expect(targets.map((t) => t.met)).toEqual([true, true, true]);
    const printed = formatCliResults(sizes, targets);
    expect(printed.match(/^ *0\.01x +(out|out\+docx|docx) +1 +[\d.]+ +[\d.]+ +\d+ +ok$/gm)).toHaveLength(3);
    expect(printed).not.toMatch(/FAILED|MISSED/);
  }, 300_000);

  it("measures the child, not itself: a child that holds 300 MB and computes for a second", async () => {
    const busy = fakeCli(
      "busy.js",
      `const b = Buffer.alloc(300 * 2 ** 20, 1); const t = Date.now(); while (Date.now() - t < 1000); require("node:fs").writeFileSync("c.xlsx", String(b[0]));`,
    );
    const run = await runCliOnce(tmp.file("busy.js"), OUT, scratch, busy);
    if (!run.ok) throw new Error(run.failure);
    expect(run.peakRssBytes).toBeGreaterThan(300 * MB);
    expect(run.peakRssBytes).toBeLessThan(600 * MB);
    expect(run.cpuMs).toBeGreaterThan(900);
    expect(run.wallMs).toBeGreaterThan(1000);
  });

  it("reports a run that fails as failed, with the reason and no figures", async () => {
    writeFileSync(tmp.file("notes.txt"), "not a workbook");
    const notXlsx = await runCliOnce(tmp.file("notes.txt"), OUT, scratch, FROM_SOURCE);
    expect(failure(notXlsx)).toMatch(/^exit code 2: radsplan: .*copy\.xlsx/);
    expect(failure(await runCliOnce(tmp.file("missing.xlsx"), OUT, scratch, FROM_SOURCE))).toMatch(/^could not copy the input: ENOENT/);

    const silent = fakeCli("silent.js", "process.exitCode = 0;");
    expect(failure(await runCliOnce(tmp.file("notes.txt"), OUT, scratch, silent))).toBe("exit code 0 but c.xlsx was not written");
    const docxOnly = fakeCli("docxOnly.js", `require("node:fs").writeFileSync("r.docx", "x");`);
    expect(failure(await runCliOnce(tmp.file("notes.txt"), DOCX, scratch, docxOnly))).toBe("exit code 0 but the input was not rewritten");
    const killed = fakeCli("killed.js", `process.kill(process.pid, "SIGKILL");`);
    expect(failure(await runCliOnce(tmp.file("notes.txt"), OUT, scratch, killed))).toBe("killed by SIGKILL");

    const sizes: CliSizeResult[] = [
      { scale: 1, size: scaledSize(1), rows: 87_517, fileBytes: 3 * MB, forms: [{ form: "out", command: "…", runs: [{ ok: true, wallMs: 9000, cpuMs: 8000, peakRssBytes: 700 * MB }, notXlsx] }] },
    ];
    const targets = cliTargets(sizes);
    expect(targets).toEqual([expect.objectContaining({ met: false, detail: expect.stringMatching(/^1 of 2 runs failed \(exit code 2: .*\); the others: peak 700 MB over 1 run$/) })]);
    const printed = formatCliResults(sizes, targets);
    expect(printed).toMatch(/^ *1x +out +2 +- +- +- +FAILED$/m);
    expect(printed).toMatch(/^ {2}out run 2 FAILED: exit code 2: /m);
    expect(printed).toMatch(/^ {2}\[MISSED\] report out at 1x/m);
  }, 120_000);

  it("misses the target when a run peaks at 1 GB or more", () => {
    const sizes: CliSizeResult[] = [
      { scale: 2.5, size: scaledSize(2.5), rows: 218_000, fileBytes: 7 * MB, forms: [{ form: "docx", command: "…", runs: [800, 1024].map((mb) => ({ ok: true, wallMs: 1, cpuMs: 1, peakRssBytes: mb * MB })) }] },
    ];
    expect(cliTargets(sizes)).toEqual([expect.objectContaining({ met: false, detail: "peak 800–1024 MB over 2 runs" })]);
  });

  it("refuses a bundle that is missing or older than the sources, saying to run npm run build:cli", () => {
    const root = tmp.file("repo");
    mkdirSync(join(root, "src", "cli"), { recursive: true });
    writeFileSync(join(root, "src", "cli", "main.ts"), "");
    expect(staleBundle(root)).toMatch(/dist-cli\/radsplan\.js is missing: run `npm run build:cli` first/);
    mkdirSync(join(root, "dist-cli"));
    writeFileSync(join(root, "dist-cli", "radsplan.js"), "");
    utimesSync(join(root, "dist-cli", "radsplan.js"), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(staleBundle(root)).toMatch(/radsplan\.js is older than .*src\/cli\/main\.ts: run `npm run build:cli` first/);
    utimesSync(join(root, "dist-cli", "radsplan.js"), new Date(), new Date(Date.now() + 60_000));
    expect(staleBundle(root)).toBeNull();
  });
});
