// The Uppföljning view as a user meets it in the pane, on the in-memory Excel
// holding the Umebrå example plan (inserted by the real command): key figures and
// goal assessments for the default year and another one, writing the Uppföljning
// and Verksamhetsberättelse sheets, the Word download, the budget view with its
// findings, progress, failures, English and accessibility.
//
// Expected figures are worked out by hand from the example rows (src/workbook/example.ts):
//   2025 activities (budget year 2025): A1–A11
//     Budget (kr): 50 000 + 600 000 + 80 000 + 40 000 + 60 000 + 30 000 + 20 000 + 70 000 + 120 000 + 150 000 + 45 000 = 1 265 000
//     Utfall (kr): 42 000 + 585 000 + 96 500 + 31 000 + 55 000 + 27 500 + 18 000 + 41 000 + 112 000 + 140 000 + 39 000 = 1 187 000
//     earmarked 2 000 000, so 2 000 000 − 1 187 000 = 813 000 remain; hours 2 350; 8 Genomförd, 3 Pågår
//     M1.1 (A2, A3): 600 000 + 80 000 = 680 000 allocated, 585 000 + 96 500 = 681 500 spent: −1 500 remains
//     A3 spent 96 500 of 80 000: 16 500 over (BUD-03 on Aktiviteter!J4: row 4, column J = Utfall)
//   2025 indicators: every one better than its baseline and short of its target (På väg), except
//     I8 (no 2025 value: Saknar mätvärde), so M3.1 (only I8) is Saknar mätvärde and every other goal På väg.
//   2024: I7 is at its baseline 2 with no earlier value (Ej på väg), pulling M2.2, M2 and M0 down;
//     I8 has 10.6 < 12 (På väg). Activities A12, A13: 25 000 + 70 000 = 95 000 allocated,
//     24 000 + 68 000 = 92 000 spent of 1 900 000 (1 808 000 remain); meetings held: G1 and G2 once each.
//   Meetings 2025: G1 2, G2 5, G4 4, G5 4, G7 5, G8 4, G9 4 = 28 held; planned 2+5+4+4+4+4+4 = 27.

import JSZip from "jszip";
import axe from "axe-core";
import { act } from "react";
import type { ExcelRunner } from "../../src/excel/api";
import { MemoryWorkbook } from "../../src/host";
import { EXAMPLE_REFERENCE_DATE, examplePlanRows } from "../../src/workbook/example";
import { exampleWorkbook, workbookWithRows } from "../followup/memoryPlan";
import { allByRole, allByText, byRole, byText, choose, cleanup, click, hasText, waitFor } from "./queries";
import { dataRows, failingFrom, heldRunner, renderPane } from "./pane";

// Counts evaluations of the Word module, to see that the pane loads it only on demand.
let mockDocxLoads = 0;
jest.mock("../../src/followup/docx", () => {
  mockDocxLoads += 1;
  return jest.requireActual("../../src/followup/docx");
});

jest.setTimeout(120_000);

const NBSP = "\u00a0";
const MINUS = "\u2212";
/** Swedish money as Intl writes it: "1 234 kr" with no-break spaces. */
const kr = (s: string) => `${s.replace(/ /g, NBSP)}${NBSP}kr`;

/** Makes `new Date()` say `iso` (noon, local time); every timer stays real. */
function todayIs(iso: string): void {
  jest.useFakeTimers({
    now: new Date(`${iso}T12:00:00`),
    doNotFake: ["nextTick", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "hrtime", "performance"],
  });
}

beforeEach(() => {
  localStorage.clear();
  todayIs("2026-03-15");
});
afterEach(async () => {
  await cleanup();
  jest.useRealTimers();
  jest.restoreAllMocks();
});

/** Opens the Uppföljning tab and waits until the figures of `year` show. */
async function openView(options: Parameters<typeof renderPane>[0] = {}, year = "2025", tab = "Uppföljning") {
  const wb = await renderPane({ wb: options.wb ?? (await exampleWorkbook("sv")), ...options });
  await click(byRole("tab", tab));
  await waitFor(() => expect(allByRole("progressbar")).toHaveLength(0));
  await waitFor(() => expect(yearSelect()).toHaveValue(year));
  return wb;
}

