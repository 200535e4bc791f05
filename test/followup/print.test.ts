// The generated sheets as printed: each exported to .xlsx from the in-memory
// Excel, converted to PDF by LibreOffice (when installed) and rendered to PNG
// with pdftoppm into test-output/followup/ for a person to look at.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** Converts an .xlsx to PDF with LibreOffice (own profile, so parallel runs do not collide) and renders its pages. */
function printToPng(name: string, xlsx: Uint8Array): { pdf: Buffer; pages: string[]; text: string } {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, xlsx);
  const profile = `file://${join(dir, "lo-profile")}`;
  execFileSync(LIBREOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { timeout: 180_000, stdio: "pipe" });
  const pdfPath = join(dir, `${name}.pdf`);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdfPath, join(dir, "page")], { timeout: 60_000 });
  const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { timeout: 60_000 }).toString("utf8");
  const pages = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort().map((f) => join(dir, f));
  return { pdf: readFileSync(pdfPath), pages, text };
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
