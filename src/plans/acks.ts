// The plans of acknowledging a finding, and taking an acknowledgement back, in the
// workbook's own acks table (ACKS_TABLE on Rådsplan's hidden meta sheet), so that it
// survives re-runs, saving, sharing and other co-authors. Read the table (and the
// row below it) once, write once: at most two syncs each, whatever the workbook holds.
//
// How the table grows, and why: TableRowCollection.add causes merge conflicts when
// co-authoring, and rebuilding the whole table would
// overwrite an acknowledgement a co-author saved meanwhile. So an acknowledgement
// touches exactly one row: the row that already acknowledges the same finding
// (under an older fingerprint too, which it replaces), else
// the first blank body row (taking one back blanks its row instead of deleting
// it, so rows are reused and the table never shifts), else the row directly below
// the table, which is then made part of it: Table.resize where Excel has it
// (ExcelApi 1.13, feature-checked), else by turning the table into plain cells
// and making a table of the same name and style over the larger range (ExcelApi
// 1.2; values and formats stay). A row below that holds something is never
// overwritten: the command refuses instead.

import { columnLetter } from "../base/a1";
import type { Capabilities } from "../base/capabilities";
import { UserError } from "../base/userError";
import { checkText } from "../i18n/checks";
import { ackRowFor } from "../rules/acks";
import type { Edit } from "../workbook/edits";
import type { Finding } from "../workbook/findings";
import { ACKS_TABLE } from "../workbook/layout";
import { ACKS_COLUMNS, type Ack } from "../workbook/meta";
import { findTable, matchHeaders } from "../workbook/parse/headers";
import { isBlankRow } from "../workbook/parse/text";
import type { CellValue } from "../workbook/snapshot";
import { TABLE_RESIZE_API, TABLE_STYLE } from "../workbook/structure";
import type { Command, ReadRequest, WorkbookRead } from "./command";

export interface AckCommandOptions {
  /** Which requirement sets this Excel has; without it the table grows the ExcelApi 1.2 way. */
  caps?: Capabilities;
  /** ISO date of the acknowledgement; default today (local). */
  date?: string;
}

export interface AckResult {
  /** The acknowledgement as saved. */
  ack: Ack;
  /** 1-based sheet row of the meta sheet it was written to. */
  row: number;
  syncs: number;
}

export interface UnackResult {
  /** How many acknowledgement rows were blanked (0 when the finding was not acknowledged). */
  removed: number;
  syncs: number;
}

/** The acks table as read: where it is, its headers and body, and whether the row below is free. */
interface AcksTable {
  name: string;
  sheet: string;
  style: string;
  headerRow: number;
  firstColumn: number;
  headers: string[];
  rows: CellValue[][];
  /** Whether the table's body could take one more row below it (nothing there, no totals row). */
  canGrow: boolean;
  /** Column key -> 0-based offset in the table. */
  offsets: Record<string, number | undefined>;
}

const NO_CAPS: Capabilities = { isSetSupported: () => false };

/** What both commands read: the acks table and the row below it. */
const ACKS_READ: ReadRequest = { tables: [ACKS_TABLE], below: [{ table: ACKS_TABLE, rows: 1 }] };

/** The acks table as read; a UserError when it or its key columns are missing. */
function acksTable(read: WorkbookRead): AcksTable {
  const table = findTable(read.snapshot, ACKS_TABLE);
  if (!table) throw new UserError(checkText.acksTableMissing);
  const { offsets } = matchHeaders(ACKS_COLUMNS, table.headers);
  if (offsets.rule === undefined || offsets.key === undefined) throw new UserError(checkText.acksColumnsMissing);
  return {
    name: table.name,
    sheet: table.sheet,
    style: table.style || TABLE_STYLE,
    headerRow: table.headerRow,
    firstColumn: table.firstColumn,
    headers: table.headers,
    rows: table.rows,
    canGrow: !table.showTotals && isBlankRow(read.below.get(ACKS_TABLE)?.[0] ?? []),
    offsets,
  };
}

