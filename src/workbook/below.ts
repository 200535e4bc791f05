// Whether a table may grow: the cells below it (read with the snapshot) must be
// empty where its new rows would go. Pure.

import { findTable } from "./parse/headers";
import { isBlankRow } from "./parse/text";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "./snapshot";

/**
 * The first table that would have to grow over cells holding something: `needed[table]`
 * is how many body rows it must hold, of which those beyond its body come from below.
 */
export function blockedTable(snapshot: WorkbookSnapshot, below: ReadonlyMap<string, CellValue[][]>, needed: Readonly<Record<string, number>>): TableSnapshot | undefined {
  for (const [name, values] of below) {
    const table = findTable(snapshot, name);
    if (!table) continue;
    const overflow = (needed[name] ?? 0) - Math.max(table.rows.length, 1);
    if (values.slice(0, Math.max(overflow, 0)).some((row) => !isBlankRow(row))) return table;
  }
  return undefined;
}
