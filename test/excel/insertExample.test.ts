// The example-plan command end to end on the in-memory Excel.
import { workbookPicture } from "../support/workbookPicture";
import { createStructure } from "../../src/excel/commands/createStructure";
import { insertExampleData } from "../../src/excel/commands/insertExample";
import { UserError } from "../../src/excel/errors";
import { EXAMPLE_REFERENCE_DATE, examplePlanRows } from "../../src/workbook/example";
import { LISTS, SETTINGS_TABLE, TABLES, type Lang } from "../../src/workbook/layout";
import { emptyWorkbook, formatCells, sheetOf, tableBody, typeInto } from "./hostWorkbook";

/** Every example row is in its table, exactly as examplePlanRows gives it. */
function expectExampleIn(wb: ReturnType<typeof emptyWorkbook>, lang: Lang): void {
  const rows = examplePlanRows(lang, EXAMPLE_REFERENCE_DATE);
  for (const def of TABLES) {
    expect({ table: def.name, rows: tableBody(wb, def.name) }).toEqual({ table: def.name, rows: rows[def.name] });
  }
}

const exampleCount = (lang: Lang) => Object.values(examplePlanRows(lang, EXAMPLE_REFERENCE_DATE)).reduce((n, r) => n + r.length, 0);

describe("insertExampleData", () => {
  it.each(["sv", "en"] as const)("fills an empty workbook with the whole example plan (%s) in at most two syncs", async (lang) => {
    const wb = emptyWorkbook();
    const result = await insertExampleData(wb.run, { lang, caps: wb.capabilities, referenceDate: EXAMPLE_REFERENCE_DATE });

    expect(wb.stats.syncs).toBeLessThanOrEqual(2);
    expect(result.report.syncs).toBe(wb.stats.syncs);
    expect(result.rows).toBe(exampleCount(lang));
    expectExampleIn(wb, lang);
    for (const def of TABLES) expect(wb.model.table(def.name)?.sheet.name).toBe(def.sheet[lang]);
    // Formats and dropdowns reach the last example row.
    const measurements = wb.model.table("Measurements")!;
    const last = measurements.rect.r1;
    expect(measurements.sheet.cell(last, 1).numberFormat).toBe("0");
    const dropdown = measurements.sheet.validations.find((v) => v.rects.some((r) => r.c0 === 0 && r.r1 >= last));
    expect(dropdown?.rule.list?.source).toBe(lang === "sv" ? '=INDIRECT("Indicators[Indikator-ID]")' : '=INDIRECT("Indicators[Indicator ID]")');
    const settings = Object.fromEntries(tableBody(wb, SETTINGS_TABLE));
    expect(settings).toMatchObject({ lang, municipality: "Umeå" });
  });

  it.each([
    ["with Table.resize reported (ExcelApi 1.17)", undefined],
    ["on Excel without Table.resize (ExcelApi 1.12)", "1.12"],
  ])("fills tables that exist but are empty %s, keeping the user's formats and the dropdowns", async (_, apiVersion) => {
    const wb = emptyWorkbook(apiVersion);
    await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });
    await formatCells(wb, "Grupper", "B2", { fill: "#DDEEFF", bold: true });
    await formatCells(wb, "Budget", "B2", { numberFormat: "#,##0.00" });
    wb.resetStats();

    const result = await insertExampleData(wb.run, { lang: "sv", caps: wb.capabilities, referenceDate: EXAMPLE_REFERENCE_DATE });

    expect(wb.stats.syncs).toBeLessThanOrEqual(2);
    expect(result.report.addedTables).toEqual([]);
    expectExampleIn(wb, "sv");
    const groups = sheetOf(wb, "Grupper");
    expect(groups.cellAt("B2")).toMatchObject({ fill: "#DDEEFF", bold: true });
    expect(sheetOf(wb, "Budget").cellAt("B2").numberFormat).toBe("#,##0.00");
    expect(wb.model.table("Groups")?.style).toBe("TableStyleMedium2");
    expect(Object.fromEntries(tableBody(wb, SETTINGS_TABLE))).toMatchObject({ lang: "sv", municipality: "Umeå" });
    const typeColumn = groups.validations.filter((v) => v.rule.list?.source === LISTS.groupType.map((i) => i.sv).join(","));
    const covered = new Set(typeColumn.flatMap((v) => v.rects.flatMap((r) => Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) => r.r0 + i))));
    const body = wb.model.table("Groups")!.bodyRect;
    for (let r = body.r0; r <= body.r1; r++) expect(covered.has(r)).toBe(true);
  });

  it("refuses a workbook whose plan already holds data, and changes nothing", async () => {
    const wb = emptyWorkbook();
    await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });
    await typeInto(wb, "Budget", "A2:B2", [[2025, 850000]]);
    const before = workbookPicture(wb);

    const attempt = insertExampleData(wb.run, { lang: "sv", caps: wb.capabilities, referenceDate: EXAMPLE_REFERENCE_DATE });

    await expect(attempt).rejects.toBeInstanceOf(UserError);
    const error = (await attempt.catch((e: unknown) => e)) as UserError;
    expect(error.message.sv).toContain("Budget");
    expect(error.message.sv).toMatch(/Ingenting ändrades/);
    expect(error.message.en).toMatch(/Nothing was changed/);
    expect(workbookPicture(wb)).toEqual(before);
  });

  it("refuses when the rows below an empty table hold something, and changes nothing", async () => {
    const wb = emptyWorkbook();
    await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });
    await typeInto(wb, "Möten", "B6", [["Anteckning: flytta inte"]]);
    const before = workbookPicture(wb);

    const error = (await insertExampleData(wb.run, { lang: "sv", caps: wb.capabilities, referenceDate: EXAMPLE_REFERENCE_DATE }).catch((e: unknown) => e)) as UserError;

    expect(error).toBeInstanceOf(UserError);
    expect(error.message.en).toContain("Meetings");
    expect(workbookPicture(wb)).toEqual(before);
  });
});
