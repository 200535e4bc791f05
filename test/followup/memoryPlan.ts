import { EXAMPLE_REFERENCE_DATE } from "../../src/workbook/example";
// In-memory workbooks for the follow-up command's tests: the Umebrå example as
// the example command leaves it, or any rows written through Office.js as a
// user's workbook would hold them (a sheet's picture: test/support/workbookPicture.ts).

import { insertExampleData } from "../../src/excel/commands/insertExample";
import { MemoryWorkbook } from "../../src/host";
import { TABLES, type Lang, type TableName } from "../../src/workbook/layout";
import { columnLetter } from "../../src/workbook/parse/address";
import type { CellValue } from "../../src/workbook/snapshot";

export async function exampleWorkbook(lang: Lang = "sv", apiVersion?: string): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook(apiVersion ? { apiVersion } : {});
  await insertExampleData(wb.run, { lang, caps: wb.capabilities, referenceDate: EXAMPLE_REFERENCE_DATE });
  wb.resetStats();
  return wb;
}

/** A workbook with every planning table on its own sheet holding `rows` (layout column order). */
export async function workbookWithRows(rows: Partial<Record<TableName, CellValue[][]>>, lang: Lang = "sv"): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    for (const t of TABLES) {
      const ws = context.workbook.worksheets.add(t.sheet[lang]);
      // Rows shorter than the layout (written before a column was added) get empty cells.
      const body = (rows[t.name] ?? []).map((r) => t.columns.map((_, i) => r[i] ?? ""));
      const values = [t.columns.map((c) => c[lang] as CellValue), ...(body.length > 0 ? body : [t.columns.map(() => "")])];
      const range = ws.getRange(`A1:${columnLetter(t.columns.length - 1)}${values.length}`);
      range.values = values;
      ws.tables.add(range, true).name = t.name;
    }
    await context.sync();
  });
  wb.resetStats();
  return wb;
}
