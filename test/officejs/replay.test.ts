// Every command through Microsoft's Office.js client: each runs once on the
// in-memory Excel directly and once through Office.js (Excel on the web's build
// from @microsoft/office-js, its requests answered from an identical in-memory
// workbook by src/host/officeJsWire.ts), at ExcelApi 1.7 (the manifest's minimum)
// with the client's own API check switched on, and at the newest set. Office.js
// rejecting a call, or any difference in the result, the syncs or anything a user
// could see in the workbook, fails the test.

import { acknowledgeFinding, unacknowledgeFinding } from "../../src/excel/commands/acks";
import { runCheck, type CheckResult } from "../../src/excel/commands/check";
import { createStructure, readStructureStatus } from "../../src/excel/commands/createStructure";
import { generateFollowUp, readFollowUp } from "../../src/excel/commands/followUp";
import { insertExampleData } from "../../src/excel/commands/insertExample";
import { fillFromKolada, linkKpi, readKoladaState, saveKoladaSettings } from "../../src/excel/commands/kolada";
import type { FetchResult } from "../../src/kolada/types";
import type { ExcelRunner } from "../../src/excel/api";
import { selectCell } from "../../src/excel/navigation";
import { MemoryWorkbook } from "../../src/host";
import { EXAMPLE_FOLLOW_UP_YEAR, EXAMPLE_REFERENCE_DATE } from "../../src/workbook/example";
import { officeJs } from "../../bench/officeJsRequests";
import { officeJsRunner } from "../support/officeJsReplay";
import { workbookPicture } from "../support/workbookPicture";

const NOW = new Date(2026, 2, 15, 10, 30);
const ACK_DATE = "2026-03-15";

type Setup = (wb: MemoryWorkbook) => Promise<void>;
type Command<R> = (run: ExcelRunner, wb: MemoryWorkbook) => Promise<R>;

const exampleData: Setup = async (wb) => {
  await insertExampleData(wb.run, { lang: "sv", caps: wb.capabilities });
};
const check = (run: ExcelRunner, wb: MemoryWorkbook): Promise<CheckResult> =>
  runCheck(run, { referenceDate: EXAMPLE_REFERENCE_DATE, lang: "sv", caps: wb.capabilities, now: NOW });
const firstWarning = async (wb: MemoryWorkbook) => {
  const { findings } = await check(wb.run, wb);
  const warning = findings.find((f) => f.severity === "warning" && f.sheet && f.cell);
  if (!warning) throw new Error("the example plan has no warning with a cell");
  return warning;
};

/** What a Kolada fetch brought back for I2 (N07403), 2014–2025: values, a missing year, a preliminary one. */
const FETCHED: FetchResult = {
  request: { municipality: "2480", kpis: ["N07403"], years: Array.from({ length: 12 }, (_, i) => 2014 + i) },
  fetchedOn: "2026-12-03",
  municipality: { id: "2480", title: "Umeå" },
  kpis: [{ id: "N07403", title: "Anmälda våldsbrott, antal/100 000 inv" }],
  unknownKpis: [],
  values: Array.from({ length: 12 }, (_, i) => 2014 + i).flatMap((year) => [
    { kpi: "N07403", area: "2480", year, value: year === 2016 ? null : 900 - (year - 2015) * 10, status: year === 2016 ? ("missing" as const) : year === 2025 ? ("preliminary" as const) : ("final" as const) },
    { kpi: "N07403", area: "0000", year, value: 1400 - (year - 2015) * 10, status: "final" as const },
  ]),
};
const linkedExample: Setup = async (wb) => {
  await exampleData(wb);
  await linkKpi(wb.run, "I2", "N07403", wb.capabilities);
};
const KOLADA_YEARS = { followUpYear: 2025, years: { from: 2014, to: 2025 } };

