// Inside Excel the pane boots from Office.js: Office's display language and
// theme, Excel.run and Office's requirement sets reach the app.

import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { computeAccessibleName } from "dom-accessibility-api";
import { MemoryWorkbook } from "../../src/host";
import { paneFor } from "../../src/taskpane/boot";
import { allByRole, byRole, byText, cleanup, click, mount, waitFor } from "./queries";

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

function inExcel(wb: MemoryWorkbook, displayLanguage: string, bodyBackgroundColor: string) {
  globals.Office = {
    context: {
      displayLanguage,
      officeTheme: { bodyBackgroundColor },
      requirements: { isSetSupported: (name: "ExcelApi", version: string) => wb.capabilities.isSetSupported(name, version) },
    },
  };
  globals.Excel = { run: wb.run };
  return { onReady: () => Promise.resolve({ host: "Excel" }) };
}

/** The CSS custom properties FluentProvider set up, as text. */
const themeCss = () =>
  Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .map((rule) => rule.cssText)
    .join("\n");

beforeEach(() => localStorage.clear());
// The pane renders the real views over the in-memory Excel: slower than 5 s on a busy machine.
jest.setTimeout(30_000);
afterEach(async () => {
  await cleanup();
  delete globals.Office;
  delete globals.Excel;
});

test("in Excel with an English UI and a dark theme the pane is English and dark, and works on the workbook", async () => {
  const wb = new MemoryWorkbook({ apiVersion: "1.7" });
  await mount(await paneFor(inExcel(wb, "en-US", "#262626")));
  expect(allByRole("tab").map((tab) => computeAccessibleName(tab))).toEqual(["Structure", "Checks", "Follow-up", "Statistics"]);
  expect(themeCss()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);

  await waitFor(() => expect(byRole("table", "The planning sheets in this workbook")).toBeInTheDocument());
  await click(byRole("button", "Create planning structure"));
  await waitFor(() => expect(byText("The planning structure is ready")).toBeInTheDocument());
  // Office's requirement sets reached the command: ExcelApi 1.7 has no dropdowns.
  expect(byText("Not available in this version of Excel")).toBeInTheDocument();
  expect(wb.stats.syncs).toBeGreaterThan(0);
});

test("in Excel with a Swedish UI and a light theme the pane is Swedish and light", async () => {
  await mount(await paneFor(inExcel(new MemoryWorkbook(), "sv-SE", "#ffffff")));
  expect(allByRole("tab").map((tab) => computeAccessibleName(tab))).toEqual(["Struktur", "Kontroll", "Uppföljning", "Statistik"]);
  expect(themeCss()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
  expect(themeCss()).not.toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
});
