// The request-size estimate (src/excel/payload.ts) against what Microsoft's own
// Office.js sends: every kind of edit, with random names, addresses and values,
// is queued through the real handlers on a real Excel.RequestContext whose
// requests are recorded (bench/officeJsRequests.ts). The estimate must never be
// below the real bytes (the applier splits on it to stay under Excel on the web's
// 5 MB), and not so far above them that requests are cut needlessly small.

import fc from "fast-check";
import { recordRequests } from "../../bench/officeJsRequests";
import { applyEdits } from "../../src/excel/applyEdits";
import { payloadBytes } from "../../src/plans/payload";
import type { ChartKind, Edit } from "../../src/workbook/edits";
import { readAndPlan } from "../../src/excel/runCommand";
import { followUpCommand } from "../../src/plans/followUp";
import { MemoryWorkbook } from "../../src/host";
import { exampleWorkbook } from "../followup/memoryPlan";

const caps = { isSetSupported: () => true };
/** Ids as long as they get late in a large batch. */
const LATE = { firstId: 1_000_000 };

/** What Office.js sends for `edit` beyond an anchor edit on the same sheet (so the sheet's own path is not counted). */
async function realBytes(edit: Edit): Promise<number> {
  const sheet = "sheet" in edit ? edit.sheet : "Blad";
  const anchor: Edit = { kind: "setValues", sheet, address: "ZZ1", values: [[0]] };
  const unlimited = { splitBytes: Number.MAX_SAFE_INTEGER };
  const base = await recordRequests((context) => applyEdits(context, [anchor], caps, unlimited), LATE);
  const withEdit = await recordRequests((context) => applyEdits(context, [anchor, edit], caps, unlimited), LATE);
  expect(withEdit.requestBytes).toHaveLength(1);
  return withEdit.requestBytes[0] - base.requestBytes[0];
}

const text = fc.string({ unit: "grapheme", maxLength: 40 });
const name = fc.stringMatching(/^[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö0-9_ ]{0,30}$/);
const cell = fc.tuple(fc.constantFrom("A", "B", "Z", "AA", "XFD"), fc.integer({ min: 1, max: 1_048_576 })).map(([c, r]) => `${c}${r}`);
const range = fc.tuple(cell, cell).map(([a, b]) => `${a}:${b}`);
const color = fc.constantFrom("#1F4E79", "#C55A11", "#D9D9D9", "#FFFFFF");
const value = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(""), fc.constant("=SUM(A1:A2)"), fc.constant("+46 90 16 10 00"));
const chartKinds: ChartKind[] = ["Line", "LineMarkers", "ColumnClustered", "ColumnStacked", "BarStacked", "BarClustered"];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("addSheet" as const), sheet: name, visibility: fc.option(fc.constantFrom("Visible" as const, "Hidden" as const, "VeryHidden" as const), { nil: undefined }), tabColor: fc.option(color, { nil: undefined }) }, { requiredKeys: ["kind", "sheet"] }),
  fc.record({ kind: fc.constant("deleteSheet" as const), sheet: name }),
  fc
    .tuple(name, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }), fc.boolean())
    .chain(([sheet, rows, cols, literal]) =>
      fc.array(fc.array(value, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }).map(
        (values): Edit => ({ kind: "setValues", sheet, address: `A1:${String.fromCharCode(64 + cols)}${rows}`, values, text: literal }),
      ),
    ),
  fc.record({ kind: fc.constant("setNumberFormat" as const), sheet: name, address: range, format: fc.constantFrom('#,##0 "kr"', "0%", "yyyy-mm-dd", "#,##0.00", "@") }),
  fc.record({ kind: fc.constant("addTable" as const), sheet: name, address: range, name, style: fc.option(fc.constant("TableStyleLight1"), { nil: undefined }) }, { requiredKeys: ["kind", "sheet", "address", "name"] }),
  fc.record({ kind: fc.constant("addTableColumn" as const), table: name, header: text }),
  fc.record({ kind: fc.constant("resizeTable" as const), table: name, sheet: name, address: range, style: fc.option(fc.constant("TableStyleLight1"), { nil: undefined }) }, { requiredKeys: ["kind", "table", "sheet", "address"] }),
  fc.record({ kind: fc.constant("convertTableToRange" as const), table: name }),
  fc.record({ kind: fc.constant("setColumnWidth" as const), sheet: name, columns: fc.constantFrom("A", "B:D", "AA:XFD"), widthChars: fc.double({ min: 0, max: 255, noNaN: true }) }),
  fc.record({ kind: fc.constant("freezeRows" as const), sheet: name, rows: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant("autofitRows" as const), sheet: name, address: range }),
  fc.record({ kind: fc.constant("listValidation" as const), sheet: name, address: range, source: fc.oneof(text, fc.constant('=INDIRECT("Groups[Grupp-ID]")')) }),
  fc.record(
    {
      kind: fc.constant("format" as const),
      sheet: name,
      address: range,
      bold: fc.boolean(),
      italic: fc.boolean(),
      fontColor: color,
      fontSize: fc.integer({ min: 6, max: 40 }),
      fill: color,
      wrapText: fc.boolean(),
      horizontalAlignment: fc.constantFrom("Left" as const, "Center" as const, "Right" as const),
      verticalAlignment: fc.constantFrom("Top" as const, "Center" as const, "Bottom" as const),
    },
    { requiredKeys: ["kind", "sheet", "address"] },
  ),
  fc.record(
    {
      kind: fc.constant("addChart" as const),
      sheet: name,
      name,
      chartKind: fc.constantFrom(...chartKinds),
      source: range,
      seriesBy: fc.constantFrom("Rows" as const, "Columns" as const),
      title: text,
      categoryAxisTitle: text,
      valueAxisTitle: text,
      topLeft: cell,
      bottomRight: cell,
      colors: fc.array(color, { maxLength: 5 }),
      lineStyles: fc.array(fc.constantFrom("Continuous", "Dash", "RoundDot"), { maxLength: 3 }),
    },
    { requiredKeys: ["kind", "sheet", "name", "chartKind", "source", "seriesBy", "title", "topLeft", "bottomRight"] },
  ),
  fc.record(
    {
      kind: fc.constant("pageLayout" as const),
      sheet: name,
      orientation: fc.constantFrom("Portrait" as const, "Landscape" as const),
      paperSize: fc.constant("A4" as const),
      fitToWidth: fc.boolean(),
      printTitleRows: fc.constantFrom("$1:$1", "$1:$3"),
      centerHeader: text,
      centerFooter: text,
    },
    { requiredKeys: ["kind", "sheet", "orientation", "paperSize", "fitToWidth"] },
  ),
  fc.record({ kind: fc.constant("activate" as const), sheet: name, cell: fc.option(cell, { nil: undefined }) }, { requiredKeys: ["kind", "sheet"] }),
);

