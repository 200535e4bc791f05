// The follow-up command on the in-memory Excel: the Uppföljning and
// Verksamhetsberättelse sheets as a user finds them (tables, formats, charts,
// print settings), a constant number of syncs, regeneration that changes
// nothing else, and a user's own sheet that is never replaced.

import { sheetPicture } from "../support/workbookPicture";
import { generateFollowUp, readFollowUp } from "../../src/excel/commands/followUp";
import { toUserMessage } from "../../src/excel/errors";
import { MemoryWorkbook, type SheetModel } from "../../src/host";
import { EXAMPLE_REFERENCE_DATE, examplePlanRows } from "../../src/workbook/example";
import { exampleWorkbook, workbookWithRows } from "./memoryPlan";

const both = ["followUp", "report"] as const;
const generate = (wb: MemoryWorkbook, lang: "sv" | "en" = "sv", year = 2025) =>
  generateFollowUp(wb.run, { year, lang, caps: wb.capabilities, sheets: [...both] });

const sheet = (wb: MemoryWorkbook, name: string): SheetModel => {
  const s = wb.model.sheet(name);
  if (!s) throw new Error(`no sheet ${name}; the workbook has ${wb.model.sheetNames().join(", ")}`);
  return s;
};

/** Values of a chart series' range (or its categories) as the sheet holds them. */
const cellsOf = (s: SheetModel, r: { r0: number; c0: number; r1: number; c1: number }) => s.readValues(r).flat();

