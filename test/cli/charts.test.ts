// Charts of the user's own, as openpyxl saves them (test/corpus/make_charts.py):
// one on a sheet no command changes, one on the sheet whose table `init`
// completes, and a chart sheet (a sheet that is only a chart, which the
// in-memory Excel does not model). Saving keeps every one of them byte for byte,
// the chart sheet in its place among the tabs. Where a session does change a
// chart on a sheet read from the file (which the package patch cannot write),
// the save is refused, naming the charts and the sheet. A chart of the user's
// own on a sheet `report` makes anew would go with the sheet: `report` refuses
// to write over the file (a --out copy says what it lacks), while Rådsplan's own
// charts there, even renamed by openpyxl, are no reason to refuse.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { loadWorkbook } from "../../src/cli/workbook";
import { CliFailure } from "../../src/cli/say";
import { exampleWorkbook, REPO, runCli } from "./runCli";
import { tempFolder } from "./workbooks";

jest.setTimeout(120_000);

const tmp = tempFolder("radsplan-charts-");
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
let source: string;

beforeAll(async () => {
  const base = await exampleWorkbook(tmp.dir, "base.xlsx");
  source = tmp.file("charts.xlsx");
  execFileSync(PYTHON, [path.join(REPO, "test", "corpus", "make_charts.py"), base, source]);
});
afterAll(tmp.cleanup);

/** Every chart, drawing and chart sheet part (with their relationships), by name, as text. */
async function chartParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir && /^xl\/(charts|drawings|chartsheets)\//.test(name)) out.set(name, await entry.async("string"));
  return out;
}

/** The tabs in order, as the workbook lists them. */
async function tabs(file: string): Promise<string[]> {
  const workbook = await (await JSZip.loadAsync(readFileSync(file))).file("xl/workbook.xml")!.async("string");
  return [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
}

/** The workbook's active tab, by name, and each name local to a sheet: the tab its localSheetId points at, and its formula. */
async function positions(file: string): Promise<{ active: string; local: [string, string][] }> {
  const workbook = await (await JSZip.loadAsync(readFileSync(file))).file("xl/workbook.xml")!.async("string");
  const names = await tabs(file);
  const local = [...workbook.matchAll(/<definedName\b[^>]*\blocalSheetId="(\d+)"[^>]*>([^<]*)</g)].map((m): [string, string] => [names[Number(m[1])], m[2].replace(/&apos;/g, "'")]);
  return { active: names[Number(/\bactiveTab="(\d+)"/.exec(workbook)?.[1] ?? 0)], local };
}

/** The relationships of a sheet's part (by tab name) that point at drawings. */
async function drawingsOf(file: string, sheet: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet\\b[^>]*\\bname="${sheet}"[^>]*\\br:id="([^"]+)"`).exec(workbook)?.[1] ?? new RegExp(`<sheet\\b[^>]*\\br:id="([^"]+)"[^>]*\\bname="${sheet}"`).exec(workbook)![1];
  const target = new RegExp(`<Relationship\\b(?=[^>]*\\bId="${rid}")[^>]*\\bTarget="([^"]+)"`).exec(rels)![1].replace(/^\/?(xl\/)?/, "xl/");
  const sheetRels = (await zip.file(target.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string")) ?? "";
  return [...sheetRels.matchAll(/Type="[^"]*\/drawing"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/drawing"/g)].map((m) => m[1] ?? m[2]);
}

