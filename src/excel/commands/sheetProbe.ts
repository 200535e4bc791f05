// Probing, on a command's one read sync, whether sheets of given names exist and
// which tables each holds, plus every table name in the workbook: what a command
// needs to decide whether a generated sheet may be replaced (see checksTarget.ts).

import type { ExistingSheet } from "../../followup/sheetNames";

export interface SheetProbeResult {
  /** The probed sheets that exist, with the names of their tables. */
  existing: ExistingSheet[];
  /** Every table name in the workbook. */
  allTables: string[];
}

/** Queues the probe without syncing; call the returned function after the sync. */
export function queueSheetProbes(context: Excel.RequestContext, names: readonly string[]): () => SheetProbeResult {
  const probes = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    const tables = sheet.tables;
    tables.load("items/name");
    return { sheet, tables };
  });
  const all = context.workbook.tables;
  all.load("items/name");
  return () => ({
    existing: probes.filter((p) => !p.sheet.isNullObject).map((p) => ({ name: p.sheet.name, tables: p.tables.items.map((t) => t.name) })),
    allTables: all.items.map((t) => t.name),
  });
}
