// The Struktur view, as a user meets it in the pane, running the real commands
// on the in-memory Excel: the sheet list, creating the structure, the example
// plan, progress while a command runs, and a clear message for every failure.

import { createStructure } from "../../src/excel/commands/createStructure";
import { MemoryWorkbook } from "../../src/host";
import { officeErrorText, structureText } from "../../src/i18n/structure";
import { LAYOUT_VERSION, TABLES } from "../../src/workbook/layout";
import { allByRole, allByText, byRole, byText, cleanup, click, hasText, waitFor } from "./queries";
import { dataRows, failingFrom, heldRunner, renderPane, sheetNames } from "./pane";

beforeEach(() => localStorage.clear());
afterEach(cleanup);
// The pane renders the real views over the in-memory Excel: slower than 5 s on a busy machine.
jest.setTimeout(30_000);

/** The sheet list's rows: which table, and what the row says. */
function sheetRows(caption = "Planeringsbladen i arbetsboken") {
  const table = byRole("table", caption);
  return allByRole("row", undefined, table)
    .slice(1)
    .map((row) => ({ table: row.dataset.table, text: (row.textContent ?? "").replace(/\s+/g, " ") }));
}

const createButton = () => byRole("button", "Skapa planeringsstruktur");
const exampleButton = () => byRole("button", "Fyll i exempelplan (Umeå)");
const isDisabled = (el: HTMLElement) => el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;

test("an empty workbook lists all eleven planning sheets as missing", async () => {
  await renderPane();
  await waitFor(() => expect(sheetRows()).toHaveLength(TABLES.length));
  expect(TABLES).toHaveLength(11);
  for (const [i, def] of TABLES.entries()) {
    expect(sheetRows()[i].table).toBe(def.name);
    expect(sheetRows()[i].text).toContain(def.sheet.sv);
    expect(sheetRows()[i].text).toContain("Saknas");
  }
  expect(byText("11 av 11 blad saknas eller är ofullständiga.")).toBeInTheDocument();
  expect(hasText("Layoutversion: ingen (strukturen är inte skapad av Rådsplan)")).toBe(true);
  expect(isDisabled(exampleButton())).toBe(false);
});

test("creating the structure shows progress, then every sheet present and what was added", async () => {
  const wb = new MemoryWorkbook();
  const held = heldRunner(wb);
  await renderPane({ wb, run: held.run });
  await waitFor(() => expect(sheetRows()).toHaveLength(11));

  held.state.hold = true;
  await click(createButton());
  await waitFor(() => expect(byRole("progressbar", /Skapar planeringsstrukturen/)).toBeInTheDocument());
  expect(isDisabled(createButton())).toBe(true);
  expect(isDisabled(exampleButton())).toBe(true);
  held.state.hold = false;
  held.release();

  await waitFor(() => expect(byText("Planeringsstrukturen är klar")).toBeInTheDocument());
  await waitFor(() => expect(sheetRows().every((row) => row.text.includes("Finns"))).toBe(true));
  const sheets = TABLES.map((def) => def.sheet.sv);
  expect(byText(`Nya blad: ${sheets.join(", ")}`)).toBeInTheDocument();
  expect(byText("Alla elva blad finns.")).toBeInTheDocument();
  expect(hasText(`Layoutversion: ${LAYOUT_VERSION}`)).toBe(true);
  expect(allByRole("progressbar")).toHaveLength(0);
  expect(await sheetNames(wb)).toEqual(expect.arrayContaining(sheets));
});

test("the example plan fills the empty tables and shows how many rows it added", async () => {
  const wb = await renderPane();
  await waitFor(() => expect(sheetRows()).toHaveLength(11));
  await click(exampleButton());
  await waitFor(() => expect(byText("Exempelplanen är ifylld")).toBeInTheDocument());

  const rows = Object.entries(await dataRows(wb))
    .filter(([table]) => TABLES.some((def) => def.name === table))
    .reduce((sum, [, n]) => sum + n, 0);
  expect(rows).toBeGreaterThan(20);
  expect(byText(`${rows} rader lades till.`)).toBeInTheDocument();

  // With data in the plan the button is no longer offered, and the hint says why.
  await waitFor(() => expect(isDisabled(exampleButton())).toBe(true));
  expect(byText("Exempelplanen kan bara fyllas i när planeringstabellerna är tomma.")).toBeInTheDocument();
  expect(exampleButton()).toHaveAccessibleDescription("Exempelplanen kan bara fyllas i när planeringstabellerna är tomma.");
});

