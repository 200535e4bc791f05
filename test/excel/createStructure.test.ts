// The create-structure command end to end on the in-memory Excel.
import { workbookPicture } from "../support/workbookPicture";
import { createStructure, readStructureStatus } from "../../src/excel/commands/createStructure";
import { LAYOUT_VERSION, LISTS, META_SHEET, SETTINGS_TABLE, TABLES, type Lang } from "../../src/workbook/layout";
import { columnLetter } from "../../src/workbook/parse/address";
import { emptyWorkbook, formatCells, makeTable, sheetOf, tableBody, typeInto } from "./hostWorkbook";

type AnyColumn = { key: string; sv: string; en: string; type: string; list?: keyof typeof LISTS; ref?: string };

/** The A1 address of a layout column's cell on a sheet row, for tables the command made at A1. */
function cellOf(table: (typeof TABLES)[number], key: string, row: number): string {
  const index = (table.columns as readonly AnyColumn[]).findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return `${columnLetter(index)}${row}`;
}

const byName = (name: string) => TABLES.find((t) => t.name === name)!;

/** A value a user could type into a column of this type. */
function typedValue(col: AnyColumn, lang: Lang): string | number {
  switch (col.type) {
    case "id":
    case "ref":
      return "X1";
    case "list":
      return LISTS[col.list!][0][lang];
    case "yesno":
      return lang === "sv" ? "Ja" : "Yes";
    case "date":
      return 45717;
    case "year":
      return 2025;
    case "integer":
      return 4;
    case "number":
      return 12.5;
    case "money":
      return 125000;
    case "email":
      return "samordnare@example.se";
    default:
      return `Text i ${col.key}`;
  }
}

describe("createStructure on an empty workbook", () => {
  it("creates every sheet, table, Swedish header, format, frozen header and dropdown in at most two syncs", async () => {
    const wb = emptyWorkbook();
    const report = await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });

    expect(wb.stats.syncs).toBeLessThanOrEqual(2);
    expect(report.syncs).toBe(wb.stats.syncs);
    expect(report.notices).toEqual([]);
    expect(report.addedTables).toEqual(expect.arrayContaining(TABLES.map((t) => t.name)));
    for (const def of TABLES) {
      const table = wb.model.table(def.name);
      expect(table?.sheet.name).toBe(def.sheet.sv);
      expect(table!.columnNames()).toEqual(def.columns.map((c) => c.sv));
      expect(table!.sheet.frozenRows).toBe(1);
    }

    const activities = sheetOf(wb, "Aktiviteter");
    const act = byName("Activities");
    expect(activities.cellAt(cellOf(act, "budget", 2)).numberFormat).toBe('#,##0 "kr"');
    expect(activities.cellAt(cellOf(act, "start", 2)).numberFormat).toBe("yyyy-mm-dd");
    expect(activities.cellAt(cellOf(act, "budgetYear", 2)).numberFormat).toBe("0");
    expect(activities.cellAt(cellOf(act, "activityId", 2)).numberFormat).toBe("@");
    // 36 characters wide: (36 * 7 + 5) px at 0.75 pt per px.
    expect(activities.columnWidths[1]).toBeCloseTo(192.75, 2);

    const sources = (sheet: string) => Object.fromEntries(sheetOf(wb, sheet).validations.map((v) => [v.rects.map((r) => `${r.r0},${r.c0}`).join(), v.rule.list?.source]));
    expect(sources("Grupper")).toEqual({
      "1,2": "Styrgrupp,Beredningsgrupp,Arbetsgrupp,Lokalt råd,Samordningsfunktion,Övrig",
      "1,3": '=INDIRECT("Groups[Grupp-ID]")',
      "1,8": "Ja,Nej",
    });
    expect(sources("Aktiviteter")).toEqual({
      "1,2": '=INDIRECT("Goals[Mål-ID]")',
      "1,3": '=INDIRECT("Groups[Grupp-ID]")',
      "1,7": "Planerad,Pågår,Genomförd,Försenad,Inställd",
      "1,12": '=INDIRECT("Documents[Dokument-ID]")',
    });
    expect(sources("Mätvärden")).toEqual({ "1,0": '=INDIRECT("Indicators[Indikator-ID]")' });
    expect(sources("Budget")).toEqual({});

    const meta = sheetOf(wb, META_SHEET);
    expect(meta.visibility).toBe("Hidden");
    const settings = Object.fromEntries(tableBody(wb, SETTINGS_TABLE).map(([k, v]) => [k, v]));
    expect(settings).toMatchObject({ layoutVersion: LAYOUT_VERSION, lang: "sv" });
    expect(wb.model.table("RadsplanAcks")?.sheet.name).toBe(META_SHEET);
  });

  it("creates English sheets and headers with lang en, feeding labels with commas from a lists table", async () => {
    const wb = emptyWorkbook();
    await createStructure(wb.run, { lang: "en", caps: wb.capabilities });
    for (const def of TABLES) {
      expect(wb.model.table(def.name)?.sheet.name).toBe(def.sheet.en);
      expect(wb.model.table(def.name)!.columnNames()).toEqual(def.columns.map((c) => c.en));
    }
    const unit = sheetOf(wb, "Indicators").validations.find((v) => v.rects[0].c0 === 3)!;
    expect(unit.rule.list?.source).toBe('=INDIRECT("RadsplanLists[unit]")');
    expect(tableBody(wb, "RadsplanLists").map((r) => r[0])).toEqual(LISTS.unit.map((i) => i.en));
    expect(sheetOf(wb, "Groups").validations.find((v) => v.rects[0].c0 === 8)?.rule.list?.source).toBe("Yes,No");
  });

  it("leaves dropdowns out on Excel without ExcelApi 1.8 (Office 2019) and says so in the report", async () => {
    const wb = emptyWorkbook("1.7");
    const report = await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });
    expect(wb.stats.syncs).toBeLessThanOrEqual(2);
    for (const def of TABLES) expect(wb.model.table(def.name)).toBeDefined();
    expect(wb.model.sheets.flatMap((s) => s.validations)).toEqual([]);
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0].sv).toMatch(/rullgardinslistor/);
    expect(report.notices[0].en).toMatch(/dropdown lists/);
  });
});

