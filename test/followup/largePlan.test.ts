// The follow-up of plans far larger than any council's: one read and one write per
// sheet whatever the size, every request under Excel on the web's 5 MB as
// Microsoft's own Office.js would send it (bench/officeJsRequests.ts), and sheets
// that say what they leave out, while the Word file keeps everything.

import { sheetPicture } from "../support/workbookPicture";
import JSZip from "jszip";
import { recordRequests } from "../../bench/officeJsRequests";
import { applyEdits } from "../../src/excel/applyEdits";
import { generateFollowUp, readFollowUp } from "../../src/excel/commands/followUp";
import { readAndPlan } from "../../src/excel/runCommand";
import { followUpCommand } from "../../src/plans/followUp";
import { REQUEST_LIMIT_BYTES, SYNC_SPLIT_BYTES } from "../../src/plans/payload";
import { buildReportDocx } from "../../src/followup/docx";
import { MAX_INDICATOR_CHARTS } from "../../src/followup/followUpSheet";
import type { MemoryWorkbook, SheetModel } from "../../src/host";
import { EXAMPLE_REFERENCE_DATE, examplePlanRows } from "../../src/workbook/example";
import { workbookWithRows } from "./memoryPlan";

const both = ["followUp", "report"] as const;
const YEAR = 2025;
const ACTIVITIES = 4000;
const INDICATORS = MAX_INDICATOR_CHARTS + 50;

/** The Umeå example with 250 indicators and 4 000 activities of 2025, each with a long comment: about 5 MB of report. */
function largeRows() {
  const ex = examplePlanRows("sv", EXAMPLE_REFERENCE_DATE);
  const indicators = Array.from({ length: INDICATORS }, (_, i) => [`X${i + 1}`, `Indikator ${i + 1}`, "M1", "Antal", "Lägre är bättre", "Egen mätning", 2020, 500 + i, 2030, 100]);
  const measurements = indicators.flatMap(([id], i) => Array.from({ length: 6 }, (_, k) => [id, 2020 + k, 500 + i - 10 * k, ""]));
  const comment = "Genomfördes i samverkan med polisen och fastighetsägarna; uppföljning sker i beredningsgruppen. ".repeat(12);
  const activities = Array.from({ length: ACTIVITIES }, (_, i) => [`B${i + 1}`, `Aktivitet ${i + 1}`, "M1", "G2", "", "", "", "Pågår", 1000 + i, 900, 10, YEAR, "", `${comment}(${i + 1})`]);
  return { ...ex, Indicators: indicators, Measurements: measurements, Activities: activities };
}

const sheet = (wb: MemoryWorkbook, name: string): SheetModel => wb.model.sheet(name)!;

/** The rows of column A below a table, up to the next empty cell. */
function textBelow(s: SheetModel, tableName: string): string {
  const t = s.tables().find((x) => x.name === tableName)!;
  return String(s.valueAt(t.rect.r1 + 1, 0));
}

