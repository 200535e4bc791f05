// Jumping to a cell on Excel: plans/select.ts run by runCommand, in one sync.

import { selectCommand } from "../plans/select";
import type { ExcelRunner } from "./api";
import { runCommand } from "./runCommand";

/** Activates `sheet` and selects `address` (A1, without sheet name) on it. */
export async function selectCell(run: ExcelRunner, sheet: string, address: string): Promise<void> {
  await runCommand(run, selectCommand, { sheet, address }, { caps: { isSetSupported: () => true } });
}