/** For edits from `edits`: the estimate is at least what Office.js sends and at most `factor` times it plus `slack`. */
async function estimateBounds(edits: fc.Arbitrary<Edit>, factor: number, slack: number, run: { numRuns: number; seed: number }): Promise<void> {
  await fc.assert(
    fc.asyncProperty(edits, async (e) => {
      const real = await realBytes(e);
      const estimate = payloadBytes(e);
      expect(estimate).toBeGreaterThanOrEqual(real);
      expect(estimate).toBeLessThanOrEqual(real * factor + slack);
    }),
    run,
  );
}

describe("the request-size estimate, measured against Office.js", () => {
  it("is never below what Office.js sends for an edit, and at most about half again as much (plus a sheet lookup)", async () => {
    await estimateBounds(edit, 1.5, 300, { numRuns: 400, seed: 20261202 });
  }, 120_000);

  it("counts the chunks Office.js cuts a large array into (about 1 500 cells each)", async () => {
    const large = fc
      .tuple(name, fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 14 }), fc.boolean())
      .chain(([sheet, rows, cols, literal]) =>
        fc.array(fc.array(value, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }).map(
          (values): Edit => ({ kind: "setValues", sheet, address: `A1:${String.fromCharCode(64 + cols)}${rows}`, values, text: literal }),
        ),
      );
    await estimateBounds(large, 1.1, 300, { numRuns: 40, seed: 20261203 });
  }, 120_000);

  it("sizes a number format over a whole column as one small request", async () => {
    const e: Edit = { kind: "setNumberFormat", sheet: "Aktiviteter", address: "F2:F1048576", format: '#,##0 "kr"' };
    expect(await realBytes(e)).toBeLessThan(1000);
    expect(payloadBytes(e)).toBeLessThan(1000);
  });

  it("is matched by the in-memory Excel's own measure: a little below what Office.js sends for the follow-up's write", async () => {
    const example = await exampleWorkbook();
    const kinds = ["followUp", "report"] as const;
    const write = await example.run((context) => readAndPlan(context, followUpCommand, { sheets: [...kinds], year: 2025, lang: "sv" }));
    const { requestBytes } = await recordRequests((context) => applyEdits(context, write.edits, caps));
    const host = new MemoryWorkbook();
    await host.run((context) => applyEdits(context, write.edits, host.capabilities));
    expect(requestBytes).toHaveLength(1);
    expect(host.stats.largestPayloadBytes).toBeLessThanOrEqual(requestBytes[0]);
    expect(host.stats.largestPayloadBytes).toBeGreaterThan(requestBytes[0] * 0.85);
  });

  it("holds for a whole request: a long batch of mixed edits sends no more than the sum of their estimates", async () => {
    const edits = fc.sample(edit, { numRuns: 3000, seed: 7 });
    const unlimited = { splitBytes: Number.MAX_SAFE_INTEGER };
    const { requestBytes } = await recordRequests((context) => applyEdits(context, edits, caps, unlimited));
    expect(requestBytes).toHaveLength(1);
    expect(requestBytes[0]).toBeLessThanOrEqual(edits.reduce((n, e) => n + payloadBytes(e), 0));
  }, 60_000);
});
