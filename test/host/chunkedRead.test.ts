// A large sheet is read through ExcelJS in row groups (readXlsx, sheetChunks) so
// that a plan of tens of thousands of rows fits in memory. What the host reads
// must not depend on where the groups are cut: values, saved formula results,
// shared formulas whose first cell is in another group, dates, styles, row
// heights, column widths and merged areas (whose other cells Excel shows empty).

import ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../src/host";
import type { WorkbookModel } from "../../src/host/model/workbookModel";
import { sheetChunks } from "../../src/host/xlsx/sheetChunks";
import { readXlsx } from "../../src/host/xlsx/readXlsx";

const ROWS = 600;

async function largeWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Aktiviteter");
  ws.columns = [{ width: 12 }, { width: 40 }, { width: 14 }, { width: 10 }, { width: 16 }];
  ws.addRow(["Id", "Aktivitet", "Start", "Antal", "Dubbelt"]);
  ws.getRow(1).font = { bold: true };
  for (let i = 2; i <= ROWS; i++) {
    const row = ws.getRow(i);
    row.getCell(1).value = `A${i - 1}`;
    row.getCell(2).value = `Trygghetsvandring i område ${i % 7} med föreningar och polis`;
    row.getCell(3).value = new Date(Date.UTC(2025, i % 12, 1 + (i % 27)));
    row.getCell(3).numFmt = "yyyy-mm-dd";
    row.getCell(4).value = i * 3;
    // one shared formula down the whole column, its first cell in row 2
    // (ExcelJS writes shareType and ref, which its types leave out)
    const master = { formula: "D2*2", result: 12, shareType: "shared", ref: `E2:E${ROWS}` } as unknown as ExcelJS.CellFormulaValue;
    row.getCell(5).value = i === 2 ? master : { sharedFormula: "E2", result: i * 6 };
    if (i % 50 === 0) row.height = 30;
    if (i % 9 === 0) row.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  }
  ws.mergeCells(`A${ROWS + 2}:C${ROWS + 3}`);
  ws.getCell(`A${ROWS + 2}`).value = "Sammanslagen anteckning";
  const small = wb.addWorksheet("Mål");
  small.addRow(["M1", "Ökad trygghet"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Everything the host read of each sheet, cell by cell. */
function contents(model: WorkbookModel) {
  return model.sheets.map((sheet) => {
    const used = sheet.usedRange;
    const cells: unknown[] = [];
    if (used) {
      for (let r = used.r0; r <= used.r1; r++) {
        for (let c = used.c0; c <= used.c1; c++) cells.push([r, c, sheet.rawValue(r, c), sheet.formulaAt(r, c), sheet.cell(r, c)]);
      }
    }
    return { name: sheet.name, used, cells, heights: sheet.explicitRowHeights(), widths: sheet.explicitColumnWidths() };
  });
}

describe("reading a large sheet in row groups", () => {
  let data: Uint8Array;
  beforeAll(async () => {
    data = await largeWorkbook();
  });

  it("reads the same cells, formulas, styles and sizes wherever the groups are cut", async () => {
    const whole = contents(await readXlsx(data, { chunkChars: Number.POSITIVE_INFINITY }));
    expect(whole[0].cells.length).toBeGreaterThan(ROWS * 5);
    for (const chunkChars of [3_000, 20_000]) expect(contents(await readXlsx(data, { chunkChars }))).toEqual(whole);
  });

  it("gives a cell whose shared formula starts in another group its own formula and saved result", async () => {
    const wb = new MemoryWorkbook({}, await readXlsx(data, { chunkChars: 3_000 }));
    const { values, formulas } = await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Aktiviteter").getRange(`E${ROWS - 1}:E${ROWS}`).load("values, formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(formulas).toEqual([[`=D${ROWS - 1}*2`], [`=D${ROWS}*2`]]);
    expect(values).toEqual([[(ROWS - 1) * 6], [ROWS * 6]]);
  });

  it("shows a merged area's value in its first cell only, as Excel does", async () => {
    for (const chunkChars of [3_000, Number.POSITIVE_INFINITY]) {
      const sheet = (await readXlsx(data, { chunkChars })).sheet("Aktiviteter")!;
      expect(sheet.rawValue(ROWS + 1, 0)).toBe("Sammanslagen anteckning");
      for (const [r, c] of [[ROWS + 1, 1], [ROWS + 1, 2], [ROWS + 2, 0], [ROWS + 2, 2]]) expect(sheet.rawValue(r, c)).toBeUndefined();
    }
  });
});

describe("sheetChunks", () => {
  const head = '<worksheet><cols><col min="1" max="1" width="9"/></cols><sheetData>';
  const tail = '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
  const row = (r: number, cell: string) => `<row r="${r}"><c r="A${r}">${cell}</c></row>`;
  const xml =
    head +
    row(1, "<v>1</v>") +
    row(2, '<f t="shared" ref="A2:A6" si="0">Z2</f><v>0</v>') +
    [3, 4, 5, 6].map((r) => row(r, '<f t="shared" si="0"/><v>0</v>')).join("") +
    row(7, "<v>7</v>") +
    tail;

  it("returns a part no larger than the limit whole", () => {
    expect([...sheetChunks(xml, xml.length)]).toEqual([{ xml }]);
  });

  it("gives every row to exactly one part, each a whole worksheet with the first cell of the shared formulas it continues", () => {
    const chunks = [...sheetChunks(xml, 80)];
    expect(chunks.length).toBeGreaterThan(2);
    const owned = chunks.flatMap((c) => [...c.rows!]);
    expect(owned).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const chunk of chunks) {
      expect(chunk.xml.startsWith(head)).toBe(true);
      expect(chunk.xml.endsWith(tail)).toBe(true);
      const rows = [...chunk.xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]) - 1);
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
      const continues = [...chunk.rows!].some((r) => r >= 2 && r <= 5);
      // the row with the formula's first cell is there (to read the others by), but not read for itself
      if (continues) expect(rows).toContain(1);
      if (continues && !chunk.rows!.has(1)) expect(rows.filter((r) => !chunk.rows!.has(r))).toEqual([1]);
      else expect(rows.filter((r) => !chunk.rows!.has(r))).toEqual([]);
    }
  });
});
