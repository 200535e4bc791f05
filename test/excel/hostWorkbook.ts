// Test helpers on the in-memory Excel: doing what a user does (typing values,
// formatting cells, making a table) through the Office.js API (the workbook's
// picture to compare is test/support/workbookPicture.ts).

import { MemoryWorkbook, type SheetModel } from "../../src/host";
import type { CellValue } from "../../src/workbook/snapshot";

/** A fresh workbook with one empty sheet, supporting ExcelApi up to `apiVersion`. */
export function emptyWorkbook(apiVersion?: string): MemoryWorkbook {
  return new MemoryWorkbook(apiVersion ? { apiVersion } : {});
}

/** Types values into a sheet's cells (adds the sheet when missing). */
export async function typeInto(wb: MemoryWorkbook, sheet: string, address: string, values: CellValue[][]): Promise<void> {
  await wb.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    const target = ws.isNullObject ? context.workbook.worksheets.add(sheet) : ws;
    target.getRange(address).values = values;
    await context.sync();
  });
}

/** Formats cells as a user might: fill colour, bold, a number format of their own. */
export async function formatCells(
  wb: MemoryWorkbook,
  sheet: string,
  address: string,
  format: { fill?: string; bold?: boolean; numberFormat?: string },
): Promise<void> {
  await wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    if (format.fill) range.format.fill.color = format.fill;
    if (format.bold !== undefined) range.format.font.bold = format.bold;
    if (format.numberFormat) range.numberFormat = [[format.numberFormat]];
    await context.sync();
  });
}

/** Makes an Excel table over cells that already hold its header row and data. */
export async function makeTable(wb: MemoryWorkbook, sheet: string, address: string, name: string): Promise<void> {
  await wb.run(async (context) => {
    const table = context.workbook.worksheets.getItem(sheet).tables.add(address, true);
    table.name = name;
    await context.sync();
  });
}

/** The values of a table's data body, as the model holds them. */
export function tableBody(wb: MemoryWorkbook, name: string): CellValue[][] {
  const table = wb.model.table(name);
  if (!table) throw new Error(`no table ${name}`);
  return table.sheet.readValues(table.bodyRect);
}

/** A sheet by name, failing the test clearly when it is not there. */
export function sheetOf(wb: MemoryWorkbook, name: string): SheetModel {
  const sheet = wb.model.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}; sheets: ${wb.model.sheetNames().join(", ")}`);
  return sheet;
}
