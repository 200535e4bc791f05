// The "example plan" command: fills a workbook without planning data with the
// Umebrå example (examplePlanRows), creating whatever structure is missing in
// the same write. Read once, write once: at most two syncs. Refuses, changing
// nothing, when any planning table already holds data or when the rows below an
// existing empty table, which the example would need, hold something.

import { structureText } from "../../i18n/structure";
import { examplePlanRows, exampleSettings } from "../../workbook/example";
import { TABLES, type TableName } from "../../workbook/layout";
import { isBlankRow } from "../../workbook/parse/text";
import type { CellValue, WorkbookSnapshot } from "../../workbook/snapshot";
import { findTable } from "../../workbook/parse/headers";
import { firstFilledTable, workbookLang } from "../../workbook/structure";
import type { ExcelRunner, StructureReport } from "../api";
import { UserError } from "../errors";
import { queueSnapshotRead } from "../readSnapshot";
import { writeStructure, type StructureCommandOptions } from "./createStructure";

export interface ExampleResult {
  /** Example rows written, over all tables. */
  rows: number;
  report: StructureReport;
}

/** The cells directly below each planning table, as many rows as the example has for it. */
function queueBelowTables(context: Excel.RequestContext, counts: Record<TableName, number>): Map<TableName, Excel.Range> {
  const below = new Map<TableName, Excel.Range>();
  for (const def of TABLES) {
    const n = counts[def.name];
    if (n === 0) continue;
    const range = context.workbook.tables.getItemOrNullObject(def.name).getRange().getLastRow().getOffsetRange(1, 0).getResizedRange(n - 1, 0);
    range.load("values");
    below.set(def.name, range);
  }
  return below;
}

/** The first table whose example rows would overflow its body onto cells that hold something. */
function blockedTable(snapshot: WorkbookSnapshot, below: Map<TableName, Excel.Range>, counts: Record<TableName, number>) {
  for (const [name, range] of below) {
    const table = findTable(snapshot, name);
    if (!table || range.isNullObject) continue;
    const overflow = counts[name] - Math.max(table.rows.length, 1);
    if ((range.values as CellValue[][]).slice(0, Math.max(overflow, 0)).some((row) => !isBlankRow(row))) return table;
  }
  return undefined;
}

/**
 * Writes the example plan. Missing tables are created with header and rows
 * written as one 2-D array before the table is made over it. Tables that exist
 * but are empty keep their definition, formats and dropdowns (see
 * planStructure's fillRows for how they are made to hold more rows).
 */
export function insertExampleData(run: ExcelRunner, options: StructureCommandOptions): Promise<ExampleResult> {
  return run(async (context) => {
    // Row counts are the same in both languages, so the probe can be queued before the language is known.
    const counts = Object.fromEntries(Object.entries(examplePlanRows(options.lang)).map(([t, r]) => [t, r.length])) as Record<TableName, number>;
    const build = queueSnapshotRead(context);
    const below = queueBelowTables(context, counts);
    await context.sync();
    const snapshot = build();

    const filled = firstFilledTable(snapshot);
    if (filled) throw new UserError(structureText.exampleRefused(filled.name, filled.sheet));
    const blocked = blockedTable(snapshot, below, counts);
    if (blocked) throw new UserError(structureText.exampleBlocked(blocked.name, blocked.sheet));

    const lang = workbookLang(snapshot, options.lang);
    const rows = examplePlanRows(lang);
    const { municipality } = exampleSettings(lang);
    const report = await writeStructure(context, snapshot, { ...options, rows, settings: { municipality } });
    return { rows: Object.values(rows).reduce((n, r) => n + r.length, 0), report };
  });
}
