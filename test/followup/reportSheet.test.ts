// The annual report: its data (organisation, documents, citizen promises) and
// the sheet's edits (sections as uniquely named tables, number formats, print
// settings), and the rule that a user's sheet is never replaced.

import { buildAnnualReport } from "../../src/followup/annualReport";
import { buildAnnualReportEdits } from "../../src/followup/reportSheet";
import { chooseSheet, freeTablePrefix, reportSheetName } from "../../src/followup/sheetNames";
import type { Edit } from "../../src/workbook/edits";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import { planOf } from "./planFixture";
import { rangeValues, replayValues } from "./sheetReplay";

type AddTable = Extract<Edit, { kind: "addTable" }>;

const plan = planOf({
  Groups: [
    { groupId: "S", name: "Styrgrupp", type: "steering", plannedMeetings: 2 },
    { groupId: "U", name: "Umebrå", type: "preparatory", plannedMeetings: 5 },
  ],
  Members: [
    { name: "Anna Ordf", groupId: "U", role: "chair", from: "2023-01-01" },
    { name: "Bo Gammal", groupId: "U", role: "member", to: "2024-06-30" },
    { name: "Cia Samk", groupId: "U", role: "convener" },
    { name: "Dan Ny", groupId: "U", role: "member", from: "2026-01-01" },
    { name: "Eva Styr", groupId: "S", role: "chair" },
  ],
  Meetings: [
    { groupId: "U", date: "2025-01-20" },
    { groupId: "U", date: "2025-04-20" },
    { groupId: "U", date: "2025-09-20" },
    { groupId: "S", date: "2024-05-05" },
  ],
  Documents: [
    { documentId: "D1", title: "Samverkansöverenskommelse", type: "collaborationAgreement", decisionDate: "2024-02-01", validUntil: "2027-12-31", nextFollowUp: "2026-02-01" },
    { documentId: "D2", title: "Medborgarlöfte Centrum", type: "citizenPromise", decisionDate: "2025-03-01", nextFollowUp: "2025-10-01" },
    { documentId: "D3", title: "Gammal handlingsplan", type: "plan", decisionDate: "2020-01-01", validUntil: "2023-12-31" },
    { documentId: "D4", title: "Nästa års lägesbild", type: "situationReport", decisionDate: "2026-03-01" },
  ],
  Goals: [{ goalId: "M1", goal: "Minska brottsligheten", level: "goal" }],
  Activities: [
    { activityId: "A1", activity: "Trygghetsvandring", goalId: "M1", responsibleGroup: "U", status: "done", budgetYear: 2025, budget: 12500, spent: 13000, hours: 40, citizenPromise: "D2" },
  ],
  Budget: [{ year: 2025, earmarked: 250000 }],
});

const report = buildAnnualReport(plan, 2025, { ...DEFAULT_SETTINGS, municipality: "Umeå & Vännäs" });

describe("annual report data", () => {
  it("lists each group with its chair, convener, members in force during the year and meetings held vs planned", () => {
    const u = report.groups.find((g) => g.groupId === "U")!;
    expect(u).toMatchObject({ chair: "Anna Ordf", convener: "Cia Samk", meetingsHeld: 3, meetingsPlanned: 5 });
    expect(u.members).toEqual(["Anna Ordf", "Cia Samk"]);
    expect(report.groups.find((g) => g.groupId === "S")!.meetingsHeld).toBe(0);
    expect(report.keyFigures).toMatchObject({ meetingsHeld: 3, meetingsPlanned: 7, earmarked: 250000, allocated: 12500, spent: 13000, remaining: 237000 });
  });

  it("gives each governing document decided by the year's end its status on the 31st of December", () => {
    expect(report.documents.map((d) => [d.documentId, d.status])).toEqual([
      ["D1", "valid"],
      ["D2", "followUpDue"],
      ["D3", "expired"],
    ]);
  });

  it("lists the citizen promises with the year's activities linked to them", () => {
    expect(report.citizenPromises).toEqual([
      { documentId: "D2", title: "Medborgarlöfte Centrum", activities: [{ activityId: "A1", name: "Trygghetsvandring", status: "done" }] },
    ]);
  });
});

