// The browser preview (preview.html from the production build) in real
// Chromium: the real task pane beside the in-memory workbook, with no network
// at all. A user's whole round: create the structure, fill the example plan,
// edit a cell in the grid, run the check and jump to a finding's cell, write
// the follow-up sheet (charts) and the annual report, save the .xlsx and read
// it back with ExcelJS. Also: the default start with the example plan, a
// 60 000-row workbook opened from disk, a file that is no workbook, and an
// accessibility scan.

import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Locator, Page } from "playwright-core";
import { servedBuild } from "./support/session";
import { describeViolations, screenshots, seriousA11yViolations } from "./support/steps";

jest.setTimeout(240_000);

const session = servedBuild("preview.html", { width: 1400, height: 900 });

interface Preview {
  page: Page;
  pane: Locator;
  workbook: Locator;
  grid: Locator;
  errors: string[];
}

async function openPreview(query = ""): Promise<Preview> {
  const { browser, server } = session();
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  // Every test starts in Swedish, whatever language an earlier test chose (the pane remembers it).
  await page.addInitScript(() => window.localStorage.clear());
  await page.goto(server.url + "preview.html" + query);
  const pane = page.getByRole("region", { name: "Aktivitetsfönstret" });
  const workbook = page.getByRole("region", { name: "Arbetsboken" });
  await pane.getByRole("tablist", { name: "Vyer" }).waitFor();
  return { page, pane, workbook, grid: workbook.getByRole("grid"), errors };
}

/** A grid cell by A1 address (rendered only while in view). */
const cellAt = (p: Preview, a1: string) => p.grid.locator(`[data-cell="${a1}"]`);

async function showSheet(p: Preview, name: string): Promise<void> {
  await p.workbook.getByRole("tab", { name, exact: true }).click();
  await p.workbook.getByRole("grid", { name: `Bladet ${name}` }).waitFor();
}

test("the preview starts with the Umeå example plan, without any network", async () => {
  const shot = screenshots("preview-start");
  const p = await openPreview();
  await p.pane.getByText("Alla elva blad finns.").waitFor();
  await p.grid.getByText("Styrgrupp för brottsförebyggande", { exact: false }).first().waitFor();
  await shot(p.page, "example-loaded");

  expect(await p.workbook.getByRole("tab").allInnerTexts()).toEqual(
    expect.arrayContaining(["Grupper", "Ledamöter", "Styrdokument", "Problem", "Mål", "Aktiviteter", "Indikatorer", "Mätvärden", "Budget", "Möten"]),
  );
  // Dates and amounts show through their number formats.
  await showSheet(p, "Aktiviteter");
  const texts = await p.grid.locator('[role="gridcell"]').allInnerTexts();
  expect(texts.some((t) => /^\d{4}-\d{2}-\d{2}$/.test(t))).toBe(true);
  expect(texts.some((t) => /^\d{1,3}(\u00A0\d{3})+ kr$/.test(t))).toBe(true);
  await shot(p.page, "activities");

  expect(session().network.office).toEqual([]); // no Office.js in the preview
  expect(session().network.blocked).toEqual([]); // and no request left the machine
  expect(p.errors).toEqual([]);

  const violations = await seriousA11yViolations(p.page);
  expect(describeViolations(violations)).toBe("");

  // The page follows the pane's language switch.
  await p.pane.getByRole("combobox", { name: "Språk" }).selectOption("en");
  await p.page.getByRole("heading", { name: "Rådsplan in the browser" }).waitFor();
  await p.page.getByRole("button", { name: "Save .xlsx" }).waitFor();
  await p.page.getByRole("region", { name: "Workbook" }).getByRole("grid", { name: "Sheet Aktiviteter" }).waitFor();
  // The language label is shown whole in the narrow pane (it was once cut to "Languag").
  const label = p.page.getByText("Language", { exact: true });
  expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().width > 0)).toBe(true);
  await shot(p.page, "english");
  await p.page.close();
});

