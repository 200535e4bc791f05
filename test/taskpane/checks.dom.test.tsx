// The Kontroll view as a user meets it in the pane, running the real check on the
// in-memory Excel holding the example plan (plus one error and one info): the
// summary at a glance, findings grouped by area, filters, selecting a finding's cell
// by click and by Enter, acknowledging (kept over a re-run) and taking it back,
// progress, refusals and failures, English, and no accessibility violations.

import { act } from "react";
import axe from "axe-core";
import type { ExcelRunner } from "../../src/excel/api";
import { MemoryWorkbook } from "../../src/host";
import { officeErrorText } from "../../src/i18n/structure";
import { EXAMPLE_GAPS } from "../../src/workbook/example";
import { ACKS_TABLE } from "../../src/workbook/layout";
import { exampleWorkbook } from "../followup/memoryPlan";
import { allByRole, byRole, byText, choose, cleanup, click, hasText, waitFor } from "./queries";
import { failingFrom, heldRunner, renderPane } from "./pane";

jest.setTimeout(60_000);
beforeEach(() => localStorage.clear());
afterEach(cleanup);

const WARNINGS = EXAMPLE_GAPS.length;

/** The example plan with negative staff hours on A1 (BUD-05, an error) and a document without Beslutat av (DOC-06, an info). */
async function workbook(apiVersion?: string): Promise<MemoryWorkbook> {
  const wb = await exampleWorkbook("sv", apiVersion);
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("Aktiviteter").getRange("K2").values = [[-5]];
    context.workbook.worksheets.getItem("Styrdokument").getRange("E2").values = [[""]];
    await context.sync();
  });
  wb.resetStats();
  return wb;
}

/** Types into an input or textarea the way React notices (the native value setter, then an input event). */
async function typeText(el: HTMLElement, value: string): Promise<void> {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function pressEnter(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
  });
}

/** Opens the Kontroll tab, sets the example's reference date and runs the check. */
async function openAndCheck(wb: MemoryWorkbook, options: { run?: ExcelRunner } = {}) {
  await renderPane({ wb, ...options });
  await click(byRole("tab", "Kontroll"));
  const date = await waitFor(() => byLabel("Referensdatum"));
  await typeText(date, "2026-03-15");
  await click(byRole("button", "Kontrollera"));
}

