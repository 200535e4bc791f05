// Workbooks Rådsplan did not write, made here by openpyxl and LibreOffice from
// the scripts in test/corpus/ (a council's plan with the user's own work on
// it, the same in the 1904 date system, and a LibreOffice sheet with rich text
// and a picture). For each: `check` reads the values Excel shows (saved
// formula results, errors, dates in the file's own date system), and `init`
// and `report --out` leave every part they did not change byte for byte, and
// every cell and feature of the sheets as openpyxl reads them.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/host";
import { exampleWorkbook, REPO, runCli } from "./runCli";
import { tempFolder } from "./workbooks";

jest.setTimeout(240_000);

const tmp = tempFolder("radsplan-corpus-");
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const SCRIPTS = path.join(REPO, "test", "corpus");
const lo = (name: string) => tmp.file(`lo/${name}`);

beforeAll(async () => {
  const base = await exampleWorkbook(tmp.dir, "base.xlsx");
  execFileSync(PYTHON, [path.join(SCRIPTS, "make_openpyxl.py"), base, tmp.dir]);
  execFileSync(PYTHON, [path.join(SCRIPTS, "make_fods.py"), tmp.file("notes.fods")]);
  mkdirSync(tmp.file("lo"));
  execFileSync(
    "libreoffice",
    [`-env:UserInstallation=file://${tmp.file("lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", tmp.file("lo"), tmp.file("features.xlsx"), tmp.file("dates1904.xlsx"), tmp.file("notes.fods")],
    { stdio: "ignore", timeout: 180_000 },
  );
});
afterAll(tmp.cleanup);

/** What the add-in would read from cells (Range.values through the in-memory Excel). */
async function valuesOf(file: string, sheet: string, address: string): Promise<unknown[][]> {
  const wb = await MemoryWorkbook.fromXlsx(readFileSync(file));
  return wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await context.sync();
    return range.values;
  });
}

interface Finding {
  rule: string;
  sheet: string | null;
  cell: string | null;
  message: string;
}

async function findings(file: string): Promise<Finding[]> {
  const r = await runCli(["check", file, "--json", "--lang", "en", "--date", "2026-03-01", "--year", "2025"], { cwd: tmp.dir });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as Finding[];
}

describe("check reads what Excel shows", () => {
  it("LibreOffice's saved results of functions the host does not know, and errors", async () => {
    const file = lo("features.xlsx");
    expect(await valuesOf(file, "Budget", "B4")).toEqual([[300000]]); // =SUMPRODUCT(...)
    expect(await valuesOf(file, "Aktiviteter", "J3")).toEqual([[42000]]); // =ROUNDUP(41999.2,0)
    expect(await valuesOf(file, "Anteckningar", "B6")).toEqual([["#N/A"]]); // =NA()
    expect(await valuesOf(file, "Anteckningar", "D10")).toEqual([[190]]); // {=SUM(A10:A14*B10:B14)}
    const found = await findings(file);
    expect(found.filter((f) => f.sheet === "Budget" && f.cell === "B4" && /^DATA/.test(f.rule))).toEqual([]);
    expect(found.filter((f) => f.sheet === "Aktiviteter" && f.cell === "J3" && /^DATA/.test(f.rule))).toEqual([]);
  });

  it("a formula saved without a result (openpyxl) that the host cannot compute is a finding at its cell, not a blank", async () => {
    const found = await findings(tmp.file("features.xlsx"));
    for (const cell of ["Budget!B4", "Aktiviteter!J3"]) {
      const [sheet, address] = cell.split("!");
      expect(found).toContainEqual(expect.objectContaining({ rule: "DATA-01", sheet, cell: address, message: expect.stringMatching(/not calculated: the file holds no saved result/) }));
    }
  });

  it("a header that appears twice is DATA-06 naming both columns", async () => {
    for (const file of [tmp.file("features.xlsx"), lo("features.xlsx")]) {
      expect(await findings(file)).toContainEqual(
        expect.objectContaining({ rule: "DATA-06", sheet: "Indikatorer", message: expect.stringMatching(/the same column twice: “Målvärde” in column [A-Z] and “Målvärde” in column [A-Z]/) }),
      );
    }
  });

  it("dates of a 1904 workbook as the dates Excel shows (openpyxl's and LibreOffice's)", async () => {
    const expected = await valuesOf(tmp.file("base.xlsx"), "Aktiviteter", "F2:G4");
    expect(typeof expected[0][0]).toBe("number");
    expect(await valuesOf(tmp.file("dates1904.xlsx"), "Aktiviteter", "F2:G4")).toEqual(expected);
    expect(await valuesOf(lo("dates1904.xlsx"), "Aktiviteter", "F2:G4")).toEqual(expected);
    const plain = (await findings(lo("features.xlsx"))).filter((f) => f.rule.startsWith("DOC") || f.rule.startsWith("ORG"));
    const dated = (await findings(lo("dates1904.xlsx"))).filter((f) => f.rule.startsWith("DOC") || f.rule.startsWith("ORG"));
    expect(dated).toEqual(plain);
  });

  it("rich text as its text, and LibreOffice's saved results", async () => {
    expect(await valuesOf(lo("notes.xlsx"), "Anteckningar", "A1:B4")).toEqual([["Rubrik", "Vanlig och fet röd text"], [2, 3], [5, 10], [7, 14]]);
  });
});

interface Comparison {
  removed: string[];
  added: string[];
  changed: string[];
  before: { pictures: number; epoch: string; names: string[]; sheets: Record<string, Record<string, unknown> & { cells: Record<string, unknown> }> };
  after: Comparison["before"];
}

function compare(before: string, after: string): Comparison {
  return JSON.parse(execFileSync(PYTHON, [path.join(SCRIPTS, "compare_parts.py"), before, after], { maxBuffer: 64 * 1024 * 1024 }).toString()) as Comparison;
}

/** Every sheet of `before` is in `after` with every cell and feature as it was (cells `init` adds are new ones). */
function expectKept(c: Comparison): void {
  expect(c.removed).toEqual([]);
  expect(c.after.epoch).toBe(c.before.epoch);
  expect(c.after.pictures).toBe(c.before.pictures);
  expect(c.after.names).toEqual(c.before.names);
  for (const [name, sheet] of Object.entries(c.before.sheets)) {
    const now = c.after.sheets[name];
    expect(now).toBeDefined();
    const { cells, ...features } = sheet;
    const { cells: nowCells, ...nowFeatures } = now;
    expect([name, nowFeatures]).toEqual([name, features]);
    for (const [ref, cell] of Object.entries(cells)) expect([name, ref, nowCells[ref]]).toEqual([name, ref, cell]);
  }
}

/** The parts a command may change besides the sheets it names: the package's lists and styles.xml (which only grows). */
const LISTS = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml"];

const corpus: [string, () => string][] = [
  ["openpyxl features.xlsx", () => tmp.file("features.xlsx")],
  ["openpyxl dates1904.xlsx", () => tmp.file("dates1904.xlsx")],
  ["LibreOffice features.xlsx", () => lo("features.xlsx")],
  ["LibreOffice dates1904.xlsx", () => lo("dates1904.xlsx")],
  ["LibreOffice notes.xlsx", () => lo("notes.xlsx")],
];

it("the corpus holds what it is meant to test", () => {
  const op = compare(tmp.file("features.xlsx"), tmp.file("features.xlsx")).before;
  const libre = compare(lo("features.xlsx"), lo("features.xlsx")).before;
  const notes = compare(lo("notes.xlsx"), lo("notes.xlsx")).before;
  for (const wb of [op, libre]) {
    const own = wb.sheets.Anteckningar;
    const plan = wb.sheets.Aktiviteter;
    expect(own).toMatchObject({ autoFilter: "A1:C4", merged: ["E1:G1"], protection: true, arrayFormulas: ["D10"], validations: ["C2:C4"] });
    expect(own.hiddenRows).toEqual([8]);
    expect(own.hiddenColumns).toEqual(["F"]);
    expect((own.outlineRows as unknown[]).length).toBe(5);
    expect(plan).toMatchObject({ merged: ["R5:T5"], conditionalFormats: ["J2:J18"] });
    expect(plan.cells.R2).toMatchObject({ comment: expect.stringContaining("Kolla datum") });
    expect((plan.cells.R3 as { border: string }).border).toMatch(/thick/);
    // rich text on the sheet init changes: "Se " in bold red, then plain
    expect(plan.richText).toEqual({ R2: expect.stringMatching(/^<r><rPr>.*<b\b.*FFC00000.*<t[^>]*>Se <\/t><\/r><r>.*styrgruppens protokoll<\/t><\/r>$/) });
    expect(wb.names).toEqual(expect.arrayContaining(["Budgetsumma=Budget!$B$2:$B$5", "Vaxelkurs=11.2"]));
  }
  expect(notes.pictures).toBe(1);
  expect(compare(lo("dates1904.xlsx"), lo("dates1904.xlsx")).before.epoch).toMatch(/1904/);
});

describe.each(corpus)("%s", (label, source) => {
  const work = () => tmp.file(`work-${label.replace(/\W+/g, "-")}.xlsx`);

  it("init changes only the Activities sheet and table it completes, adds the rest as new parts, keeps every cell and feature", async () => {
    copyFileSync(source(), work());
    const r = await runCli(["init", work(), "--lang", "sv"], { cwd: tmp.dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const c = compare(source(), work());
    const sheetParts = c.changed.filter((p) => !LISTS.includes(p));
    // the plan's Activities table got its Kommentar column back: its sheet, that sheet's relationships and the table part
    for (const p of sheetParts) expect(p).toMatch(/^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|tables\/table\d+\.xml)$/);
    expect(sheetParts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).length).toBeLessThanOrEqual(1);
    expectKept(c);
  });

  it("report --out writes a copy that changes no part of the original's sheets", async () => {
    const out = tmp.file(`out-${label.replace(/\W+/g, "-")}.xlsx`);
    const r = await runCli(["report", work(), "--year", "2025", "--out", out, "--lang", "en"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/lacks/);
    const c = compare(work(), out);
    expect(c.changed.filter((p) => !LISTS.includes(p))).toEqual([]);
    expect(Object.keys(c.after.sheets)).toEqual(expect.arrayContaining(["Follow-up", "Annual report 2025"]));
    expectKept(c);
  });

  it("report into the file itself, twice, replaces only its own sheets", async () => {
    const inPlace = tmp.file(`inplace-${label.replace(/\W+/g, "-")}.xlsx`);
    copyFileSync(work(), inPlace);
    for (let i = 0; i < 2; i++) expect((await runCli(["report", inPlace, "--year", "2025", "--lang", "en"], { cwd: tmp.dir })).code).toBe(0);
    const c = compare(work(), inPlace);
    expect(c.changed.filter((p) => !LISTS.includes(p))).toEqual([]);
    expectKept(c);
    // one selected tab: two would open as a group in Excel, where every edit goes to both sheets
    const zip = await JSZip.loadAsync(readFileSync(inPlace));
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    const selected = (await Promise.all(sheets.map(async (n) => /\btabSelected="(1|true)"/.test(await zip.file(n)!.async("string"))))).filter(Boolean);
    expect(selected.length).toBeLessThanOrEqual(1);
  });
});