const yearSelect = () => byRole("combobox", /^(Uppföljningsår|Follow-up year)/);

/** The value a key figure shows, by its term. */
function figure(term: string): string {
  const dt = Array.from(document.querySelectorAll("dt")).find((el) => el.textContent === term);
  if (!dt) throw new Error(`no key figure ${term}`);
  return dt.nextElementSibling!.textContent!;
}

/** Each goal's shown assessment, "M1.1": "På väg". */
function goalAssessments(): Record<string, string> {
  return Object.fromEntries(
    Array.from(document.querySelectorAll<HTMLElement>("li[data-goal]")).map((li) => [li.dataset.goal!, li.querySelector("[data-assessment]")?.textContent ?? ""]),
  );
}

/** The cells of a budget table's row, by the row's key (year or goal id). */
function budgetRow(heading: string, key: string): string[] {
  const table = byRole("table", heading);
  const row = table.querySelector(`tr[data-key="${key}"]`);
  if (!row) throw new Error(`no row ${key} in ${heading}`);
  return Array.from(row.querySelectorAll("td")).map((td) => td.textContent!);
}

test("opens on the follow-up year of rules.md and shows 2025's key figures and goal assessments", async () => {
  await openView();
  // Newest first: the year after the default, the default, back ten years.
  const options = Array.from((yearSelect() as HTMLSelectElement).options).map((o) => o.value);
  expect(options.slice(0, 3)).toEqual(["2026", "2025", "2024"]);
  expect(options.at(-1)).toBe("2015");
  expect(byRole("heading", "Nyckeltal 2025")).toBeInTheDocument();
  expect(figure("Mål")).toBe("10");
  expect(figure("Indikatorer")).toBe("10");
  expect(figure("Aktiviteter")).toBe("11 (8 genomförda)");
  expect(figure("Hållna möten")).toBe("28 av 27 planerade");
  expect(figure("Öronmärkt budget")).toBe(kr("2 000 000"));
  expect(figure("Utfall")).toBe(kr("1 187 000"));
  expect(figure("Kvar av budgeten")).toBe(kr("813 000"));
  expect(figure("Arbetstimmar")).toBe(`2${NBSP}350`);

  const counts = byRole("list", "Indikatorer per bedömning");
  expect(Array.from(counts.querySelectorAll("li")).map((li) => li.textContent)).toEqual([
    "✔Uppnått: 0",
    "➚På väg: 10",
    "✖Ej på väg: 0",
    "○Saknar mätvärde: 0",
  ]);
  expect(goalAssessments()).toEqual({
    M0: "➚På väg",
    M1: "➚På väg",
    "M1.1": "➚På väg",
    "M1.2": "➚På väg",
    M2: "➚På väg",
    "M2.1": "➚På väg",
    "M2.2": "➚På väg",
    M3: "➚På väg",
    "M3.1": "➚På väg", // I8 on its 2024 value
    M4: "➚På väg",
  });
  // Not by colour alone: the symbol is decoration, the word is what a screen reader hears.
  const badge = document.querySelector('li[data-goal="M3.1"] [data-assessment]')!;
  expect(badge.querySelector('[aria-hidden="true"]')!.textContent).toBe("➚");
  expect(document.querySelector('li[data-goal="M3.1"]')!.textContent).toContain("1 indikator");
  expect(document.querySelector('li[data-goal="M0"]')!.textContent).toContain("10 indikatorer");
  expect(byRole("button", "Skriv verksamhetsberättelse 2025")).toBeInTheDocument();
});

test("from April the default is the current year", async () => {
  todayIs("2026-04-01");
  await openView({}, "2026");
  expect(byRole("heading", "Nyckeltal 2026")).toBeInTheDocument();
  // No measurements for 2026 yet: every indicator is assessed on its latest value, from 2025 (I8's from 2024).
  expect(new Set(Object.values(goalAssessments()))).toEqual(new Set(["➚På väg"]));
});

