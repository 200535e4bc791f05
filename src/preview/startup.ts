// How the preview starts: a new in-memory workbook with the planning structure
// and the Umeå example plan, made through the same commands the task pane's
// Struktur view runs (createStructure, then insertExampleData). The empty
// "Sheet1" a new workbook starts with is then removed, and the first planning
// sheet shown.

import { applyEdits } from "../excel/applyEdits";
import { createStructure } from "../excel/commands/createStructure";
import { insertExampleData } from "../excel/commands/insertExample";
import { MemoryWorkbook } from "../host";
import type { Lang } from "../i18n";

/** The sheet a new in-memory workbook starts with. */
const START_SHEET = "Sheet1";

/** Fills `host` with the structure and the example plan, in `lang`. */
export async function loadExamplePlan(host: MemoryWorkbook, lang: Lang): Promise<void> {
  const caps = host.capabilities;
  await createStructure(host.run, { lang, caps });
  await insertExampleData(host.run, { lang, caps });
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const start = sheets.getItemOrNullObject(START_SHEET);
    const used = start.getUsedRangeOrNullObject();
    await context.sync();
    const first = sheets.items.find((ws) => ws.name !== START_SHEET && !ws.name.startsWith("_"));
    if (start.isNullObject || !used.isNullObject || !first) return;
    await applyEdits(context, [{ kind: "deleteSheet", sheet: START_SHEET }, { kind: "activate", sheet: first.name, cell: "A1" }], caps);
  });
}

/** A new in-memory workbook holding the example plan. */
export async function exampleWorkbook(lang: Lang): Promise<MemoryWorkbook> {
  const host = new MemoryWorkbook();
  await loadExamplePlan(host, lang);
  return host;
}
