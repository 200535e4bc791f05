// The one shape of every command (docs/workbook.md, "Commands"): the command says
// what it needs read, as plain data (a ReadRequest), and a pure plan turns what was
// read into { edits, result }. The Excel layer's runner (excel/runCommand.ts) makes
// the one batched read, calls the plan and applies its edits in one batched write,
// so a new command is one module here plus a few lines there, and every plan is
// tested without any Excel.

import type { Edit } from "../workbook/edits";
import type { CellValue, WorkbookSnapshot } from "../workbook/snapshot";
import type { ExistingSheet } from "../followup/sheetNames";
import { SNAPSHOT_SHEETS, SNAPSHOT_TABLES } from "../workbook/structure";

/** The cells directly below a table's last row, `rows` rows deep and as wide as the table. */
export interface BelowRequest {
  table: string;
  rows: number;
}

/** What a command needs read; every part is optional, and an empty request reads nothing (no sync). */
export interface ReadRequest {
  /** Tables to read into the snapshot (headers, body, address, sheet, style). */
  tables?: readonly string[];
  /** List every sheet (name, visibility) in the snapshot. */
  sheets?: boolean;
  /** Sheet names whose emptiness the snapshot records (SheetSnapshot.empty). */
  emptySheets?: readonly string[];
  /** Sheet names to probe: whether each exists and which tables it holds; with them, every table name in the workbook. */
  probeSheets?: readonly string[];
  /** Cells below tables (e.g. where an example plan or an acknowledgement would grow a table). */
  below?: readonly BelowRequest[];
}

/** What the runner read for a ReadRequest: plain data, nothing of Office.js. */
export interface WorkbookRead {
  /** The requested tables that exist, and (when asked) every sheet. */
  snapshot: WorkbookSnapshot;
  /** The probed sheets that exist with their tables (empty when none were probed). */
  existing: ExistingSheet[];
  /** Every table name in the workbook (empty when no sheet was probed). */
  allTables: string[];
  /** Per requested table that exists (by the name asked for), the cells below it. */
  below: ReadonlyMap<string, CellValue[][]>;
}

/** A plan's answer: the edits to apply in one write, and the command's result. */
export interface Planned<Result> {
  edits: Edit[];
  result: Result;
}

/** A command: what to read, and the pure plan from what was read to edits and a result. */
export interface Command<Options, Result> {
  /**
   * What the plan needs read. Also the place to refuse bad options (throw a
   * UserError): it runs before anything is read.
   */
  read(options: Options): ReadRequest;
  /** Pure: the edits and the result. Throws a UserError to refuse; nothing is then written. */
  plan(read: WorkbookRead, options: Options): Planned<Result>;
}

/** A WorkbookRead of nothing, to complete in tests and for plans that read nothing. */
export function emptyRead(parts: Partial<WorkbookRead> = {}): WorkbookRead {
  return { snapshot: { sheets: [], tables: [] }, existing: [], allTables: [], below: new Map(), ...parts };
}

/** The snapshot every planning command starts from: every sheet, every planning and meta table. */
export const SNAPSHOT_READ: ReadRequest = { tables: SNAPSHOT_TABLES, sheets: true, emptySheets: SNAPSHOT_SHEETS };