test("a council's round in the preview: structure, example, edit, check, follow-up, report, save", async () => {
  const shot = screenshots("preview-round");
  const p = await openPreview("?empty");
  const { page, pane } = p;

  // 1. Create the structure.
  await pane.getByText("11 av 11 blad saknas eller är ofullständiga.").waitFor();
  await shot(page, "empty-workbook");
  await pane.getByRole("button", { name: "Skapa planeringsstruktur" }).click();
  await pane.getByText("Planeringsstrukturen är klar").waitFor();
  await p.workbook.getByRole("tab", { name: "Möten", exact: true }).waitFor();
  await showSheet(p, "Grupper");
  await expect(cellAt(p, "A1").innerText()).resolves.toBe("Grupp-ID");
  await shot(page, "structure-created");

  // 2. Fill in the example plan.
  await pane.getByRole("button", { name: "Fyll i exempelplan (Umeå)" }).click();
  await pane.getByText("Exempelplanen är ifylld").waitFor();
  await cellAt(p, "A2").getByText("G1").waitFor();
  await shot(page, "example-filled");

  // 3. Edit a cell in the grid: the pane's next read sees it (the saved file below holds it).
  await cellAt(p, "J2").dblclick();
  const editor = p.grid.getByRole("textbox", { name: "Redigera J2" });
  await editor.fill("Kommunstyrelsen (ändrad i förhandsvisningen)");
  await editor.press("Enter");
  await cellAt(p, "J2").getByText("Kommunstyrelsen (ändrad i förhandsvisningen)").waitFor();
  // A dropdown cell edits with a select of its list.
  await cellAt(p, "C3").dblclick();
  const select = p.grid.getByRole("combobox", { name: "Redigera C3" });
  expect(await select.locator("option").allInnerTexts()).toEqual(expect.arrayContaining(["Styrgrupp", "Beredningsgrupp", "Arbetsgrupp"]));
  await select.press("Escape");
  await shot(page, "cell-edited");

  // 4-6 (the check, the follow-up and the report) follow the pane's views; see below.
  await runCheckAndFollowUp(p, shot);

  // 7. Save the .xlsx and read it back.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Spara .xlsx" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "radsplan-e2e-")), download.suggestedFilename());
  await download.saveAs(file);
  await page.getByText(/Arbetsboken sparades som/).waitFor();
  await shot(page, "saved");

  const saved = new ExcelJS.Workbook();
  await saved.xlsx.readFile(file);
  const names = saved.worksheets.map((ws) => ws.name);
  expect(names).toEqual(expect.arrayContaining(["Grupper", "Aktiviteter", "Mätvärden", "Möten"]));
  const groups = saved.getWorksheet("Grupper")!;
  expect(groups.getCell("A2").text).toBe("G1");
  expect(groups.getCell("J2").text).toBe("Kommunstyrelsen (ändrad i förhandsvisningen)");
  expect(Object.keys((groups as unknown as { tables: Record<string, unknown> }).tables ?? {})).toContain("Groups");
  await checkSavedGeneratedSheets(saved, file);
  await fs.rm(path.dirname(file), { recursive: true, force: true });

  const violations = await seriousA11yViolations(page, '[data-region="pane"]');
  expect(describeViolations(violations)).toBe("");
  expect(p.errors).toEqual([]);
  await page.close();
});

/** The check (a finding's cell selected in the grid), the follow-up sheet with charts, the annual report. */
async function runCheckAndFollowUp(p: Preview, shot: (page: Page, step: string) => Promise<string>): Promise<void> {
  await runCheck(p, shot);
  await writeFollowUpAndReport(p, shot);
}

/** The year the example plan is followed up for. */
const YEAR = 2025;

/**
 * In the Uppföljning view: the follow-up sheet (its charts drawn in the grid),
 * the annual report sheet, and the Word report downloaded and opened.
 */
