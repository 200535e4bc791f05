// One writer at a time, as real processes: concurrent `init` runs on one file
// never both report a save (the second notices the first's lock or its
// changed content and saves nothing), the file is never corrupt, and a run
// killed with SIGKILL in the middle of saving leaves the old file or the new
// one, with the next run removing whatever the killed one left behind. A lock
// left by a killed run is taken over by one run only, however many find it.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { BIN, exampleWorkbook, REPO, spawnCli, type CliResult } from "./runCli";
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

/** A process id no process has (above Linux's default pid_max of 2^22). */
const DEAD = 2 ** 22 + 12345;

/** Puts a lock beside `file` as a run killed while saving leaves it; with `guard`, also a stale guard of it (a run killed while taking it over). */
function staleLock(file: string, guard: boolean): void {
  const lock = path.join(path.dirname(file), `.${path.basename(file)}.radsplan-lock`);
  const content = `${DEAD} ${randomBytes(8).toString("hex")}\n`;
  writeFileSync(lock, content);
  if (guard) writeFileSync(`${lock}.g${createHash("sha256").update(content).digest("hex").slice(0, 12)}`, `${DEAD + 1} ${randomBytes(8).toString("hex")}\n`);
}

it("concurrent init runs with a killed run's lock present: never two saves, never a corrupt file, nothing left behind", async () => {
  for (let round = 0; round < 4; round++) {
    copyFileSync(lacking, tmp.file("plan.xlsx"));
    staleLock(tmp.file("plan.xlsx"), round % 2 === 1);
    const runs: CliResult[] = await Promise.all([1, 2, 3].map(() => spawnCli(["init", "plan.xlsx", "--lang", "en"], { cwd: tmp.dir })));
    const saved = runs.filter((r) => r.code === 0 && /^Saved plan\.xlsx\.$/m.test(r.stdout));
    expect(saved.length).toBe(1);
    for (const r of runs) if (r.code !== 0) expect(r.stderr).toMatch(/Nothing was saved/);
    expect(await sheetsOf(tmp.file("plan.xlsx"))).toContain("Möten");
    expect(strays()).toEqual([]);
  }
});

/**
 * Runs saveContenders (test/support/saveContender.ts) on `file` at once: each reads the
 * file, and when all have, all are told to save. Resolves to what each printed last.
 */
function contenders(file: string, ids: number[]): Promise<string[]> {
  const script = path.join(REPO, "test", "support", "saveContender.ts");
  const env = { ...process.env, TSX_TSCONFIG_PATH: path.join(REPO, "tsconfig.json") };
  const children = ids.map((id) => spawn(process.execPath, ["-r", require.resolve("tsx/cjs"), script, file, String(id)], { env, stdio: ["pipe", "pipe", "inherit"] }));
  let ready = 0;
  return Promise.all(
    children.map(
      (child) =>
        new Promise<string>((resolve) => {
          let out = "";
          child.stdout.on("data", (chunk: Buffer) => {
            out += chunk.toString();
            if (chunk.toString().includes("ready") && ++ready === children.length) for (const c of children) c.stdin.end("go\n");
          });
          child.on("exit", () => resolve(out.replace(/^ready\n/, "").trim()));
        }),
    ),
  );
}

it("many rounds of four processes saving one file at once, a stale lock present at the start: one saves, the file is whole, no stray file", async () => {
  const file = tmp.file("shared.bin");
  const rounds = 12;
  let overlapping = 0;
  for (let round = 0; round < rounds; round++) {
    const original = Buffer.from(`original ${round}\n`);
    writeFileSync(file, original);
    staleLock(file, round % 3 === 2);
    const out = await contenders(file, [1, 2, 3, 4]);
    const saved = out.filter((o) => o === "saved");
    expect([round, saved.length]).toEqual([round, 1]);
    for (const o of out) if (o !== "saved") expect(o).toMatch(/^refused: “.*shared\.bin” (was changed by something else while radsplan was working|is being saved by another radsplan run right now)\b.*Nothing was saved/);
    if (out.some((o) => /being saved by another/.test(o))) overlapping++;
    // the whole content of the one run that saved
    const now = readFileSync(file);
    const id = Number(/^saved by run (\d)\n/.exec(now.subarray(0, 20).toString())?.[1]);
    expect(now.length).toBe(4 * 1024 * 1024 + `saved by run ${id}\n`.length);
    expect(now.subarray(now.length - 1024).every((b) => b === String(id).charCodeAt(0))).toBe(true); // filled with its id as text
    expect(readdirSync(path.dirname(file)).filter((n) => n.startsWith(".shared.bin"))).toEqual([]);
  }
  // the runs did meet at the lock (not one after another), in at least some rounds
  expect(overlapping).toBeGreaterThan(0);
});

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