test("a table that lacks columns is named with the missing columns, and creating adds them without touching data", async () => {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Budget");
    sheet.getRange("A1:B2").values = [["År", "Kommentar"], [2025, "Beslutad i KS"]];
    context.workbook.tables.add("Budget!A1:B2", true).name = "Budget";
    await context.sync();
  });
  await renderPane({ wb });
  const budget = await waitFor(() => {
    const row = sheetRows().find((r) => r.table === "Budget");
    expect(row?.text).toContain("Saknar kolumner: Öronmärkt budget (kr), Beslutat av");
    return row;
  });
  expect(budget).toBeDefined();
  expect(isDisabled(exampleButton())).toBe(true); // the plan holds data

  await click(createButton());
  await waitFor(() => expect(byText("Planeringsstrukturen är klar")).toBeInTheDocument());
  expect(hasText(/^Nya kolumner: Budget: Öronmärkt budget \(kr\), Budget: Beslutat av$/)).toBe(true);
  const kept = await wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Budget").getRange("A2:B2").load("values");
    await context.sync();
    return range.values;
  });
  expect(kept).toEqual([[2025, "Beslutad i KS"]]);
});

test("in an Excel without dropdown support (ExcelApi 1.7) the result says what was left out", async () => {
  await renderPane({ wb: new MemoryWorkbook({ apiVersion: "1.7" }) });
  await waitFor(() => expect(sheetRows()).toHaveLength(11));
  await click(createButton());
  await waitFor(() => expect(byText("Planeringsstrukturen är klar")).toBeInTheDocument());
  expect(byText("Saknas i den här versionen av Excel")).toBeInTheDocument();
  expect(byText(structureText.validationUnsupported.sv)).toBeInTheDocument();
});

test("with full Excel support no such notice is shown", async () => {
  await renderPane();
  await waitFor(() => expect(sheetRows()).toHaveLength(11));
  await click(createButton());
  await waitFor(() => expect(byText("Planeringsstrukturen är klar")).toBeInTheDocument());
  expect(hasText("Saknas i den här versionen av Excel")).toBe(false);
});

test("when the workbook cannot be read, the pane says so and what to do", async () => {
  const wb = new MemoryWorkbook();
  const busy = Object.assign(new Error("The cell is being edited."), { code: "InvalidOperationInCellEditMode" });
  await renderPane({ wb, run: failingFrom(wb, 1, busy) });
  await waitFor(() => expect(byText("Arbetsboken kunde inte läsas")).toBeInTheDocument());
  expect(hasText(officeErrorText.InvalidOperationInCellEditMode.sv)).toBe(true);
});

test("an unexpected failure while creating shows a bilingual generic message with the error text", async () => {
  const wb = new MemoryWorkbook();
  await renderPane({ wb, run: failingFrom(wb, 2, new Error("Socket closed")) });
  await waitFor(() => expect(sheetRows()).toHaveLength(11));
  await click(createButton());
  await waitFor(() => expect(byText("Strukturen kunde inte skapas")).toBeInTheDocument());
  expect(allByText(/Socket closed/).length).toBeGreaterThan(0);
});

test("an example plan refused by the command (data arrived meanwhile) shows its message", async () => {
  const wb = await renderPane();
  await waitFor(() => expect(sheetRows()).toHaveLength(11));
  // Someone fills in the plan after the pane read the workbook.
  await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });
  await wb.run(async (context) => {
    context.workbook.tables.getItem("Groups").getDataBodyRange().getCell(0, 0).values = [["G1"]];
    await context.sync();
  });
  await click(exampleButton());
  await waitFor(() => expect(byText("Exempelplanen kunde inte fyllas i")).toBeInTheDocument());
  const refusal = structureText.exampleRefused("Groups", "Grupper");
  expect(hasText(refusal.sv)).toBe(true);
});

test("in English the sheets are listed and created with English names", async () => {
  const wb = await renderPane({ displayLanguage: "en-US" });
  const caption = "The planning sheets in this workbook";
  await waitFor(() => expect(byRole("table", caption)).toBeInTheDocument());
  expect(sheetRows(caption).map((row) => row.text)).toEqual(TABLES.map((def) => expect.stringContaining(def.sheet.en)));
  await click(byRole("button", "Create planning structure"));
  await waitFor(() => expect(byText("The planning structure is ready")).toBeInTheDocument());
  expect(await sheetNames(wb)).toEqual(expect.arrayContaining(TABLES.map((def) => def.sheet.en)));
});
