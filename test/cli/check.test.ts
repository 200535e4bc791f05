// `radsplan check`, run in-process: the findings a user sees, the exit codes,
// --json, several files with a summary, progress on stderr, renamed sheets,
// unreadable files, and that the file is never written.
import { copyFileSync, statSync, writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import type { Worksheet } from "exceljs";
import { acknowledgeFinding } from "../../src/excel/commands/acks";
import { runCheck } from "../../src/excel/commands/check";
import { MemoryWorkbook } from "../../src/host";
import { exampleWorkbook, runCli } from "./runCli";
import { digest, editWorkbook, tempFolder } from "./workbooks";

// Each test loads and saves whole workbooks: allow for a slow, busy machine.
jest.setTimeout(30_000);

const tmp = tempFolder();
const today = "2025-05-01"; // follow-up year 2025 by default
let example: string;
let broken: string;

/** The 1-based column of `header` on a sheet's header row. */
function columnOf(ws: Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const col = values.findIndex((v) => v === header);
  if (col < 1) throw new Error(`no column ${header} on ${ws.name}`);
  return col;
}

beforeAll(async () => {
  example = await exampleWorkbook(tmp.dir, "umea.xlsx");
  broken = tmp.file("broken.xlsx");
  // A user types a goal that does not exist into the first activity: a broken reference (DATA-05, an error).
  await editWorkbook(
    example,
    (wb) => {
      const ws = wb.getWorksheet("Aktiviteter")!;
      ws.getCell(2, columnOf(ws, "Mål-ID")).value = "M99";
    },
    broken,
  );
});
afterAll(tmp.cleanup);

describe("check on one file", () => {
  it("lists the example plan's deliberate gaps as warnings and exits 0 (no errors)", async () => {
    const r = await runCli(["check", "umea.xlsx"], { cwd: tmp.dir, today });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("umea.xlsx · Referensdatum 2025-05-01 · uppföljningsår 2025");
    expect(r.stdout).toMatch(/^Varning \(\d+\)$/m);
    expect(r.stdout).not.toMatch(/^Fel \(/m);
    // The example's deliberate gaps: a working group without end date, a problem without root-cause analysis, an activity over budget.
    expect(r.stdout).toMatch(/^ {2}ORG-07 +Grupper!G\d+ +Arbetsgruppen .*har inget slutdatum/m);
    expect(r.stdout).toMatch(/^ {2}PLAN-06 +Problem!F\d+ +Problemet .*ingen orsaksanalys/m);
    expect(r.stdout).toMatch(/^ {2}BUD-03 +Aktiviteter!J\d+ +Aktiviteten .*96\u00a0500 kr, mer än budgeten 80\u00a0000 kr/m);
    expect(r.stdout).toMatch(/^0 fel, \d+ varning(ar)?, \d+ info$/m);
  });

  it("judges against --date and --year", async () => {
    const r = await runCli(["check", "umea.xlsx", "--date", "2025-02-01", "--year", "2024"], { cwd: tmp.dir, today });
    expect(r.stdout.split("\n")[0]).toBe("umea.xlsx · Referensdatum 2025-02-01 · uppföljningsår 2024");
    // In 2024 the groups held fewer meetings than planned (ORG-12); for 2025 the example is not judged on that.
    expect(r.stdout).toMatch(/ORG-12 +Grupper!H\d+ .*höll \d möten 2024 men planerade \d/);
    const now = await runCli(["check", "umea.xlsx"], { cwd: tmp.dir, today });
    expect(now.stdout).not.toContain("ORG-12");
  });

  it("speaks English with --lang en", async () => {
    const r = await runCli(["check", "umea.xlsx", "--lang", "en"], { cwd: tmp.dir, today });
    expect(r.stdout).toMatch(/^Warning \(\d+\)$/m);
    expect(r.stdout).toMatch(/PLAN-06 +Problem!F\d+ +The problem .*root-cause analysis/);
    expect(r.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ info$/m);
  });

  it("exits 1 and points at the cell when the workbook has errors", async () => {
    const r = await runCli(["check", "broken.xlsx"], { cwd: tmp.dir, today });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Fel \(1\)$/m);
    expect(r.stdout).toMatch(/^ {2}DATA-05 +Aktiviteter!C2 +.*M99/m);
    expect(r.stdout).toMatch(/^1 fel, /m);
  });

  it("prints JSON with rule, severity, message, sheet and cell, and nothing else on stdout", async () => {
    const r = await runCli(["check", "broken.xlsx", "--json", "--lang", "en"], { cwd: tmp.dir, today });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(findings.length).toBeGreaterThan(1);
    for (const f of findings) {
      expect(f).toEqual(
        expect.objectContaining({ rule: expect.any(String), severity: expect.stringMatching(/^(error|warning|info)$/), message: expect.any(String) }),
      );
      expect(f).toHaveProperty("sheet");
      expect(f).toHaveProperty("cell");
      expect(f).not.toHaveProperty("file");
    }
    expect(findings).toContainEqual(expect.objectContaining({ rule: "DATA-05", severity: "error", sheet: "Aktiviteter", cell: "C2" }));
    expect(findings.find((f) => f.rule === "DATA-05")!.message).toMatch(/M99/);
  });

  it("never writes to the file", async () => {
    const before = { hash: digest(broken), mtime: statSync(broken).mtimeMs };
    await runCli(["check", "broken.xlsx"], { cwd: tmp.dir, today });
    await runCli(["check", "broken.xlsx", "--json"], { cwd: tmp.dir, today });
    expect(digest(broken)).toBe(before.hash);
    expect(statSync(broken).mtimeMs).toBe(before.mtime);
  });
});

describe("check on a workbook with an acknowledged finding", () => {
  it("marks it acknowledged, with the justification, as the add-in does", async () => {
    // Acknowledged the way the task pane does it, then saved.
    const wb = await MemoryWorkbook.fromXlsx(readFileSync(example));
    const { findings } = await runCheck(wb.run, { referenceDate: today, lang: "sv", caps: wb.capabilities, write: false });
    const plan06 = findings.find((f) => f.rule === "PLAN-06")!;
    await acknowledgeFinding(wb.run, plan06, "Orsaksanalysen görs hösten 2025", "Anna", { caps: wb.capabilities, date: "2025-04-01" });
    writeFileSync(tmp.file("acked.xlsx"), await wb.toXlsx());

    const r = await runCli(["check", "acked.xlsx"], { cwd: tmp.dir, today });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}PLAN-06 .*ingen orsaksanalys.* \[kvitterad: Orsaksanalysen görs hösten 2025 \(Anna, 2025-04-01\)\]$/m);
    expect(r.stdout).toMatch(/^0 fel, \d+ varningar, \d+ info \(1 kvitterad\)$/m);
    const json = JSON.parse((await runCli(["check", "acked.xlsx", "--json"], { cwd: tmp.dir, today })).stdout) as Record<string, unknown>[];
    expect(json.find((f) => f.rule === "PLAN-06")!.acknowledged).toEqual({ justification: "Orsaksanalysen görs hösten 2025", by: "Anna", date: "2025-04-01" });
    expect(json.find((f) => f.rule === "BUD-03")!.acknowledged).toBeNull();
  });
});

