// The parsed plan: every planning table's rows as typed values, with enough
// position information to point any finding at its cell. Produced from a
// WorkbookSnapshot by parsePlan (./parsePlan.ts); consumed by rules/ and followup/.

import type { Lang, RowValues, TableName, Text } from "./layout";
import type { CellValue } from "./snapshot";

export interface TableInfo {
  name: TableName;
  sheet: string;
  /** 1-based sheet row of the header row. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  /** Column key -> 0-based offset within the table; absent when the column is missing. */
  columns: Record<string, number | undefined>;
  /** Number of data body rows (blank rows included). */
  rowCount: number;
  /** Number of columns the table has in the workbook (layout columns and any of the user's own). */
  columnCount?: number;
}

export interface PlanRow<T extends TableName> {
  /** 1-based sheet row of this row. */
  row: number;
  /** Parsed values; null where empty or unreadable (unreadable ones are in Plan.problems). */
  values: RowValues<T>;
  /** The cell values as read, by column key (missing columns absent). */
  raw: Record<string, CellValue>;
}

export type ParseProblemKind =
  | "unreadable" // DATA-01
  | "required" // DATA-02
  | "notInList" // DATA-04
  | "missingTable" // DATA-06
  | "missingColumn" // DATA-06
  | "duplicateColumn"; // DATA-06

export interface ParseProblem {
  kind: ParseProblemKind;
  table: TableName;
  /** Column key, for cell- and column-level problems. */
  column?: string;
  /** 1-based sheet row, for cell-level problems. */
  row?: number;
  /** Sheet and A1 address to point at (cell, header row, or nothing for a missing table). */
  sheet?: string;
  cell?: string;
  /** The value as read. */
  raw?: CellValue;
  /** Why it could not be read and what to type instead. */
  message: Text;
}

export interface Plan {
  /** The workbook's language (from the settings, else guessed from headers, else sv). */
  lang: Lang;
  tables: { [T in TableName]: TableInfo | null };
  /** Non-blank rows of each table, in sheet order (wholly blank rows are skipped). */
  rows: { [T in TableName]: PlanRow<T>[] };
  problems: ParseProblem[];
}
