// The generated sheets and the Word report as printed: each sheet exported to
// .xlsx from the in-memory Excel, the report as .docx, converted to PDF by
// LibreOffice Calc and Writer (when installed) and rendered to PNG with pdftoppm
// into test-output/followup/ for a person to look at. The sheets print on the
// pages their manual breaks make (as many, each starting where a break says), so
// what test/support/printedPages.ts computes of them (no chart cut by a page edge)
// holds for the printed pages too.

import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { loadChartAssets } from "../../src/cli/chartAssets";
import { generateFollowUp, readFollowUp } from "../../src/excel/commands/followUp";
import { buildReportDocx } from "../../src/followup/docx";
import { MemoryWorkbook } from "../../src/host";
import { EXAMPLE_REFERENCE_DATE } from "../../src/workbook/example";
import { printedSheet } from "../support/printedPages";
import { exampleWorkbook } from "./memoryPlan";

const LIBREOFFICE = "/usr/bin/libreoffice";
const OUT = resolve(__dirname, "../../test-output/followup");

/** The example workbook with only `keep` left, as .xlsx bytes. */
async function sheetAsXlsx(keep: string): Promise<Uint8Array> {
  const wb = await exampleWorkbook();
  await generateFollowUp(wb.run, { year: 2025, lang: "sv", caps: wb.capabilities, sheets: ["followUp", "report"] });
  await wb.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    for (const ws of sheets.items) if (ws.name !== keep) ws.delete();
    await context.sync();
  });
  return wb.toXlsx();
}

/** LibreOffice's PDF of an .xlsx, converted in a private folder with its own profile (parallel runs never collide); one retry. */
function convertToPdf(file: string, work: string): string {
  const pdf = file.replace(/\.(xlsx|docx)$/, ".pdf");
  const args = [`-env:UserInstallation=file://${join(work, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", work, file];
  let output = "";
  for (let attempt = 0; attempt < 2 && !existsSync(pdf); attempt++) {
    const run = spawnSync(LIBREOFFICE, args, { timeout: 180_000, encoding: "utf8" });
    output += `${run.stdout ?? ""}${run.stderr ?? ""}${run.error ? String(run.error) : ""}`;
  }
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${file}:\n${output}`);
  return pdf;
}

/** The example's Word report with its charts, as .docx bytes. */
async function exampleDocx(): Promise<Uint8Array> {
  const wb = await exampleWorkbook();
  const { report } = await readFollowUp(wb.run, 2025);
  return buildReportDocx(report, "sv", { chartAssets: loadChartAssets, asOf: EXAMPLE_REFERENCE_DATE });
}

