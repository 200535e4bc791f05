import { ACKS_TABLE, META_SHEET, SETTINGS_TABLE } from "../../src/workbook/layout";
import { ACKS_COLUMNS, SETTINGS_COLUMNS, ackRow, metaHeaders, readAcks, readSettings, settingsRows, type Ack } from "../../src/workbook/meta";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/snapshot";

const meta = (name: string, headers: string[], rows: CellValue[][]): WorkbookSnapshot => ({
  sheets: [{ name: META_SHEET, visibility: "VeryHidden" }],
  tables: [{ name, sheet: META_SHEET, headerRow: 1, firstColumn: 0, headers, rows }],
});

describe("settings table", () => {
  it("has Nyckel/Key and Värde/Value headers", () => {
    expect(metaHeaders(SETTINGS_COLUMNS, "sv")).toEqual(["Nyckel", "Värde"]);
    expect(metaHeaders(SETTINGS_COLUMNS, "en")).toEqual(["Key", "Value"]);
  });

  it("round-trips settings through the rows the create command writes", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      layoutVersion: 1,
      lang: "en" as const,
      situationReportMaxAgeYears: 3,
      municipality: "Umeå",
      meetingsLocalCouncil: 4,
    };
    const rows = settingsRows(settings);
    expect(rows).toEqual([
      ["layoutVersion", 1],
      ["lang", "en"],
      ["situationReportMaxAgeYears", 3],
      ["municipality", "Umeå"],
      ["meetingsSteering", 0],
      ["meetingsPreparatory", 0],
      ["meetingsWorking", 0],
      ["meetingsLocalCouncil", 4],
      ["koladaMunicipality", ""],
      ["koladaGroup", ""],
      ["koladaUrl", ""],
      ["koladaUnknownKpis", ""],
    ]);
    expect(readSettings(meta(SETTINGS_TABLE, ["Nyckel", "Värde"], rows))).toEqual(settings);
  });

  it("reads values as people edit them and keeps the default for anything unreadable", () => {
    const snapshot = meta(SETTINGS_TABLE, [" värde", "NYCKEL "], [
      ["Svenska", " LANG "],
      ["tre", "situationReportMaxAgeYears"],
      ["", ""],
      ["2", "layoutversion"],
      ["x", "somethingElse"],
    ]);
    expect(readSettings(snapshot)).toEqual({ ...DEFAULT_SETTINGS, lang: "sv", layoutVersion: 2 });
  });

  it("gives the defaults when the table is missing", () => {
    expect(readSettings({ sheets: [], tables: [] })).toEqual(DEFAULT_SETTINGS);
  });
});

describe("acknowledgements table", () => {
  const ack: Ack = { rule: "ORG-02", key: "ORG-02|G1|policeAreaHead", fingerprint: "a1b2c3", justification: "Polisen deltar via beredningsgruppen", by: "Processledare 1", date: "2026-03-15" };

  it("has the six headers in both languages", () => {
    expect(metaHeaders(ACKS_COLUMNS, "sv")).toEqual(["Regel", "Nyckel", "Fingeravtryck", "Motivering", "Av", "Datum"]);
    expect(metaHeaders(ACKS_COLUMNS, "en")).toEqual(["Rule", "Key", "Fingerprint", "Justification", "By", "Date"]);
  });

  it("round-trips an acknowledgement, with the date as Excel stores it too", () => {
    expect(readAcks(meta(ACKS_TABLE, metaHeaders(ACKS_COLUMNS, "sv"), [ackRow(ack)]))).toEqual([ack]);
    const asSerial = ackRow(ack).map((v, i) => (i === 5 ? 46096 : v));
    expect(readAcks(meta(ACKS_TABLE, metaHeaders(ACKS_COLUMNS, "en"), [asSerial]))).toEqual([ack]);
  });

  it("skips blank rows and rows without a rule or key, and keeps an unreadable date as typed", () => {
    const rows: CellValue[][] = [["", "", "", "", "", ""], ["ORG-02", "", "x", "", "", ""], [" DOC-02 ", "DOC-02|D3", "", "", "", "1/3/2026"]];
    expect(readAcks(meta(ACKS_TABLE, metaHeaders(ACKS_COLUMNS, "sv"), rows))).toEqual([
      { rule: "DOC-02", key: "DOC-02|D3", fingerprint: "", justification: "", by: "", date: "1/3/2026" },
    ]);
    expect(readAcks({ sheets: [], tables: [] })).toEqual([]);
  });
});
