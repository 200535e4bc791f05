// Layout version 1 workbooks (before Kolada-KPI and Jämförelsevärden) keep working:
// checks and the follow-up run on them unchanged, create structure upgrades them to
// version 2 keeping every value, and Hämta statistik upgrades one first by itself.

import { createStructure } from "../../src/excel/commands/createStructure";
import { runCheck } from "../../src/excel/commands/check";
import { generateFollowUp } from "../../src/excel/commands/followUp";
import { fillFromKolada, readKoladaState } from "../../src/excel/commands/kolada";
import { readSnapshot } from "../../src/excel/readSnapshot";
import type { MemoryWorkbook } from "../../src/host";
import { requestFor } from "../../src/plans/kolada";
import { KoladaClient } from "../../src/net/kolada";
import { EXAMPLE_FOLLOW_UP_YEAR, EXAMPLE_GAPS, EXAMPLE_REFERENCE_DATE } from "../../src/workbook/example";
import { readSettings } from "../../src/workbook/meta";
import { parsePlan } from "../../src/workbook/parsePlan";
import { tableBody } from "../excel/hostWorkbook";
import { exampleWorkbook } from "../followup/memoryPlan";
import { startFakeKolada, type FakeKolada } from "./fakeKolada";

jest.setTimeout(30_000);

let fake: FakeKolada;
beforeAll(async () => {
  fake = await startFakeKolada();
});
afterAll(() => fake.close());

/**
 * The example plan as layout version 1 held it: no Jämförelsevärden sheet, the
 * Indicators table ten columns wide (or, with `keepKpiColumn`, a Kolada-KPI column the
 * user added by hand with `kpi` for I2), and layoutVersion 1 in the settings.
 */
async function versionOneExample(keepKpiColumn = false, kpi = ""): Promise<MemoryWorkbook> {
  const wb = await exampleWorkbook("sv");
  const snapshot = await wb.run((c) => readSnapshot(c));
  const indicators = snapshot.tables.find((t) => t.name === "Indicators")!;
  const settings = snapshot.tables.find((t) => t.name === "RadsplanSettings")!;
  const versionRow = settings.rows.findIndex((r) => r[0] === "layoutVersion") + 2;
  const rows = indicators.rows.length + 1;
  await wb.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.getItem("Jämförelsevärden").delete();
    const ind = sheets.getItem("Indikatorer");
    context.workbook.tables.getItem("Indicators").convertToRange();
    if (!keepKpiColumn) ind.getRange(`K1:K${rows}`).clear("All");
    else ind.getRange("K3").values = [[kpi]];
    ind.tables.add(`A1:${keepKpiColumn ? "K" : "J"}${rows}`, true).name = "Indicators";
    sheets.getItem(settings.sheet).getRange(`B${versionRow}`).values = [["1"]];
    await context.sync();
  });
  wb.resetStats();
  return wb;
}

function cellMap(wb: MemoryWorkbook, skip: RegExp): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const sheet of wb.model.sheets) {
    if (skip.test(sheet.name) || !sheet.usedRange) continue;
    const used = sheet.usedRange;
    sheet.readValues(used).forEach((row, r) => row.forEach((v, c) => out.set(`${sheet.name}!${used.r0 + r},${used.c0 + c}`, v)));
  }
  return out;
}

const check = (wb: MemoryWorkbook) =>
  runCheck(wb.run, { referenceDate: EXAMPLE_REFERENCE_DATE, followUpYear: EXAMPLE_FOLLOW_UP_YEAR, lang: "sv", caps: wb.capabilities, write: false });
const gaps = EXAMPLE_GAPS.map((g) => g.rule).sort();

describe("a layout version 1 workbook", () => {
  it("is checked and followed up as before: no finding about the parts version 2 added", async () => {
    const wb = await versionOneExample();
    const snapshot = await wb.run((c) => readSnapshot(c));
    expect(readSettings(snapshot).layoutVersion).toBe(1);
    expect(parsePlan(snapshot).problems).toEqual([]);
    expect((await check(wb)).findings.map((f) => f.rule).sort()).toEqual(gaps);
    const followUp = await generateFollowUp(wb.run, { year: 2025, lang: "sv", caps: wb.capabilities, sheets: ["followUp", "report"] });
    expect(followUp.sheets).toEqual(["Uppföljning", "Verksamhetsberättelse 2025"]);
    expect(followUp.notices).toEqual([]);
  });

  it("is upgraded to version 2 by create structure, keeping every value; checks and follow-up still work", async () => {
    const wb = await versionOneExample();
    const before = cellMap(wb, /^$/);
    const report = await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });
    expect(report.addedTables).toEqual(["Comparisons"]);
    expect(report.addedColumns).toEqual([{ table: "Indicators", header: "Kolada-KPI" }]);
    const after = cellMap(wb, /^$/);
    const lost = [...before].filter(([k, v]) => !(k.startsWith("_Rådsplan!") && v === "1") && after.get(k) !== v);
    expect(lost).toEqual([]);
    const snapshot = await wb.run((c) => readSnapshot(c));
    expect(readSettings(snapshot).layoutVersion).toBe(2);
    expect(snapshot.tables.find((t) => t.name === "Indicators")!.headers.slice(-1)).toEqual(["Kolada-KPI"]);
    expect((await check(wb)).findings.map((f) => f.rule).sort()).toEqual(gaps);
    const followUp = await generateFollowUp(wb.run, { year: 2025, lang: "sv", caps: wb.capabilities, sheets: ["followUp"] });
    expect(followUp.notices).toEqual([]);
  });

  it("is upgraded by Hämta statistik itself before filling in, keeping every value", async () => {
    const wb = await versionOneExample(true, "N07403");
    const before = cellMap(wb, /^_Rådsplan$/);
    const options = { followUpYear: 2025, years: { from: 2020, to: 2025 } };
    const state = await readKoladaState(wb.run, options);
    expect(state.needsStructure).toBe(true);
    const fetched = await new KoladaClient({ baseUrl: fake.url, today: () => "2026-12-03" }).fetchStatistics(requestFor(state, "2480"));
    const result = await fillFromKolada(wb.run, fetched, { ...options, caps: wb.capabilities, accept: new Set(), lang: "sv" });
    expect(result.notices[0].sv).toContain("struktur version 2");
    expect(result).toMatchObject({ addedMeasurements: 2, addedComparisons: 6, kept: 4 });
    const after = cellMap(wb, /^_Rådsplan$/);
    expect([...before].filter(([k, v]) => after.get(k) !== v)).toEqual([]);
    expect(tableBody(wb, "Comparisons").filter((r) => r[0] === "I2").map((r) => r[1])).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });
});
