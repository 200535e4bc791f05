// The "example plan" command on Excel: plans/example.ts run by runCommand. Read
// once, write once: at most two syncs.

import { exampleCommand } from "../../plans/example";
import type { StructureCommandOptions } from "../../plans/structure";
import type { ExcelRunner, StructureReport } from "../api";
import { localIsoDate } from "../../plans/clock";
import { runCommand, withWriteNotices } from "../runCommand";

export interface ExampleResult {
  /** Example rows written, over all tables. */
  rows: number;
  report: StructureReport;
}

/** Writes the example plan, generated for `referenceDate` (default today), into a workbook without planning data (see plans/example.ts). */
export async function insertExampleData(run: ExcelRunner, options: StructureCommandOptions & { referenceDate?: string }): Promise<ExampleResult> {
  const planOptions = { ...options, referenceDate: options.referenceDate ?? localIsoDate() };
  const { result, written } = await runCommand(run, exampleCommand, planOptions, options);
  return { rows: result.rows, report: { ...result.report, notices: withWriteNotices(result.report.notices, written), syncs: written.syncs } };
}