test("switching the year updates the key figures, the assessments and the buttons", async () => {
  await openView();
  await choose(yearSelect(), "2024");
  await waitFor(() => expect(byRole("heading", "Nyckeltal 2024")).toBeInTheDocument());
  await waitFor(() => expect(allByRole("progressbar")).toHaveLength(0));
  expect(figure("Aktiviteter")).toBe("2 (2 genomförda)");
  expect(figure("Hållna möten")).toBe("2 av 27 planerade");
  expect(figure("Öronmärkt budget")).toBe(kr("1 900 000"));
  expect(figure("Utfall")).toBe(kr("92 000"));
  expect(figure("Kvar av budgeten")).toBe(kr("1 808 000"));
  expect(figure("Arbetstimmar")).toBe("300");
  const shown = goalAssessments();
  expect(shown["M2.2"]).toBe("✖Ej på väg");
  expect(shown.M2).toBe("✖Ej på väg");
  expect(shown.M0).toBe("✖Ej på väg");
  expect(shown["M3.1"]).toBe("➚På väg");
  expect(shown.M1).toBe("➚På väg");
  expect(byRole("list", "Indikatorer per bedömning").textContent).toContain("Ej på väg: 1");
  expect(byRole("button", "Skriv verksamhetsberättelse 2024")).toBeInTheDocument();
});

test("writing the sheets creates the Uppföljning sheet with charts and the year's report, leaving the plan as it was", async () => {
  const wb = await openView();
  const before = await dataRows(wb);
  expect(wb.model.sheet("Uppföljning")).toBeUndefined();

  await click(byRole("button", "Skriv uppföljningsbladet"));
  await waitFor(() => expect(byRole("status").textContent).toBe("Bladet Uppföljning är skrivet."));
  const followUp = wb.model.sheet("Uppföljning")!;
  expect(followUp).toBeDefined();
  expect(followUp.charts.length).toBeGreaterThan(0);

  await click(byRole("button", "Skriv verksamhetsberättelse 2025"));
  await waitFor(() => expect(byRole("status").textContent).toBe("Bladet Verksamhetsberättelse 2025 är skrivet."));
  const report = wb.model.sheet("Verksamhetsberättelse 2025")!;
  expect(report).toBeDefined();
  expect(report.readValues(report.usedRange!).flat()).toContain("Sammanfattning");

  // Every table that was there holds what it held; the new ones are the generated sheets' own.
  const after = await dataRows(wb);
  expect(Object.fromEntries(Object.keys(before).map((name) => [name, after[name]]))).toEqual(before);
});

test("Ladda ner Word loads the Word code only then and downloads the report as a .docx holding its sections", async () => {
  const blobs: Blob[] = [];
  const createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return "blob:radsplan/1";
  });
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  const downloads: { name: string; href: string }[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });

  await openView();
  expect(mockDocxLoads).toBe(0);
  await click(byRole("button", "Ladda ner Word"));
  await waitFor(() => expect(byRole("status").textContent).toBe("Word-dokumentet Verksamhetsberattelse-2025.docx är nedladdat."));
  expect(mockDocxLoads).toBe(1);

  expect(downloads).toEqual([{ name: "Verksamhetsberattelse-2025.docx", href: "blob:radsplan/1" }]);
  expect(blobs).toHaveLength(1);
  expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const zip = await JSZip.loadAsync(await blobBytes(blobs[0]));
  const xml = await zip.file("word/document.xml")!.async("string");
  const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  for (const heading of ["Verksamhetsberättelse 2025", "Sammanfattning", "Organisation", "Måluppfyllelse", "M1 Minska brottsligheten", "Ekonomi", "Styrdokument", "Medborgarlöften"]) {
    expect(texts).toContain(heading);
  }
  // The charts, rasterised by the same code as in the browser (its assets read from node_modules here).
  expect(Object.keys(zip.files).filter((f) => /^word\/media\/.*\.png$/.test(f)).length).toBe(12);
  // The report's own figures: the overspent activity and the year's earmark.
  expect(texts.join("|")).toContain("Nattvandringar i centrum fredagar och lördagar");
  expect(texts).toContain(kr("2 000 000"));
  // The anchor is gone again.
  expect(document.querySelectorAll("a[download]")).toHaveLength(0);
});

