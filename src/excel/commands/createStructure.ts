// The "create structure" command: read the workbook once, plan the missing
// sheets, tables, columns and settings in pure TypeScript, write them once.
// At most two syncs whatever the workbook holds (one when nothing is missing),
// more only if a write would pass Excel's request size limit.

import { planStructure, structureStatus, workbookLang, type StructureOptions } from "../../workbook/structure";
import type { Lang } from "../../workbook/layout";
import type { Capabilities, ExcelRunner, StructureReport, StructureStatus } from "../api";
import { applyEdits } from "../applyEdits";
import { readSnapshot } from "../readSnapshot";
import { addNotice } from "../requirements";
import type { WorkbookSnapshot } from "../../workbook/snapshot";

export interface StructureCommandOptions {
  lang: Lang;
  caps: Capabilities;
}

/** Plans and writes the structure (plus `rows`, if given) on an already read snapshot: the write half of a command. */
export async function writeStructure(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  options: StructureOptions,
): Promise<StructureReport> {
  const plan = planStructure(snapshot, options);
  const applied = await applyEdits(context, plan.edits, options.caps);
  const notices = [...plan.report.notices];
  for (const notice of applied.notices) addNotice(notices, notice);
  return { ...plan.report, notices, syncs: 1 + applied.syncs };
}

/** Creates whatever the workbook lacks of the planning structure; never overwrites anything. */
export function createStructure(run: ExcelRunner, options: StructureCommandOptions): Promise<StructureReport> {
  return run(async (context) => writeStructure(context, await readSnapshot(context), options));
}

/** What the workbook holds of the structure, in its own language (one sync). */
export function readStructureStatus(run: ExcelRunner, lang: Lang = "sv"): Promise<StructureStatus> {
  return run(async (context) => {
    const snapshot = await readSnapshot(context);
    return structureStatus(snapshot, workbookLang(snapshot, lang));
  });
}
