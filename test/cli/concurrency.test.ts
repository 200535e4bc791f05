// One writer at a time, as real processes: concurrent `init` runs on one file
// never both report a save (the second notices the first's lock or its
// changed content and saves nothing), the file is never corrupt, and a run
// killed with SIGKILL in the middle of saving leaves the old file or the new
// one, with the next run removing whatever the killed one left behind.
import { spawn } from "node:child_process";
import { copyFileSync, readdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { BIN, exampleWorkbook, spawnCli, type CliResult } from "./runCli";
import { digest, editWorkbook, tempFolder } from "./workbooks";

jest.setTimeout(300_000);

const tmp = tempFolder();
let lacking: string;

beforeAll(async () => {
  const full = await exampleWorkbook(tmp.dir, "full.xlsx");
  lacking = tmp.file("lacking.xlsx");
  await editWorkbook(full, (wb) => wb.removeWorksheet(wb.getWorksheet("Möten")!.id), lacking);
});
afterAll(tmp.cleanup);

/** The sheets of a workbook, or null when it cannot be read. */
async function sheetsOf(file: string): Promise<string[] | null> {
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets.map((w) => w.name);
  } catch {
    return null;
  }
}

const strays = () => readdirSync(tmp.dir).filter((n) => n.startsWith("."));

it("concurrent init runs on one file: never two saves, never a corrupt file", async () => {
  for (let round = 0; round < 4; round++) {
    copyFileSync(lacking, tmp.file("plan.xlsx"));
    const runs: CliResult[] = await Promise.all([1, 2, 3].map(() => spawnCli(["init", "plan.xlsx", "--lang", "en"], { cwd: tmp.dir })));
    const saved = runs.filter((r) => r.code === 0 && /^Saved plan\.xlsx\.$/m.test(r.stdout));
    expect(saved.length).toBeLessThanOrEqual(1);
    for (const r of runs) {
      if (r.code === 0) expect(r.stdout).toMatch(/^(Saved plan\.xlsx\.|plan\.xlsx needed no change and was left untouched\.)$/m);
      else expect(r.stderr).toMatch(/^radsplan: “plan\.xlsx” (was changed by something else while radsplan was working|is being saved by another radsplan run right now)\b.*Nothing was saved/);
    }
    // one of them saved (the first to take the lock always finds the file as it read it)
    expect(saved.length).toBe(1);
    expect(await sheetsOf(tmp.file("plan.xlsx"))).toContain("Möten");
    expect(strays()).toEqual([]);
  }
});

/** Starts `init` and kills it with SIGKILL after `ms`; resolves when it is gone. */
function killedInit(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "init", "plan.xlsx"], { cwd: tmp.dir, env: { ...process.env, RADSPLAN_FROM_SOURCE: "1" }, stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

it("a run killed with SIGKILL while saving leaves the old or the new file, and the next run leaves no stray file", async () => {
  copyFileSync(lacking, tmp.file("plan.xlsx"));
  const started = Date.now();
  const whole = await spawnCli(["init", "plan.xlsx"], { cwd: tmp.dir });
  expect(whole.code).toBe(0);
  const duration = Date.now() - started;
  const oldHash = digest(lacking);
  const outcomes = new Set<string>();
  // kill points spread over the run, most of them in its last part, where it saves
  for (const fraction of [0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.99]) {
    copyFileSync(lacking, tmp.file("plan.xlsx"));
    await killedInit(Math.round(duration * fraction));
    const sheets = await sheetsOf(tmp.file("plan.xlsx"));
    expect(sheets).not.toBeNull();
    if (digest(tmp.file("plan.xlsx")) === oldHash) outcomes.add("old");
    else {
      expect(sheets).toContain("Möten");
      outcomes.add("new");
    }
    const next = await spawnCli(["init", "plan.xlsx"], { cwd: tmp.dir });
    expect(next.code).toBe(0);
    expect(strays()).toEqual([]);
    expect(await sheetsOf(tmp.file("plan.xlsx"))).toContain("Möten");
  }
  expect(outcomes.has("old")).toBe(true);
});
