// The Uppföljning sheet's edits: charts of the right kind reading the right
// data, styled to survive grey-scale printing, laid out so they never overlap.

import { computeFollowUp } from "../../src/followup/compute";
import { buildFollowUpSheetEdits, MAX_INDICATOR_CHARTS } from "../../src/followup/followUpSheet";
import type { Edit } from "../../src/workbook/edits";
import { planOf } from "./planFixture";
import { lightness, overlaps, rangeValues, rectOf, replayValues, type Rect } from "./sheetReplay";

type Chart = Extract<Edit, { kind: "addChart" }>;
const SHEET = "Uppföljning";

function planWithIndicators(n: number) {
  return planOf({
    Groups: [
      { groupId: "G1", name: "Umebrå", type: "preparatory", plannedMeetings: 5 },
      { groupId: "G2", name: "EST Centrum", type: "working", plannedMeetings: 10 },
    ],
    Meetings: [
      { groupId: "G1", date: "2025-02-01" },
      { groupId: "G1", date: "2025-05-01" },
      { groupId: "G2", date: "2025-03-01" },
    ],
    Goals: [
      { goalId: "M1", goal: "Minska brottsligheten", level: "goal" },
      { goalId: "M2", goal: "Öka tryggheten", level: "goal" },
    ],
    Indicators: Array.from({ length: n }, (_, i) => ({
      indicatorId: `I${i + 1}`,
      indicator: `Indikator nummer ${i + 1}`,
      goalId: i % 2 ? "M2" : "M1",
      unit: "percent" as const,
      direction: "lower" as const,
      baseYear: 2021,
      baseValue: 30,
      targetYear: 2026,
      targetValue: 20,
    })),
    Measurements: Array.from({ length: n }, (_, i) => [
      { indicatorId: `I${i + 1}`, year: 2023, value: 28 },
      { indicatorId: `I${i + 1}`, year: 2025, value: 24.5 },
    ]).flat(),
    Activities: [
      { activityId: "A1", activity: "Trygghetsvandring", goalId: "M1", responsibleGroup: "G2", status: "done", budgetYear: 2025, budget: 40000, spent: 38000 },
      { activityId: "A2", activity: "Nattvandring", goalId: "M1", responsibleGroup: "G2", status: "delayed", budgetYear: 2025, budget: 10000, spent: 0 },
      { activityId: "A3", activity: "Trygghetsmätning", goalId: "M2", responsibleGroup: "G1", status: "ongoing", budgetYear: 2025, budget: 60000, spent: 20000 },
      { activityId: "A4", activity: "Föregående års enkät", goalId: "M2", responsibleGroup: "G1", status: "done", budgetYear: 2024, budget: 50000, spent: 52000 },
    ],
    Budget: [
      { year: 2024, earmarked: 100000 },
      { year: 2025, earmarked: 150000 },
    ],
  });
}

function sheetFor(n: number) {
  const fu = computeFollowUp(planWithIndicators(n), 2025);
  const { edits } = buildFollowUpSheetEdits(fu, { lang: "sv", sheetName: SHEET, municipality: "Umeå" });
  const charts = edits.filter((e): e is Chart => e.kind === "addChart");
  return { fu, edits, charts, cells: replayValues(edits, SHEET) };
}

const rectOfChart = (c: Chart): Rect => rectOf(`${c.topLeft}:${c.bottomRight}`);

