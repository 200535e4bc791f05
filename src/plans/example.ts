// The "example plan" command's plan: fills a workbook without planning data with the
// Umebrå example (examplePlanRows), creating whatever structure is missing in the
// same write. Refuses, changing nothing, when any planning table already holds data
// or when the rows below an existing empty table, which the example would need,
// hold something (the read brings those rows: ReadRequest.below).

import { structureText } from "../i18n/structure";
import { UserError } from "../base/userError";
import { examplePlanRows, exampleSettings } from "../workbook/example";
import { TABLES, type TableName } from "../workbook/layout";
import { blockedTable } from "../workbook/below";
import { firstFilledTable, planStructure, workbookLang, type StructureReport } from "../workbook/structure";
import { SNAPSHOT_READ, type Command } from "./command";
import type { StructureCommandOptions } from "./structure";

export interface ExampleCommandOptions extends StructureCommandOptions {
  /** The date the example is generated for ("YYYY-MM-DD"): see workbook/example.ts. */
  referenceDate: string;
}

export interface ExamplePlanResult {
  /** Example rows written, over all tables. */
  rows: number;
  report: Omit<StructureReport, "syncs">;
}

/** Example rows per planning table (the same in both languages). */
function rowCounts(lang: StructureCommandOptions["lang"], referenceDate: string): Record<TableName, number> {
  return Object.fromEntries(Object.entries(examplePlanRows(lang, referenceDate)).map(([t, r]) => [t, r.length])) as Record<TableName, number>;
}

/**
 * Writes the example plan. Missing tables are created with header and rows
 * written as one 2-D array before the table is made over it. Tables that exist
 * but are empty keep their definition, formats and dropdowns (see
 * planStructure's fillRows for how they are made to hold more rows).
 */
export const exampleCommand: Command<ExampleCommandOptions, ExamplePlanResult> = {
  read(options) {
    const counts = rowCounts(options.lang, options.referenceDate);
    return { ...SNAPSHOT_READ, below: TABLES.filter((t) => counts[t.name] > 0).map((t) => ({ table: t.name, rows: counts[t.name] })) };
  },
  plan({ snapshot, below }, options) {
    const filled = firstFilledTable(snapshot);
    if (filled) throw new UserError(structureText.exampleRefused(filled.name, filled.sheet));
    const blocked = blockedTable(snapshot, below, rowCounts(options.lang, options.referenceDate));
    if (blocked) throw new UserError(structureText.exampleBlocked(blocked.name, blocked.sheet));

    const lang = workbookLang(snapshot, options.lang);
    const rows = examplePlanRows(lang, options.referenceDate);
    const { municipality } = exampleSettings(lang);
    const { edits, report } = planStructure(snapshot, { lang: options.lang, caps: options.caps, rows, settings: { municipality } });
    return { edits, result: { rows: Object.values(rows).reduce((n, r) => n + r.length, 0), report } };
  },
};