describe("generateFollowUp on the example workbook", () => {
  let wb: MemoryWorkbook;
  let result: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    wb = await exampleWorkbook();
    result = await generate(wb);
  });

  it("writes both sheets after one read and one write", () => {
    expect(result.sheets).toEqual(["Uppföljning", "Verksamhetsberättelse 2025"]);
    expect(result.notices).toEqual([]);
    expect(result.syncs).toBe(2);
    expect(wb.stats.syncs).toBe(2);
    expect(wb.model.activeSheet.name).toBe("Uppföljning");
  });

  it("gives the report a table per section and per goal, named VB2025_…, under its heading or caption", () => {
    const report = sheet(wb, "Verksamhetsberättelse 2025");
    const names = report.tables().map((t) => t.name);
    expect(names.slice(0, 3)).toEqual(["VB2025_Sammanfattning", "VB2025_Organisation", "VB2025_Mal"]);
    // each goal with indicators of its own has its indicator table, each with activities its activity table (M0 has neither)
    expect(names.filter((n) => n.endsWith("_Ind"))).toEqual(["M1", "M1.1", "M1.2", "M2", "M2.1", "M2.2", "M3", "M3.1", "M4"].map((g) => `VB2025_Mal_${g}_Ind`));
    expect(names.filter((n) => n.endsWith("_Akt"))).toEqual(["M1", "M1.1", "M1.2", "M2", "M2.1", "M2.2", "M3", "M3.1", "M4"].map((g) => `VB2025_Mal_${g}_Akt`));
    expect(names.slice(-4)).toEqual(["VB2025_Ekonomi", "VB2025_EkonomiMal", "VB2025_Styrdokument", "VB2025_Medborgarloften"]);
    for (const t of report.tables()) {
      // a caption stands right above each table, or its section's paragraph (a blank row between)
      expect(String(report.valueAt(t.rect.r0 - 1, 0)) || String(report.valueAt(t.rect.r0 - 2, 0))).not.toBe("");
    }
    expect(report.cellAt("A1").value).toBe("Verksamhetsberättelse 2025");
    expect(report.cellAt("A2").value).toBe("Det brottsförebyggande arbetet 2025 – Umeå");
    // the meetings' chart beside the groups, a native chart per goal (its first indicator's) beside its tables, and the budget's
    expect(report.charts.map((c) => c.title.text)).toEqual([
      "Möten 2025: hållna och planerade",
      ...["I1 Anmälda brott per 100 000 invånare", "I2 Anmälda misshandelsbrott utomhus i centrum", "I3 Problemindex trafik (polisens trygghetsmätning)",
        "I4 Utsatthet för brott mot person (NTU, LPO Umeå)", "I6 Genomförda trygghetsvandringar", "I7 Fastighetsägare anslutna till trygghetsöverenskommelsen",
        "I9 Andel elever i årskurs 9 som druckit alkohol senaste året (CAN)", "I8 Andel elever i gymnasiet år 2 som använt narkotika (CAN)",
        "I10 Andel unga vuxna med riskabelt spelande (folkhälsoenkät)"].map((t) => `${t} – På väg`),
      "Öronmärkt, fördelat och förbrukat per år",
    ]);
  });

  it("formats kronor, percentages, dates and the value's year in the report", () => {
    const report = sheet(wb, "Verksamhetsberättelse 2025");
    const acts = report.tables().find((t) => t.name === "VB2025_Mal_M1.1_Akt")!;
    const a3 = report.readValues(acts.rect).findIndex((r) => String(r[0]).startsWith("A3 "));
    expect(report.readValues(acts.rect)[a3]).toEqual([
      "A3 Nattvandringar i centrum fredagar och lördagar", "Arbetsgrupp Trygg stadskärna", "Genomförd", 80000, 96500, 240,
      "Fler helger än planerat efter oroligheter i höstas",
    ]);
    const row = acts.rect.r0 + a3;
    expect(report.numberFormatAt(row, 3)).toBe('#,##0 "kr"');
    expect(report.cell(row, 3).text).toMatch(/^80.000 kr$/);
    const goals = report.tables().find((t) => t.name === "VB2025_Mal")!;
    const i1 = report.readValues(goals.rect).findIndex((r) => String(r[1]).startsWith("I1 "));
    // progress of I1: 615 / 805 ≈ 76 %
    expect(report.numberFormatAt(goals.rect.r0 + i1, 11)).toBe("0%");
    expect(report.cell(goals.rect.r0 + i1, 11).text).toBe("76%");
    // the latest value stays a number, shown with its year; I8's is from 2024
    expect(report.cell(goals.rect.r0 + i1, 9).value).toBe(8690);
    expect(report.cell(goals.rect.r0 + i1, 9).text).toMatch(/^8.690 \(2025\)$/);
    const i8 = report.readValues(goals.rect).findIndex((r) => String(r[1]).startsWith("I8 "));
    expect(report.cell(goals.rect.r0 + i8, 9).text).toBe("10.6 (2024)");
    const docs = report.tables().find((t) => t.name === "VB2025_Styrdokument")!;
    expect(report.numberFormatAt(docs.rect.r0 + 1, 4)).toBe("yyyy-mm-dd");
    expect(report.cell(docs.rect.r0 + 1, 4).text).toBe("2024-02-13");
  });

  it("sets the report up for print: A4, fitted to the width, title rows repeated, municipality and year in header and footer", () => {
    const page = sheet(wb, "Verksamhetsberättelse 2025").pageLayout;
    expect(page.paperSize).toBe("A4");
    expect(page.orientation).toBe("Landscape");
    expect(page.zoom).toMatchObject({ horizontalFitToPages: 1 });
    expect(page.printTitleRows).toMatchObject({ r0: 0, r1: 1 });
    expect(page.headersFooters.centerHeader).toBe("Umeå – Verksamhetsberättelse 2025");
    expect(page.headersFooters.centerFooter).toContain("Umeå 2025");
  });

  it("fits each report row to its wrapped text and starts its cells at the top, so printed lines never run into the next row", () => {
    const report = sheet(wb, "Verksamhetsberättelse 2025");
    const org = report.tables().find((t) => t.name === "VB2025_Organisation")!;
    const rows = report.readValues(org.rect);
    const umebra = rows.findIndex((r) => String(r[0]).startsWith("G2 "));
    // the beredningsgrupp's long name wraps over lines of 15 pt in its column
    expect(report.rowHeight(org.rect.r0 + umebra)).toBeGreaterThanOrEqual(3 * 15);
    expect(report.cell(org.rect.r0 + umebra, 0).wrapText).toBe(true);
    expect(report.cell(org.rect.r0 + umebra, 5).verticalAlignment).toBe("Top");
    // a row of short cells keeps the standard height
    const summary = report.tables().find((t) => t.name === "VB2025_Sammanfattning")!;
    expect(report.rowHeight(summary.rect.r0 + 1)).toBe(15);
  });

  it("lists each group's members as lines of text under the groups' table, not as a column many lines tall", () => {
    const report = sheet(wb, "Verksamhetsberättelse 2025");
    const org = report.tables().find((t) => t.name === "VB2025_Organisation")!;
    expect(report.readValues(org.rect)[0]).toEqual(["Grupp", "Ordförande", "Sammankallande", "Typ", "Hållna möten", "Planerade möten"]);
    const caption = org.rect.r1 + 2;
    expect(report.valueAt(caption, 0)).toBe("Ledamöter");
    const lines: string[] = [];
    for (let r = caption + 1; report.valueAt(r, 0) !== ""; r++) {
      lines.push(String(report.valueAt(r, 0)));
      expect(report.rowHeight(r)).toBe(15);
    }
    expect(lines[0]).toBe("G1 Styrgrupp för brottsförebyggande samverkan: Kommunstyrelsens ordförande, Kommundirektör, Lokalpolisområdeschef LPO Umeå");
    // the beredningsgrupp's long list runs over more than one line, broken between words
    const g2 = lines.findIndex((l) => l.startsWith("G2 Umebrå – brottsförebyggande och trygghetsskapande råd: Kommunstyrelsens ordförande, "));
    expect(lines[g2 + 1].startsWith("G3 ")).toBe(false);
    expect(lines.filter((l) => /^G\d /.test(l))).toHaveLength(9);
  });

  it("draws a line chart per indicator over its own data, with the target as a dashed second series and Riket dotted", () => {
    const fu = sheet(wb, "Uppföljning");
    const lines = fu.charts.filter((c) => c.type === "LineMarkers");
    expect(lines).toHaveLength(10);
    const i1 = lines.find((c) => c.title.text.startsWith("I1 "))!;
    expect(i1.title.text).toBe("I1 Anmälda brott per 100 000 invånare – På väg");
    expect(i1.valueAxisTitle.text).toBe("Per 100 000 invånare");
    expect(i1.series.map((s) => s.name)).toEqual(["Mätvärde", "Målvärde", "Riket"]);
    // years 2020 (baseline) to 2027 (target year) as categories
    expect(cellsOf(fu, i1.series[0].categories!.rect)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027"]);
    expect(cellsOf(fu, i1.series[0].values.rect)).toEqual([9305, 9110, 9240, 8960, 8820, 8690, "", ""]);
    expect(cellsOf(fu, i1.series[1].values.rect)).toEqual(Array(8).fill(8500));
    // The example's comparison values (Jämförelsevärden) for Riket, 2020–2025.
    expect(cellsOf(fu, i1.series[2].values.rect)).toEqual([14220, 14010, 13860, 13540, 13310, 13150, "", ""]);
    expect(i1.series.map((s) => s.lineStyle)).toEqual(["Continuous", "Dash", "RoundDot"]);
    const i2 = lines.find((c) => c.title.text.startsWith("I2 "))!;
    expect(i2.series.map((s) => s.name)).toEqual(["Mätvärde", "Målvärde"]);
  });

  it("draws activities by status per goal, the budget per year and meetings per group", () => {
    const fu = sheet(wb, "Uppföljning");
    const status = fu.charts.find((c) => c.type === "BarStacked")!;
    expect(status.series.map((s) => s.name)).toEqual(["Planerad", "Pågår", "Genomförd", "Försenad", "Inställd"]);
    // M1.1's own activities in 2025: A2 and A3, both done
    const goals = cellsOf(fu, status.series[0].categories!.rect);
    const m11 = goals.findIndex((g) => String(g).startsWith("M1.1 "));
    expect(cellsOf(fu, status.series[2].values.rect)[m11]).toBe(2);
    const budget = fu.charts.find((c) => c.type === "ColumnClustered")!;
    expect(cellsOf(fu, budget.series[0].categories!.rect)).toEqual(["2023", "2024", "2025", "2026"]);
    expect(cellsOf(fu, budget.series[2].values.rect)).toEqual([58000, 92000, 1187000, 17000]);
    const meetings = fu.charts.find((c) => c.type === "BarClustered")!;
    expect(meetings.series.map((s) => s.name)).toEqual(["Hållna möten", "Planerade möten"]);
    expect(cellsOf(fu, meetings.series[0].values.rect)).toEqual([2, 5, 4, 4, 5, 4, 4]);
  });

  it("places the charts so that none overlaps another", () => {
    const charts = sheet(wb, "Uppföljning").charts;
    for (const a of charts)
      for (const b of charts) {
        if (a === b) continue;
        const apart = a.to.row < b.from.row || b.to.row < a.from.row || a.to.col < b.from.col || b.to.col < a.from.col;
        expect(apart).toBe(true);
      }
  });

  it("regenerates to the same sheets and leaves every other sheet as it was", async () => {
    const generated = ["Uppföljning", "Verksamhetsberättelse 2025"];
    const before = wb.model.sheets.map(sheetPicture);
    const again = await generate(wb);
    expect(again.sheets).toEqual(generated);
    expect(wb.model.sheets.map(sheetPicture)).toEqual(before);
    expect(wb.model.sheetNames()).toEqual(before.map((s) => s.name));
  });
});

