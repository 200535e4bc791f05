// The create-structure command and the structure status on Excel: plans/structure.ts
// run by runCommand. At most two syncs whatever the workbook holds (one when nothing
// is missing), more only if a write would pass Excel's request size limit.

import type { Lang } from "../../base/text";
import { structureCommand, structureStatusCommand, type StructureCommandOptions } from "../../plans/structure";
import type { ExcelRunner, StructureReport, StructureStatus } from "../api";
import { runCommand, withWriteNotices } from "../runCommand";

export type { StructureCommandOptions } from "../../plans/structure";

/** Creates whatever the workbook lacks of the planning structure; never overwrites anything. */
export async function createStructure(run: ExcelRunner, options: StructureCommandOptions): Promise<StructureReport> {
  const { result, written } = await runCommand(run, structureCommand, options, options);
  return { ...result, notices: withWriteNotices(result.notices, written), syncs: written.syncs };
}

/** What the workbook holds of the structure, in its own language (one sync). */
export async function readStructureStatus(run: ExcelRunner, lang: Lang = "sv"): Promise<StructureStatus> {
  const { result } = await runCommand(run, structureStatusCommand, { lang }, { caps: { isSetSupported: () => false } });
  return result;
}
