// The Kontroll sheet's edits: rebuilt each run, a summary title, one table row per
// finding with a working cell link, and user text that can never become a formula.

import { applyEdits } from "../../src/excel/applyEdits";
import { MemoryWorkbook } from "../../src/host";
import { applyAcks, ackRowFor } from "../../src/rules/acks";
import { buildChecksSheetEdits, cellLink, CHECKS_TABLE, type ChecksSheetOptions } from "../../src/rules/checksSheet";
import type { Edit } from "../../src/workbook/edits";
import type { Finding } from "../../src/workbook/findings";
import { check, cleanRows, set } from "./fixture";

const OPTIONS: ChecksSheetOptions = {
  lang: "sv",
  sheetName: "Kontroll",
  existingSheet: false,
  generatedAt: "2025-02-15 09:30",
  summary: { referenceDate: "2025-02-15", followUpYear: 2024 },
};

type SetValues = Extract<Edit, { kind: "setValues" }>;
const setValues = (edits: Edit[]) => edits.filter((e): e is SetValues => e.kind === "setValues");

/** The value written to a cell, looked up through the setValues edits. */
function cellValue(edits: Edit[], address: string): { value: unknown; text: boolean } | undefined {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
  for (const e of setValues(edits)) {
    const [a, b = a] = e.address.split(":");
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
    if (col < c1 || col > c2 || Number(row) < Number(r1) || Number(row) > Number(r2)) continue;
    return { value: e.values[Number(row) - Number(r1)][col.charCodeAt(0) - c1.charCodeAt(0)], text: e.text === true };
  }
  return undefined;
}

/** A plan with one error (DATA-05), two warnings (PLAN-04, BUD-03) and one info (DOC-06). */
function someFindings(): Finding[] {
  const rows = cleanRows();
  set(rows, "Activities", "A2", "goalId", "M9");
  set(rows, "Activities", "A1", "spent", 60000);
  set(rows, "Documents", "D2", "decidedBy", "");
  return check(rows);
}