const COMMANDS: [string, Setup, Command<unknown>][] = [
  ["create structure", async () => {}, (run, wb) => createStructure(run, { lang: "sv", caps: wb.capabilities })],
  ["structure status", exampleData, (run) => readStructureStatus(run, "sv")],
  ["example data", async () => {}, (run, wb) => insertExampleData(run, { lang: "sv", caps: wb.capabilities })],
  ["check (Kontroll sheet)", exampleData, check],
  ["check, read only", exampleData, (run, wb) => runCheck(run, { referenceDate: EXAMPLE_REFERENCE_DATE, lang: "en", caps: wb.capabilities, write: false })],
  ["acknowledge a finding", exampleData, async (run, wb) => acknowledgeFinding(run, await firstWarning(wb), "Liten kommun", "Eva", { caps: wb.capabilities, date: ACK_DATE })],
  [
    "take an acknowledgement back",
    async (wb) => {
      await exampleData(wb);
      await acknowledgeFinding(wb.run, await firstWarning(wb), "Liten kommun", "Eva", { caps: wb.capabilities, date: ACK_DATE });
    },
    async (run, wb) => unacknowledgeFinding(run, await firstWarning(wb)),
  ],
  ["follow-up and report sheets", exampleData, (run, wb) => generateFollowUp(run, { year: EXAMPLE_FOLLOW_UP_YEAR, lang: "sv", caps: wb.capabilities, sheets: ["followUp", "report"] })],
  ["follow-up view", exampleData, (run) => readFollowUp(run, EXAMPLE_FOLLOW_UP_YEAR)],
  ["Kolada: link a KPI", exampleData, (run, wb) => linkKpi(run, "I2", "N07403", wb.capabilities)],
  ["Kolada: state", linkedExample, (run) => readKoladaState(run, KOLADA_YEARS)],
  ["Kolada: settings", exampleData, (run, wb) => saveKoladaSettings(run, { koladaMunicipality: "2480", koladaGroup: "G124026" }, wb.capabilities)],
  ["Kolada: fill in (a ticked value replaced)", linkedExample, (run, wb) => fillFromKolada(run, FETCHED, { ...KOLADA_YEARS, caps: wb.capabilities, accept: new Set(["I2|2024|2480"]), lang: "sv" })],
  [
    "select a finding",
    exampleData,
    async (run, wb) => {
      const f = await firstWarning(wb);
      return selectCell(run, f.sheet!, f.cell!);
    },
  ],
];

describe.each(["1.7", "1.17"])("through Microsoft's Office.js at ExcelApi %s", (apiVersion) => {
  it.each(COMMANDS)("%s: Office.js accepts it and it does exactly what it does on the host", async (_name, setup, command) => {
    const direct = new MemoryWorkbook({ apiVersion });
    const replayed = new MemoryWorkbook({ apiVersion });
    await setup(direct);
    await setup(replayed);
    direct.resetStats();
    replayed.resetStats();

    const expected = await command(direct.run, direct);
    const office = officeJsRunner(replayed);
    const actual = await command(office.run, replayed);

    expect(actual).toEqual(expected);
    expect(replayed.stats.syncs).toBe(direct.stats.syncs);
    expect(workbookPicture(replayed)).toEqual(workbookPicture(direct));
    expect(office.requests).toBeGreaterThan(0);
  }, 60_000);
});

describe("the harness itself", () => {
  it("has Office.js's own API check on: at ExcelApi 1.7 a dropdown (ExcelApi 1.8) is refused by the client", async () => {
    const wb = new MemoryWorkbook({ apiVersion: "1.7" });
    const office = officeJsRunner(wb);
    const attempt = office.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "Ja,Nej" } };
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(office.requests).toBe(0);
    expect(officeJs().OfficeExtension.CommonUtility._doApiNotSupportedCheck).toBe(true);
  });

  it("answers reads from the workbook: Office.js sees the values the workbook holds", async () => {
    const wb = new MemoryWorkbook({ apiVersion: "1.7" });
    await exampleData(wb);
    const office = officeJsRunner(wb);
    const values = await office.run(async (context) => {
      const range = context.workbook.tables.getItem("Groups").getHeaderRowRange();
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values[0][0]).toBe("Grupp-ID");
  });

  it("passes Excel's refusals on as Office.js errors with their code", async () => {
    const wb = new MemoryWorkbook({ apiVersion: "1.7" });
    const office = officeJsRunner(wb);
    const attempt = office.run(async (context) => {
      context.workbook.worksheets.getItem("Finns inte").activate();
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
