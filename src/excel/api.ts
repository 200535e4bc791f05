// The contract between the task pane / ribbon / CLI / preview and the Excel layer:
// how a batch reaches Excel (or the in-memory host), which capabilities are there,
// and what each command returns. Plain types only.

import type { Lang, TableName, Text } from "../workbook/layout";

/** Runs one batch against a workbook: `Excel.run` in Office, the in-memory host elsewhere. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Which requirement sets the running Excel supports (Office.context.requirements in Office). */
export interface Capabilities {
  isSetSupported(name: "ExcelApi", version: string): boolean;
}

export type TableState = "present" | "missing" | "missingColumns";

export interface TableStatus {
  table: TableName;
  /** The sheet it is on, or would be created as. */
  sheet: string;
  state: TableState;
  /** Headers (in the workbook's language) of layout columns the table lacks. */
  missingColumns: string[];
  /**
   * Non-empty data rows in the table (0 when missing). The task pane offers the example
   * plan only while every table has none; when absent it leaves that to insertExampleData.
   */
  rows?: number;
}

export interface StructureStatus {
  tables: TableStatus[];
  /** 0 when Rådsplan never created the structure in this workbook. */
  layoutVersion: number;
  lang: Lang;
}

export interface StructureReport {
  addedSheets: string[];
  addedTables: string[];
  addedColumns: { table: TableName; header: string }[];
  /** Features left out because this Excel lacks an API (e.g. dropdowns before ExcelApi 1.8). */
  notices: Text[];
  /** context.sync() calls the command made. */
  syncs: number;
}