describe("check on a workbook whose planning sheets were renamed", () => {
  it("finds the tables by name and points at the renamed sheets", async () => {
    const renamed = tmp.file("renamed.xlsx");
    await editWorkbook(
      broken,
      (wb) => {
        wb.getWorksheet("Aktiviteter")!.name = "Våra aktiviteter";
        wb.getWorksheet("Grupper")!.name = "Organisation";
        wb.getWorksheet("Problem")!.name = "Problembild 2025";
      },
      renamed,
    );
    const before = JSON.parse((await runCli(["check", "broken.xlsx", "--json"], { cwd: tmp.dir, today })).stdout) as { rule: string; sheet: string; cell: string }[];
    const r = await runCli(["check", "renamed.xlsx", "--json"], { cwd: tmp.dir, today });
    expect(r.code).toBe(1);
    const after = JSON.parse(r.stdout) as { rule: string; sheet: string; cell: string }[];
    const newName: Record<string, string> = { Aktiviteter: "Våra aktiviteter", Grupper: "Organisation", Problem: "Problembild 2025" };
    const where = (fs: { rule: string; sheet: string; cell: string }[]) => fs.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort();
    expect(where(after)).toEqual(where(before.map((f) => ({ ...f, sheet: newName[f.sheet] ?? f.sheet }))));
    expect(after.some((f) => f.rule === "DATA-06")).toBe(false);

    const text = await runCli(["check", "renamed.xlsx"], { cwd: tmp.dir, today });
    expect(text.stdout).toMatch(/DATA-05 +'Våra aktiviteter'!C2 /);
  });
});

