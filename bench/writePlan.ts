// Puts a generated plan into an in-memory Excel the way a coordinator's workbook
// comes to hold it: the structure command creates every sheet, table, format and
// dropdown, with the plan's rows written into the new tables in the same batch.
// (Untimed: the benchmark measures the commands that run on the workbook after.)

import { writeStructure } from "../src/excel/commands/createStructure";
import { readSnapshot } from "../src/excel/readSnapshot";
import { MemoryWorkbook } from "../src/host";
import type { GeneratedPlan } from "./generatePlan";

/** A fresh in-memory workbook holding `plan`; its stats are reset afterwards. */
export async function workbookWithPlan(plan: GeneratedPlan): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    const snapshot = await readSnapshot(context);
    await writeStructure(context, snapshot, { lang: plan.lang, caps: wb.capabilities, rows: plan.rows, settings: plan.settings });
  });
  wb.resetStats();
  return wb;
}
