// How large a request an edit makes (Excel on the web rejects a sync whose
// request passes 5 MB), and splitting a too-large value write into row bands.

import type { Edit } from "../workbook/edits";
import type { CellValue } from "../workbook/snapshot";
import { columnLetter } from "../workbook/parse/address";
import { parseA1 } from "./address";

/** Excel on the web's limit for one request. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Where the applier starts a new sync: well below the limit, leaving room for request framing. */
export const SYNC_SPLIT_BYTES = 4 * 1024 * 1024;
/** Allowance for one queued operation's own framing (object paths, method names, addresses). */
const OPERATION_OVERHEAD_BYTES = 256;

const encoder = new TextEncoder();

/** UTF-8 size of `value` as JSON. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Estimated request bytes of an edit: the JSON of what it writes plus a per-operation allowance. */
export function payloadBytes(edit: Edit): number {
  if (edit.kind === "setValues") return jsonBytes(edit.values) + OPERATION_OVERHEAD_BYTES;
  if (edit.kind === "setNumberFormat") {
    const block = parseA1(edit.address);
    const cells = block ? block.rowCount * block.columnCount : 1;
    return cells * (jsonBytes(edit.format) + 1) + OPERATION_OVERHEAD_BYTES;
  }
  return jsonBytes(edit) + OPERATION_OVERHEAD_BYTES;
}

type SetValues = Extract<Edit, { kind: "setValues" }>;

/**
 * `edit` as one or more edits of at most `limit` estimated bytes each. Only value
 * writes are split (into bands of whole rows, top to bottom); a single row larger
 * than the limit stays whole, as nothing smaller can be written.
 */
export function splitEdit(edit: Edit, limit: number): Edit[] {
  if (edit.kind !== "setValues" || payloadBytes(edit) <= limit) return [edit];
  const block = parseA1(edit.address);
  if (!block) return [edit];
  const bands: SetValues[] = [];
  let start = 0;
  let bytes = OPERATION_OVERHEAD_BYTES;
  const flush = (end: number) => {
    if (end > start) bands.push(band(edit, block.firstRow, block.firstColumn, start, end));
    start = end;
    bytes = OPERATION_OVERHEAD_BYTES;
  };
  edit.values.forEach((row, i) => {
    const rowBytes = jsonBytes(row) + 1;
    if (bytes + rowBytes > limit) flush(i);
    bytes += rowBytes;
  });
  flush(edit.values.length);
  return bands;
}

function band(edit: SetValues, firstRow: number, firstColumn: number, start: number, end: number): SetValues {
  const values: CellValue[][] = edit.values.slice(start, end);
  const width = values[0]?.length ?? 1;
  const from = `${columnLetter(firstColumn)}${firstRow + start}`;
  const to = `${columnLetter(firstColumn + width - 1)}${firstRow + end - 1}`;
  return { ...edit, address: `${from}:${to}`, values };
}
