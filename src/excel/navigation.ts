// Jumping to a cell: activate its sheet and select it, in one sync (e.g. from a
// finding in the task pane or a link on the Kontroll sheet).

import type { ExcelRunner } from "./api";
import { Batch, queueEdit } from "./editHandlers";

/** Activates `sheet` and selects `address` (A1, without sheet name) on it. */
export function selectCell(run: ExcelRunner, sheet: string, address: string): Promise<void> {
  return run(async (context) => {
    queueEdit(new Batch(context), { kind: "activate", sheet, cell: address });
    await context.sync();
  });
}
