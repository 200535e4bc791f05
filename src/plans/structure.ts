// The create-structure command's plan, and the structure status the Struktur view
// shows: from the snapshot, workbook/structure.ts's planStructure gives the edits
// that add what the layout lacks (never writing over anything); the status is a
// read-only plan (no edits).

import type { Capabilities } from "../base/capabilities";
import type { Lang } from "../base/text";
import { planStructure, structureStatus, workbookLang, type StructureOptions, type StructureReport, type StructureStatus } from "../workbook/structure";
import { SNAPSHOT_READ, type Command } from "./command";

export interface StructureCommandOptions {
  lang: Lang;
  caps: Capabilities;
}

/** Creates whatever the workbook lacks of the planning structure (plus StructureOptions' rows and settings, when given). */
export const structureCommand: Command<StructureOptions, Omit<StructureReport, "syncs">> = {
  read: () => SNAPSHOT_READ,
  plan(read, options) {
    const { edits, report } = planStructure(read.snapshot, options);
    return { edits, result: report };
  },
};

/** What the workbook holds of the structure, in its own language (else `lang`). */
export const structureStatusCommand: Command<{ lang: Lang }, StructureStatus> = {
  read: () => SNAPSHOT_READ,
  plan: ({ snapshot }, { lang }) => ({ edits: [], result: structureStatus(snapshot, workbookLang(snapshot, lang)) }),
};