describe("regenerating next to the user's own sheets", () => {
  it("never replaces a user's sheet that has the generated name: it writes Uppföljning (2), and keeps using it", async () => {
    const wb = await exampleWorkbook();
    await wb.run(async (context) => {
      const ws = context.workbook.worksheets.add("Uppföljning");
      ws.getRange("A1:B2").values = [["Mina anteckningar", "viktigt"], [1, 2]];
      await context.sync();
    });
    const mine = sheetPicture(sheet(wb, "Uppföljning"));
    const first = await generate(wb);
    expect(first.sheets).toEqual(["Uppföljning (2)", "Verksamhetsberättelse 2025"]);
    expect(first.notices.map((n) => n.sv)).toEqual([
      'Bladet "Uppföljning" finns redan och skapades inte av Rådsplan. Det lämnades orört och resultatet skrevs till bladet "Uppföljning (2)".',
    ]);
    const second = await generate(wb);
    expect(second.sheets).toEqual(["Uppföljning (2)", "Verksamhetsberättelse 2025"]);
    expect(sheetPicture(sheet(wb, "Uppföljning"))).toEqual(mine);
    expect(wb.model.sheetNames().filter((n) => n.startsWith("Uppföljning"))).toEqual(["Uppföljning", "Uppföljning (2)"]);
  });

  it("writes English sheets for an English follow-up, next to the Swedish ones", async () => {
    const wb = await exampleWorkbook();
    await generate(wb, "sv");
    const en = await generate(wb, "en");
    expect(en.sheets).toEqual(["Follow-up", "Annual report 2025"]);
    expect(sheet(wb, "Annual report 2025").tables().map((t) => t.name)).toContain("AR2025_Goals");
    expect(sheet(wb, "Verksamhetsberättelse 2025").tables()).toHaveLength(25);
  });
});

