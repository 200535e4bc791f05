// Hämta statistik in the browser preview (real Chromium, production build), against
// a local Kolada on 127.0.0.1 (the only address the page may reach besides its own):
// set the address, choose the municipality from Kolada's list, link an indicator to
// a KPI found by title, fetch, see the change preview, tick one differing value,
// fill in, and see the rows in Mätvärden.

import type { Page } from "playwright-core";
import { startFakeKolada, type FakeKolada } from "../kolada/fakeKolada";
import { servedBuild } from "./support/session";
import { describeViolations, screenshots, seriousA11yViolations } from "./support/steps";

jest.setTimeout(240_000);

const session = servedBuild("preview.html", { width: 1400, height: 1000 });
let fake: FakeKolada;
beforeAll(async () => {
  fake = await startFakeKolada();
});
afterAll(() => fake.close());

async function open(): Promise<Page> {
  const { browser, server } = session();
  const page = await browser.context.newPage();
  // The page may call the local Kolada (page routes come before the context's, which block the rest).
  await page.route(`${new URL(fake.url).origin}/**`, (route) => route.continue());
  await page.addInitScript(() => window.localStorage.clear());
  await page.goto(server.url + "preview.html");
  return page;
}

test("Hämta statistik: municipality, KPI search, fetch with preview, tick, fill in", async () => {
  const shot = screenshots("statistics");
  const page = await open();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  const pane = page.getByRole("region", { name: "Aktivitetsfönstret" });
  await pane.getByText("Alla elva blad finns.").waitFor();
  await pane.getByRole("tab", { name: "Statistik" }).click();
  await pane.getByRole("heading", { name: "Hämta statistik från Kolada" }).waitFor();

  await pane.getByLabel(/Adress till Kolada/).fill(fake.url);
  await pane.getByRole("button", { name: "Spara adress" }).click();
  await pane.getByText(`Till ${fake.url} skickas bara kommunkoden`, { exact: false }).waitFor();

  await pane.getByLabel("Sök kommun", { exact: true }).fill("Umeå");
  await pane.getByRole("button", { name: "Sök" }).first().click();
  await pane.getByRole("button", { name: "Välj Umeå (2480)" }).click();
  await pane.getByText("Umeå (2480)").waitFor();

  const row = pane.getByRole("listitem").filter({ hasText: "I2 Anmälda misshandelsbrott" });
  await row.getByRole("button", { name: "Koppla KPI" }).click();
  await row.getByLabel("Sök nyckeltal i Kolada för I2").fill("våldsbrott");
  await row.getByRole("button", { name: "Sök" }).click();
  await row.getByText("Anmälda våldsbrott, antal/100 000 inv").waitFor();
  await shot(page, "kpi-search");
  await row.getByRole("button", { name: "Välj Anmälda våldsbrott, antal/100 000 inv (N07403)" }).click();
  await row.getByText("N07403").waitFor();

  await pane.getByRole("button", { name: "Hämta från Kolada" }).click();
  await pane.getByRole("heading", { name: "Det här ändras" }).waitFor();
  // Basår to the follow-up year (both move with today's date, as the example does): I2's
  // typed values that Kolada also has differ from it, Riket's are added.
  const summary = pane.getByText(/^\d+ rad(er)? läggs till, \d+ värden skiljer sig från dina, \d+ saknas hos Kolada, 0 finns redan\.$/);
  await summary.waitFor();
  const differing = Number(/(\d+) värden skiljer/.exec(await summary.innerText())![1]);
  expect(differing).toBeGreaterThanOrEqual(2);
  const boxes = pane.getByRole("checkbox", { name: /Umeå: ditt \d+ \/ Kolada \d+/ });
  expect(await boxes.count()).toBe(differing);
  const tick = pane.getByRole("checkbox", { name: /Umeå: ditt 187 \/ Kolada \d+/ });
  await tick.check();
  await pane.getByRole("heading", { name: "Det här ändras" }).scrollIntoViewIfNeeded();
  await shot(page, "preview");
  expect(describeViolations(await seriousA11yViolations(page))).toBe("");

  await pane.getByRole("button", { name: "Fyll i arbetsboken" }).click();
  // One ticked value replaced, every other differing one kept as typed.
  // (Counted words agree with their numbers: "1 värde ersatt", "1 behållet", "3 behållna".)
  const kept = differing - 1 === 1 ? "1 behållet" : `${differing - 1} behållna`;
  await pane.getByText(new RegExp(`^Klart: 0 rader i Mätvärden, \\d+ rad(er)? i Jämförelsevärden, 1 värde ersatt, ${kept}\\.$`)).waitFor();
  const workbook = page.getByRole("region", { name: "Arbetsboken" });
  await workbook.getByRole("tab", { name: "Jämförelsevärden", exact: true }).click();
  await workbook.getByRole("grid", { name: "Bladet Jämförelsevärden" }).getByText("Kolada N07403, hämtad", { exact: false }).first().waitFor();
  await shot(page, "filled");
  expect(fake.requests.every((r) => /^\/(municipality|kpi|data)[/?]/.test(r))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});
