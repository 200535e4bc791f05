// The CLI never saves a workbook with a user's work missing: saving patches the
// file it read, so what Rådsplan does not model (merged cells, borders, named
// ranges...) stays, and every part of the package a command did not change is
// kept byte for byte. (test/cli/corpus.test.ts does the same with workbooks
// LibreOffice and openpyxl made.)
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { exampleWorkbook, runCli } from "./runCli";
import { digest, editWorkbook, tempFolder } from "./workbooks";

// Each test loads and saves whole workbooks: allow for a slow, busy machine.
jest.setTimeout(30_000);

const tmp = tempFolder();
let file: string;

beforeAll(async () => {
  file = await exampleWorkbook(tmp.dir, "umea.xlsx");
  await editWorkbook(file, (wb) => {
    const ws = wb.addWorksheet("Anteckningar");
    ws.getCell("A1").value = "Mötesanteckningar 2024";
    ws.mergeCells("A1:D1");
    ws.getCell("A2").value = "Budgetrad";
    ws.getCell("A2").border = { bottom: { style: "double" } };
    wb.definedNames.add("Anteckningar!$A$2:$A$9", "Budgetrader");
  });
});
afterAll(tmp.cleanup);

/** Every part of a package by name, as text. */
async function parts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async("string"));
  return out;
}

async function anteckningar(path: string): Promise<{ merged: string[]; border: unknown; names: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("Anteckningar")!;
  return {
    merged: (ws.model as unknown as { merges: string[] }).merges,
    border: ws.getCell("A2").border,
    names: wb.definedNames.getNames("Anteckningar!$A$2"),
  };
}

it("init keeps merged cells, borders and names, and every part it did not change", async () => {
  const hash = digest(file);
  const r = await runCli(["init", "umea.xlsx", "--lang", "en"], { cwd: tmp.dir });
  // The structure is complete, so there is nothing to save.
  expect(r.code).toBe(0);
  expect(digest(file)).toBe(hash);

  await editWorkbook(file, (wb) => wb.removeWorksheet(wb.getWorksheet("Möten")!.id), tmp.file("lacking.xlsx"));
  const before = await parts(tmp.file("lacking.xlsx"));
  const saved = await runCli(["init", "lacking.xlsx", "--lang", "en"], { cwd: tmp.dir });
  expect(saved.stderr).toBe("");
  expect(saved.code).toBe(0);
  const after = await parts(tmp.file("lacking.xlsx"));
  // the new sheet and its table are new parts; the workbook's lists and styles grow; nothing else changed
  const changed = [...before].filter(([name, text]) => after.get(name) !== text).map(([name]) => name);
  expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", ...(changed.includes("xl/styles.xml") ? ["xl/styles.xml"] : [])].sort());
  expect(await anteckningar(tmp.file("lacking.xlsx"))).toEqual(await anteckningar(file));
});

it("report writes its sheets into the workbook itself and keeps the rest", async () => {
  const before = await parts(file);
  const r = await runCli(["report", "umea.xlsx", "--year", "2024"], { cwd: tmp.dir });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const after = await parts(file);
  const sheets = [...before.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  for (const name of sheets) expect([name, after.get(name)]).toEqual([name, before.get(name)]);
  expect(await anteckningar(file)).toEqual({ merged: ["A1:D1"], border: { bottom: { style: "double" } }, names: ["Budgetrader"] });
});

it("report --out writes a copy that lacks nothing", async () => {
  const hash = digest(file);
  const r = await runCli(["report", "umea.xlsx", "--year", "2024", "--out", "kopia.xlsx", "--lang", "en"], { cwd: tmp.dir });
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(/lacks/);
  expect(digest(file)).toBe(hash);
  expect(await anteckningar(tmp.file("kopia.xlsx"))).toEqual(await anteckningar(file));
});
