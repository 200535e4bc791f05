// `radsplan report`, run in-process: the follow-up and annual-report sheets go
// into --out (the input stays byte-identical) or, without --out, into the input;
// --docx writes a Word file that opens; bad names and years are refused.
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import JSZip from "jszip";
import * as wordReport from "../../src/followup/docx";
import { exampleWorkbook, runCli } from "./runCli";
import { cellsOf, digest, editWorkbook, sheetsAndTables, tempFolder } from "./workbooks";

// Each test loads and saves whole workbooks: allow for a slow, busy machine.
jest.setTimeout(30_000);

const tmp = tempFolder();
let example: string;

beforeAll(async () => {
  example = await exampleWorkbook(tmp.dir, "umea.xlsx");
});
afterAll(tmp.cleanup);

const sheetNames = async (file: string) => (await sheetsAndTables(file)).map((s) => s.sheet);

describe("report", () => {
  it("writes the sheets into --out and leaves the input byte-identical", async () => {
    const hash = digest(example);
    const r = await runCli(["report", "umea.xlsx", "--year", "2024", "--out", "umea-2024.xlsx"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Skrev bladen Uppföljning, Verksamhetsberättelse 2024 i umea-2024\.xlsx\.$/m);
    expect(digest(example)).toBe(hash);
    expect(await sheetNames(example)).not.toContain("Uppföljning");

    const copy = tmp.file("umea-2024.xlsx");
    expect(await sheetNames(copy)).toEqual(expect.arrayContaining(["Uppföljning", "Verksamhetsberättelse 2024"]));
    // The copy keeps the whole plan.
    const original = await cellsOf(example);
    const copied = await cellsOf(copy);
    const lost = [...original].filter(([ref, cell]) => JSON.stringify(copied.get(ref)) !== JSON.stringify(cell)).map(([ref]) => ref);
    expect(lost).toEqual([]);
    const report = [...copied].filter(([ref]) => ref.startsWith("Verksamhetsberättelse 2024!")).map(([, c]) => String(c.value));
    expect(report.join(" ")).toMatch(/2024/);
  });

  it("writes into the input itself without --out", async () => {
    const file = tmp.file("inplace.xlsx");
    copyFileSync(example, file);
    const r = await runCli(["report", "inplace.xlsx", "--year", "2024", "--lang", "en"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    // The workbook is Swedish; --lang en writes the generated sheets in English.
    expect(r.stdout).toMatch(/^Wrote the sheets Follow-up, Annual report 2024 into inplace\.xlsx\.$/m);
    expect(await sheetNames(file)).toEqual(expect.arrayContaining(["Grupper", "Follow-up", "Annual report 2024"]));
  });

  it("writes a Word report with --docx that unzips into a document", async () => {
    const r = await runCli(["report", "umea.xlsx", "--year", "2024", "--out", "copy.xlsx", "--docx", "umea-2024.docx"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Skrev Word-rapporten umea-2024\.docx\.$/m);
    const zip = await JSZip.loadAsync(readFileSync(tmp.file("umea-2024.docx")));
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body).toContain("2024");
    expect(body).toContain("Umeå");
  });

  it("saves the sheets before making the Word report, and says so when the Word report cannot be made", async () => {
    const made = jest.spyOn(wordReport, "buildReportDocx").mockRejectedValueOnce(new Error("slut på minne"));
    try {
      const r = await runCli(["report", "umea.xlsx", "--year", "2024", "--out", "saved-2024.xlsx", "--docx", "failed.docx"], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^Skrev bladen Uppföljning, Verksamhetsberättelse 2024 i saved-2024\.xlsx\.$/m);
      expect(r.stdout).not.toMatch(/Word-rapporten/);
      expect(r.stderr).toMatch(/Word-rapporten ”failed\.docx” kunde inte göras \(slut på minne\) och skrevs inte\. Bladen är sparade i ”saved-2024\.xlsx”/);
      expect(existsSync(tmp.file("failed.docx"))).toBe(false);
      expect(await sheetNames(tmp.file("saved-2024.xlsx"))).toEqual(expect.arrayContaining(["Uppföljning", "Verksamhetsberättelse 2024"]));
    } finally {
      made.mockRestore();
    }
  });

  it("works on a workbook whose planning sheets were renamed", async () => {
    await editWorkbook(
      example,
      (wb) => {
        wb.getWorksheet("Aktiviteter")!.name = "Åtgärder";
        wb.getWorksheet("Indikatorer")!.name = "Nyckeltal";
      },
      tmp.file("omdopt.xlsx"),
    );
    const r = await runCli(["report", "omdopt.xlsx", "--year", "2024", "--out", "omdopt-2024.xlsx"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Obs:/);
    await runCli(["report", "umea.xlsx", "--year", "2024", "--out", "reference-2024.xlsx"], { cwd: tmp.dir });
    const copied = await cellsOf(tmp.file("omdopt-2024.xlsx"));
    const original = await cellsOf(tmp.file("reference-2024.xlsx"));
    const report = (cells: typeof copied) => [...cells].filter(([ref]) => ref.startsWith("Verksamhetsberättelse 2024!")).map(([ref, c]) => `${ref}=${String(c.value)}`);
    // The same annual report as from the workbook with the original sheet names.
    expect(report(copied)).toEqual(report(original));
  });

  it.each([
    [["report", "umea.xlsx", "--year", "2024", "--out", "copy.csv"], /”copy\.csv” slutar inte på \.xlsx/],
    [["report", "umea.xlsx", "--year", "2024", "--docx", "report.pdf"], /”report\.pdf” slutar inte på \.docx/],
    [["report", "umea.xlsx", "--year", "24"], /”24” är inget år/],
    [["report", "umea.xlsx"], /report behöver året/],
    [["report", "saknas.xlsx", "--year", "2024", "--out", "x.xlsx"], /”saknas\.xlsx” hittades inte/],
  ])("refuses %j with exit 2, writing nothing", async (argv, reason) => {
    const hash = digest(example);
    const r = await runCli(argv, { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(digest(example)).toBe(hash);
    expect(existsSync(tmp.file("x.xlsx"))).toBe(false);
    expect(existsSync(tmp.file("copy.csv"))).toBe(false);
  });
});
