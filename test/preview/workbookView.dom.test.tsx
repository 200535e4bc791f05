// The preview's workbook view on the real in-memory Excel holding the Umeå
// example plan (made by the real commands): sheet tabs, formatted values,
// table headers, editing through the host, dropdowns, following the pane's
// selection, a 60 000-row sheet rendered in a window, and charts drawn.

import { columnLetter } from "../../src/base/a1";
import { act } from "react";
import { computeAccessibleName } from "dom-accessibility-api";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { generateFollowUp } from "../../src/excel/commands/followUp";
import { selectCell } from "../../src/excel/navigation";
import { MemoryWorkbook } from "../../src/host";
import { exampleWorkbook } from "../../src/preview/startup";
import { WorkbookView } from "../../src/preview/workbook/WorkbookView";
import { LISTS, TABLES, type Lang } from "../../src/workbook/layout";
import { allByRole, byRole, cleanup, click, choose, mount, waitFor } from "../taskpane/queries";

jest.setTimeout(60_000); // each test builds the example plan through the real commands
afterEach(cleanup);

let example: MemoryWorkbook;
beforeAll(async () => {
  example = await exampleWorkbook("sv");
});

async function show(host: MemoryWorkbook, lang: Lang = "sv") {
  await mount(
    <FluentProvider theme={webLightTheme}>
      <WorkbookView host={host} lang={lang} />
    </FluentProvider>,
  );
}

const grid = () => byRole("grid");
const cell = (a1: string) => {
  const el = grid().querySelector<HTMLElement>(`[data-cell="${a1}"]`);
  if (!el) throw new Error(`cell ${a1} is not rendered`);
  return el;
};
const fire = (el: Element, event: Event) => act(async () => void el.dispatchEvent(event));
const mouse = (type: string) => new MouseEvent(type, { bubbles: true, cancelable: true });
const key = (k: string) => new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true });

async function openTab(name: string) {
  await click(byRole("tab", name));
  await waitFor(() => expect(grid().getAttribute("aria-label")).toBe(`Bladet ${name}`));
}

/** Types `text` into the open cell editor and presses Enter. */
async function typeAndEnter(text: string) {
  const input = await waitFor(() => byRole("textbox", /^Redigera /));
  (input as HTMLInputElement).value = text;
  await fire(input, key("Enter"));
}

/** The host's value of a cell, read from its model. */
const modelValue = (host: MemoryWorkbook, sheet: string, a1: string) => host.model.sheet(sheet)!.cellAt(a1).value;

test("the sheet tabs are the planning sheets in order: the hidden meta sheet and the empty start sheet are not shown", async () => {
  await show(example);
  const tabs = allByRole("tab").map((t) => computeAccessibleName(t));
  expect(tabs).toEqual(TABLES.map((def) => def.sheet.sv));
});