describe("annual report sheet", () => {
  const SHEET = reportSheetName(2025, "sv");
  const { edits } = buildAnnualReportEdits(report, { lang: "sv", sheetName: SHEET });
  const cells = replayValues(edits, SHEET);
  const tables = edits.filter((e): e is AddTable => e.kind === "addTable");
  const formatAt = (address: string) => edits.filter((e) => e.kind === "setNumberFormat" && e.address === address).map((e) => (e as { format: string }).format);

  it("is named Verksamhetsberättelse 2025 and holds every section, and each goal's, as uniquely named Excel tables", () => {
    expect(SHEET).toBe("Verksamhetsberättelse 2025");
    expect(tables.map((t) => t.name)).toEqual([
      "VB2025_Sammanfattning", "VB2025_Organisation", "VB2025_Mal", "VB2025_Mal_M1_Akt", "VB2025_Ekonomi",
      "VB2025_EkonomiMal", "VB2025_Styrdokument", "VB2025_Medborgarloften",
    ]);
    const headings = edits
      .filter((e): e is Extract<Edit, { kind: "format" }> => e.kind === "format" && (e.fontSize === 14 || e.fontSize === 12) && e.address !== "A2")
      .map((e) => cells.get(`${+e.address.slice(1)},0`));
    expect(headings).toEqual(["Sammanfattning", "Organisation", "Måluppfyllelse", "M1 Minska brottsligheten", "Ekonomi", "Styrdokument", "Medborgarlöften", "Diagramdata"]);
  });

  it("writes each section's paragraph as text rows under its heading, broken at spaces", () => {
    const rowOf = (text: string) => [...cells.entries()].find(([, v]) => v === text)![0].split(",").map(Number)[0];
    const economy = rowOf("Ekonomi");
    const lines: string[] = [];
    for (let r = economy + 1; cells.get(`${r},0`); r++) lines.push(String(cells.get(`${r},0`)));
    expect(lines.length).toBeGreaterThan(1);
    // each line ends at a word's end: joined with spaces, the lines are the paragraph
    expect(lines.join(" ").replace(/\u00a0/g, " ")).toBe(
      "För 2025 öronmärktes 250 000 kr till det brottsförebyggande arbetet. Årets 1 aktivitet fick 12 500 kr, och utfallet blev 13 000 kr. " +
        "237 000 kr av den öronmärkta budgeten återstår, och 237 500 kr fördelades inte till någon aktivitet. " +
        "En aktivitet gick över sin budget: A1 Trygghetsvandring (13 000 kr mot budgeterade 12 500 kr). Aktiviteterna tog 40 arbetstimmar.",
    );
  });

  it("draws the meetings' and the budget's charts natively beside their tables, their data at the foot of the sheet", () => {
    const charts = edits.filter((e): e is Extract<Edit, { kind: "addChart" }> => e.kind === "addChart");
    expect(charts.map((c) => [c.name, c.chartKind])).toEqual([["RP_Meetings", "BarClustered"], ["RP_Budget", "ColumnClustered"]]);
    const budget = charts[1];
    const table = tables.find((t) => t.name === "VB2025_Ekonomi")!;
    // beside the table: from the column after the widest table of the section, level with the table's top
    expect(+budget.topLeft.replace(/[A-Z]/g, "")).toBe(+table.address.split(":")[0].replace(/[A-Z]/g, ""));
    expect(budget.topLeft.replace(/\d/g, "")).toBe("I");
    const dataRow = +budget.source.split(":")[0].replace(/[A-Z]/g, "");
    expect(dataRow).toBeGreaterThan(+tables[tables.length - 1].address.split(":")[1].replace(/[A-Z]/g, ""));
    expect(rangeValues(cells, budget.source)).toEqual([["År", "Öronmärkt budget (kr)", "Fördelat till aktiviteter (kr)", "Utfall (kr)"], ["2025", 250000, 12500, 13000]]);
    // the meetings' chart beside the groups' table (6 columns: the members are lines of text under it)
    const groups = tables.find((t) => t.name === "VB2025_Organisation")!;
    expect(charts[0].topLeft).toBe(`H${+groups.address.split(":")[0].replace(/[A-Z]/g, "")}`);
  });

  it("writes the activities with kronor formats and the documents with real dates", () => {
    const acts = tables.find((t) => t.name === "VB2025_Mal_M1_Akt")!;
    const rows = rangeValues(cells, acts.address);
    expect(rows[1]).toEqual(["A1 Trygghetsvandring", "Umebrå", "Genomförd", 12500, 13000, 40, ""]);
    const bodyRow = +acts.address.split(":")[1].replace(/[A-Z]/g, "");
    expect(formatAt(`D${bodyRow}:D${bodyRow}`)).toEqual(['#,##0 "kr"']);
    const docs = tables.find((t) => t.name === "VB2025_Styrdokument")!;
    const d1 = rangeValues(cells, docs.address)[1];
    // 2024-02-01 is Excel serial 45323
    expect(d1[0]).toBe("D1 Samverkansöverenskommelse");
    expect(d1[4]).toBe(45323);
    const first = +docs.address.split(":")[0].replace(/[A-Z]/g, "") + 1;
    expect(formatAt(`E${first}:E${first + 2}`)).toEqual(["yyyy-mm-dd"]);
  });

  it("writes user text only as literal text", () => {
    for (const e of edits) if (e.kind === "setValues") expect(e.text).toBe(true);
  });

  it("prints on A4 landscape fitted to the width, title rows repeated, municipality and year in header and footer", () => {
    const page = edits.find((e): e is Extract<Edit, { kind: "pageLayout" }> => e.kind === "pageLayout")!;
    expect(page).toMatchObject({ paperSize: "A4", fitToWidth: true, printTitleRows: "$1:$2" });
    // "&" starts a code in Excel headers, so the municipality's own is doubled
    expect(page.centerHeader).toBe("Umeå && Vännäs – Verksamhetsberättelse 2025");
    expect(page.centerFooter).toContain("Umeå && Vännäs 2025");
  });

  it("with a row limit, lists each table's first rows and says under it how many of how many; the rest is unchanged", () => {
    const whole = buildAnnualReportEdits(report, { lang: "sv", sheetName: SHEET });
    expect(whole.rowsLeftOut).toBe(0);
    // the longest table is the summary's key figures
    expect(whole.longestList).toBe(tables.reduce((n, t) => Math.max(n, rangeValues(cells, t.address).length - 1), 0));
    expect(buildAnnualReportEdits(report, { lang: "sv", sheetName: SHEET, maxRows: whole.longestList }).edits).toEqual(edits);

    const cut = buildAnnualReportEdits(report, { lang: "sv", sheetName: SHEET, maxRows: 2 });
    const cutCells = replayValues(cut.edits, SHEET);
    const cutTables = cut.edits.filter((e): e is AddTable => e.kind === "addTable");
    expect(cutTables.map((t) => t.name)).toEqual(tables.map((t) => t.name));
    let leftOut = 0;
    for (const t of cutTables) {
      const full = rangeValues(cells, tables.find((w) => w.name === t.name)!.address);
      const rows = rangeValues(cutCells, t.address);
      expect(rows).toEqual(full.slice(0, Math.min(3, full.length)));
      const below = cutCells.get(`${+t.address.split(":")[1].replace(/[A-Z]/g, "") + 1},0`);
      if (full.length - 1 > 2) {
        expect(below).toBe(`Visar de 2 första av ${full.length - 1} raderna: fler ryms inte i en skrivning till Excel. Alla finns i planeringsbladen och i Word-filen.`);
        leftOut += full.length - 3;
      } else expect(below).toBeUndefined();
    }
    expect(cut.rowsLeftOut).toBe(leftOut);
    expect(leftOut).toBeGreaterThan(0);
  });

  it("uses English headings and AR table names in English", () => {
    const { edits: en } = buildAnnualReportEdits(report, { lang: "en", sheetName: reportSheetName(2025, "en") });
    expect(reportSheetName(2025, "en")).toBe("Annual report 2025");
    expect(en.filter((e): e is AddTable => e.kind === "addTable").map((t) => t.name)).toContain("AR2025_Goals");
    const texts = en.flatMap((e) => (e.kind === "setValues" ? e.values.flat() : []));
    expect(texts).toEqual(expect.arrayContaining(["Goal attainment", "Citizen promises", "Completed"]));
  });
});