describe("the command's limits", () => {
  it("stays at one read and one write, under 5 MB, for 200 indicators and 2 000 activities, charting and listing them all", async () => {
    const ex = examplePlanRows("sv", EXAMPLE_REFERENCE_DATE);
    const indicators = Array.from({ length: 200 }, (_, i) => [`X${i}`, `Indikator ${i}`, "M1", "Antal", "Lägre är bättre", "Egen mätning", 2015, 500 + i, 2030, 100]);
    const measurements = indicators.flatMap(([id], i) => Array.from({ length: 11 }, (_, k) => [id, 2015 + k, 500 + i - 10 * k, ""]));
    const activities = Array.from({ length: 2000 }, (_, i) => [`B${i}`, `Aktivitet ${i} med en lite längre beskrivning`, "M1", "G2", "", "", "", "Pågår", 1000 + i, 900, 10, 2025, "", "Kommentar"]);
    const wb = await workbookWithRows({ ...ex, Indicators: indicators, Measurements: measurements, Activities: activities });
    const result = await generate(wb);
    expect(result.syncs).toBe(2);
    expect(result.notices).toEqual([]);
    expect(wb.stats.syncs).toBe(result.syncs);
    expect(wb.stats.largestPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    const charts = sheet(wb, "Uppföljning").charts;
    expect(charts.filter((c) => c.type === "LineMarkers")).toHaveLength(200);
    const report = sheet(wb, "Verksamhetsberättelse 2025");
    const acts = report.tables().find((t) => t.name === "VB2025_Mal_M1_Akt")!;
    // the 2 000 activities, all M1's own, listed whole
    expect(acts.rect.r1 - acts.rect.r0).toBe(2000);
  });

  it("refuses a year that is no year with a bilingual message, writing nothing", async () => {
    const wb = await exampleWorkbook();
    const names = wb.model.sheetNames();
    const err = await generate(wb, "sv", 20250).catch((e: unknown) => e);
    expect(toUserMessage(err).sv).toContain('Uppföljningsåret "20250" är inget år');
    expect(toUserMessage(err).en).toContain('The follow-up year "20250" is not a year');
    expect(wb.model.sheetNames()).toEqual(names);
    expect(wb.stats.syncs).toBe(0);
  });

  it("refuses a workbook without planning tables, saying to create the structure first", async () => {
    const wb = new MemoryWorkbook();
    const err = await generate(wb).catch((e: unknown) => e);
    expect(toUserMessage(err).sv).toContain("Skapa strukturen");
    expect(wb.model.sheetNames()).toEqual(["Sheet1"]);
  });

  it("says which tables were missing and how many values could not be read, and still writes the follow-up", async () => {
    const ex = examplePlanRows("sv", EXAMPLE_REFERENCE_DATE);
    const wb = await workbookWithRows({ ...ex, Budget: [[2025, "tvåmiljoner", "", ""]] });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Möten").delete();
      await context.sync();
    });
    const result = await generate(wb);
    expect(result.sheets).toHaveLength(2);
    expect(result.notices.map((n) => n.sv)).toEqual([
      "Tabellen Möten saknas och räknades inte med. Skapa strukturen under Struktur för att lägga till den.",
      "Ett värde i planeringsbladen kunde inte läsas och räknades inte med. Kör Kontroll för att se vilket.",
    ]);
  });

  it("says which columns it could not read (a header twice: DATA-06), and still writes the follow-up", async () => {
    const wb = await exampleWorkbook();
    await wb.run(async (context) => {
      // Målvärde once in Swedish and once in English: neither is read
      context.workbook.tables.getItem("Indicators").columns.add(undefined, undefined, "Target value");
      await context.sync();
    });
    const result = await generate(wb);
    expect(result.sheets).toHaveLength(2);
    expect(result.notices.map((n) => n.sv)).toContain("Kolumnen Indikatorer: Målvärde kunde inte läsas (den saknas, eller dess rubrik finns två gånger) och räknades inte med. Kör Kontroll för att se var.");
    expect(result.notices.map((n) => n.en)).toContain("The column Indikatorer: Target value could not be read (it is missing, or its header appears twice) and was left out. Run Checks to see where.");
  });

  it("skips the print settings on Excel 2019 (ExcelApi 1.7) and says so, writing everything else", async () => {
    const wb = await exampleWorkbook("sv", "1.7");
    const result = await generate(wb);
    expect(result.sheets).toEqual(["Uppföljning", "Verksamhetsberättelse 2025"]);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0].en).toContain("print settings");
    expect(sheet(wb, "Uppföljning").charts.length).toBe(13);
  });

  it("reads the follow-up and the annual report for the task pane with one sync", async () => {
    const wb = await exampleWorkbook();
    const view = await readFollowUp(wb.run, 2025);
    expect(wb.stats.syncs).toBe(1);
    expect(view.followUp.budget.year.spent).toBe(1187000);
    expect(view.report.keyFigures.activities).toBe(11);
    expect(wb.model.sheetNames()).not.toContain("Uppföljning");
  });
});
