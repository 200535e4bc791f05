// TEMPORARY until insertExampleData lands in src/excel/commands: the Struktur
// view's commands, by the agreed signatures.

import type { Capabilities, ExcelRunner, StructureReport } from "../../excel/api";
import type { Lang } from "../../i18n";

export { createStructure, readStructureStatus } from "../../excel/commands/createStructure";

export const insertExampleData = (
  run: ExcelRunner,
  o: { lang: Lang; caps: Capabilities },
): Promise<{ rows: number; report: StructureReport }> =>
  (void run, void o, Promise.reject(new Error("insertExampleData is not built yet")));