describe("which sheet a regeneration writes", () => {
  it("replaces a sheet Rådsplan made, recognised by its tables", () => {
    expect(chooseSheet("Uppföljning", [{ name: "uppföljning", tables: ["Uppf2025_Indikatorer"] }])).toEqual({ sheet: "uppföljning", replace: true, displaced: false });
  });

  it("never replaces a user's own sheet of that name: the next free numbered name is used", () => {
    expect(chooseSheet("Uppföljning", [{ name: "Uppföljning", tables: ["MinTabell"] }])).toEqual({ sheet: "Uppföljning (2)", replace: false, displaced: true });
    expect(
      chooseSheet("Uppföljning", [
        { name: "Uppföljning", tables: [] },
        { name: "Uppföljning (2)", tables: ["FU2024_Indicators"] },
      ]),
    ).toEqual({ sheet: "Uppföljning (2)", replace: true, displaced: true });
  });

  it("gives up when every numbered name is a user's sheet", () => {
    const taken = ["X", ...Array.from({ length: 8 }, (_, i) => `X (${i + 2})`)].map((name) => ({ name, tables: [] }));
    expect(chooseSheet("X", taken)).toBeNull();
  });

  it("picks a table prefix that clashes with no table staying in the workbook", () => {
    expect(freeTablePrefix("VB2025", ["Groups", "VB2025_2_Mal"])).toBe("VB2025");
    expect(freeTablePrefix("VB2025", ["vb2025_mal"])).toBe("VB2025_2");
    expect(freeTablePrefix("VB2025", ["VB2025_Mal", "VB2025_2_Ekonomi"])).toBe("VB2025_3");
  });
});
