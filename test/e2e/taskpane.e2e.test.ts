// The production task pane (taskpane.html) in real Chromium, outside Excel:
// Office.js comes from the local @microsoft/office-js copy (the CDN request is
// routed there, telemetry is blocked), the pane boots and says plainly, in
// Swedish and English, that it is not running in Excel, and it passes an
// accessibility scan.

import { existsSync } from "node:fs";
import path from "node:path";
import { E2E_DIST } from "./support/build";
import { assertChromium, launchChromium, type Browser } from "./support/chromium";
import { isolateNetwork, type NetworkLog } from "./support/network";
import { describeViolations, screenshots, seriousA11yViolations } from "./support/steps";
import { serveStatic, type StaticServer } from "./support/staticServer";

jest.setTimeout(120_000);

let server: StaticServer;
let browser: Browser;
let network: NetworkLog;

beforeAll(async () => {
  assertChromium();
  if (!existsSync(path.join(E2E_DIST, "taskpane.html"))) throw new Error(`No production build in ${E2E_DIST} (globalSetup builds it).`);
  server = await serveStatic(E2E_DIST);
  browser = await launchChromium({ viewport: { width: 360, height: 760 } });
  network = await isolateNetwork(browser.context, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("taskpane.html boots outside Excel with Office.js from the local copy and shows the outside-Excel message", async () => {
  const shot = screenshots("taskpane-outside-excel");
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));

  await page.goto(server.url + "taskpane.html");
  const sv = page.getByText("Rådsplan körs inte i Excel");
  const en = page.getByText("Rådsplan is not running in Excel");
  await sv.waitFor({ state: "visible" });
  await en.waitFor({ state: "visible" });
  await shot(page, "outside-excel");

  // Office.js itself came from the local copy, and nothing reached the internet.
  expect(network.office).toContain("office.js");
  expect(network.blocked.filter((url) => !/^https:\/\/appsforoffice\.microsoft\.com\//.test(url))).toEqual([]);
  // The pane points to the preview, and its link works.
  const link = page.getByRole("link", { name: "Öppna förhandsvisningen" });
  expect(await link.getAttribute("href")).toBe("preview.html");
  expect(errors).toEqual([]);

  const violations = await seriousA11yViolations(page);
  expect(describeViolations(violations)).toBe("");
  await page.close();
});
