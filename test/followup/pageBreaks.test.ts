// Where the generated sheets' printed pages break: a page ends before the row that
// would not fit, moved up to where a break may go; a chart's rows never break, a
// part that fits on a page goes to the next page whole, a longer part breaks inside.

import { fitToWidthScale, pageBreaks, pageHeightAt, type KeepTogether } from "../../src/followup/pageBreaks";
import { RowHeights } from "../../src/followup/rowHeights";
import { applyEdits } from "../../src/excel/applyEdits";
import { MemoryWorkbook } from "../../src/host";
import type { Edit } from "../../src/workbook/edits";

/** 40 columns of 20 characters, 4 350 pt wide: the page shows them at about 17 %. */
const WIDE = Array<number>(40).fill(20);
const scale = fitToWidthScale(WIDE, WIDE.length - 1);
const page = pageHeightAt(scale);
/** Rows of one line (15 pt) a page holds at that scale; rows 1–2 repeat on later pages. */
const perPage = Math.floor(page / 15);
const plan = (lastRow: number, keeps: KeepTogether[] = []) => ({ widths: WIDE, lastColumn: WIDE.length - 1, titleRows: [1, 2] as [number, number], lastRow, keeps });
const flat = () => 15;

describe("page breaks", () => {
  it("fits the columns to an A4 landscape page's width, at most at 100 %", () => {
    // 20 characters are 145 px (7 a digit and 5 of padding), 108.75 pt
    expect(scale).toBeCloseTo((841.89 - 100.8) / (40 * 145 * 0.75), 5);
    expect(fitToWidthScale([10], 0)).toBe(1);
    // a page holds less than the full printable height, leaving room for other programs' row heights
    expect(page).toBeLessThan((595.28 - 108) / scale);
    expect(page).toBeGreaterThan(0.85 * ((595.28 - 108) / scale));
  });

  it("without anything to keep together, breaks each page where it is full, later pages holding the title rows too", () => {
    const breaks = pageBreaks(flat, plan(3 * perPage));
    expect(breaks[0]).toBe(perPage + 1);
    expect(breaks[1] - breaks[0]).toBe(perPage - 2);
  });

  it("moves a part that does not fit the rest of the page to the next page whole", () => {
    const first = perPage - 5;
    const breaks = pageBreaks(flat, plan(perPage + 30, [{ first, last: first + 20 }]));
    expect(breaks[0]).toBe(first);
  });

  it("never breaks inside a chart's rows, even inside a part taller than a page", () => {
    const chart = { first: perPage - 3, last: perPage + 12, strict: true };
    const breaks = pageBreaks(flat, plan(3 * perPage, [{ first: 5, last: 3 * perPage }, chart]));
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.filter((b) => b > chart.first && b <= chart.last)).toEqual([]);
    expect(breaks[0]).toBe(chart.first);
  });

  it("breaks a part taller than a page where it must, and a row taller than a page on its own", () => {
    expect(pageBreaks(flat, plan(2 * perPage, [{ first: 3, last: 2 * perPage }]))[0]).toBe(perPage + 1);
    const tall = (r: number) => (r === 10 ? 2 * page : 15);
    expect(pageBreaks(tall, plan(20))).toEqual([10, 11]);
  });
});

describe("row heights of a sheet's edits", () => {
  const edits: Edit[] = [
    { kind: "addSheet", sheet: "S" },
    { kind: "setValues", sheet: "S", address: "A1:C3", values: [["Rubrik", "", ""], ["kort", "ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton", "en rad"], [12345678, "", "x"]], text: true },
    { kind: "format", sheet: "S", address: "A1", bold: true, fontSize: 14 },
    { kind: "format", sheet: "S", address: "B2:B3", wrapText: true },
    { kind: "setValues", sheet: "Other", address: "A4", values: [["x ".repeat(200)]] },
    { kind: "setColumnWidth", sheet: "S", columns: "A", widthChars: 10 },
    { kind: "setColumnWidth", sheet: "S", columns: "B", widthChars: 20 },
    { kind: "autofitRows", sheet: "S", address: "A1:C4" },
  ];

  it("are the heights the in-memory Excel's autofitRows gives: a line a row, more where wrapped text needs them, headings taller", async () => {
    const h = new RowHeights("S", [10, 20]).update(edits);
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.add("Other");
      await applyEdits(context, edits, wb.capabilities);
    });
    const fitted = [1, 2, 3, 4].map((r) => wb.model.sheet("S")!.rowHeight(r - 1));
    expect([h.of(1), h.of(2), h.of(3), h.of(4)]).toEqual(fitted);
    expect(fitted).toEqual([19, 60, 15, 15]);
    // the first row from 2 down where the rows reach 70 pt
    expect(h.rowReaching(2, 70)).toBe(3);
  });
});
