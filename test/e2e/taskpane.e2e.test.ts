// The production task pane (taskpane.html) in real Chromium, outside Excel:
// Office.js comes from the local @microsoft/office-js copy (the CDN request is
// routed there, telemetry is blocked), the pane boots and says plainly, in
// Swedish and English, that it is not running in Excel, and it passes an
// accessibility scan.

import { servedBuild } from "./support/session";
import { describeViolations, screenshots, seriousA11yViolations } from "./support/steps";

jest.setTimeout(120_000);

const session = servedBuild("taskpane.html", { width: 360, height: 760 });

test("taskpane.html boots outside Excel with Office.js from the local copy and shows the outside-Excel message", async () => {
  const shot = screenshots("taskpane-outside-excel");
  const { browser, server, network } = session();
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
