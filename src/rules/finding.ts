// How a rule turns what it found into a Finding: severity and guidance from the
// catalogue, the sheet and A1 address of the cell (or the table's range when a row
// is missing, nothing when the table is), a key naming the subject and a fingerprint
// of the data the finding rests on. Also the workbook-language names rules quote.

import { cellAddress, tableRangeAddress } from "../workbook/parsePlan";
import { listLabel, TABLE_BY_NAME, type ListId, type TableName, type Text } from "../workbook/layout";
import type { Finding } from "../workbook/findings";
import { RULE_INFO, type RuleId } from "./catalog";
import type { RuleContext } from "./context";
import { fingerprint } from "./fingerprint";

/** What a finding points at: a table, optionally one cell of it (1-based sheet row and column key). */
export interface Place {
  table: TableName;
  row?: number;
  column?: string;
}

/** A part of a key: IDs, years, column keys. */
export type KeyPart = string | number | null | undefined;

/**
 * A finding of `rule` at `place`. `subject` names what it is about (joined into the
 * key after the rule id); `basis` is exactly the data it rests on (hashed into the fingerprint).
 */
export function finding(ctx: RuleContext, rule: RuleId, place: Place, message: Text, subject: KeyPart[], basis: unknown): Finding {
  const info = ctx.plan.tables[place.table];
  const out: Finding = {
    rule,
    severity: RULE_INFO[rule].severity,
    message,
    guidance: RULE_INFO[rule].guidance,
    table: place.table,
    key: [rule, ...subject.map((p) => (p === null || p === undefined ? "" : String(p)))].join("|"),
    fingerprint: fingerprint(basis),
  };
  if (info) {
    out.sheet = info.sheet;
    out.cell = place.row !== undefined ? cellAddress(info, place.row, place.column ?? "") : tableRangeAddress(info);
  }
  return out;
}

/** Names as the workbook shows them (its own sheet names, headers and list labels in its language). */
export function sheetName(ctx: RuleContext, table: TableName): string {
  return ctx.plan.tables[table]?.sheet ?? TABLE_BY_NAME[table].sheet[ctx.plan.lang];
}

export function columnName(ctx: RuleContext, table: TableName, key: string): string {
  const col = (TABLE_BY_NAME[table].columns as readonly { key: string; sv: string; en: string }[]).find((c) => c.key === key);
  return col ? col[ctx.plan.lang] : key;
}

export function itemName(ctx: RuleContext, list: ListId, key: string): string {
  return listLabel(list, key, ctx.plan.lang);
}