/** A Blob's bytes (through FileReader, which every jsdom has). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

test("the budget view shows 2025 per year and per goal, the activity over budget and the BUD finding, which selects its cell", async () => {
  const wb = await openView();
  await click(byRole("radio", "Budget"));
  expect(byRole("heading", "Budget 2025")).toBeInTheDocument();

  const years = byRole("table", "Per år");
  expect(budgetRow("Per år", "2025")).toEqual(["2025", kr("2 000 000"), kr("1 265 000"), kr("1 187 000"), kr("813 000")]);
  expect(years.querySelector('tr[data-key="2025"]')).toHaveAttribute("aria-current", "true");
  expect(years.querySelector('tr[data-key="2024"]')).not.toHaveAttribute("aria-current");
  expect(budgetRow("Per år", "2024")).toEqual(["2024", kr("1 900 000"), kr("95 000"), kr("92 000"), kr("1 808 000")]);

  expect(budgetRow("Per mål 2025", "M1")).toEqual(["M1 Minska brottsligheten", kr("50 000"), kr("42 000"), kr("8 000")]);
  const m11 = budgetRow("Per mål 2025", "M1.1");
  expect(m11.slice(1)).toEqual([kr("680 000"), kr("681 500"), `${MINUS}${kr("1 500")}⚠ Överskridet`]);
  expect(budgetRow("Per mål 2025", "M2.1").slice(1)).toEqual([kr("50 000"), kr("45 500"), kr("4 500")]);

  const over = byRole("list", "Aktiviteter över budget 2025");
  expect(Array.from(over.querySelectorAll("li")).map((li) => li.textContent)).toEqual([
    `A3 Nattvandringar i centrum fredagar och lördagar: budget ${kr("80 000")}, utfall ${kr("96 500")}, ${kr("16 500")} över`,
  ]);

  const findings = byRole("list", "Budgetkontroller");
  expect(Array.from(findings.querySelectorAll<HTMLElement>("li[data-rule]")).map((li) => li.dataset.rule)).toEqual(["BUD-03"]);
  const finding = byRole("button", /BUD-03 · Aktiviteter!J4$/);
  expect(finding.textContent).toContain("Varning");
  await click(finding);
  await waitFor(() => expect(wb.selection).toEqual({ sheet: "Aktiviteter", address: "J4" }));
  expect(byRole("status").textContent).toBe("Markerade Aktiviteter!J4 i arbetsboken.");
});

test("a budget finding is selected with Enter too, and can be acknowledged from the budget view", async () => {
  const wb = await openView();
  await click(byRole("radio", "Budget"));
  const finding = byRole("button", /BUD-03 · Aktiviteter!J4$/);
  finding.focus();
  await act(async () => {
    finding.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
  });
  await waitFor(() => expect(wb.selection).toEqual({ sheet: "Aktiviteter", address: "J4" }));

  await click(byRole("button", "Kvittera BUD-03"));
  const form = byRole("form", "Kvittera BUD-03");
  const justification = byRole("textbox", /^Motivering/, form) as HTMLTextAreaElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(justification, "Extra helger beslutade av Umebrå.");
    justification.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await click(byRole("button", "Spara kvittering", form));
  await waitFor(() => expect(document.querySelector('li[data-rule="BUD-03"]')!.textContent).toContain("Kvitterad: Extra helger beslutade av Umebrå."));
  await click(byRole("button", "Ta bort kvitteringen av BUD-03"));
  await waitFor(() => expect(byRole("button", "Kvittera BUD-03")).toBeInTheDocument());
});

test("shows progress while a sheet is written and keeps the buttons from a second run meanwhile", async () => {
  const wb = await exampleWorkbook("sv");
  const held = heldRunner(wb);
  await openView({ wb, run: held.run });
  held.state.hold = true;
  await click(byRole("button", "Skriv uppföljningsbladet"));
  await waitFor(() => expect(byRole("progressbar", "Skriver uppföljningsbladet…")).toBeInTheDocument());
  for (const name of ["Skriv uppföljningsbladet", "Skriv verksamhetsberättelse 2025", "Ladda ner Word"]) {
    expect(byRole("button", name)).toHaveAttribute("aria-disabled", "true");
  }
  held.state.hold = false;
  held.release();
  await waitFor(() => expect(byRole("status").textContent).toBe("Bladet Uppföljning är skrivet."));
  expect(allByRole("progressbar")).toHaveLength(0);
});

test("a failing read says so and what happened, and Läs in igen tries again", async () => {
  const wb = await exampleWorkbook("sv");
  let fail = true;
  const run: ExcelRunner = (batch) =>
    fail ? Promise.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" })) : wb.run(batch);
  await renderPane({ wb, run });
  await click(byRole("tab", "Uppföljning"));
  await waitFor(() => expect(byText("Uppföljningen kunde inte läsas")).toBeInTheDocument());
  expect(hasText(/redigera|redigerar|cell/i)).toBe(true);
  expect(allByRole("heading", /^Nyckeltal/)).toHaveLength(0);

  fail = false;
  await click(byRole("button", "Läs in igen"));
  await waitFor(() => expect(byRole("heading", "Nyckeltal 2025")).toBeInTheDocument());
  expect(allByText("Uppföljningen kunde inte läsas")).toHaveLength(0);
});

test("a failing Word download and writing into a workbook without a plan say what to do", async () => {
  // The view reads twice (follow-up, budget checks); the download's read is the third batch.
  const wb = await exampleWorkbook("sv");
  await openView({ wb, run: failingFrom(wb, 3, new Error("Network down")) });
  await click(byRole("button", "Ladda ner Word"));
  await waitFor(() => expect(byText("Word-dokumentet kunde inte skapas")).toBeInTheDocument());
  expect(hasText(/Network down/)).toBe(true);
  await cleanup();

  const empty = new MemoryWorkbook();
  await openView({ wb: empty });
  expect(byText("Inget att följa upp ännu")).toBeInTheDocument();
  await click(byRole("button", "Skriv uppföljningsbladet"));
  await waitFor(() => expect(byText("Uppföljningsbladet kunde inte skrivas")).toBeInTheDocument());
  expect(hasText(/^Arbetsboken har inga planeringstabeller ännu.*Struktur/)).toBe(true);
  expect(empty.model.sheet("Uppföljning")).toBeUndefined();
});

test("in English the figures, the budget and the file name are English", async () => {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:x"), revokeObjectURL: () => undefined });
  const names: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  await openView({ wb: await exampleWorkbook("sv"), displayLanguage: "en-US" }, "2025", "Follow-up");
  expect(figure("Earmarked budget")).toBe(`SEK${NBSP}2,000,000`);
  expect(figure("Meetings held")).toBe("28 of 27 planned");
  expect(goalAssessments()["M3.1"]).toBe("➚On track");
  await click(byRole("radio", "Budget"));
  expect(budgetRow("Per goal 2025", "M1.1").slice(1)).toEqual([`SEK${NBSP}680,000`, `SEK${NBSP}681,500`, `-SEK${NBSP}1,500⚠ Overspent`]);
  await click(byRole("button", "Download Word"));
  await waitFor(() => expect(names).toEqual(["Annual-report-2025.docx"]));
});

test("axe finds no accessibility violations in the overview and the budget view", async () => {
  await openView();
  const check = async () => {
    const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
  };
  expect(await check()).toEqual([]);
  await click(byRole("radio", "Budget"));
  expect(await check()).toEqual([]);
});

test("a plan with more indicators than the sheet charts: the pane says which are charted, and where the rest are", async () => {
  const ex = examplePlanRows("sv", EXAMPLE_REFERENCE_DATE);
  const indicators = Array.from({ length: 230 }, (_, i) => [`X${i + 1}`, `Indikator ${i + 1}`, "M1", "Antal", "Lägre är bättre", "Egen mätning", 2020, 500, 2030, 100]);
  const measurements = indicators.map(([id]) => [id, 2025, 450, ""]);
  const wb = await workbookWithRows({ ...ex, Indicators: indicators, Measurements: measurements });
  await openView({ wb });
  await click(byRole("button", "Skriv uppföljningsbladet"));
  await waitFor(() => expect(byRole("status").textContent).toBe("Bladet Uppföljning är skrivet."));
  expect(hasText('Bladet "Uppföljning" ritar diagram för de 200 första av planens 230 indikatorer; alla indikatorer står i dess tabell.')).toBe(true);
  expect(wb.model.sheet("Uppföljning")!.charts.filter((c) => c.type === "LineMarkers")).toHaveLength(200);
});
