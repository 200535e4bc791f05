// The contract between the task pane / ribbon / CLI / preview and the Excel layer:
// how a batch reaches Excel (or the in-memory host), which capabilities are there,
// and what each command returns. Plain types only.

import type { Capabilities } from "../base/capabilities";

export type { Capabilities } from "../base/capabilities";
export type { StructureReport, StructureStatus, TableState, TableStatus } from "../workbook/structure";

/** Runs one batch against a workbook: `Excel.run` in Office, the in-memory host elsewhere. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;



/** What every view and ribbon command reaches Excel through: Excel.run and Office's requirement sets inside Excel, the in-memory workbook in the browser preview and in tests. */
export interface Services {
  /** Runs one batch against the workbook. */
  run: ExcelRunner;
  /** The requirement sets the running Excel supports. */
  caps: Capabilities;
  /** Where the pane runs: inside Excel, or in the browser preview. */
  host: "excel" | "preview";
}