async function writeFollowUpAndReport(p: Preview, shot: (page: Page, step: string) => Promise<string>): Promise<void> {
  const { pane, page } = p;
  await pane.getByRole("tab", { name: "Uppföljning", exact: true }).click();
  await pane.getByRole("combobox", { name: "Uppföljningsår" }).selectOption(String(YEAR));
  await pane.getByRole("button", { name: "Skriv uppföljningsbladet" }).click();
  await pane.getByText("Bladet Uppföljning är skrivet.").waitFor();
  await showSheet(p, "Uppföljning");
  const chart = p.grid.locator("[data-chart] svg").first();
  await chart.waitFor();
  expect(await chart.getAttribute("aria-label")).toBeTruthy();
  expect(await p.grid.locator("[data-chart] svg :is(polyline, rect)").count()).toBeGreaterThan(0);
  await shot(page, "follow-up-sheet");

  const reportSheet = `Verksamhetsberättelse ${YEAR}`;
  await pane.getByRole("button", { name: `Skriv verksamhetsberättelse ${YEAR}` }).click();
  await pane.getByText(`Bladet ${reportSheet} är skrivet.`).waitFor();
  await showSheet(p, reportSheet);
  await cellAt(p, "A1").getByText(reportSheet).waitFor();
  await p.grid.getByText("Sammanfattning", { exact: true }).waitFor();
  await shot(page, "annual-report-sheet");

  const wordPromise = page.waitForEvent("download");
  await pane.getByRole("button", { name: "Ladda ner Word" }).click();
  const word = await wordPromise;
  expect(word.suggestedFilename()).toBe(`Verksamhetsberattelse-${YEAR}.docx`);
  const docx = await JSZip.loadAsync(await fs.readFile((await word.path())!));
  const documentXml = await docx.file("word/document.xml")!.async("string");
  expect(documentXml).toContain("Måluppfyllelse");
  expect(documentXml).toContain(String(YEAR));
  // the charts were rasterised in the browser (resvg's wasm and the fonts fetched next to the bundle)
  const pictures = Object.keys(docx.files).filter((f) => /^word\/media\/.*\.png$/.test(f));
  expect(pictures.length).toBeGreaterThanOrEqual(10);
  await shot(page, "word-downloaded");
}

/** Runs the check in the pane and clicks a finding: the grid selects its cell and scrolls it into view. */
async function runCheck(p: Preview, shot: (page: Page, step: string) => Promise<string>): Promise<void> {
  const { pane, page } = p;
  await pane.getByRole("tab", { name: "Kontroll", exact: true }).click();
  await pane.getByRole("button", { name: "Kontrollera", exact: true }).click();
  await pane.getByRole("status").filter({ hasText: /\d+ (fel|varningar?|info)/ }).waitFor();
  const findings = pane.locator("li[data-rule] > button");
  await findings.first().waitFor();
  await shot(page, "check-result");

  // A finding that points at one cell: "… DATA-05 · Grupper!D3".
  const texts = await findings.allInnerTexts();
  const at = texts.map((t) => /([^\n·]+)!([A-Z]{1,3}\d+)\s*$/.exec(t.trim())).findIndex(Boolean);
  expect(at).toBeGreaterThanOrEqual(0);
  const [, sheetName, address] = /([^\n·]+)!([A-Z]{1,3}\d+)\s*$/.exec(texts[at].trim())!;
  await findings.nth(at).click();

  await p.workbook.getByTestId("selected-cell").filter({ hasText: `${sheetName.trim()}!${address}` }).waitFor();
  await p.workbook.getByRole("grid", { name: `Bladet ${sheetName.trim()}` }).waitFor();
  const selected = cellAt(p, address);
  await selected.waitFor();
  expect(await selected.getAttribute("aria-selected")).toBe("true");
  const [cellBox, gridBox] = [await selected.boundingBox(), await p.grid.boundingBox()];
  expect(cellBox && gridBox).toBeTruthy();
  expect(cellBox!.y).toBeGreaterThanOrEqual(gridBox!.y);
  expect(cellBox!.y + cellBox!.height).toBeLessThanOrEqual(gridBox!.y + gridBox!.height);
  await shot(page, "finding-selected");
}