const cellText = (v: CellValue | undefined) => String(v ?? "").trim();

/** Body row indexes that acknowledge this rule's finding with this key (under any fingerprint). */
function rowsFor(t: AcksTable, rule: string, key: string): number[] {
  const at = (row: CellValue[], col: string) => cellText(row[t.offsets[col] ?? -1]);
  return t.rows.flatMap((row, i) => (at(row, "rule") === rule && at(row, "key") === key ? [i] : []));
}

/** The edits writing `values` (by column key) into body row `index`: one cell per acks column the table has. */
function rowEdits(t: AcksTable, index: number, values: Record<string, CellValue>): Edit[] {
  const row = t.headerRow + 1 + index;
  return ACKS_COLUMNS.flatMap((c) => {
    const offset = t.offsets[c.key];
    if (offset === undefined) return [];
    const address = `${columnLetter(t.firstColumn + offset)}${row}`;
    return [{ kind: "setValues", sheet: t.sheet, address, values: [[values[c.key] ?? ""]], text: true } satisfies Edit];
  });
}

/** The edits making the table's body one row longer (see the module comment). */
function growEdits(t: AcksTable, caps: Capabilities): Edit[] {
  const last = t.headerRow + t.rows.length + 1;
  const address = `${columnLetter(t.firstColumn)}${t.headerRow}:${columnLetter(t.firstColumn + t.headers.length - 1)}${last}`;
  if (caps.isSetSupported("ExcelApi", TABLE_RESIZE_API)) return [{ kind: "resizeTable", table: t.name, sheet: t.sheet, address, style: t.style }];
  return [
    { kind: "convertTableToRange", table: t.name },
    { kind: "addTable", sheet: t.sheet, address, name: t.name, style: t.style },
  ];
}

export interface AckPlanOptions {
  finding: Finding;
  justification: string;
  by: string;
  /** ISO date of the acknowledgement. */
  date: string;
  /** Which requirement sets this Excel has; without it the table grows the ExcelApi 1.2 way. */
  caps?: Capabilities;
}

/**
 * Acknowledges a warning or an info with a justification. Refuses (UserError, bilingual,
 * nothing written) an error finding, an empty justification, or a workbook without the
 * acks table. Acknowledging the same finding again (same rule and key) updates its row.
 */
export const acknowledgeCommand: Command<AckPlanOptions, Omit<AckResult, "syncs">> = {
  read(options) {
    const made = ackRowFor(options.finding, options.justification, options.by, options.date);
    if (!made.ok) throw new UserError(made.message);
    return ACKS_READ;
  },
  plan(read, options) {
    const made = ackRowFor(options.finding, options.justification, options.by, options.date);
    if (!made.ok) throw new UserError(made.message);
    const { ack } = made;
    const t = acksTable(read);
    const index = rowsFor(t, ack.rule, ack.key)[0] ?? t.rows.findIndex((row) => isBlankRow(row));
    const edits: Edit[] = [];
    let at = index;
    if (at < 0) {
      if (!t.canGrow) throw new UserError(checkText.acksRowBelowTaken(t.sheet));
      at = t.rows.length;
    }
    edits.push(...rowEdits(t, at, { ...ack }));
    if (index < 0) edits.push(...growEdits(t, options.caps ?? NO_CAPS));
    return { edits, result: { ack, row: t.headerRow + 1 + at } };
  },
};

/**
 * Takes back every acknowledgement of this finding (same rule and key, whatever the
 * fingerprint): their rows are blanked, ready for reuse. Nothing to take back is no error.
 */
export const unacknowledgeCommand: Command<{ finding: Pick<Finding, "rule" | "key"> }, Omit<UnackResult, "syncs">> = {
  read: () => ACKS_READ,
  plan(read, { finding }) {
    const t = acksTable(read);
    const found = rowsFor(t, finding.rule, finding.key);
    return { edits: found.flatMap((i) => rowEdits(t, i, {})), result: { removed: found.length } };
  },
};
