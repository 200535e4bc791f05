// Puts a generated plan into an in-memory Excel the way a coordinator's workbook
// comes to hold it: the structure command creates every sheet, table, format and
// dropdown, with the plan's rows written into the new tables in the same batch.
// (Untimed: the benchmark measures the commands that run on the workbook after.)

import { runCommand } from "../src/excel/runCommand";
import { MemoryWorkbook } from "../src/host";
import { structureCommand } from "../src/plans/structure";
import type { GeneratedPlan } from "./generatePlan";

/** A fresh in-memory workbook holding `plan`; its stats are reset afterwards. */
export async function workbookWithPlan(plan: GeneratedPlan): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const caps = wb.capabilities;
  await runCommand(wb.run, structureCommand, { lang: plan.lang, caps, rows: plan.rows, settings: plan.settings }, { caps });
  wb.resetStats();
  return wb;
}
