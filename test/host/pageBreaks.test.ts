// Worksheet.horizontalPageBreaks in the in-memory Excel: added above a row as
// Excel does, listed in row order, and kept in .xlsx files as <rowBreaks>, both
// in a workbook the host writes and in a file it patches.

import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/host";
import { rejectionCode } from "./officeErrors";

async function withBreaks(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1:A50").values = Array.from({ length: 50 }, (_, i) => [`Rad ${i + 1}`]);
    ws.horizontalPageBreaks.add("A40");
    ws.horizontalPageBreaks.add(ws.getRange("B20:C22"));
    ws.horizontalPageBreaks.add("A40");
  });
  return wb;
}

async function breaksOf(wb: MemoryWorkbook, sheet = "Sheet1"): Promise<{ count: number; rows: number[] }> {
  return wb.run(async (context) => {
    const breaks = context.workbook.worksheets.getItem(sheet).horizontalPageBreaks;
    breaks.load("items/rowIndex, items/columnIndex");
    const counted = breaks.getCount();
    await context.sync();
    expect(breaks.items.every((b) => b.columnIndex === 0)).toBe(true);
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value arrives with the sync, it is never loaded
    return { count: counted.value, rows: breaks.items.map((b) => b.rowIndex) };
  });
}

const sheetXml = async (bytes: Uint8Array, part = "xl/worksheets/sheet1.xml") => (await JSZip.loadAsync(bytes)).file(part)!.async("string");

describe("horizontal page breaks", () => {
  it("puts a break above the top-left cell of the range, once a row, listed in row order", async () => {
    expect(await breaksOf(await withBreaks())).toEqual({ count: 2, rows: [19, 39] });
  });

  it("refuses a break above the first row, and removes one or all", async () => {
    const wb = await withBreaks();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("C1");
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.getItem(0).delete();
    });
    expect((await breaksOf(wb)).rows).toEqual([39]);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.removePageBreaks();
    });
    expect((await breaksOf(wb)).count).toBe(0);
  });

  it("writes them as manual <rowBreaks> (the id is the last row above the break) and reads them back", async () => {
    const bytes = await (await withBreaks()).toXlsx();
    const xml = await sheetXml(bytes);
    expect(xml).toMatch(/<rowBreaks count="2" manualBreakCount="2"><brk id="19" max="16383" man="1"\/><brk id="39" max="16383" man="1"\/><\/rowBreaks>/);
    expect((await breaksOf(await MemoryWorkbook.fromXlsx(bytes))).rows).toEqual([19, 39]);
  });

  it("patches a file's sheet with the breaks added to it, and keeps the file's breaks when nothing changes them", async () => {
    const file = await (await withBreaks()).toXlsx();
    const wb = await MemoryWorkbook.fromXlsx(file);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A30");
      context.workbook.worksheets.add("Ny").getRange("A1").values = [["x"]];
    });
    const patched = await wb.toXlsx();
    expect((await sheetXml(patched)).match(/<brk id="(\d+)"/g)).toEqual(['<brk id="19"', '<brk id="29"', '<brk id="39"']);
    expect((await breaksOf(await MemoryWorkbook.fromXlsx(patched))).rows).toEqual([19, 29, 39]);

    const untouched = await MemoryWorkbook.fromXlsx(file);
    await untouched.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["ändrad"]];
    });
    expect((await breaksOf(await MemoryWorkbook.fromXlsx(await untouched.toXlsx()))).rows).toEqual([19, 39]);
  });
});