/** The generated sheets the round wrote are in the saved file, the follow-up sheet with native charts. */
async function checkSavedGeneratedSheets(saved: ExcelJS.Workbook, file: string): Promise<void> {
  expect(saved.getWorksheet("Uppföljning")).toBeDefined();
  expect(saved.getWorksheet(`Verksamhetsberättelse ${YEAR}`)).toBeDefined();
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  expect(Object.keys(zip.files).some((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
  const kontroll = saved.getWorksheet("Kontroll");
  expect(kontroll).toBeDefined();
  const texts: string[] = [];
  kontroll!.eachRow((row) => texts.push(row.values?.toString() ?? ""));
  expect(texts.some((t) => /ORG-\d\d|DOC-\d\d|PLAN-\d\d|BUD-\d\d/.test(t))).toBe(true);
}

test("a 60 000-row workbook opened from disk scrolls in a window of rows", async () => {
  const shot = screenshots("preview-large-workbook");
  const rows = 60_000;
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Mätvärden");
  ws.addRow(["Indikator-ID", "År", "Värde", "Kommentar"]);
  for (let i = 1; i <= rows; i++) ws.addRow([`I${(i % 40) + 1}`, 2000 + (i % 26), i * 1.5, `Rad ${i}`]);
  ws.getColumn(3).numFmt = "#,##0.0";
  ws.getColumn(3).width = 14;
  ws.getColumn(4).width = 16;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "radsplan-e2e-"));
  const file = path.join(dir, "stor-plan.xlsx");
  await book.xlsx.writeFile(file);

  const p = await openPreview("?empty");
  await p.page.locator('input[type="file"]').setInputFiles(file);
  await p.page.getByText("stor-plan.xlsx är öppnad.").waitFor({ timeout: 120_000 });
  await p.workbook.getByRole("grid", { name: "Bladet Mätvärden" }).waitFor();
  expect(Number(await p.grid.getAttribute("aria-rowcount"))).toBeGreaterThan(rows);
  expect(await p.grid.locator('[role="row"]').count()).toBeLessThan(100);
  await shot(p.page, "opened");

  // Ctrl+End jumps to the last cell holding data; the last row is drawn, and still only a window of rows.
  await cellAt(p, "A2").click();
  await p.grid.press("Control+End");
  await p.workbook.getByTestId("selected-cell").filter({ hasText: `Mätvärden!D${rows + 1}` }).waitFor();
  await cellAt(p, `D${rows + 1}`).getByText(`Rad ${rows}`).waitFor();
  expect(await p.grid.locator('[role="row"]').count()).toBeLessThan(100);
  await expect(cellAt(p, `C${rows + 1}`).innerText()).resolves.toBe(new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rows * 1.5));
  await shot(p.page, "last-row");
  expect(p.errors).toEqual([]);
  await p.page.close();
  await fs.rm(dir, { recursive: true, force: true });
});

test("a file that is not a workbook gets a message saying what to do, and the open workbook stays", async () => {
  const shot = screenshots("preview-bad-file");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "radsplan-e2e-"));
  const notXlsx = path.join(dir, "anteckningar.txt");
  const broken = path.join(dir, "trasig.xlsx");
  await fs.writeFile(notXlsx, "inte en arbetsbok");
  await fs.writeFile(broken, "inte heller en arbetsbok");

  const p = await openPreview();
  await p.pane.getByText("Alla elva blad finns.").waitFor();
  await p.page.locator('input[type="file"]').setInputFiles(notXlsx);
  await p.page.getByText(/anteckningar\.txt är ingen \.xlsx-fil\. Spara den som Excel-arbetsbok/).waitFor();
  await p.page.locator('input[type="file"]').setInputFiles(broken);
  await p.page.getByText(/Filen trasig\.xlsx kunde inte öppnas\. Välj en Excel-arbetsbok/).waitFor();
  await shot(p.page, "message");
  // The example plan is still open.
  await cellAt(p, "A2").getByText("G1").waitFor();
  expect(p.errors).toEqual([]);
  await p.page.close();
  await fs.rm(dir, { recursive: true, force: true });
});