it("the corpus holds a chart on Anteckningar, one on Aktiviteter and a chart sheet as the third tab, Budget active", async () => {
  const parts = await chartParts(source);
  expect([...parts.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(3);
  expect([...parts.keys()]).toContain("xl/chartsheets/sheet1.xml");
  expect((await tabs(source))[2]).toBe("Diagram");
  expect((await positions(source)).active).toBe("Budget");
  expect(await drawingsOf(source, "Aktiviteter")).toHaveLength(1);
  expect(await drawingsOf(source, "Anteckningar")).toHaveLength(1);
});

describe.each([
  ["init", (file: string) => ["init", file, "--lang", "en"], /^Saved /m],
  ["report into the file itself", (file: string) => ["report", file, "--year", "2025", "--lang", "en"], /^Wrote the sheets /m],
])("%s", (_label, argv, said) => {
  it("keeps every chart part byte for byte, the chart sheet in its place, and each sheet's drawing", async () => {
    const work = tmp.file(`work-${argv("x")[0]}.xlsx`);
    copyFileSync(source, work);
    const r = await runCli(argv(path.basename(work)), { cwd: tmp.dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(said);
    expect(r.stdout).not.toMatch(/lacks/);
    const before = await chartParts(source);
    const after = await chartParts(work);
    for (const [name, text] of before) expect([name, after.get(name)]).toEqual([name, text]);
    // the chart sheet stays after the sheet it followed (new sheets may come at the end)
    const was = await tabs(source);
    const now = await tabs(work);
    expect(now.slice(0, was.length)).toEqual(was);
    // tab numbers count the chart sheet: the active tab is still Budget, and the print titles of new sheets are theirs
    const at = await positions(work);
    expect(at.active).toBe("Budget");
    for (const [tab, formula] of at.local) expect(formula.startsWith(`'${tab}'!`)).toBe(true);
    expect(await drawingsOf(work, "Aktiviteter")).toEqual(await drawingsOf(source, "Aktiviteter"));
    expect(await drawingsOf(work, "Anteckningar")).toEqual(await drawingsOf(source, "Anteckningar"));
  });
});

it("report --out writes a copy with every chart, and says it lacks nothing", async () => {
  const r = await runCli(["report", "charts.xlsx", "--year", "2025", "--out", "copy.xlsx", "--lang", "en"], { cwd: tmp.dir });
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(/lacks/);
  const before = await chartParts(source);
  const after = await chartParts(tmp.file("copy.xlsx"));
  for (const [name, text] of before) expect([name, after.get(name)]).toEqual([name, text]);
  expect(await tabs(tmp.file("copy.xlsx"))).toContain("Diagram");
});

describe("a chart of the user's own on a sheet report makes anew (Uppföljning)", () => {
  const made = (mode: string, name: string) => {
    execFileSync(PYTHON, [path.join(REPO, "test", "corpus", "make_charts.py"), mode, tmp.file("reported.xlsx"), tmp.file(name)]);
    return tmp.file(name);
  };
  beforeAll(async () => {
    copyFileSync(tmp.file("base.xlsx"), tmp.file("reported.xlsx"));
    expect((await runCli(["report", "reported.xlsx", "--year", "2025", "--lang", "sv"], { cwd: tmp.dir })).code).toBe(0);
  });

  it("report into the file refuses, naming the chart and the sheet, and says to move it; the file is left as it was", async () => {
    const file = made("--on-generated", "own.xlsx");
    const before = readFileSync(file);
    const sv = await runCli(["report", "own.xlsx", "--year", "2025"], { cwd: tmp.dir });
    expect(sv.code).toBe(2);
    expect(sv.stderr).toBe(
      "radsplan: ”own.xlsx” innehåller egna diagram på ett blad som Rådsplan skapar på nytt (bladet Uppföljning), som radsplan inte kan behålla när arbetsboken sparas. Ingenting ändrades. " +
        "Flytta dina diagram till ett eget blad (Rådsplan skapar sina blad på nytt varje gång, även i Excel) och kör kommandot igen, eller skriv bladen i en kopia med --out <kopia.xlsx>. / " +
        "“own.xlsx” holds charts of your own on a sheet Rådsplan makes anew (sheet Uppföljning), which radsplan cannot keep when it saves the workbook. Nothing was changed. " +
        "Move your charts to a sheet of your own (Rådsplan makes its sheets anew every time, in Excel too) and run the command again, or write the sheets into a copy with --out <copy.xlsx>.\n",
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    const copy = await runCli(["report", "own.xlsx", "--year", "2025", "--out", "own-copy.xlsx", "--lang", "sv"], { cwd: tmp.dir });
    expect(copy.code).toBe(0);
    expect(copy.stdout).toMatch(/^Obs: Kopian saknar egna diagram på ett blad som Rådsplan skapar på nytt \(bladet Uppföljning\) som finns i originalet; originalet är oförändrat\.$/m);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("Rådsplan's own charts, renamed by a program that saved the file (openpyxl), are no charts of the user's", async () => {
    made("--resave", "resaved.xlsx");
    const r = await runCli(["report", "resaved.xlsx", "--year", "2025", "--lang", "sv"], { cwd: tmp.dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});

it("a session that changes the charts of a sheet read from the file: the save is refused, naming the charts and the sheet", async () => {
  const wb = await loadWorkbook(readFileSync(source), "charts.xlsx");
  await wb.run(async (context) => {
    // a chart added beside the user's own in the sheet's drawing, which saving would have to rewrite
    const sheet = context.workbook.worksheets.getItem("Anteckningar");
    sheet.charts.add("Line", context.workbook.worksheets.getItem("Budget").getRange("A1:B5"), "Columns");
    await context.sync();
  });
  let refusal: unknown;
  await wb.save().catch((err: unknown) => (refusal = err));
  expect(refusal).toBeInstanceOf(CliFailure);
  expect((refusal as CliFailure).reason.en).toBe(
    "“charts.xlsx” holds charts (sheet Anteckningar), which radsplan cannot keep when it saves the workbook. Nothing was changed. Do this in Excel with the Rådsplan add-in instead; it keeps everything.",
  );
  expect((refusal as CliFailure).reason.sv).toMatch(/^”charts\.xlsx” innehåller diagram \(bladet Anteckningar\), som radsplan inte kan behålla/);
});