describe("the Kontroll sheet", () => {
  it("is deleted and added again when it exists, and only added when it does not", () => {
    const fresh = buildChecksSheetEdits(someFindings(), OPTIONS);
    expect(fresh[0]).toEqual({ kind: "addSheet", sheet: "Kontroll" });
    expect(fresh.some((e) => e.kind === "deleteSheet")).toBe(false);
    const again = buildChecksSheetEdits(someFindings(), { ...OPTIONS, existingSheet: true });
    expect(again.slice(0, 2)).toEqual([
      { kind: "deleteSheet", sheet: "Kontroll" },
      { kind: "addSheet", sheet: "Kontroll" },
    ]);
  });

  it("has a title with the summary and the run's dates", () => {
    const edits = buildChecksSheetEdits(someFindings(), OPTIONS);
    expect(cellValue(edits, "A1")?.value).toBe("Kontroll: 1 fel, 2 varningar, 1 info");
    expect(cellValue(edits, "A2")?.value).toBe("Referensdatum 2025-02-15 · uppföljningsår 2024 · skapad 2025-02-15 09:30");
    const en = buildChecksSheetEdits(someFindings(), { ...OPTIONS, lang: "en", sheetName: "Checks" });
    expect(cellValue(en, "A1")?.value).toBe("Checks: 1 error, 2 warnings, 1 info");
  });

  it("writes one table row per finding, in order, with a link to its cell", () => {
    const findings = someFindings();
    const edits = buildChecksSheetEdits(findings, OPTIONS);
    expect(findings.map((f) => f.rule)).toEqual(["DATA-05", "PLAN-04", "BUD-03", "DOC-06"]);
    expect(["A5", "B5", "C5", "D5", "E5", "F5", "G5"].map((a) => cellValue(edits, a)?.value)).toEqual([
      "Allvarlighet", "Regel", "Vad är fel och vad ska göras", "Blad", "Cell", "Vägledning", "Kvitterad (motivering)",
    ]);
    expect(cellValue(edits, "A6")?.value).toBe("Fel");
    expect(cellValue(edits, "B6")?.value).toBe("DATA-05");
    expect(cellValue(edits, "C6")?.value).toBe(findings[0].message.sv);
    expect(cellValue(edits, "D6")?.value).toBe("Aktiviteter");
    expect(cellValue(edits, "E6")).toEqual({ value: '=HYPERLINK("#\'Aktiviteter\'!C3","Aktiviteter!C3")', text: false });
    expect(cellValue(edits, "F6")?.value).toBe(findings[0].guidance.sv);
    expect(cellValue(edits, "A9")?.value).toBe("Info");
    expect(edits).toContainEqual({ kind: "addTable", sheet: "Kontroll", address: "A5:G9", name: CHECKS_TABLE, style: "TableStyleMedium2" });
    expect(edits).toContainEqual({ kind: "freezeRows", sheet: "Kontroll", rows: 5 });
    expect(edits).toContainEqual({ kind: "format", sheet: "Kontroll", address: "C6:C9", wrapText: true });
    expect(edits.filter((e) => e.kind === "setColumnWidth")).toHaveLength(7);
  });

  it("writes arrays exactly as large as their ranges", () => {
    for (const e of setValues(buildChecksSheetEdits(someFindings(), OPTIONS))) {
      const [a, b = a] = e.address.split(":");
      const rows = Number(/\d+/.exec(b)![0]) - Number(/\d+/.exec(a)![0]) + 1;
      const cols = b.charCodeAt(0) - a.charCodeAt(0) + 1;
      expect([e.values.length, ...new Set(e.values.map((r) => r.length))]).toEqual([rows, cols]);
    }
  });

  it("shows the acknowledgement and its justification", () => {
    const rows = set(cleanRows(), "Members", 0, "kind", "Tjänsteperson");
    const findings = check(rows);
    const r = ackRowFor(findings[0], "Liten kommun", "Sara Holm", "2025-02-10");
    if (!r.ok) throw new Error(r.message.en);
    const edits = buildChecksSheetEdits(applyAcks(findings, [r.ack]), OPTIONS);
    expect(cellValue(edits, "G6")?.value).toBe("Ja: Liten kommun (Sara Holm, 2025-02-10)");
    expect(cellValue(edits, "A1")?.value).toBe("Kontroll: 0 fel, 0 varningar, 1 info (1 kvitterad)");
  });

  it("says so when nothing was found", () => {
    const edits = buildChecksSheetEdits([], OPTIONS);
    expect(cellValue(edits, "C6")?.value).toBe("Kontrollen hittade inget att anmärka på.");
    expect(edits).toContainEqual(expect.objectContaining({ kind: "addTable", address: "A5:G6" }));
  });

  it("keeps formula-looking user text as text", () => {
    const rows = cleanRows();
    set(rows, "Groups", "G4", "name", '=HYPERLINK("http://example.com","klicka")');
    set(rows, "Groups", "G4", "placement", "+1 Socialnämnden");
    set(rows, "Activities", "A1", "goalId", "=M9");
    const findings = check(rows);
    const edits = buildChecksSheetEdits(findings, OPTIONS);
    const userText = ['=HYPERLINK("http://example.com"', "+1 Socialnämnden", "=M9"];
    for (const e of setValues(edits)) {
      const strings = e.values.flat().filter((v): v is string => typeof v === "string");
      if (!e.text) {
        // the only non-text edit holds our own links, with user text inside string literals
        for (const s of strings) expect(s === "" || /^=HYPERLINK\("#'[^"]*'![A-Z]+\d+(:[A-Z]+\d+)?","[^"]*"\)$/.test(s)).toBe(true);
      }
    }
    const written = setValues(edits).filter((e) => e.text).flatMap((e) => e.values.flat()).join("\n");
    for (const s of userText) expect(written).toContain(s);
  });

  it("builds links that stay one formula whatever the sheet is called", () => {
    expect(cellLink("Bob's", "A2")).toBe('=HYPERLINK("#\'Bob\'\'s\'!A2","Bob\'s!A2")');
    expect(cellLink('x","evil")&"', "B3")).toBe('=HYPERLINK("#\'x"",""evil"")&""\'!B3","x"",""evil"")&""!B3")');
  });

  it("stays text in Excel: applied to the in-memory workbook, only the links are formulas", async () => {
    const rows = cleanRows();
    set(rows, "Groups", "G4", "name", '=HYPERLINK("http://example.com","klicka")');
    set(rows, "Groups", "G4", "placement", "+1 Socialnämnden");
    const findings = check(rows);
    const book = new MemoryWorkbook();
    const build = (existingSheet: boolean) => buildChecksSheetEdits(findings, { ...OPTIONS, existingSheet });
    await book.run((context) => applyEdits(context, build(false), book.capabilities));
    await book.run((context) => applyEdits(context, build(true), book.capabilities)); // a second run rebuilds it
    const sheet = book.model.sheet("Kontroll")!;
    expect(findings.map((f) => f.rule)).toEqual(["ORG-10"]);
    const message = sheet.cellAt("C6");
    expect(message.formula).toBeNull();
    expect(message.value).toBe(findings[0].message.sv);
    expect(String(message.value)).toContain("+1 Socialnämnden");
    const link = sheet.cellAt("E6");
    expect(link.formula).toBe('=HYPERLINK("#\'Grupper\'!J5","Grupper!J5")');
    expect(book.model.table(CHECKS_TABLE)).toBeDefined();
    expect(book.model.sheetNames().filter((n) => n === "Kontroll")).toHaveLength(1);
  });

  it("keeps a sheet name or message that Excel would read as a formula or number as text", async () => {
    const f: Finding = {
      rule: "DOC-06",
      severity: "info",
      message: { sv: "=1+1", en: "=1+1" },
      guidance: { sv: "+46 90 16 10 00", en: "+46 90 16 10 00" },
      sheet: "=SUM(A1)",
      cell: "B2",
      key: "DOC-06|x",
      fingerprint: "abc",
    };
    const book = new MemoryWorkbook();
    await book.run((context) => applyEdits(context, buildChecksSheetEdits([f], OPTIONS), book.capabilities));
    const sheet = book.model.sheet("Kontroll")!;
    expect(["C6", "D6", "F6"].map((a) => [sheet.cellAt(a).formula, sheet.cellAt(a).value])).toEqual([
      [null, "=1+1"],
      [null, "=SUM(A1)"],
      [null, "+46 90 16 10 00"],
    ]);
    expect(sheet.cellAt("E6").formula).toBe('=HYPERLINK("#\'=SUM(A1)\'!B2","=SUM(A1)!B2")');
  });
});