/** The input a Field labels (date inputs have no textbox role). */
function byLabel(text: string): HTMLInputElement {
  const label = Array.from(document.querySelectorAll("label")).find((l) => l.textContent?.replace(/\s+/g, " ").trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  const input = document.getElementById(label.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error(`label ${text} is not for an input`);
  return input;
}

const summary = () => byRole("status").textContent;
/** The rule ids of the findings shown, in order. */
const shownFindings = () => Array.from(document.querySelectorAll<HTMLElement>("li[data-rule]")).map((li) => li.dataset.rule);
const findingButton = (rule: string) => byRole("button", new RegExp(`${rule} · `));

test("the check shows the summary at a glance, counts per severity and the findings grouped by area", async () => {
  const wb = await workbook();
  await openAndCheck(wb);
  await waitFor(() => expect(summary()).toBe(`1 fel, ${WARNINGS} varningar, 1 info`));

  expect(byRole("checkbox", "Fel (1)")).toBeChecked();
  expect(byRole("checkbox", `Varning (${WARNINGS})`)).toBeChecked();
  expect(byRole("checkbox", "Info (1)")).toBeChecked();
  expect(byText("Resultatet finns också på bladet Kontroll.")).toBeInTheDocument();
  expect(byText(`Visar ${WARNINGS + 2} av ${WARNINGS + 2} fynd.`)).toBeInTheDocument();

  // Areas in the catalogue's order, each with its count; the error first within Budget.
  const headings = allByRole("heading").map((h) => h.textContent).filter((t) => /\(\d+\)$/.test(t ?? ""));
  expect(headings).toEqual(["Organisation (1)", "Styrdokument och lagen (2)", "Mål, problem, aktiviteter och indikatorer (2)", "Budget (2)"]);
  expect(shownFindings()).toEqual(["ORG-07", "DOC-02", "DOC-06", "PLAN-06", "PLAN-13", "BUD-05", "BUD-03"]);

  // Each finding shows its message, rule and place.
  const bud05 = findingButton("BUD-05");
  expect(bud05.textContent).toContain("Fel");
  expect(bud05.textContent).toContain("BUD-05 · Aktiviteter!K2");
  expect(bud05.textContent).toMatch(/Arbetstimmar är negativt/);
  // The Kontroll sheet was written in the same run.
  expect(wb.model.sheet("Kontroll")).toBeDefined();
});

test("filters by severity and by sheet", async () => {
  const wb = await workbook();
  await openAndCheck(wb);
  await waitFor(() => expect(summary()).toMatch(/^1 fel/));

  await click(byRole("checkbox", `Varning (${WARNINGS})`));
  expect(shownFindings()).toEqual(["DOC-06", "BUD-05"]);
  expect(byText(`Visar 2 av ${WARNINGS + 2} fynd.`)).toBeInTheDocument();

  await choose(byRole("combobox", "Blad"), "Aktiviteter");
  expect(shownFindings()).toEqual(["BUD-05"]);

  await click(byRole("checkbox", "Fel (1)"));
  expect(shownFindings()).toEqual([]);
  expect(byText("Inga fynd matchar filtret. Ändra filtret för att se fler.")).toBeInTheDocument();

  await click(byRole("checkbox", `Varning (${WARNINGS})`));
  expect(shownFindings()).toEqual(["BUD-03"]);
  await choose(byRole("combobox", "Blad"), "[all]");
  expect(shownFindings()).toHaveLength(WARNINGS + 1);
});

test("a click and the Enter key on a finding select its cell in the workbook", async () => {
  const wb = await workbook();
  await openAndCheck(wb);
  await waitFor(() => expect(summary()).toMatch(/^1 fel/));

  await click(findingButton("BUD-05"));
  await waitFor(() => expect(wb.selection).toEqual({ sheet: "Aktiviteter", address: "K2" }));
  await waitFor(() => expect(byText("Markerade Aktiviteter!K2 i arbetsboken.")).toBeInTheDocument());

  const org07 = findingButton("ORG-07");
  expect(org07).toHaveAccessibleDescription("Klicka eller tryck Enter på ett fynd för att markera cellen i arbetsboken.");
  org07.focus();
  await pressEnter(org07);
  await waitFor(() => expect(wb.selection).toEqual({ sheet: "Grupper", address: "G10" }));
});

test("acknowledging a warning needs a justification, marks it, and the mark survives a re-run; it can be taken back", async () => {
  const wb = await workbook();
  await openAndCheck(wb);
  await waitFor(() => expect(summary()).toMatch(/^1 fel/));

  // Errors cannot be acknowledged: no button for them.
  expect(allByRole("button", "Kvittera BUD-05")).toHaveLength(0);

  await click(byRole("button", "Kvittera ORG-07"));
  expect(byRole("button", "Kvittera ORG-07")).toHaveAttribute("aria-expanded", "true");
  const form = byRole("form", "Kvittera ORG-07");
  expect(document.activeElement).toBe(byRole("textbox", /^Motivering/, form));
  await click(byRole("button", "Spara kvittering", form));
  await waitFor(() => expect(hasText(/^Skriv en motivering till varför fyndet kan kvitteras/)).toBe(true));
  expect(wb.model.table(ACKS_TABLE)!.sheet.readValues(wb.model.table(ACKS_TABLE)!.bodyRect).flat().every((v) => v === "")).toBe(true);

  await typeText(byRole("textbox", /^Motivering/, form), "Gruppen arbetar tills vidare.");
  await typeText(byRole("textbox", "Ditt namn (frivilligt)", form), "Anna Ek");
  await click(byRole("button", "Spara kvittering", form));
  await waitFor(() => expect(summary()).toBe(`1 fel, ${WARNINGS} varningar, 1 info (1 kvitterad)`));
  const item = () => document.querySelector<HTMLElement>('li[data-rule="ORG-07"]')!;
  expect(item().textContent).toContain("Kvitterad");
  expect(item().textContent).toMatch(/Kvitterad: Gruppen arbetar tills vidare\. \(Anna Ek, \d{4}-\d{2}-\d{2}\)/);
  expect(allByRole("form", "Kvittera ORG-07")).toHaveLength(0);
  // Focus goes back to the finding's button, which now takes the acknowledgement back.
  expect(document.activeElement).toBe(byRole("button", "Ta bort kvitteringen av ORG-07"));

  // A new run reads the acknowledgement back from the workbook.
  await click(byRole("button", "Kontrollera"));
  await waitFor(() => expect(byRole("button", "Kontrollera")).not.toHaveAttribute("aria-disabled", "true"));
  expect(summary()).toBe(`1 fel, ${WARNINGS} varningar, 1 info (1 kvitterad)`);
  expect(item().textContent).toMatch(/Kvitterad: Gruppen arbetar tills vidare/);
  // The name is remembered for the next acknowledgement.
  await click(byRole("button", "Kvittera DOC-02"));
  expect(byRole("textbox", "Ditt namn (frivilligt)")).toHaveValue("Anna Ek");
  await click(byRole("button", "Avbryt"));
  expect(allByRole("form", "Kvittera DOC-02")).toHaveLength(0);
  expect(document.activeElement).toBe(byRole("button", "Kvittera DOC-02"));

  await click(byRole("button", "Ta bort kvitteringen av ORG-07"));
  await waitFor(() => expect(summary()).toBe(`1 fel, ${WARNINGS} varningar, 1 info`));
  expect(item().textContent).not.toContain("Kvitterad");
  expect(byRole("button", "Kvittera ORG-07")).toBeInTheDocument();
});

test("acknowledging a finding whose data changed since the check says it no longer applies", async () => {
  const wb = await workbook();
  await openAndCheck(wb);
  await waitFor(() => expect(summary()).toMatch(/^1 fel/));
  // Someone changes the overspent activity's Utfall after the check.
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("Aktiviteter").getRange("J4").values = [[99000]];
    await context.sync();
  });
  await click(byRole("button", "Kvittera BUD-03"));
  await typeText(byRole("textbox", /^Motivering/), "Extra kvällar beslutades i juni.");
  await click(byRole("button", "Spara kvittering"));
  await waitFor(() => expect(hasText(/^Uppgifterna bakom fyndet BUD-03 har ändrats sedan kontrollen/)).toBe(true));
  expect(summary()).toBe(`1 fel, ${WARNINGS} varningar, 1 info`);
  expect(document.querySelector('li[data-rule="BUD-03"]')!.textContent).not.toContain("Kvitterad");
});