test("table headers are styled as headers, and values show through their number formats", async () => {
  const host = await exampleWorkbook("sv");
  await show(host);
  await openTab("Aktiviteter");
  expect(cell("A1").textContent).toBe("Aktivitets-ID");
  expect(cell("A1").dataset.part).toBe("header");
  expect(cell("A2").dataset.part).toBe("band");

  const sheet = host.model.sheet("Aktiviteter")!;
  const startCol = TABLES.find((t) => t.name === "Activities")!.columns.findIndex((c) => c.key === "start");
  const budgetCol = TABLES.find((t) => t.name === "Activities")!.columns.findIndex((c) => c.key === "budget");
  // A date serial in the model shows as yyyy-mm-dd; an amount with a no-break space and "kr".
  expect(typeof sheet.cell(1, startCol).value).toBe("number");
  expect(cell(`${columnLetter(startCol)}2`).textContent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const budget = sheet.cell(1, budgetCol).value as number;
  expect(budget).toBeGreaterThanOrEqual(1000);
  expect(cell(`${columnLetter(budgetCol)}2`).textContent).toBe(`${new Intl.NumberFormat("sv-SE").format(budget)} kr`);
  expect(cell(`${columnLetter(budgetCol)}2`).textContent).toContain("\u00A0");
});

test("editing a cell writes through the host, so the next read sees it", async () => {
  const host = await exampleWorkbook("sv");
  await show(host);
  await openTab("Grupper");
  await fire(cell("B2"), mouse("mousedown"));
  await fire(cell("B2"), mouse("dblclick"));
  await typeAndEnter("Umebrå styrgrupp (ändrad)");
  expect(modelValue(host, "Grupper", "B2")).toBe("Umebrå styrgrupp (ändrad)");
  await waitFor(() => expect(cell("B2").textContent).toBe("Umebrå styrgrupp (ändrad)"));
  // Enter moved the selection down, as in Excel.
  expect(cell("B3").getAttribute("aria-selected")).toBe("true");

  // Text that looks like a number stays the text typed in an ID cell.
  await fire(cell("A3"), mouse("dblclick"));
  await typeAndEnter("0012");
  expect(modelValue(host, "Grupper", "A3")).toBe("0012");
});

test("a list cell edits with a dropdown of its validation's choices", async () => {
  const host = await exampleWorkbook("sv");
  await show(host);
  await openTab("Grupper");
  const typeCol = TABLES[0].columns.findIndex((c) => c.key === "type");
  const a1 = `${columnLetter(typeCol)}3`;
  await fire(cell(a1), mouse("dblclick"));
  const select = await waitFor(() => byRole("combobox", `Redigera ${a1}`));
  const options = Array.from((select as HTMLSelectElement).options).map((o) => o.value);
  for (const item of LISTS.groupType) expect(options).toContain(item.sv);
  await choose(select, "Arbetsgrupp");
  expect(modelValue(host, "Grupper", a1)).toBe("Arbetsgrupp");
});

test("when the pane selects a cell, the view switches to its sheet, highlights it and shows its address", async () => {
  const host = await exampleWorkbook("sv");
  await show(host);
  await act(async () => selectCell(host.run, "Mål", "C4"));
  await waitFor(() => expect(grid().getAttribute("aria-label")).toBe("Bladet Mål"));
  expect(cell("C4").getAttribute("aria-selected")).toBe("true");
  expect(grid().getAttribute("aria-activedescendant")).toBe(cell("C4").id);
  expect(byRole("status", "Markerad cell").textContent).toBe("Mål!C4");
  expect(byRole("tab", "Mål").getAttribute("aria-selected")).toBe("true");
});

test("a 60 000-row sheet renders only the rows in view, and the keyboard reaches its last row", async () => {
  const host = new MemoryWorkbook();
  const rows = 60_000;
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.getRange(`A1:C${rows}`).values = Array.from({ length: rows }, (_, i) => [i + 1, `Rad ${i + 1}`, (i % 7) * 1000]);
    await context.sync();
  });
  const started = performance.now();
  await show(host);
  const elapsed = performance.now() - started;
  const rendered = () => grid().querySelectorAll('[role="row"]').length;
  expect(Number(grid().getAttribute("aria-rowcount"))).toBeGreaterThan(rows);
  expect(rendered()).toBeLessThan(80);
  expect(elapsed).toBeLessThan(5000);

  await fire(grid(), mouse("mousedown"));
  await fire(cell("A1"), mouse("mousedown"));
  await fire(grid(), new KeyboardEvent("keydown", { key: "ArrowDown", ctrlKey: true, bubbles: true }));
  await waitFor(() => expect(byRole("status", "Markerad cell").textContent).toMatch(/^Sheet1!A\d+$/));
  // Ctrl+Down stops at the last row holding data, as in Excel.
  expect(byRole("status", "Markerad cell").textContent).toBe(`Sheet1!A${rows}`);
  // The last data row is now rendered (scrolled into view), and still only a window of rows.
  expect(cell(`B${rows}`).textContent).toBe(`Rad ${rows}`);
  expect(rendered()).toBeLessThan(80);
});

test("charts on the follow-up sheet are drawn as SVG with their titles", async () => {
  const host = await exampleWorkbook("sv");
  const result = await generateFollowUp(host.run, { year: 2025, lang: "sv", caps: host.capabilities, sheets: ["followUp"] });
  const sheetName = result.sheets[0];
  const charts = host.model.sheet(sheetName)!.charts;
  expect(charts.length).toBeGreaterThan(0);
  await show(host);
  await openTab(sheetName);
  // The first chart sits near the top; it is drawn lazily, as an SVG image named by its title.
  const first = charts.reduce((a, b) => (b.from.row < a.from.row ? b : a));
  await waitFor(() => expect(grid().querySelector(`[data-chart="${first.name}"] svg`)).not.toBeNull());
  const svg = grid().querySelector(`[data-chart="${first.name}"] svg`)!;
  expect(svg.getAttribute("aria-label")).toBe(first.title.text);
  expect(svg.querySelectorAll("polyline, rect").length).toBeGreaterThan(0);
});