/** Converts an .xlsx (Calc) or .docx (Writer) to PDF, renders its pages to PNG and keeps all of it in test-output/followup/<name>/ to look at. */
function printToPng(name: string, bytes: Uint8Array, extension: "xlsx" | "docx" = "xlsx"): { pdf: Buffer; pages: string[]; text: string; pageTexts: string[] } {
  const work = mkdtempSync(join(tmpdir(), "radsplan-print-"));
  try {
    const file = join(work, `${name}.${extension}`);
    writeFileSync(file, bytes);
    const pdfPath = convertToPdf(file, work);
    execFileSync("pdftoppm", ["-png", "-r", "60", pdfPath, join(work, "page")], { timeout: 60_000 });
    const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { timeout: 60_000 }).toString("utf8");
    const dir = join(OUT, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const kept = readdirSync(work).filter((f) => /\.(xlsx|docx|pdf|png)$/.test(f));
    for (const f of kept) copyFileSync(join(work, f), join(dir, f));
    const pages = kept.filter((f) => /^page-\d+\.png$/.test(f)).sort().map((f) => join(dir, f));
    // pdftotext ends each page with a form feed
    return { pdf: readFileSync(pdfPath), pages, text, pageTexts: text.split("\f").slice(0, pages.length) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const haveLibreOffice = existsSync(LIBREOFFICE);

/**
 * That the printed sheet has the pages its breaks make: as many as the sheet's model
 * says (no automatic break, which would cut what the manual ones keep together), none
 * of them cutting a chart, and each page holding the text of its first row.
 */
async function expectPagesAsBroken(xlsx: Uint8Array, sheetName: string, pageTexts: string[]): Promise<void> {
  const sheet = (await MemoryWorkbook.fromXlsx(xlsx)).model.sheet(sheetName)!;
  const printed = printedSheet(sheet);
  expect(sheet.pageLayout.rowBreaks.length).toBeGreaterThan(2);
  expect(printed.pages.filter((p) => p.automatic)).toEqual([]);
  expect(printed.charts.filter((c) => c.pages.length !== 1)).toEqual([]);
  expect(pageTexts).toHaveLength(printed.pages.length);
  const norm = (t: string) => t.replace(/\s+/g, " ");
  printed.pages.forEach((page, i) => {
    let first = "";
    for (let r = page.firstRow; r <= page.lastRow && !first; r++) first = String(sheet.valueAt(r, 0) ?? "");
    if (first) expect([i, norm(pageTexts[i])]).toEqual([i, expect.stringContaining(norm(first))]);
  });
}

describe("printing the generated sheets", () => {
  // Never skipped: without LibreOffice the print is unchecked, and that must not pass unseen.
  it("has LibreOffice Calc and Writer and pdftoppm to print with", () => {
    if (!haveLibreOffice || !existsSync("/usr/lib/libreoffice/program/swriter")) {
      throw new Error(
        `LibreOffice was not found (${LIBREOFFICE}, with Writer). The print tests render the sheets and the Word report through it: ` +
          "install it with `apt-get install -y --no-install-recommends libreoffice-calc libreoffice-writer poppler-utils` (as root; `bash .ci/run` does), then run the tests again.",
      );
    }
  });
  if (!haveLibreOffice) return;

  it("prints the annual report on landscape pages holding every section, no chart cut by a page edge", async () => {
    const xlsx = await sheetAsXlsx("Verksamhetsberättelse 2025");
    const { pdf, pages, text, pageTexts } = printToPng("verksamhetsberattelse", xlsx);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pages.length).toBeGreaterThan(0);
    for (const heading of ["Verksamhetsberättelse 2025", "Sammanfattning", "Organisation", "Måluppfyllelse", "M1 Minska brottsligheten", "M3.1 Minska narkotikaanvändningen bland unga", "Ekonomi", "Styrdokument", "Medborgarlöften"]) {
      expect(text).toContain(heading);
    }
    // the paragraphs print as text rows, and each goal's chart beside its table (titles come through as text)
    expect(text).toContain("Det övergripande målet följs upp med 10 indikatorer under sina delmål.");
    expect(text).toContain("I8 Andel elever i gymnasiet år 2 som använt narkotika (CAN) – På väg");
    // the page header names the municipality and the year
    expect(text).toContain("Umeå – Verksamhetsberättelse 2025");
    // the members as lines of text under the groups' table, one line a group where the list is short
    expect(text).toContain("G1 Styrgrupp för brottsförebyggande samverkan: Kommunstyrelsens ordförande, Kommundirektör, Lokalpolisområdeschef LPO Umeå");
    const first = PNG.sync.read(readFileSync(pages[0]));
    expect(first.width).toBeGreaterThan(first.height);
    await expectPagesAsBroken(xlsx, "Verksamhetsberättelse 2025", pageTexts);
  }, 240_000);

  it("prints the Uppföljning sheet with its charts, none cut by a page edge", async () => {
    const xlsx = await sheetAsXlsx("Uppföljning");
    const { pages, text, pageTexts } = printToPng("uppfoljning", xlsx);
    expect(pages.length).toBeGreaterThan(0);
    expect(text).toContain("Uppföljning 2025");
    // chart titles come through as text too
    expect(text).toContain("Aktiviteter per status och mål 2025");
    expect(text).toContain("Öronmärkt, fördelat och förbrukat per år");
    await expectPagesAsBroken(xlsx, "Uppföljning", pageTexts);
  }, 240_000);

  it("prints the Word report: title page, numbered contents, portrait and landscape pages, chart pictures, no word broken inside itself", async () => {
    const docx = await exampleDocx();
    const { pages, text } = printToPng("word", docx, "docx");
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const sizes = pages.map((p) => PNG.sync.read(readFileSync(p)));
    expect(sizes[0].width).toBeLessThan(sizes[0].height); // the title page, portrait
    expect(sizes.some((p) => p.width > p.height)).toBe(true); // the wide tables' landscape pages
    expect(text).toContain("Verksamhetsberättelse 2025");
    // the contents list the headings with the pages they are on
    expect(text).toMatch(/Sammanfattning\.+ *3\n/);
    expect(text).toMatch(/M3\.1 Minska narkotikaanvändningen bland unga\.+ *\d+\n/);
    // every word of every table cell prints whole: as often in the PDF as in the document
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file("word/document.xml")!.async("string");
    const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
    const count = (haystack: string, word: string) => haystack.split(word).length - 1;
    const docText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(" ");
    const words = new Set(cells.flatMap((c) => c.split(/[ \u00a0(),:]+/)).filter((w) => w.length >= 8 && /^[\p{L}-]+$/u.test(w)));
    expect(words.size).toBeGreaterThan(50);
    const broken = [...words].filter((w) => count(text, w) < count(docText, w));
    expect(broken).toEqual([]);
  }, 240_000);
});
