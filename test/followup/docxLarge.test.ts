// The Word export of a report too large for docx to lay out, whose tables are written
// apart from the document and spliced into it after packing (src/followup/tableXml.ts):
// the .docx still opens as a zip of well-formed XML and holds every row of every table,
// once and in order, each table with its repeating header row, fixed widths and the
// landscape sections of wide tables, as a small report's inline tables do.

import JSZip from "jszip";
import { JSDOM } from "jsdom";
import { buildAnnualReport } from "../../src/followup/annualReport";
import { buildReportDocx } from "../../src/followup/docx";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import { planOf } from "./planFixture";

const GOALS = 400;
const ACTIVITIES = 3000;
/** Activities of a goal the plan does not have: one table of them, far longer than a range of rows written at a time. */
const OTHERS = 1500;

const plan = planOf({
  Groups: [{ groupId: "G", name: "Brå", type: "preparatory", plannedMeetings: 4 }],
  Goals: Array.from({ length: GOALS }, (_, i) => ({ goalId: `M${i + 1}`, goal: `Mål ${i + 1}`, level: "goal" as const })),
  Indicators: Array.from({ length: GOALS }, (_, i) => ({
    indicatorId: `I${i + 1}`, indicator: `Indikator ${i + 1}`, goalId: `M${i + 1}`, unit: "count", direction: "lower" as const,
    baseYear: 2020, baseValue: 100 + i, targetYear: 2027, targetValue: 80,
  })),
  Measurements: Array.from({ length: GOALS }, (_, i) => ({ indicatorId: `I${i + 1}`, year: 2025, value: 90 + i })),
  Activities: [
    ...Array.from({ length: ACTIVITIES }, (_, i) => ({
      activityId: `A${i + 1}`, activity: `Aktivitet ${i + 1}`, goalId: `M${(i % GOALS) + 1}`, responsibleGroup: "G", status: "ongoing" as const, budgetYear: 2025, budget: 1000 + i, spent: 500,
    })),
    ...Array.from({ length: OTHERS }, (_, i) => ({ activityId: `X${i + 1}`, activity: `Övrig ${i + 1}`, goalId: "OKÄNT", status: "done" as const, budgetYear: 2025 })),
  ],
  Budget: [{ year: 2025, earmarked: 5_000_000 }],
});

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const cellText = (tc: Element) => [...tc.getElementsByTagNameNS(W, "t")].map((t) => t.textContent).join("");

describe("Word export of a report of thousands of rows", () => {
  let xml: string;
  let tables: Element[];
  beforeAll(async () => {
    const report = buildAnnualReport(plan, 2025, { ...DEFAULT_SETTINGS, municipality: "Storstad" });
    const zip = await JSZip.loadAsync(await buildReportDocx(report, "sv"), { checkCRC32: true });
    xml = await zip.file("word/document.xml")!.async("string");
    const parsed = new (new JSDOM("").window.DOMParser)().parseFromString(xml, "application/xml");
    expect(parsed.getElementsByTagName("parsererror")).toHaveLength(0);
    tables = [...parsed.getElementsByTagNameNS(W, "tbl")];
  }, 120_000);

  it("has every activity in a table row, once each, in the plan's order", () => {
    const activityCells = tables.flatMap((t) => [...t.getElementsByTagNameNS(W, "tr")].flatMap((tr) => [...tr.getElementsByTagNameNS(W, "tc")].map(cellText)));
    // Each goal's own activities: in its subsection's table, A1 under M1, A401 under M1 too.
    const own = activityCells.filter((c) => /^A\d+ Aktivitet \d+$/.test(c));
    expect(own).toHaveLength(ACTIVITIES);
    expect(new Set(own).size).toBe(ACTIVITIES);
    const underFirstGoal = own.filter((c) => Number(c.split(" ")[0].slice(1)) % GOALS === 1);
    expect(underFirstGoal.slice(0, 3)).toEqual(["A1 Aktivitet 1", "A401 Aktivitet 401", "A801 Aktivitet 801"]);
    // The activities of the unknown goal, in one long table in their order.
    const others = activityCells.filter((c) => /^X\d+ Övrig \d+$/.test(c));
    expect(others).toEqual(Array.from({ length: OTHERS }, (_, i) => `X${i + 1} Övrig ${i + 1}`));
  });

  it("has every goal and its indicator in Måluppfyllelse", () => {
    const goalsTable = tables.find((t) => cellText(t.getElementsByTagNameNS(W, "tc")[0]) === "Mål" && t.getElementsByTagNameNS(W, "tr")[0].getElementsByTagNameNS(W, "tc").length === 13)!;
    const rows = [...goalsTable.getElementsByTagNameNS(W, "tr")].slice(1).map((tr) => [...tr.getElementsByTagNameNS(W, "tc")].map(cellText));
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: GOALS }, (_, i) => `M${i + 1} Mål ${i + 1}`));
    expect(rows.map((r) => r[1])).toEqual(Array.from({ length: GOALS }, (_, i) => `I${i + 1} Indikator ${i + 1}`));
  });

  it("gives every table one repeating header row, fixed column widths and no row split across pages", () => {
    expect(xml).not.toMatch(/RADSPLAN-TABLE/);
    for (const t of tables) {
      const rows = [...t.getElementsByTagNameNS(W, "tr")];
      const header = rows.filter((tr) => tr.getElementsByTagNameNS(W, "tblHeader").length > 0);
      expect(header).toEqual([rows[0]]);
      expect(t.getElementsByTagNameNS(W, "tblLayout")[0].getAttributeNS(W, "type")).toBe("fixed");
      const grid = [...t.getElementsByTagNameNS(W, "gridCol")];
      expect(grid.length).toBe(rows[0].getElementsByTagNameNS(W, "tc").length);
    }
    const shading = tables.map((t) => t.getElementsByTagNameNS(W, "shd").length);
    expect(shading.every((n) => n > 0)).toBe(true);
  });

  it("puts the wide tables on landscape sections", () => {
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)];
    expect(sections.filter((s) => /w:orient="landscape"/.test(s[0])).length).toBeGreaterThanOrEqual(2);
    // Måluppfyllelse (13 columns) ends a landscape section: its section's properties come after it.
    // its heading, after the entry in the table of contents
    const goalsAt = xml.lastIndexOf(">Måluppfyllelse<");
    expect(goalsAt).toBeGreaterThan(0);
    expect(sections.find((s) => s.index > goalsAt)![0]).toMatch(/w:orient="landscape"/);
  });
});