describe("check on several files", () => {
  beforeAll(() => copyFileSync(example, tmp.file("second.xlsx")));

  it("ends with a summary table, and exits 1 when one of them has errors", async () => {
    const r = await runCli(["check", "umea.xlsx", "broken.xlsx", "second.xlsx"], { cwd: tmp.dir, today });
    expect(r.code).toBe(1);
    const summary = r.stdout.slice(r.stdout.lastIndexOf("Sammanställning")).split("\n");
    expect(summary[1]).toMatch(/^Fil +Fel +Varningar +Info$/);
    expect(summary[3]).toMatch(/^umea\.xlsx +0 +[1-9]\d* +\d+$/);
    expect(summary[4]).toMatch(/^broken\.xlsx +1 +[1-9]\d* +\d+$/);
    expect(summary[5]).toMatch(/^second\.xlsx +0 +[1-9]\d* +\d+$/);
    expect(summary[7]).toMatch(/^Totalt +1 +[1-9]\d* +\d+$/);
    // Each file's own listing comes first.
    expect(r.stdout.indexOf("umea.xlsx · Referensdatum")).toBeLessThan(r.stdout.indexOf("broken.xlsx · Referensdatum"));
  });

  it("goes on past a file it cannot read, marks it in the summary and exits 2", async () => {
    writeFileSync(tmp.file("notes.xlsx"), "just some text");
    const r = await runCli(["check", "umea.xlsx", "missing.xlsx", "notes.xlsx", "--lang", "en"], { cwd: tmp.dir, today });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^radsplan: “missing\.xlsx” was not found\./),
      expect.stringMatching(/^radsplan: “notes\.xlsx” is not an Excel \.xlsx file\./),
    ]);
    expect(r.stdout).toMatch(/^missing\.xlsx +could not be read$/m);
    expect(r.stdout).toMatch(/^umea\.xlsx +0 +\d+ +\d+$/m);
  });

  it("gives one JSON array naming each finding's file", async () => {
    const r = await runCli(["check", "umea.xlsx", "broken.xlsx", "--json"], { cwd: tmp.dir, today });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { file: string; rule: string }[];
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(["umea.xlsx", "broken.xlsx"]));
    expect(findings.filter((f) => f.rule === "DATA-05").map((f) => f.file)).toEqual(["broken.xlsx"]);
  });

  it("shows progress on stderr with --progress, keeping --json stdout clean", async () => {
    const r = await runCli(["check", "umea.xlsx", "second.xlsx", "--json", "--progress", "--lang", "en"], { cwd: tmp.dir, today });
    expect(r.stderr).toBe("Checking 1/2: umea.xlsx\nChecking 2/2: second.xlsx\n");
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const quiet = await runCli(["check", "umea.xlsx", "second.xlsx", "--json"], { cwd: tmp.dir, today });
    expect(quiet.stderr).toBe("");
  });

  it("rewrites one progress line in place on a terminal and clears it before the results", async () => {
    const r = await runCli(["check", "umea.xlsx", "second.xlsx", "--lang", "sv"], { cwd: tmp.dir, today, tty: true });
    expect(r.stderr).toContain("\r\x1b[KKontrollerar 1/2: umea.xlsx");
    expect(r.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect(r.stdout).not.toContain("Kontrollerar");
  });
});

describe("check refuses what it cannot read, with exit 2 and one line on stderr", () => {
  it.each([
    ["a missing file", "nowhere.xlsx", () => undefined, /^radsplan: ”nowhere\.xlsx” hittades inte\. .* \/ “nowhere\.xlsx” was not found\. /],
    [
      "a CSV file",
      "plan.csv",
      () => writeFileSync(tmp.file("plan.csv"), "Grupp-ID;Namn\nG1;Styrgrupp\n"),
      /^radsplan: ”plan\.csv” är inte en Excel \.xlsx-fil\. .* \/ “plan\.csv” is not an Excel \.xlsx file\. /,
    ],
  ])("%s", async (_what, name, make, reason) => {
    make();
    const r = await runCli(["check", name], { cwd: tmp.dir, today });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("wrong arguments: exit 2 with the reason and the usage", async () => {
    const r = await runCli(["check", "umea.xlsx", "--strict"], { cwd: tmp.dir, today });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe("radsplan: Okänd flagga ”--strict” för check. / Unknown option “--strict” for check.");
    expect(r.stderr).toContain("radsplan check <fil.xlsx>...");
    expect(r.stderr).toContain("radsplan check <file.xlsx>...");
  });
});