describe("createStructure on a workbook in use", () => {
  it("changes nothing in a complete, filled workbook, the user's own formatting included", async () => {
    const wb = emptyWorkbook();
    await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });
    for (const def of TABLES) {
      const row = (def.columns as readonly AnyColumn[]).map((c) => typedValue(c, "sv"));
      await typeInto(wb, def.sheet.sv, `A2:${columnLetter(row.length - 1)}2`, [row]);
    }
    await formatCells(wb, "Grupper", "B2", { fill: "#FFFF00", bold: true });
    await formatCells(wb, "Mätvärden", "C2", { numberFormat: "0.00" });
    await formatCells(wb, "Aktiviteter", "I2", { numberFormat: "#,##0.00" });
    const before = workbookPicture(wb);
    wb.resetStats();

    const report = await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });

    expect(workbookPicture(wb)).toEqual(before);
    expect(report).toEqual({ addedSheets: [], addedTables: [], addedColumns: [], notices: [], syncs: 1 });
    expect(wb.stats.syncs).toBe(1);
    expect(sheetOf(wb, "Grupper").cellAt("B2")).toMatchObject({ value: "Text i name", fill: "#FFFF00", bold: true });
  });

  it("appends a column an old layout lacks at the right of the table, keeping every value", async () => {
    const wb = emptyWorkbook();
    const groups = byName("Groups");
    const headers = groups.columns.map((c) => c.sv).filter((h) => h !== "Typ");
    const rows = [
      ["G1", "Styrgrupp", "", "Styr", 42370, "", 2, "Ja", "Kommunstyrelsen"],
      ["G2", "Umebrå", "G1", "Bereder", 40179, "", 5, "Nej", "Kommunstyrelsen"],
    ];
    await typeInto(wb, "Grupper", "A1:I3", [headers, ...rows]);
    await makeTable(wb, "Grupper", "A1:I3", "Groups");
    wb.resetStats();

    const report = await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });

    expect(wb.stats.syncs).toBeLessThanOrEqual(2);
    expect(report.addedColumns).toEqual([{ table: "Groups", header: "Typ" }]);
    expect(report.addedSheets).not.toContain("Grupper");
    const table = wb.model.table("Groups")!;
    expect(table.columnNames()).toEqual([...headers, "Typ"]);
    expect(tableBody(wb, "Groups")).toEqual(rows.map((r) => [...r, ""]));
    const sheet = sheetOf(wb, "Grupper");
    expect(sheet.cellAt("J2").numberFormat).toBe("@");
    expect(sheet.validations.find((v) => v.rects.some((r) => r.c0 === 9))?.rule.list?.source).toBe(
      LISTS.groupType.map((i) => i.sv).join(","),
    );
    expect(await readStructureStatus(wb.run)).toMatchObject({ layoutVersion: LAYOUT_VERSION, lang: "sv" });
  });

  it("never touches a sheet called Grupper that holds the user's own data", async () => {
    const wb = emptyWorkbook();
    await typeInto(wb, "Grupper", "A1:C3", [["Lag", "Tränare", "Ort"], ["P12", "Anna", "Umeå"], ["F14", "Per", "Holmsund"]]);
    await formatCells(wb, "Grupper", "A1:C1", { bold: true });
    const before = workbookPicture(wb).sheets.find((s) => s.name === "Grupper");

    const report = await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });

    expect(workbookPicture(wb).sheets.find((s) => s.name === "Grupper")).toEqual(before);
    expect(wb.model.table("Groups")?.sheet.name).toBe("Grupper (2)");
    expect(report.addedSheets).toContain("Grupper (2)");
    expect(report.notices.map((n) => n.en).join(" ")).toContain('"Grupper (2)"');
  });
});

describe("readStructureStatus", () => {
  it("tells, in one sync, which tables are missing before and none after the create", async () => {
    const wb = emptyWorkbook();
    const before = await readStructureStatus(wb.run, "en");
    expect(wb.stats.syncs).toBe(1);
    expect(before.layoutVersion).toBe(0);
    expect(before.tables.every((t) => t.state === "missing")).toBe(true);
    expect(before.tables.find((t) => t.table === "Groups")?.sheet).toBe("Groups");

    await createStructure(wb.run, { lang: "en", caps: wb.capabilities });
    const after = await readStructureStatus(wb.run, "sv");
    expect(after.lang).toBe("en");
    expect(after.layoutVersion).toBe(LAYOUT_VERSION);
    expect(after.tables.every((t) => t.state === "present" && t.rows === 0)).toBe(true);
  });
});
