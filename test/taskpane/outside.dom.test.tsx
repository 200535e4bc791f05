// Outside Excel the pane never stays blank: it says plainly, in Swedish and
// English, that Rådsplan runs in Excel, and points to the browser preview.

import { act } from "react";
import { paneFor, type OfficeGlobal } from "../../src/taskpane/boot";
import { allByRole, byRole, byText, cleanup, hasText, mount, waitFor } from "./queries";

afterEach(cleanup);
// The pane renders the real views over the in-memory Excel: slower than 5 s on a busy machine.
jest.setTimeout(30_000);

const officeWith = (host: string | null): OfficeGlobal => ({
  onReady: () => Promise.resolve({ host }),
});

async function renderPane(office: OfficeGlobal | undefined) {
  await mount(await paneFor(office));
}

function expectOutsideNotice() {
  expect(byText("Rådsplan körs inte i Excel")).toBeInTheDocument();
  expect(byText("Rådsplan is not running in Excel")).toBeInTheDocument();
  expect(byRole("link", "Öppna förhandsvisningen")).toHaveAttribute("href", "preview.html");
  expect(byRole("link", "Open the preview")).toHaveAttribute("href", "preview.html");
}

test("in a plain browser (Office.onReady gives no host) the pane says so in both languages", async () => {
  await renderPane(officeWith(null));
  expectOutsideNotice();
  expect(allByRole("tablist")).toHaveLength(0);
});

test("without Office.js (the CDN could not be reached) it says that too", async () => {
  await renderPane(undefined);
  expectOutsideNotice();
  expect(hasText(/^Office\.js kunde inte laddas/)).toBe(true);
  expect(hasText(/^Office\.js could not be loaded/)).toBe(true);
});

test("when Office.onReady fails the pane still explains instead of staying blank", async () => {
  await renderPane({ onReady: () => Promise.reject(new Error("blocked")) });
  expectOutsideNotice();
});

test("in another Office application it names the application", async () => {
  await renderPane(officeWith("Word"));
  expectOutsideNotice();
  expect(hasText("Det här programmet (Word) stöds inte. Rådsplan fungerar bara i Excel.")).toBe(true);
  expect(hasText("This application (Word) is not supported. Rådsplan works in Excel only.")).toBe(true);
});

test("the real entry point replaces the loading text with the notice when Office.js is missing", async () => {
  document.body.innerHTML = '<div id="container"><p>Rådsplan startar…</p></div>';
  await act(async () => {
    await import("../../src/taskpane/index"); // the entry renders on import, as in the browser
    await new Promise((resolve) => setTimeout(resolve, 0)); // boot() renders once Office's readiness is known
  });
  await waitFor(expectOutsideNotice);
  expect(hasText("Rådsplan startar…")).toBe(false);
});
