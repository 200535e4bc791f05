// The cells directly below planning tables, read on a command's one read sync, so
// that a command which makes a table longer never writes over something a user
// keeps under it (Excel on the web does not grow tables over filled cells either).

import type { TableName } from "../workbook/layout";
import { findTable } from "../workbook/parse/headers";
import { isBlankRow } from "../workbook/parse/text";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

export type BelowTables = Map<TableName, Excel.Range>;

/** Queues a read of `counts[table]` rows directly below each table (tables absent or with 0 skipped). */
export function queueBelowTables(context: Excel.RequestContext, counts: Partial<Record<TableName, number>>): BelowTables {
  const below: BelowTables = new Map();
  for (const [name, n] of Object.entries(counts) as [TableName, number][]) {
    if (!n) continue;
    const range = context.workbook.tables.getItemOrNullObject(name).getRange().getLastRow().getOffsetRange(1, 0).getResizedRange(n - 1, 0);
    range.load("values");
    below.set(name, range);
  }
  return below;
}

/**
 * The first table that would have to grow over cells holding something: `needed[table]`
 * is how many body rows it must hold, of which those beyond its body come from below.
 */
export function blockedTable(snapshot: WorkbookSnapshot, below: BelowTables, needed: Partial<Record<TableName, number>>): TableSnapshot | undefined {
  for (const [name, range] of below) {
    const table = findTable(snapshot, name);
    if (!table || range.isNullObject) continue;
    const overflow = (needed[name] ?? 0) - Math.max(table.rows.length, 1);
    if ((range.values as CellValue[][]).slice(0, Math.max(overflow, 0)).some((row) => !isBlankRow(row))) return table;
  }
  return undefined;
}