test("shows progress while the check runs, and keeps the button from a second run meanwhile", async () => {
  const wb = await workbook();
  const held = heldRunner(wb);
  await renderPane({ wb, run: held.run });
  await click(byRole("tab", "Kontroll"));
  await waitFor(() => byRole("button", "Kontrollera"));
  held.state.hold = true;
  await click(byRole("button", "Kontrollera"));
  await waitFor(() => expect(byRole("progressbar", "Kontrollerar arbetsboken…")).toBeInTheDocument());
  expect(byRole("button", "Kontrollera")).toHaveAttribute("aria-disabled", "true");
  held.state.hold = false;
  held.release();
  await waitFor(() => expect(allByRole("progressbar")).toHaveLength(0));
  expect(summary()).toMatch(/^\d+ fel/);
});

test("a follow-up year it cannot use gets a message at the field and no run", async () => {
  const wb = await workbook();
  await renderPane({ wb });
  await click(byRole("tab", "Kontroll"));
  const year = await waitFor(() => byLabel("Uppföljningsår"));
  await typeText(year, "25");
  await click(byRole("button", "Kontrollera"));
  expect(byText("Skriv uppföljningsåret med fyra siffror, till exempel 2024.")).toBeInTheDocument();
  expect(allByRole("progressbar")).toHaveLength(0);
  expect(allByRole("status")).toHaveLength(0);
  expect(wb.model.sheet("Kontroll")).toBeUndefined();
});

test("the follow-up year follows the reference date until the user types one", async () => {
  await renderPane({ wb: await workbook() });
  await click(byRole("tab", "Kontroll"));
  const date = await waitFor(() => byLabel("Referensdatum"));
  await typeText(date, "2026-03-31");
  expect(byLabel("Uppföljningsår")).toHaveValue(2025);
  await typeText(date, "2026-04-01");
  expect(byLabel("Uppföljningsår")).toHaveValue(2026);
  await typeText(byLabel("Uppföljningsår"), "2024");
  await typeText(date, "2026-03-01");
  expect(byLabel("Uppföljningsår")).toHaveValue(2024);
});

test("a failing check says so and what happened", async () => {
  const wb = await workbook();
  await openAndCheck(wb, { run: failingFrom(wb, 1, Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" })) });
  await waitFor(() => expect(byText("Kontrollen kunde inte köras")).toBeInTheDocument());
  expect(hasText(officeErrorText.InvalidOperationInCellEditMode.sv)).toBe(true);
});

test("in English the summary, filters and actions are English", async () => {
  const wb = await workbook();
  await renderPane({ wb, displayLanguage: "en-US" });
  await click(byRole("tab", "Checks"));
  await typeText(await waitFor(() => byLabel("Reference date")), "2026-03-15");
  await click(byRole("button", "Check"));
  await waitFor(() => expect(summary()).toBe(`1 error, ${WARNINGS} warnings, 1 info`));
  expect(byRole("checkbox", "Error (1)")).toBeInTheDocument();
  expect(byRole("button", "Acknowledge ORG-07")).toBeInTheDocument();
  expect(byText("The result is also on the sheet Checks.")).toBeInTheDocument();
  // The message in English; the column it names as the (Swedish) workbook has it.
  expect(findingButton("BUD-05").textContent).toMatch(/^ErrorArbetstimmar is negative/);
});

test("axe finds no accessibility violations in the result, with an acknowledgement form open", async () => {
  const wb = await workbook();
  await openAndCheck(wb);
  await waitFor(() => expect(summary()).toMatch(/^1 fel/));
  await click(byRole("button", "Kvittera ORG-07"));
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`)).toEqual([]);
});
