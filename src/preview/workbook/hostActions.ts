// What the workbook view asks of the in-memory Excel, through the same Excel
// layer the task pane uses (applyEdits, selectCell), so every change goes
// through Office.js semantics and the pane's next read sees it.

import type { Capabilities, ExcelRunner } from "../../excel/api";
import { applyEdits } from "../../excel/applyEdits";
import { selectCell } from "../../excel/navigation";
import type { CellValue } from "../../workbook/snapshot";

export { selectCell };

/** Writes one value (already as Excel should store it) to a cell. */
export function writeCell(run: ExcelRunner, caps: Capabilities, sheet: string, address: string, value: CellValue): Promise<void> {
  return run(async (context) => {
    await applyEdits(context, [{ kind: "setValues", sheet, address, values: [[value]] }], caps);
  });
}

/** Makes `sheet` the active sheet. */
export function activateSheet(run: ExcelRunner, caps: Capabilities, sheet: string): Promise<void> {
  return run(async (context) => {
    await applyEdits(context, [{ kind: "activate", sheet }], caps);
  });
}
