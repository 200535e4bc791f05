// Autofit on the in-memory Excel: rows as tall as their wrapped text needs at the
// column's width in Calibri 11 pt, larger fonts taller, columns as wide as their
// longest line; and the heights reach the saved .xlsx, so LibreOffice prints
// wrapped text without lines running into the next row.

import ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../src/host";
import { LINE_HEIGHT_PT, textHeightPt, textWidthPx, wrappedLineCount } from "../../src/base/textFit";

describe("text measures", () => {
  it("breaks text between words at the width, and a word wider than the column across lines", () => {
    // In Calibri 11 pt "Trygghetsvandring i" is about 118 px, "Ålidhem och på Haga" 127 px
    expect(wrappedLineCount("Trygghetsvandring", 200)).toBe(1);
    expect(wrappedLineCount("Trygghetsvandring i Ålidhem och på Haga", 130)).toBe(2);
    expect(wrappedLineCount("Trygghetsvandring i Ålidhem och på Haga", 120)).toBe(3);
    expect(wrappedLineCount("Trygghetsvandring", 40)).toBe(3);
    expect(wrappedLineCount("Rad ett\nRad två", 500)).toBe(2);
    expect(wrappedLineCount("", 100)).toBe(1);
  });

  it("counts narrow letters narrow and wide letters wide, bold and larger text wider", () => {
    expect(textWidthPx("iiiiiiiiii", {})).toBeLessThan(textWidthPx("0000000000", {}));
    expect(textWidthPx("MMMMMMMMMM", {})).toBeGreaterThan(textWidthPx("0000000000", {}));
    expect(textWidthPx("Nyckeltal", { bold: true })).toBeGreaterThan(textWidthPx("Nyckeltal", {}));
    expect(textWidthPx("Nyckeltal", { fontSize: 16 })).toBeGreaterThan(textWidthPx("Nyckeltal", { fontSize: 11 }) * 1.3);
  });

  it("gives wrapped text 15 pt a line at 11 pt, and text that does not wrap one line a paragraph", () => {
    const long = "Kommunstyrelsens ordförande, Processledare 1 Umebrå, Lokalpolisområdeschef LPO Umeå";
    // about 560 px of text in a column of 181 px: four lines, or five where the words fall badly
    const wrapped = textHeightPt(long, { wrapText: true }, 140);
    expect([4 * LINE_HEIGHT_PT, 5 * LINE_HEIGHT_PT]).toContain(wrapped);
    expect(textHeightPt(long, {}, 140)).toBe(LINE_HEIGHT_PT);
    expect(textHeightPt("Verksamhetsberättelse 2025", { fontSize: 16 }, 48)).toBeCloseTo((16 / 11) * LINE_HEIGHT_PT, 0);
    expect(textHeightPt("ord ".repeat(2000), { wrapText: true }, 48)).toBe(409);
  });
});

describe("Range.format.autofitRows", () => {
  it("makes each row as tall as its tallest cell and saves the heights to .xlsx", async () => {
    const wb = new MemoryWorkbook();
    const long = "Kommunstyrelsens ordförande, Processledare 1 Umebrå, Lokalpolisområdeschef LPO Umeå";
    await wb.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B3").values = [["Grupp", "Ledamöter"], ["G1 Styrgrupp", long], ["G2 Umebrå", "Anna"]];
      ws.getRange("B:B").format.columnWidth = 140;
      ws.getRange("B1:B3").format.wrapText = true;
      ws.getRange("A1").format.font.size = 16;
      ws.getRange("A1:B3").format.autofitRows();
      await context.sync();
    });
    const sheet = wb.model.sheet("Sheet1")!;
    expect(sheet.rowHeight(0)).toBeCloseTo((16 / 11) * LINE_HEIGHT_PT, 0);
    expect(sheet.rowHeight(1)).toBe(textHeightPt(long, { wrapText: true }, 140));
    expect(sheet.rowHeight(1)).toBeGreaterThanOrEqual(3 * LINE_HEIGHT_PT);
    expect(sheet.rowHeight(2)).toBe(LINE_HEIGHT_PT);

    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(Buffer.from(await wb.toXlsx()) as unknown as ArrayBuffer);
    expect(saved.getWorksheet("Sheet1")!.getRow(2).height).toBe(sheet.rowHeight(1));
  });
});
