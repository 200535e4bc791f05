// Hämta statistik on the in-memory Excel, against a local Kolada: the preview lists
// rows to add, values that differ from what the user typed and values Kolada lacks;
// the fill adds rows that say where they came from, replaces only ticked values,
// writes nothing for missing ones, refuses to grow over a user's cells, and
// upgrades a layout version 1 workbook first, keeping every value.

import { fillFromKolada, linkKpi, previewFetched, readKoladaState, saveKoladaSettings } from "../../src/excel/commands/kolada";
import { requestFor } from "../../src/plans/kolada";
import { KoladaClient } from "../../src/net/kolada";
import type { MemoryWorkbook } from "../../src/host";
import { tableBody, typeInto } from "../excel/hostWorkbook";
import { exampleWorkbook } from "../followup/memoryPlan";
import { startFakeKolada, type FakeKolada } from "./fakeKolada";
import { readSettings } from "../../src/workbook/meta";
import { readSnapshot } from "../../src/excel/readSnapshot";

jest.setTimeout(30_000);

let fake: FakeKolada;
beforeAll(async () => {
  fake = await startFakeKolada();
});
afterAll(() => fake.close());

const client = () => new KoladaClient({ baseUrl: fake.url, backoffMs: 1, today: () => "2026-12-03" });
const OPTIONS = { followUpYear: 2025, years: { from: 2014, to: 2025 } };

/** Every cell of every sheet, as "Sheet!row,col" → value. */
function cells(wb: MemoryWorkbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const sheet of wb.model.sheets) {
    const used = sheet.usedRange;
    if (!used) continue;
    const values = sheet.readValues(used);
    values.forEach((row, r) => row.forEach((v, c) => v !== "" && out.set(`${sheet.name}!${used.r0 + r},${used.c0 + c}`, v)));
  }
  return out;
}

async function linkedExample(): Promise<MemoryWorkbook> {
  const wb = await exampleWorkbook("sv");
  await linkKpi(wb.run, "I2", "n07403", wb.capabilities);
  return wb;
}

async function fetchFor(wb: MemoryWorkbook, group?: string) {
  const state = await readKoladaState(wb.run, OPTIONS);
  return client().fetchStatistics(requestFor(state, "2480", group));
}

