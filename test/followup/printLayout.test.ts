// The generated sheets of the Umeå example as they print on A4 landscape fitted
// to the width: computed from the in-memory Excel's sheets (test/support/printedPages.ts),
// every page's rows fit on the page, so its breaks are the ones placed by hand; no
// chart is cut by a page edge, manual or automatic; no row is taller than a few lines.

import { generateFollowUp } from "../../src/excel/commands/followUp";
import type { MemoryWorkbook } from "../../src/host";
import { printedSheet } from "../support/printedPages";
import { exampleWorkbook } from "./memoryPlan";

let wb: MemoryWorkbook;
beforeAll(async () => {
  wb = await exampleWorkbook();
  await generateFollowUp(wb.run, { year: 2025, lang: "sv", caps: wb.capabilities, sheets: ["followUp", "report"] });
});

describe.each([
  ["Verksamhetsberättelse 2025", 11],
  ["Uppföljning", 13],
])("the %s sheet printed (%i charts)", (name, charts) => {
  const printed = () => printedSheet(wb.model.sheet(name)!);

  it("breaks its pages by hand: each page's rows fit on an A4 landscape page at the scale fitting its width", () => {
    const p = printed();
    expect(p.scale).toBeLessThan(1);
    expect(p.pages.length).toBeGreaterThan(3);
    expect(p.pages.filter((page) => page.automatic).map((page) => page.firstRow + 1)).toEqual([]);
    expect(p.pages.filter((page) => page.height > p.pageHeight)).toEqual([]);
  });

  it("cuts no chart with a page edge", () => {
    const p = printed();
    expect(p.charts).toHaveLength(charts);
    expect(p.charts.filter((c) => c.pages.length !== 1)).toEqual([]);
  });

  it("has no row taller than six lines of text", () => {
    expect(printed().tallestRow.height).toBeLessThanOrEqual(6 * 15);
  });
});
