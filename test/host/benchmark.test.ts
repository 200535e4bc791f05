// Benchmark-sized plans: writing 100 000 rows x 14 columns in 5 MB-sized
// syncs, then reading the whole table back in one sync, well under a second.

import { applyEdits } from "../../src/excel/applyEdits";
import { MemoryWorkbook, REQUEST_LIMIT_BYTES } from "../../src/host";
import type { Edit } from "../../src/workbook/edits";

const ROWS = 100_000;
const COLS = 14;

function row(i: number): (string | number)[] {
  return [`A${i}`, `Aktivitet nummer ${i}`, `M${i % 300}`, `G${i % 40}`, "Anna Andersson", 45658 + (i % 365), 46022, "Pågår", 10_000 + i, 5_000, 12.5, 2025, `D${i % 20}`, i % 7 === 0 ? "Kommentar" : ""];
}

describe("benchmark-sized workbooks", () => {
  it("writes 100 000 rows in syncs under 5 MB and reads them back in one sync in under a second", async () => {
    const wb = new MemoryWorkbook();
    const header = ["Aktivitets-ID", "Aktivitet", "Mål-ID", "Ansvarig grupp", "Ansvarig person", "Start", "Slut", "Status", "Budget (kr)", "Utfall (kr)", "Arbetstimmar", "Budgetår", "Medborgarlöfte (Dokument-ID)", "Kommentar"];
    const writeStart = performance.now();
    const written = [header, ...Array.from({ length: ROWS }, (_, k) => row(k))];
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "Aktiviteter" },
      { kind: "setValues", sheet: "Aktiviteter", address: `A1:N${ROWS + 1}`, values: written },
      { kind: "addTable", sheet: "Aktiviteter", address: `A1:N${ROWS + 1}`, name: "Activities" },
    ];
    // applyEdits cuts the write into row bands, one sync each under the request limit.
    const applied = await wb.run((context) => applyEdits(context, edits, wb.capabilities));
    expect(applied.syncs).toBeGreaterThan(1);
    const writeMs = performance.now() - writeStart;
    expect(wb.stats.largestPayloadBytes).toBeLessThan(REQUEST_LIMIT_BYTES);

    wb.resetStats();
    let values: unknown[][] = [];
    const readStart = performance.now();
    await wb.run(async (context) => {
      const range = context.workbook.tables.getItem("Activities").getRange().load("address,values");
      await context.sync();
      values = range.values;
    });
    const readMs = performance.now() - readStart;
    expect(wb.stats.syncs).toBe(1);
    expect(values).toHaveLength(ROWS + 1);
    expect(values[0]).toEqual(header);
    expect(values[ROWS]).toEqual(row(ROWS - 1));
    expect(values[ROWS][COLS - 1]).toBe("");
    expect(readMs).toBeLessThan(1_000);
    // writing 1.4 million cells should not take long either
    expect(writeMs).toBeLessThan(10_000);
  }, 60_000);
});