describe("the follow-up of a plan too large for one request per sheet", () => {
  let wb: MemoryWorkbook;
  let result: Awaited<ReturnType<typeof generateFollowUp>>;
  beforeAll(async () => {
    wb = await workbookWithRows(largeRows());
    result = await generateFollowUp(wb.run, { year: YEAR, lang: "sv", caps: wb.capabilities, sheets: [...both] });
  }, 120_000);

  it("takes one read and one write per sheet, each request under 5 MB", () => {
    expect(result.sheets).toEqual(["Uppföljning", "Verksamhetsberättelse 2025"]);
    expect(result.syncs).toBe(3);
    expect(wb.stats.syncs).toBe(3);
    expect(wb.stats.largestPayloadBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
  });

  it("lists the first activities in the report, says under the table how many of how many, and tells the user", () => {
    const report = sheet(wb, "Verksamhetsberättelse 2025");
    // every activity is M1's: its table under the goal's heading
    const acts = report.tables().find((t) => t.name === "VB2025_Mal_M1_Akt")!;
    const listed = acts.rect.r1 - acts.rect.r0;
    expect(listed).toBeGreaterThan(1000);
    expect(listed).toBeLessThan(ACTIVITIES);
    // the rows listed are the first ones, in goal order, whole
    expect(String(report.valueAt(acts.rect.r0 + 1, 0))).toBe("B1 Aktivitet 1");
    expect(String(report.valueAt(acts.rect.r0 + 1, 6))).toMatch(/\(1\)$/);
    const shown = listed.toLocaleString("sv-SE");
    expect(textBelow(report, "VB2025_Mal_M1_Akt")).toBe(
      `Visar de ${shown} första av ${ACTIVITIES.toLocaleString("sv-SE")} raderna: fler ryms inte i en skrivning till Excel. Alla finns i planeringsbladen och i Word-filen.`,
    );
    // the sections after it are all there
    expect(report.tables().map((t) => t.name)).toEqual(expect.arrayContaining(["VB2025_Ekonomi", "VB2025_Styrdokument", "VB2025_Medborgarloften"]));
    const notice = result.notices.find((n) => n.sv.includes("Verksamhetsberättelse 2025"))!;
    expect(notice.sv).toContain(`visas inte`);
    expect(notice.en).toContain(`${(ACTIVITIES - listed).toLocaleString("en-GB")} rows are not shown`);
  });

  it("charts the first 200 indicators, lists every indicator in its table and says so under it", () => {
    const fu = sheet(wb, "Uppföljning");
    const lines = fu.charts.filter((c) => c.type === "LineMarkers");
    expect(lines).toHaveLength(MAX_INDICATOR_CHARTS);
    expect(lines[MAX_INDICATOR_CHARTS - 1].title.text).toContain(`X${MAX_INDICATOR_CHARTS} `);
    const table = fu.tables().find((t) => t.name === "Uppf2025_Indikatorer")!;
    expect(table.rect.r1 - table.rect.r0).toBeGreaterThanOrEqual(INDICATORS);
    expect(textBelow(fu, "Uppf2025_Indikatorer")).toBe(`Diagram ritas för de 200 första av ${INDICATORS} indikatorer; alla står i tabellen ovan.`);
    expect(result.notices.map((n) => n.en)).toContain(
      `The sheet "Uppföljning" draws charts for the first 200 of the plan's ${INDICATORS} indicators; every indicator is in its table.`,
    );
  });

  it("sends no request over 4 MB through Microsoft's Office.js, in as many requests as sheets", async () => {
    const write = await wb.run((context) => readAndPlan(context, followUpCommand, { sheets: [...both], year: YEAR, lang: "sv" }));
    const { result: applied, requestBytes } = await recordRequests((context) => applyEdits(context, write.edits, { isSetSupported: () => true }));
    expect(requestBytes).toHaveLength(2);
    expect(applied.syncs).toBe(2);
    for (const bytes of requestBytes) {
      expect(bytes).toBeLessThanOrEqual(SYNC_SPLIT_BYTES);
      expect(bytes).toBeLessThanOrEqual(applied.largestPayloadBytes);
    }
  }, 60_000);

  it("regenerates to the same sheets", async () => {
    const before = wb.model.sheets.map(sheetPicture);
    const again = await generateFollowUp(wb.run, { year: YEAR, lang: "sv", caps: wb.capabilities, sheets: [...both] });
    expect(again.syncs).toBe(3);
    expect(wb.model.sheets.map(sheetPicture)).toEqual(before);
  }, 60_000);

  it("keeps every activity in the Word file", async () => {
    const { report } = await readFollowUp(wb.run, YEAR);
    const zip = await JSZip.loadAsync(await buildReportDocx(report, "sv"));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain(`B${ACTIVITIES} Aktivitet ${ACTIVITIES}`);
    expect(xml).toContain(`(${ACTIVITIES})`);
  }, 120_000);
});