describe("Hämta statistik on the in-memory Excel", () => {
  it("links an indicator to a KPI in its Kolada-KPI cell and fetches only linked indicators over the years asked for", async () => {
    const wb = await linkedExample();
    const state = await readKoladaState(wb.run, OPTIONS);
    expect(state.needsStructure).toBe(false);
    expect(state.indicators.find((i) => i.indicatorId === "I2")?.kpi).toBe("N07403");
    expect(state.targets).toEqual([{ indicatorId: "I2", indicator: "Anmälda misshandelsbrott utomhus i centrum", kpi: "N07403", years: [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] }]);
    // Without a range, Basår (2022) to the follow-up year.
    expect((await readKoladaState(wb.run, { followUpYear: 2025 })).targets[0].years).toEqual([2022, 2023, 2024, 2025]);
  });

  it("previews rows to add per year, values that differ side by side, and values Kolada lacks", async () => {
    const wb = await linkedExample();
    const preview = await previewFetched(wb.run, await fetchFor(wb), OPTIONS);
    const own = preview.changes.filter((c) => c.role === "municipality");
    expect(own.filter((c) => c.kind === "add").map((c) => [c.year, c.kolada])).toEqual([
      [2014, 910], [2015, 900], [2017, 880], [2018, 870], [2019, 860], [2020, 850], [2021, 840],
    ]);
    expect(own.filter((c) => c.kind === "missing").map((c) => [c.year, c.kolada, c.status])).toEqual([[2016, null, "missing"]]);
    expect(own.filter((c) => c.kind === "differs").map((c) => [c.year, c.yours, c.kolada, c.status])).toEqual([
      [2022, 212, 830, "final"], [2023, 198, 820, "final"], [2024, 187, 810, "final"], [2025, 176, 800, "preliminary"],
    ]);
    expect(preview.changes.filter((c) => c.role === "riket").every((c) => c.kind === "add" && c.area === "Riket")).toBe(true);
    expect(preview.counts).toEqual({ add: 19, differs: 4, same: 0, missing: 1 });
  });

  it("fills in with one read and one write: rows with their source, the user's differing values kept unless ticked, nothing for missing", async () => {
    const wb = await linkedExample();
    const before = cells(wb);
    const fetched = await fetchFor(wb);
    wb.resetStats();
    const result = await fillFromKolada(wb.run, fetched, { ...OPTIONS, caps: wb.capabilities, accept: new Set(["I2|2024|2480"]), lang: "sv" });
    expect(result).toMatchObject({ addedMeasurements: 7, addedComparisons: 12, replaced: 1, kept: 3, missing: 1, syncs: 2 });
    expect(wb.stats.syncs).toBe(2);

    const measurements = tableBody(wb, "Measurements").filter((r) => r[0] === "I2");
    expect(measurements).toEqual([
      ["I2", 2022, 212, ""],
      ["I2", 2023, 198, ""],
      ["I2", 2024, 810, "ersatt med Kolada N07403, hämtad 2026-12-03; tidigare 187"],
      ["I2", 2025, 176, ""],
      ...[[2014, 910], [2015, 900], [2017, 880], [2018, 870], [2019, 860], [2020, 850], [2021, 840]].map(([y, v]) => ["I2", y, v, "Kolada N07403, hämtad 2026-12-03"]),
    ]);
    expect(measurements.some((r) => r[1] === 2016)).toBe(false);
    const riket = tableBody(wb, "Comparisons").filter((r) => r[0] === "I2");
    expect(riket).toHaveLength(12);
    expect(riket[0]).toEqual(["I2", 2014, "Riket", 1410, "Kolada N07403, hämtad 2026-12-03"]);
    expect(riket[11]).toEqual(["I2", 2025, "Riket", 1300, "Kolada N07403, preliminärt värde, hämtad 2026-12-03"]);

    // Nothing the user had changed, but the ticked value and its comment (and the settings).
    const after = cells(wb);
    const changed = [...before].filter(([k, v]) => after.get(k) !== v).map(([k]) => k);
    expect(changed).toEqual(["Mätvärden!9,2"]); // I2's 2024 value (0-based row 9, column C)
    const settings = readSettings(await wb.run((c) => readSnapshot(c)));
    expect(settings).toMatchObject({ koladaMunicipality: "2480", koladaGroup: "", koladaUnknownKpis: "" });
  });

  it("fetches again without adding anything twice: the same values are left alone", async () => {
    const wb = await linkedExample();
    const fetched = await fetchFor(wb);
    await fillFromKolada(wb.run, fetched, { ...OPTIONS, caps: wb.capabilities, accept: new Set(), lang: "sv" });
    const again = await previewFetched(wb.run, fetched, OPTIONS);
    expect(again.counts).toEqual({ add: 0, differs: 4, same: 19, missing: 1 });
    const second = await fillFromKolada(wb.run, fetched, { ...OPTIONS, caps: wb.capabilities, accept: new Set(), lang: "sv" });
    expect(second).toMatchObject({ addedMeasurements: 0, addedComparisons: 0, replaced: 0, kept: 4 });
  });

  it("adds the group's mean as a comparison, saying over how many members", async () => {
    const wb = await linkedExample();
    const fetched = await fetchFor(wb, "G124026");
    await fillFromKolada(wb.run, fetched, { ...OPTIONS, caps: wb.capabilities, accept: new Set(), lang: "sv" });
    const group = tableBody(wb, "Comparisons").filter((r) => r[2] === "Större städer (jämförelsegrupp)");
    expect(group).toHaveLength(12);
    expect(group[0]).toEqual(["I2", 2014, "Större städer (jämförelsegrupp)", 1210, "Kolada N07403, ovägt medel av 3 av 3 kommuner, hämtad 2026-12-03"]);
  });

  it("records a KPI Kolada does not know for DATA-07, and fills in the others", async () => {
    const wb = await linkedExample();
    await linkKpi(wb.run, "I1", "N99999", wb.capabilities);
    const fetched = await fetchFor(wb);
    const result = await fillFromKolada(wb.run, fetched, { ...OPTIONS, caps: wb.capabilities, accept: new Set(), lang: "sv" });
    expect(result.unknownKpis).toEqual(["N99999"]);
    expect(result.notices.map((n) => n.sv)).toContain("Kolada känner inte till N99999. Kontrollera kolumnen Kolada-KPI (regel DATA-07).");
    expect(readSettings(await wb.run((c) => readSnapshot(c))).koladaUnknownKpis).toBe("N99999");
  });

  it("refuses, changing nothing, when the new rows would land on cells the user keeps below the table", async () => {
    const wb = await linkedExample();
    const fetched = await fetchFor(wb);
    const rows = tableBody(wb, "Measurements").length;
    await typeInto(wb, "Mätvärden", `A${rows + 5}`, [["min egen anteckning"]]);
    const before = cells(wb);
    const err = await fillFromKolada(wb.run, fetched, { ...OPTIONS, caps: wb.capabilities, accept: new Set(), lang: "sv" }).catch((e) => e);
    expect(err.message.sv).toContain("Under tabellen Measurements på bladet Mätvärden finns celler med innehåll");
    expect(cells(wb)).toEqual(before);
  });

  it("refuses, changing nothing, when the table shows a total row the new rows would go into", async () => {
    const wb = await linkedExample();
    const fetched = await fetchFor(wb);
    await wb.run(async (context) => {
      context.workbook.tables.getItem("Measurements").showTotals = true;
      await context.sync();
    });
    const before = cells(wb);
    const err = await fillFromKolada(wb.run, fetched, { ...OPTIONS, caps: wb.capabilities, accept: new Set(), lang: "sv" }).catch((e) => e);
    expect(err.message.sv).toContain("Tabellen Measurements på bladet Mätvärden visar en summarad");
    expect(err.message.en).toContain("Switch the total row off (Table Design → Total Row)");
    expect(cells(wb)).toEqual(before);
  });

  it("stores the municipality, group and address chosen in the pane", async () => {
    const wb = await linkedExample();
    await saveKoladaSettings(wb.run, { koladaMunicipality: "2480", koladaGroup: "G124026", koladaUrl: fake.url }, wb.capabilities);
    const state = await readKoladaState(wb.run, OPTIONS);
    expect(state.settings).toEqual({ koladaMunicipality: "2480", koladaGroup: "G124026", koladaUrl: fake.url });
  });

  it("says what is missing before fetching: the municipality, a valid code, a linked indicator", async () => {
    const wb = await exampleWorkbook("sv");
    const state = await readKoladaState(wb.run, OPTIONS);
    expect(() => requestFor(state, "", undefined)).toThrow();
    expect(() => requestFor(state, "Umeå", undefined)).toThrow();
    const err = (() => {
      try {
        requestFor(state, "2480");
      } catch (e) {
        return e as { message: { sv: string } };
      }
    })();
    expect(err?.message.sv).toContain("Ingen indikator har ett Kolada-KPI");
  });
});
