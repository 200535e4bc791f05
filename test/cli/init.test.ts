// `radsplan init`, run in-process: a new workbook gets the ten planning sheets,
// an existing one only what it lacks, and every value and format already there
// survives (compared cell by cell with ExcelJS).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { TABLES } from "../../src/workbook/layout";
import { exampleWorkbook, runCli } from "./runCli";
import { cellsOf, digest, editWorkbook, sheetsAndTables, tempFolder } from "./workbooks";

// Each test loads and saves whole workbooks: allow for a slow, busy machine.
jest.setTimeout(30_000);

const tmp = tempFolder();
afterAll(tmp.cleanup);

const PLANNING_TABLES = TABLES.map((t) => t.name);

/** Table name -> sheet it is on. */
async function tableSheets(file: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const { sheet, tables } of await sheetsAndTables(file)) for (const t of tables) out[t] = sheet;
  return out;
}

/** Fails with the cells that changed or disappeared between `before` and `after`. */
function expectKept(before: Awaited<ReturnType<typeof cellsOf>>, after: Awaited<ReturnType<typeof cellsOf>>) {
  const lost = [...before].filter(([ref, cell]) => JSON.stringify(after.get(ref)) !== JSON.stringify(cell)).map(([ref]) => ref);
  expect(lost).toEqual([]);
}

describe("init on a new file", () => {
  it("creates the workbook with every planning table on its Swedish sheet", async () => {
    const r = await runCli(["init", "ny.xlsx"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Nya blad: Grupper, Ledamöter, Styrdokument/m);
    expect(r.stdout).toMatch(/^Skapade den nya arbetsboken ny\.xlsx\.$/m);
    const sheets = await tableSheets(tmp.file("ny.xlsx"));
    for (const t of TABLES) expect(sheets[t.name]).toBe(t.sheet.sv);
    const check = await runCli(["check", "ny.xlsx", "--json"], { cwd: tmp.dir, today: "2025-05-01" });
    // An empty plan: no table or column missing, only what a plan without content lacks.
    expect((JSON.parse(check.stdout) as { rule: string }[]).some((f) => f.rule === "DATA-06")).toBe(false);
  });

  it("creates English sheets with --lang en", async () => {
    const r = await runCli(["init", "new.xlsx", "--lang", "en"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Created the new workbook new\.xlsx\.$/m);
    const sheets = await tableSheets(tmp.file("new.xlsx"));
    for (const t of TABLES) expect(sheets[t.name]).toBe(t.sheet.en);
  });

  it("fills the example plan with --example", async () => {
    const r = await runCli(["init", "exempel.xlsx", "--example"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Exempelplanen är ifylld\. \d+ rader lades till\.$/m);
    const cells = await cellsOf(tmp.file("exempel.xlsx"));
    expect([...cells.values()].some((c) => typeof c.value === "string" && c.value.includes("Umebrå"))).toBe(true);
  });

  it("refuses a name that does not end in .xlsx, creating nothing", async () => {
    const r = await runCli(["init", "plan.ods"], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^radsplan: ”plan\.ods” slutar inte på \.xlsx\. .* \/ “plan\.ods” does not end in \.xlsx\./);
    expect(existsSync(tmp.file("plan.ods"))).toBe(false);
  });
});

describe("init on an existing workbook", () => {
  it("adds the planning sheets to a user's own workbook and keeps every value and format", async () => {
    const file = tmp.file("egen.xlsx");
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet("Anteckningar");
    notes.getCell("A1").value = "Rådets anteckningar";
    notes.getCell("A1").font = { bold: true };
    notes.getCell("A2").value = 1234.5;
    notes.getCell("A2").numFmt = '#,##0.00 "kr"';
    notes.getCell("A3").value = { formula: "A2*2", result: 2469 };
    notes.getCell("B2").value = new Date(Date.UTC(2025, 2, 1));
    notes.getCell("B2").numFmt = "yyyy-mm-dd";
    notes.getCell("C5").value = "=inte en formel";
    notes.getCell("C5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    // A sheet with a planning sheet's name but other content: it must be left alone.
    wb.addWorksheet("Budget").getCell("B2").value = "Min egen budgetkalkyl";
    await wb.xlsx.writeFile(file);
    const before = await cellsOf(file);

    const r = await runCli(["init", "egen.xlsx"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Sparade egen\.xlsx\.$/m);
    expectKept(before, await cellsOf(file));
    const sheets = await tableSheets(file);
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(PLANNING_TABLES));
    expect(sheets.Budget).not.toBe("Budget");
  });

  it("on a filled plan with a sheet deleted, adds only that table and keeps every cell", async () => {
    const file = await exampleWorkbook(tmp.dir, "ifylld.xlsx");
    await editWorkbook(file, (wb) => {
      wb.removeWorksheet(wb.getWorksheet("Möten")!.id);
      wb.getWorksheet("Mål")!.getCell("M1").value = "Egen kolumn bredvid tabellen";
    });
    const before = await cellsOf(file);
    const r = await runCli(["init", "ifylld.xlsx"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Nya tabeller: Meetings$/m);
    expectKept(before, await cellsOf(file));
    expect((await tableSheets(file)).Meetings).toBe("Möten");
  });

  it("leaves a complete workbook untouched, byte for byte", async () => {
    const file = await exampleWorkbook(tmp.dir, "komplett.xlsx");
    const hash = digest(file);
    const mtime = statSync(file).mtimeMs;
    const r = await runCli(["init", "komplett.xlsx"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Inget behövde läggas till: allt fanns redan\.$/m);
    expect(r.stdout).toMatch(/^komplett\.xlsx behövde inte ändras och lämnades orörd\.$/m);
    expect(digest(file)).toBe(hash);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it("finds the tables on renamed sheets and adds no second copy of them", async () => {
    const file = await exampleWorkbook(tmp.dir, "omdopt.xlsx");
    await editWorkbook(file, (wb) => {
      wb.getWorksheet("Grupper")!.name = "Organisation";
      wb.getWorksheet("Mål")!.name = "Målbild";
    });
    const hash = digest(file);
    const r = await runCli(["init", "omdopt.xlsx"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Inget behövde läggas till: allt fanns redan\.$/m);
    expect(digest(file)).toBe(hash);
    const sheets = await tableSheets(file);
    expect([sheets.Groups, sheets.Goals]).toEqual(["Organisation", "Målbild"]);
    expect((await sheetsAndTables(file)).map((s) => s.sheet)).not.toContain("Grupper");
  });

  it("refuses --example on a workbook that already holds planning data, changing nothing", async () => {
    const file = await exampleWorkbook(tmp.dir, "dubbel.xlsx");
    const hash = digest(file);
    const r = await runCli(["init", "dubbel.xlsx", "--example", "--lang", "en"], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^radsplan: The example plan can only be filled into a workbook without planning data.*Nothing was changed/);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(digest(file)).toBe(hash);
    expect(readdirSync(tmp.dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a file that is not an Excel workbook, leaving it as it is", async () => {
    writeFileSync(tmp.file("text.xlsx"), "not a workbook");
    const r = await runCli(["init", "text.xlsx"], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/“text\.xlsx” is not an Excel \.xlsx file/);
    expect(readFileSync(tmp.file("text.xlsx"), "utf8")).toBe("not a workbook");
  });
});
