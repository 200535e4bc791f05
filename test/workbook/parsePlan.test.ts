import { SETTINGS_TABLE, META_SHEET, TABLES } from "../../src/workbook/layout";
import { cellAddress, columnLetter, headerRowAddress, parsePlan, tableRangeAddress } from "../../src/workbook/parsePlan";
import type { TableInfo } from "../../src/workbook/plan";
import { snapshotOf, tableOf } from "../support/snapshots";

const groupRow = (id: string, name: string, type = "Arbetsgrupp") => [id, name, type, "", "", "", "", "", "", ""];

describe("parsePlan", () => {
  it("reads a table's rows with typed values, skipping blank rows in the middle", () => {
    const plan = parsePlan(
      snapshotOf([
        tableOf("Groups", [
          ["G1", "Styrgrupp", "styrgrupp", "", "Förankrar", 42370, "", "2", "Ja", "Kommunstyrelsen"],
          ["", "", "", "", "", "", "", "", "", ""],
          ["  ", "\u00A0", "", "", "", "", "", "", "", ""],
          ["G2", "Umebrå", "Beredningsgrupp", "G1", "", "2010-01-01", "", 5, "nej", ""],
        ]),
      ]),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.tables.Groups).toMatchObject({ sheet: "Grupper", headerRow: 1, rowCount: 4, columnCount: 10 });
    expect(plan.rows.Groups.map((r) => r.row)).toEqual([2, 5]);
    expect(plan.rows.Groups[0].values).toEqual({
      groupId: "G1",
      name: "Styrgrupp",
      type: "steering",
      appointedBy: null,
      mission: "Förankrar",
      startDate: "2016-01-01",
      endDate: null,
      plannedMeetings: 2,
      decisionMandate: true,
      placement: "Kommunstyrelsen",
    });
    expect(plan.rows.Groups[1].values).toMatchObject({ appointedBy: "G1", startDate: "2010-01-01", plannedMeetings: 5, decisionMandate: false });
    expect(plan.rows.Groups[1].raw).toMatchObject({ groupId: "G2", plannedMeetings: 5, decisionMandate: "nej" });
  });

  it("points unreadable, missing and unlisted values at their exact sheet cell", () => {
    // The table starts at C3 on a renamed sheet: header row 3, data from row 4, column C.
    const activities = tableOf(
      "Activities",
      [
        ["A1", "Nattvandringar", "M1", "G7", "", "1/3/2025", "2025-12-31", "Pågår", "80 000 kr", "mycket", "", "", "", ""],
        ["A2", "", "M1", "G7", "", "", "", "Avbruten", "", "", "12,5", "25", "", ""],
      ],
      { sheet: "Aktiviteter 2025", headerRow: 3, firstColumn: 2 },
    );
    const plan = parsePlan(snapshotOf([activities]));
    const where = plan.problems.map((p) => [p.kind, p.sheet, p.cell, p.column, p.row, p.raw]);
    expect(where).toEqual([
      ["unreadable", "Aktiviteter 2025", "H4", "start", 4, "1/3/2025"],
      ["unreadable", "Aktiviteter 2025", "L4", "spent", 4, "mycket"],
      ["required", "Aktiviteter 2025", "D5", "activity", 5, ""],
      ["notInList", "Aktiviteter 2025", "J5", "status", 5, "Avbruten"],
      ["unreadable", "Aktiviteter 2025", "N5", "budgetYear", 5, "25"],
    ]);
    expect(plan.problems.every((p) => p.table === "Activities")).toBe(true);
    expect(plan.problems[2].message.sv).toBe("Kolumnen ”Aktivitet” måste fyllas i på varje rad som används. Fyll i den eller töm hela raden.");
    expect(plan.problems[0].message.en).toContain("Type the date as year-month-day, e.g. 2025-03-01.");
    // Readable cells of the same rows still count; unreadable ones are null.
    expect(plan.rows.Activities[0].values).toMatchObject({ budget: 80000, spent: null, start: null, end: "2025-12-31", status: "ongoing" });
    expect(plan.rows.Activities[1].values).toMatchObject({ activity: null, hours: 12.5, status: null, budgetYear: null });
  });

  it("reports a missing table and leaves its rows empty", () => {
    const plan = parsePlan(snapshotOf([], { without: ["Budget"] }));
    expect(plan.tables.Budget).toBeNull();
    expect(plan.rows.Budget).toEqual([]);
    expect(plan.problems).toEqual([
      {
        kind: "missingTable",
        table: "Budget",
        message: {
          sv: "Tabellen ”Budget” (bladet ”Budget”) saknas. Kör Skapa struktur i Rådsplan, eller ge tabellen tillbaka namnet Budget om den har döpts om.",
          en: "The table “Budget” (sheet “Budget”) is missing. Run Create structure in Rådsplan, or give the table back the name Budget if it was renamed.",
        },
      },
    ]);
  });

  it("reports a renamed column at the header row, naming the unknown header, and reads the other columns", () => {
    const headers: string[] = TABLES[0].columns.map((c) => c.sv);
    headers[6] = "Slut";
    const plan = parsePlan(snapshotOf([tableOf("Groups", [["G7", "Trygg stadskärna", "Arbetsgrupp", "", "", "", "2026-12-31", "", "", ""]], { headers })]));
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatchObject({ kind: "missingColumn", table: "Groups", column: "endDate", sheet: "Grupper", cell: "A1:J1" });
    expect(plan.problems[0].message.sv).toBe(
      "Kolumnen ”Slutdatum” saknas i tabellen Groups på bladet ”Grupper”. Om den har döpts om (okända rubriker: ”Slut”), byt tillbaka rubriken; annars lägg till kolumnen eller kör Skapa struktur i Rådsplan.",
    );
    expect(plan.tables.Groups!.columns.endDate).toBeUndefined();
    expect(plan.rows.Groups[0].values).toMatchObject({ groupId: "G7", type: "working", endDate: null });
    expect(plan.rows.Groups[0].raw).not.toHaveProperty("endDate");
  });

  it("reports a header that appears twice as DATA-06 naming both columns, and reads neither (never the first silently)", () => {
    const headers: string[] = [...TABLES[0].columns.map((c) => c.sv), "Slutdatum"];
    const plan = parsePlan(snapshotOf([tableOf("Groups", [["G7", "Trygg stadskärna", "Arbetsgrupp", "", "", "", "2026-12-31", "", "", "", "2027-06-30"]], { headers })]));
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatchObject({ kind: "duplicateColumn", table: "Groups", column: "endDate", sheet: "Grupper", cell: "G1" });
    expect(plan.problems[0].message.sv).toBe(
      "Tabellen Groups på bladet ”Grupper” har samma kolumn två gånger: ”Slutdatum” i kolumn G och ”Slutdatum” i kolumn K. Rådsplan läser ingen av dem. Ta bort den ena eller ge den en egen rubrik.",
    );
    expect(plan.problems[0].message.en).toBe(
      "The table Groups on the sheet “Grupper” has the same column twice: “Slutdatum” in column G and “Slutdatum” in column K. Rådsplan reads neither. Delete one of them or give it a header of its own.",
    );
    expect(plan.tables.Groups!.columns.endDate).toBeUndefined();
    expect(plan.rows.Groups[0].values).toMatchObject({ groupId: "G7", endDate: null });
  });

  it("reports a column headed once in Swedish and once in English as ambiguous", () => {
    const headers: string[] = [...TABLES[0].columns.map((c) => c.sv), TABLES[0].columns[6].en];
    const plan = parsePlan(snapshotOf([tableOf("Groups", [["G7", "Trygg stadskärna", "Arbetsgrupp", "", "", "", "2026-12-31", "", "", "", ""]], { headers })]));
    expect(plan.problems.map((p) => [p.kind, p.cell])).toEqual([["duplicateColumn", "G1"]]);
    expect(plan.problems[0].message.en).toMatch(/“Slutdatum” in column G and “End date” in column K/);
  });

  it("matches headers in English, with odd case and stray spaces, in any order, and ignores the user's own columns", () => {
    const headers = ["  year ", "Note to self", "EARMARKED   BUDGET (SEK)", "Comment", "decided\u00A0by"];
    const plan = parsePlan(
      snapshotOf([tableOf("Budget", [[2025, "check", "2 000 000", "", "Municipal assembly"], ["", "only my note", "", "", ""]], { lang: "en", headers })], {
        lang: "en",
      }),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.lang).toBe("en");
    expect(plan.tables.Budget!.columns).toEqual({ year: 0, earmarked: 2, decidedBy: 4, comment: 3 });
    expect(plan.rows.Budget).toHaveLength(1);
    expect(plan.rows.Budget[0].values).toEqual({ year: 2025, earmarked: 2000000, decidedBy: "Municipal assembly", comment: null });
  });

  it("reads English list labels and finds tables whatever their sheet is called or their name's case", () => {
    const groups = { ...tableOf("Groups", [groupRow("G1", "Steering", "Steering group")], { lang: "en", sheet: "Our groups" }), name: "groups" };
    const plan = parsePlan(snapshotOf([groups], { lang: "en" }));
    expect(plan.problems).toEqual([]);
    expect(plan.tables.Groups!.sheet).toBe("Our groups");
    expect(plan.rows.Groups[0].values.type).toBe("steering");
  });

  it("takes the language from the settings table before the headers", () => {
    const settings = { name: SETTINGS_TABLE, sheet: META_SHEET, headerRow: 1, firstColumn: 0, headers: ["Key", "Value"], rows: [["lang", "sv"]] };
    expect(parsePlan(snapshotOf([settings], { lang: "en" })).lang).toBe("sv");
    expect(parsePlan(snapshotOf([], { lang: "en" })).lang).toBe("en");
    expect(parsePlan(snapshotOf([], { lang: "sv" })).lang).toBe("sv");
    expect(parsePlan({ sheets: [], tables: [] }).lang).toBe("sv");
  });

  it("writes missing-table messages with the sheet name of the workbook's language", () => {
    const plan = parsePlan(snapshotOf([], { lang: "en", without: ["Meetings"] }));
    expect(plan.problems[0].message.en).toContain("(sheet “Meetings”)");
    const sv = parsePlan(snapshotOf([], { without: ["Meetings"] }));
    expect(sv.problems[0].message.sv).toContain("(bladet ”Möten”)");
  });

  it("expects layout version 2's column and table only in a workbook of version 2", () => {
    const v1Indicators = tableOf("Indicators", [["I1", "Anmälda brott", "M1", "Antal", "Lägre är bättre", "", "", "", "", ""]]);
    v1Indicators.headers = v1Indicators.headers.slice(0, 10);
    const settings = (version: number) => ({ name: SETTINGS_TABLE, sheet: META_SHEET, headerRow: 1, firstColumn: 0, headers: ["Nyckel", "Värde"], rows: [["layoutVersion", version]] });
    const v1 = parsePlan(snapshotOf([v1Indicators, settings(1)], { without: ["Comparisons"] }));
    expect(v1.problems).toEqual([]);
    expect(v1.rows.Indicators[0].values).toMatchObject({ indicatorId: "I1", koladaKpi: null });
    expect(v1.tables.Comparisons).toBeNull();
    const v2 = parsePlan(snapshotOf([v1Indicators, settings(2)], { without: ["Comparisons"] }));
    expect(v2.problems.map((p) => [p.kind, p.table, p.column ?? ""])).toEqual([
      ["missingColumn", "Indicators", "koladaKpi"],
      ["missingTable", "Comparisons", ""],
    ]);
  });

  it("never throws on an empty or odd snapshot", () => {
    const plan = parsePlan({ sheets: [], tables: [] });
    // A workbook without settings counts as older than layout version 2: Jämförelsevärden is optional there.
    expect(plan.problems.filter((p) => p.kind === "missingTable").map((p) => p.table)).toEqual(TABLES.filter((t) => !("since" in t)).map((t) => t.name));
    const ragged = { ...tableOf("Meetings", []), rows: [["G1"], ["G2", 45717, "Extra", "", "surplus cell"]] };
    const parsed = parsePlan(snapshotOf([ragged]));
    expect(parsed.rows.Meetings.map((r) => r.values.date)).toEqual([null, "2025-03-01"]);
    expect(parsed.problems.map((p) => [p.kind, p.cell])).toEqual([["required", "B2"]]);
  });
});

describe("A1 addresses", () => {
  it("names columns as Excel does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });

  it("addresses cells, the header row and the whole table", () => {
    const info: TableInfo = { name: "Budget", sheet: "Budget", headerRow: 3, firstColumn: 2, columns: { year: 0, earmarked: 1, comment: 3 }, rowCount: 5, columnCount: 6 };
    expect(cellAddress(info, 4, "earmarked")).toBe("D4");
    expect(cellAddress(info, 8, "comment")).toBe("F8");
    expect(headerRowAddress(info)).toBe("C3:H3");
    expect(tableRangeAddress(info)).toBe("C3:H8");
    expect(tableRangeAddress({ ...info, columnCount: undefined })).toBe("C3:F8");
  });
});
