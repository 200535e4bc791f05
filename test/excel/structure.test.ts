// The pure "think" step of the create command: which edits a snapshot leads to.
import type { Edit } from "../../src/workbook/edits";
import { LAYOUT_VERSION, META_SHEET, SETTINGS_TABLE, TABLES, type Lang } from "../../src/workbook/layout";
import { META_TABLES, settingsRows } from "../../src/workbook/meta";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import type { TableSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { firstFilledTable, planStructure, structureStatus } from "../../src/workbook/structure";

const ALL = { isSetSupported: () => true };
const OFFICE_2019 = { isSetSupported: (_: "ExcelApi", v: string) => Number(v.split(".")[1]) <= 7 };

/** A workbook the create command already completed: every table with its headers and one blank row. */
function completeSnapshot(lang: Lang): WorkbookSnapshot {
  const tables: TableSnapshot[] = TABLES.map((t) => ({
    name: t.name,
    sheet: t.sheet[lang],
    headerRow: 1,
    firstColumn: 0,
    headers: t.columns.map((c) => c[lang]),
    rows: [t.columns.map(() => "")],
  }));
  for (const [i, m] of META_TABLES.entries()) {
    tables.push({
      name: m.name,
      sheet: META_SHEET,
      headerRow: 1,
      firstColumn: i * 3,
      headers: m.columns.map((c) => c[lang]),
      rows: m.name === SETTINGS_TABLE ? settingsRows({ ...DEFAULT_SETTINGS, layoutVersion: LAYOUT_VERSION, lang }) : [["", "", "", "", "", ""]],
    });
  }
  return {
    sheets: [...TABLES.map((t) => ({ name: t.sheet[lang], visibility: "Visible" })), { name: META_SHEET, visibility: "Hidden" }],
    tables,
  };
}

const of = <K extends Edit["kind"]>(edits: Edit[], kind: K) => edits.filter((e): e is Extract<Edit, { kind: K }> => e.kind === kind);

describe("planStructure", () => {
  it("adds nothing at all to a complete workbook, in either language", () => {
    for (const lang of ["sv", "en"] as const) {
      const plan = planStructure(completeSnapshot(lang), { lang, caps: ALL });
      expect(plan.edits).toEqual([]);
      expect(plan.report).toEqual({ addedSheets: [], addedTables: [], addedColumns: [], notices: [] });
      expect(plan.status.tables.every((t) => t.state === "present")).toBe(true);
    }
  });

  it("keeps the workbook's own language from its settings over the requested one", () => {
    const snapshot = completeSnapshot("sv");
    snapshot.tables = snapshot.tables.filter((t) => t.name !== "Budget");
    snapshot.sheets = snapshot.sheets.filter((s) => s.name !== "Budget");
    const plan = planStructure(snapshot, { lang: "en", caps: ALL });
    expect(of(plan.edits, "addSheet").map((e) => e.sheet)).toEqual(["Budget"]);
    expect(of(plan.edits, "setValues")[0].values[0]).toEqual(["År", "Öronmärkt budget (kr)", "Beslutat av", "Kommentar"]);
  });

  it("appends only the missing column, at the right of the table, with its format and dropdown", () => {
    const snapshot = completeSnapshot("sv");
    const groups = snapshot.tables.find((t) => t.name === "Groups")!;
    const typeAt = groups.headers.indexOf("Typ");
    groups.headers.splice(typeAt, 1);
    groups.rows = [groups.headers.map((_, i) => `v${i}`)];
    const plan = planStructure(snapshot, { lang: "sv", caps: ALL });
    expect(plan.report.addedColumns).toEqual([{ table: "Groups", header: "Typ" }]);
    expect(plan.status.tables[0]).toMatchObject({ state: "missingColumns", missingColumns: ["Typ"], rows: 1 });
    expect(plan.edits).toEqual([
      { kind: "addTableColumn", table: "Groups", header: "Typ" },
      { kind: "setNumberFormat", sheet: "Grupper", address: "J2:J2", format: "@" },
      { kind: "setColumnWidth", sheet: "Grupper", columns: "J", widthChars: 20 },
      {
        kind: "listValidation",
        sheet: "Grupper",
        address: "J2:J2",
        source: "Styrgrupp,Beredningsgrupp,Arbetsgrupp,Lokalt råd,Samordningsfunktion,Övrig",
      },
    ]);
  });

  it("never writes on a sheet that holds something: the table goes to \"Grupper (2)\" and the report says so", () => {
    const snapshot: WorkbookSnapshot = { sheets: [{ name: "Grupper", visibility: "Visible", empty: false }], tables: [] };
    const plan = planStructure(snapshot, { lang: "sv", caps: ALL });
    expect(plan.edits.some((e) => "sheet" in e && e.sheet === "Grupper")).toBe(false);
    expect(of(plan.edits, "addTable").find((e) => e.name === "Groups")!.sheet).toBe("Grupper (2)");
    expect(plan.report.notices.map((n) => n.sv).join(" ")).toContain('"Grupper (2)"');
  });

  it("uses an existing empty sheet of the right name instead of adding another", () => {
    const snapshot: WorkbookSnapshot = { sheets: [{ name: "Grupper", visibility: "Visible", empty: true }], tables: [] };
    const plan = planStructure(snapshot, { lang: "sv", caps: ALL });
    expect(of(plan.edits, "addSheet").map((e) => e.sheet)).not.toContain("Grupper");
    expect(of(plan.edits, "addTable").find((e) => e.name === "Groups")!.sheet).toBe("Grupper");
    expect(plan.report.notices).toEqual([]);
  });

  it("leaves dropdowns out below ExcelApi 1.8 and says so once", () => {
    const plan = planStructure({ sheets: [], tables: [] }, { lang: "sv", caps: OFFICE_2019 });
    expect(of(plan.edits, "listValidation")).toEqual([]);
    expect(of(plan.edits, "addTable")).toHaveLength(TABLES.length + META_TABLES.length);
    expect(plan.report.notices).toHaveLength(1);
    expect(plan.report.notices[0].en).toMatch(/dropdown/i);
  });

  it("feeds English labels with a comma from a lists table, since Excel splits inline lists on commas", () => {
    const plan = planStructure({ sheets: [], tables: [] }, { lang: "en", caps: ALL });
    const unit = of(plan.edits, "listValidation").find((e) => e.sheet === "Indicators" && e.address === "D2:D2")!;
    expect(unit.source).toBe('=INDIRECT("RadsplanLists[unit]")');
    const lists = of(plan.edits, "setValues").find((e) => e.sheet === META_SHEET && e.values[0][0] === "unit")!;
    expect(lists.values.flat()).toContain("Per 100,000 inhabitants");
    for (const v of of(plan.edits, "listValidation")) if (!v.source.startsWith("=")) expect(v.source.split(",").length).toBeGreaterThan(1);
  });

  it("updates an older layout version in place and leaves the other settings alone", () => {
    const snapshot = completeSnapshot("sv");
    const settings = snapshot.tables.find((t) => t.name === SETTINGS_TABLE)!;
    settings.rows = [["municipality", "Umeå"], ["layoutVersion", 0]];
    const plan = planStructure(snapshot, { lang: "sv", caps: ALL, layoutVersion: 3 });
    expect(plan.edits.slice(0, 5)).toEqual([
      { kind: "setValues", sheet: META_SHEET, address: "A3", values: [["layoutVersion"]], text: true },
      { kind: "setValues", sheet: META_SHEET, address: "B3", values: [[3]], text: true },
      { kind: "setValues", sheet: META_SHEET, address: "A4", values: [["lang"]], text: true },
      { kind: "setValues", sheet: META_SHEET, address: "B4", values: [["sv"]], text: true },
      // The table had two rows and now needs three.
      { kind: "resizeTable", table: SETTINGS_TABLE, sheet: META_SHEET, address: "A1:B4", style: "TableStyleMedium2" },
    ]);
    expect(of(plan.edits, "setNumberFormat").map((e) => e.address)).toEqual(["A4:A4", "B4:B4"]);
    const older = planStructure(snapshot, { lang: "sv", caps: OFFICE_2019, layoutVersion: 3 });
    expect(older.edits.slice(4, 6)).toEqual([
      { kind: "convertTableToRange", table: SETTINGS_TABLE },
      { kind: "addTable", sheet: META_SHEET, address: "A1:B4", name: SETTINGS_TABLE, style: "TableStyleMedium2" },
    ]);
  });
});

describe("structureStatus and firstFilledTable", () => {
  it("reports missing tables with the sheet they would get, and counts non-blank rows", () => {
    const snapshot = completeSnapshot("en");
    snapshot.tables = snapshot.tables.filter((t) => t.name !== "Meetings");
    snapshot.sheets = snapshot.sheets.filter((s) => s.name !== "Meetings");
    snapshot.tables.find((t) => t.name === "Budget")!.rows = [[2025, 100000, "", ""], ["", "", "", ""]];
    const status = structureStatus(snapshot, "sv");
    expect(status.lang).toBe("en");
    expect(status.layoutVersion).toBe(LAYOUT_VERSION);
    expect(status.tables.find((t) => t.table === "Meetings")).toMatchObject({ state: "missing", sheet: "Meetings", rows: 0 });
    expect(status.tables.find((t) => t.table === "Budget")).toMatchObject({ state: "present", rows: 1 });
    expect(firstFilledTable(snapshot)?.name).toBe("Budget");
    expect(firstFilledTable(completeSnapshot("sv"))).toBeUndefined();
  });
});