describe("Uppföljning sheet", () => {
  it("draws one line chart per indicator with the measurements and the target as a second series", () => {
    const { charts, cells } = sheetFor(3);
    const lines = charts.filter((c) => c.chartKind === "LineMarkers");
    expect(lines).toHaveLength(3);
    const data = rangeValues(cells, lines[0].source);
    expect(data[0]).toEqual(["År", "Mätvärde", "Målvärde"]);
    // baseline 2021 → target year 2026, years as text so Excel reads them as categories
    expect(data.slice(1).map((r) => r[0])).toEqual(["2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(data.slice(1).map((r) => r[1])).toEqual([30, "", 28, "", 24.5, ""]);
    expect(data.slice(1).every((r) => r[2] === 20)).toBe(true);
    expect(lines[0].title).toBe("I1 Indikator nummer 1 – På väg");
    expect(lines[0].categoryAxisTitle).toBe("År");
    expect(lines[0].valueAxisTitle).toBe("Procent");
    expect(lines[0].seriesBy).toBe("Columns");
  });

  it("draws activities by status per goal as a stacked bar, budget per year as clustered columns and meetings as clustered bars", () => {
    const { charts, cells } = sheetFor(1);
    const status = charts.find((c) => c.chartKind === "BarStacked")!;
    expect(rangeValues(cells, status.source)).toEqual([
      ["Mål", "Planerad", "Pågår", "Genomförd", "Försenad", "Inställd"],
      ["M1 Minska brottsligheten", 0, 0, 1, 1, 0],
      ["M2 Öka tryggheten", 0, 1, 0, 0, 0],
    ]);
    const budget = charts.find((c) => c.chartKind === "ColumnClustered")!;
    expect(rangeValues(cells, budget.source)).toEqual([
      ["År", "Öronmärkt budget (kr)", "Fördelat till aktiviteter (kr)", "Utfall (kr)"],
      ["2024", 100000, 50000, 52000],
      ["2025", 150000, 110000, 58000],
    ]);
    expect(budget.valueAxisTitle).toBe("Kronor");
    const meetings = charts.find((c) => c.chartKind === "BarClustered")!;
    expect(rangeValues(cells, meetings.source)).toEqual([
      ["Grupp", "Hållna möten", "Planerade möten"],
      ["G1 Umebrå", 2, 5],
      ["G2 EST Centrum", 1, 10],
    ]);
  });

  it("gives every chart a title, axis titles and series colours that differ in lightness, and lines different dashes", () => {
    const { charts } = sheetFor(2);
    for (const c of charts) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.categoryAxisTitle).toBeTruthy();
      expect(c.valueAxisTitle).toBeTruthy();
      const series = rectOf(c.source).lastColumn - rectOf(c.source).firstColumn;
      expect(c.colors).toHaveLength(series);
      const l = c.colors!.map(lightness).sort((a, b) => a - b);
      for (let i = 1; i < l.length; i++) expect(l[i] - l[i - 1]).toBeGreaterThanOrEqual(10);
      if (c.chartKind.startsWith("Line")) expect(new Set(c.lineStyles).size).toBe(series);
    }
  });

  it.each([1, 200])("lays out %i indicator charts without any overlap, between the indicator table and the chart data", (n) => {
    const { charts, edits } = sheetFor(n);
    expect(charts).toHaveLength(n + 3);
    const rects = charts.map(rectOfChart);
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i], rects[j])).toBe(false);
    const table = edits.find((e) => e.kind === "addTable")!;
    const tableBottom = rectOf((table as Extract<Edit, { kind: "addTable" }>).address).lastRow;
    const firstData = Math.min(...charts.map((c) => rectOf(c.source).firstRow));
    for (const r of rects) {
      expect(r.firstRow).toBeGreaterThan(tableBottom);
      expect(r.lastRow).toBeLessThan(firstData);
      expect(r.lastRow - r.firstRow).toBe(rects[0].lastRow - rects[0].firstRow);
    }
    expect(new Set(charts.map((c) => c.name)).size).toBe(charts.length);
  });

  it("charts only the first 200 indicators, says so under the indicator table, and still lists them all", () => {
    const fu = computeFollowUp(planWithIndicators(MAX_INDICATOR_CHARTS + 25), 2025);
    const sheet = buildFollowUpSheetEdits(fu, { lang: "sv", sheetName: SHEET });
    const charts = sheet.edits.filter((e): e is Chart => e.kind === "addChart");
    expect(charts.filter((c) => c.chartKind === "LineMarkers")).toHaveLength(MAX_INDICATOR_CHARTS);
    expect(sheet.chartsLeftOut).toBe(25);
    const cells = replayValues(sheet.edits, SHEET);
    const table = sheet.edits.find((e): e is Extract<Edit, { kind: "addTable" }> => e.kind === "addTable")!;
    const below = rectOf(table.address).lastRow + 1;
    expect(cells.get(`${below},0`)).toBe("Diagram ritas för de 200 första av 225 indikatorer; alla står i tabellen ovan.");
    expect(rangeValues(cells, table.address)).toHaveLength(MAX_INDICATOR_CHARTS + 25 + 1);
    const rects = charts.map(rectOfChart);
    for (const r of rects) expect(r.firstRow).toBeGreaterThan(below);
  });

  it("with a row limit, lists the first rows of the indicator table and each data block and says how many of how many", () => {
    const fu = computeFollowUp(planWithIndicators(5), 2025);
    const whole = buildFollowUpSheetEdits(fu, { lang: "en", sheetName: SHEET });
    expect(whole).toMatchObject({ rowsLeftOut: 0, longestList: 6 });
    const sheet = buildFollowUpSheetEdits(fu, { lang: "en", sheetName: SHEET, maxRows: 3 });
    const cells = replayValues(sheet.edits, SHEET);
    const table = sheet.edits.find((e): e is Extract<Edit, { kind: "addTable" }> => e.kind === "addTable")!;
    expect(rangeValues(cells, table.address)).toHaveLength(4);
    expect(cells.get(`${rectOf(table.address).lastRow + 1},0`)).toBe("Showing the first 3 of 5 rows: no more fit in one write to Excel. All are in the planning sheets and the Word file.");
    // each indicator's block (2021–2026: six years) is cut to three, and its chart reads what is listed
    const line = sheet.edits.find((e): e is Chart => e.kind === "addChart" && e.chartKind === "LineMarkers")!;
    expect(rangeValues(cells, line.source).map((r) => r[0])).toEqual(["Year", "2021", "2022", "2023"]);
    expect(cells.get(`${rectOf(line.source).lastRow + 1},0`)).toBe("Showing the first 3 of 6 rows: no more fit in one write to Excel. All are in the planning sheets and the Word file.");
    // 2 indicator rows left out, 3 rows of each of the 5 blocks
    expect(sheet.rowsLeftOut).toBe(2 + 5 * 3);
  });

  it("writes the indicator table as an Excel table with the year's results, and user text only as literal text", () => {
    const { edits, cells } = sheetFor(2);
    const table = edits.find((e): e is Extract<Edit, { kind: "addTable" }> => e.kind === "addTable")!;
    expect(table.name).toBe("Uppf2025_Indikatorer");
    const rows = rangeValues(cells, table.address);
    expect(rows[0].slice(0, 2)).toEqual(["Mål-ID", "Indikator"]);
    // the measurement before 2025 is from 2023, so the trend says since when
    expect(rows[1]).toEqual(["M1", "I1 Indikator nummer 1", "Procent", "På väg", "Minskar sedan 2023 (bättre)", 2021, 30, 2026, 20, 24.5, 28, 0.55]);
    for (const e of edits) if (e.kind === "setValues") expect(e.text).toBe(true);
    const percent = edits.find((e) => e.kind === "setNumberFormat" && e.format === "0%");
    expect(percent).toBeDefined();
  });

  it("prints landscape A4 fitted to the page width with the municipality and year in the header", () => {
    const { edits } = sheetFor(1);
    const page = edits.find((e): e is Extract<Edit, { kind: "pageLayout" }> => e.kind === "pageLayout")!;
    expect(page).toMatchObject({ orientation: "Landscape", paperSize: "A4", fitToWidth: true });
    expect(page.centerHeader).toContain("Umeå");
    expect(page.centerHeader).toContain("2025");
  });

  it("says so instead of drawing empty charts when the plan has nothing to show", () => {
    const fu = computeFollowUp(planOf({}), 2025);
    const { edits } = buildFollowUpSheetEdits(fu, { lang: "en", sheetName: "Follow-up" });
    expect(edits.filter((e) => e.kind === "addChart")).toHaveLength(0);
    const texts = edits.flatMap((e) => (e.kind === "setValues" ? e.values.flat() : []));
    expect(texts).toContain("The plan has no indicators yet.");
    expect(texts).toContain("No activities belong to 2025.");
    expect(edits.find((e) => e.kind === "addTable")).toMatchObject({ name: "FU2025_Indicators" });
  });
});
