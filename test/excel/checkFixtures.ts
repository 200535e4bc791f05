// Workbooks for the check command's tests: any plan written into the in-memory
// Excel the way a user's workbook holds it (large ones in several syncs, as no
// single request may pass 5 MB), and a picture of everything but the Kontroll sheet.

import { workbookPicture } from "../support/workbookPicture";
import { applyEdits } from "../../src/excel/applyEdits";
import { runCheck, type CheckCommandOptions } from "../../src/excel/commands/check";
import type { Edit } from "../../src/workbook/edits";
import { MemoryWorkbook } from "../../src/host";
import { TABLES, type Lang, type TableName } from "../../src/workbook/layout";
import { columnLetter } from "../../src/workbook/parse/address";
import type { CellValue } from "../../src/workbook/snapshot";
import { EXAMPLE_FOLLOW_UP_YEAR, EXAMPLE_REFERENCE_DATE } from "../../src/workbook/example";
import type { Rows } from "../rules/fixture";


/**
 * A workbook with every planning table on its own sheet holding `rows` (layout column
 * order, headers in `lang`); `sheetNames` renames sheets (the tables keep their names).
 */
export async function planWorkbook(rows: Rows, lang: Lang = "sv", sheetNames: Partial<Record<TableName, string>> = {}): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const edits: Edit[] = [];
  for (const t of TABLES) {
    const name = sheetNames[t.name] ?? t.sheet[lang];
    // Rows shorter than the layout (written before a column was added) get empty cells.
    const body = (rows[t.name] ?? []).map((r) => t.columns.map((_, i) => r[i] ?? ""));
    const values: CellValue[][] = [t.columns.map((c) => c[lang]), ...(body.length > 0 ? body : [t.columns.map(() => "")])];
    const last = columnLetter(t.columns.length - 1);
    edits.push(
      { kind: "addSheet", sheet: name },
      { kind: "setValues", sheet: name, address: `A1:${last}${values.length}`, values },
      { kind: "addTable", sheet: name, address: `A1:${last}${values.length}`, name: t.name },
    );
  }
  // applyEdits splits the write into syncs under Excel on the web's request limit.
  await wb.run((context) => applyEdits(context, edits, wb.capabilities));
  wb.resetStats();
  return wb;
}

/** What a user could see change on every sheet except the generated Kontroll / Checks sheets. */
export function userPicture(wb: MemoryWorkbook): unknown {
  return workbookPicture(wb).sheets.filter((s) => !/^(Kontroll|Checks)( \(\d\))?$/.test(s.name));
}

/** The check at the example plan's dates, in Swedish, at a fixed time. */
export function exampleCheck(wb: MemoryWorkbook, options: Partial<CheckCommandOptions> = {}) {
  return runCheck(wb.run, {
    referenceDate: EXAMPLE_REFERENCE_DATE,
    followUpYear: EXAMPLE_FOLLOW_UP_YEAR,
    lang: "sv",
    caps: wb.capabilities,
    now: new Date(2026, 2, 15, 10, 30),
    ...options,
  });
}

/** The used cells of a sheet as values, row by row. */
export function sheetValues(wb: MemoryWorkbook, name: string): CellValue[][] {
  const sheet = wb.model.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}; sheets: ${wb.model.sheetNames().join(", ")}`);
  const used = sheet.usedRange;
  return used ? sheet.readValues(used) : [];
}
