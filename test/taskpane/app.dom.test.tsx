// The pane's shell as a user meets it: Swedish by default, English from Office's
// display language or the switch (and remembered), one tab per view, a plain
// notice for a view not built yet, results kept across tabs, and no
// accessibility violations axe can find.

import axe from "axe-core";
import { computeAccessibleName } from "dom-accessibility-api";
import { VIEWS } from "../../src/taskpane/views/registry";
import { allByRole, byRole, byText, choose, cleanup, click, hasText, waitFor } from "./queries";
import { renderPane } from "./pane";

beforeEach(() => localStorage.clear());
afterEach(cleanup);
// The pane renders the real views over the in-memory Excel: slower than 5 s on a busy machine.
jest.setTimeout(30_000);

const tabNames = () => allByRole("tab").map((tab) => computeAccessibleName(tab));

test("the pane opens in Swedish by default", async () => {
  await renderPane();
  expect(byRole("heading", "Rådsplan")).toBeInTheDocument();
  expect(tabNames()).toEqual(["Struktur", "Kontroll", "Uppföljning", "Statistik"]);
  expect(byRole("combobox", "Språk")).toHaveValue("sv");
  await waitFor(() => expect(byRole("heading", "Planeringsstruktur")).toBeInTheDocument());
  expect(byRole("tab", "Struktur")).toHaveAttribute("aria-selected", "true");
});

test("the pane opens in English when Office's display language is English", async () => {
  await renderPane({ displayLanguage: "en-US" });
  expect(tabNames()).toEqual(["Structure", "Checks", "Follow-up", "Statistics"]);
  expect(byRole("combobox", "Language")).toHaveValue("en");
});

test("the language switch turns the whole pane English, and the choice is remembered", async () => {
  const changes: string[] = [];
  await renderPane({ displayLanguage: "sv-SE", onLangChange: (lang) => changes.push(lang) });
  await waitFor(() => expect(byRole("button", "Skapa planeringsstruktur")).toBeInTheDocument());

  await choose(byRole("combobox", "Språk"), "en");
  expect(tabNames()).toEqual(["Structure", "Checks", "Follow-up", "Statistics"]);
  await waitFor(() => expect(byRole("heading", "Planning structure")).toBeInTheDocument());
  expect(byRole("button", "Create planning structure")).toBeInTheDocument();
  expect(byRole("table", "The planning sheets in this workbook")).toBeInTheDocument();
  expect(hasText("Planeringsstruktur")).toBe(false);
  expect(changes).toEqual(["en"]);

  // Opened again (Office still in Swedish), the pane keeps the user's choice.
  await cleanup();
  await renderPane({ displayLanguage: "sv-SE" });
  expect(byRole("combobox", "Language")).toHaveValue("en");
});

test("every tab is wired to its panel, and only the selected panel shows", async () => {
  await renderPane();
  for (const tab of allByRole("tab")) {
    await click(tab);
    expect(tab).toHaveAttribute("aria-selected", "true");
    const panel = byRole("tabpanel");
    expect(tab.getAttribute("aria-controls")).toBe(panel.id);
    expect(panel).toHaveAttribute("aria-labelledby", tab.id);
  }
});

test("a view that is not built yet shows a plain notice, not made-up content", async () => {
  const unbuilt = { id: "later", label: { sv: "Senare", en: "Later" } };
  await renderPane({ views: [VIEWS[0], unbuilt] });
  await click(byRole("tab", "Senare"));
  expect(byText("Kommer snart")).toBeInTheDocument();
  expect(byText("Vyn ”Senare” är inte byggd ännu. Den läggs till i en kommande version av Rådsplan.")).toBeInTheDocument();
  expect(allByRole("button", undefined, byRole("tabpanel"))).toHaveLength(0);
});

test("a view that fails to load shows a message and can be tried again", async () => {
  let attempts = 0;
  const flaky = {
    id: "flaky",
    label: { sv: "Skör", en: "Flaky" },
    load: async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("Loading chunk 7 failed");
      return { default: () => <p>Laddad</p> };
    },
  };
  jest.spyOn(console, "error").mockImplementation(() => undefined); // React reports the caught error
  await renderPane({ views: [flaky] });
  await waitFor(() => expect(byText("Vyn kunde inte visas")).toBeInTheDocument());
  expect(hasText(/Loading chunk 7 failed/)).toBe(true);
  await click(byRole("button", "Försök igen"));
  await waitFor(() => expect(byText("Laddad")).toBeInTheDocument());
  jest.mocked(console.error).mockRestore();
});

test("a result stays visible after a visit to another tab", async () => {
  await renderPane();
  await waitFor(() => expect(byRole("button", "Skapa planeringsstruktur")).toBeInTheDocument());
  await click(byRole("button", "Skapa planeringsstruktur"));
  await waitFor(() => expect(byText("Planeringsstrukturen är klar")).toBeInTheDocument());
  await click(byRole("tab", "Kontroll"));
  expect(hasText("Planeringsstrukturen är klar")).toBe(false); // hidden with its panel
  await click(byRole("tab", "Struktur"));
  expect(byText("Planeringsstrukturen är klar")).toBeInTheDocument();
});

test("axe finds no accessibility violations in the pane", async () => {
  await renderPane();
  await waitFor(() => expect(byRole("table", "Planeringsbladen i arbetsboken")).toBeInTheDocument());
  await click(byRole("button", "Skapa planeringsstruktur"));
  await waitFor(() => expect(byText("Planeringsstrukturen är klar")).toBeInTheDocument());
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`)).toEqual([]);
});
