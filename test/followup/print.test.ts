// The generated sheets as printed: each exported to .xlsx from the in-memory
// Excel, converted to PDF by LibreOffice (when installed) and rendered to PNG
// with pdftoppm into test-output/followup/ for a person to look at.

import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";
import { generateFollowUp } from "../../src/excel/commands/followUp";
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
  const pdf = file.replace(/\.xlsx$/, ".pdf");
  const args = [`-env:UserInstallation=file://${join(work, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", work, file];
  let output = "";
  for (let attempt = 0; attempt < 2 && !existsSync(pdf); attempt++) {
    const run = spawnSync(LIBREOFFICE, args, { timeout: 180_000, encoding: "utf8" });
    output += `${run.stdout ?? ""}${run.stderr ?? ""}${run.error ? String(run.error) : ""}`;
  }
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${file}:\n${output}`);
  return pdf;
}

/** Converts an .xlsx to PDF, renders its pages to PNG and keeps all of it in test-output/followup/<name>/ to look at. */
function printToPng(name: string, xlsx: Uint8Array): { pdf: Buffer; pages: string[]; text: string } {
  const work = mkdtempSync(join(tmpdir(), "radsplan-print-"));
  try {
    const file = join(work, `${name}.xlsx`);
    writeFileSync(file, xlsx);
    const pdfPath = convertToPdf(file, work);
    execFileSync("pdftoppm", ["-png", "-r", "60", pdfPath, join(work, "page")], { timeout: 60_000 });
    const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { timeout: 60_000 }).toString("utf8");
    const dir = join(OUT, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const kept = readdirSync(work).filter((f) => /\.(xlsx|pdf|png)$/.test(f));
    for (const f of kept) copyFileSync(join(work, f), join(dir, f));
    const pages = kept.filter((f) => /^page-\d+\.png$/.test(f)).sort().map((f) => join(dir, f));
    return { pdf: readFileSync(pdfPath), pages, text };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const haveLibreOffice = existsSync(LIBREOFFICE);

describe("printing the generated sheets", () => {
  if (!haveLibreOffice) {
    it("is skipped: LibreOffice not installed", () => {
      console.log(`skipped: LibreOffice not installed (${LIBREOFFICE} is missing), so the PDF print of the follow-up sheets was not checked`);
    });
    return;
  }

  it("prints the annual report on landscape pages holding every section", async () => {
    const { pdf, pages, text } = printToPng("verksamhetsberattelse", await sheetAsXlsx("Verksamhetsberättelse 2025"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pages.length).toBeGreaterThan(0);
    for (const heading of ["Verksamhetsberättelse 2025", "Sammanfattning", "Organisation", "Måluppfyllelse", "Aktiviteter per mål", "Ekonomi", "Styrdokument", "Medborgarlöften"]) {
      expect(text).toContain(heading);
    }
    // the page header names the municipality and the year
    expect(text).toContain("Umeå – Verksamhetsberättelse 2025");
    const first = PNG.sync.read(readFileSync(pages[0]));
    expect(first.width).toBeGreaterThan(first.height);
  }, 240_000);

  it("prints the Uppföljning sheet with its charts", async () => {
    const { pages, text } = printToPng("uppfoljning", await sheetAsXlsx("Uppföljning"));
    expect(pages.length).toBeGreaterThan(0);
    expect(text).toContain("Uppföljning 2025");
    // chart titles come through as text too
    expect(text).toContain("Aktiviteter per status och mål 2025");
    expect(text).toContain("Öronmärkt, fördelat och förbrukat per år");
  }, 240_000);
});
