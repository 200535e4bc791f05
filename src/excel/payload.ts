// How large a request an edit makes (Excel on the web rejects a sync whose
// request passes 5 MB), and splitting a too-large value write into row bands.

import type { Edit } from "../workbook/edits";
import { columnLetter } from "../workbook/parse/address";
import { parseA1, type CellBlock } from "./address";

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

/**
 * How many operations the edit's handler queues beyond the first: a chart is made,
 * named, titled, placed and its series styled one by one, a format sets each
 * property on its own. (Counting a chart as one operation let a sync full of
 * charts pass 5 MB.)
 */
function extraOperations(edit: Edit): number {
  const defined = (values: unknown[]) => values.filter((v) => v !== undefined).length;
  if (edit.kind === "addChart") {
    return 4 + defined([edit.categoryAxisTitle, edit.valueAxisTitle]) + 2 * ((edit.colors?.length ?? 0) + (edit.lineStyles?.length ?? 0));
  }
  if (edit.kind === "format") return defined([edit.bold, edit.italic, edit.fontColor, edit.fontSize, edit.fill, edit.wrapText, edit.horizontalAlignment]);
  if (edit.kind === "pageLayout") return 3 + defined([edit.printTitleRows, edit.centerHeader, edit.centerFooter]);
  return 0;
}

/** Estimated request bytes of an edit: the JSON of what it writes plus an allowance per queued operation. */
export function payloadBytes(edit: Edit): number {
  if (edit.kind === "setValues") return jsonBytes(edit.values) + OPERATION_OVERHEAD_BYTES;
  if (edit.kind === "setNumberFormat") {
    const block = parseA1(edit.address);
    const cells = block ? block.rowCount * block.columnCount : 1;
    return cells * (jsonBytes(edit.format) + 1) + OPERATION_OVERHEAD_BYTES;
  }
  return jsonBytes(edit) + OPERATION_OVERHEAD_BYTES * (1 + extraOperations(edit));
}

/** The A1 address of rows `start`..`end` (exclusive, 0-based within the block) of a block. */
function bandAddress(block: CellBlock, start: number, end: number): string {
  const from = `${columnLetter(block.firstColumn)}${block.firstRow + start}`;
  const to = `${columnLetter(block.firstColumn + block.columnCount - 1)}${block.firstRow + end - 1}`;
  return `${from}:${to}`;
}

/** Where to cut `rowBytes` (each row's size) into bands of at most `limit` bytes: [start, end) pairs. */
function bandsOf(rowBytes: (i: number) => number, rows: number, limit: number): [number, number][] {
  const bands: [number, number][] = [];
  let start = 0;
  let bytes = OPERATION_OVERHEAD_BYTES;
  for (let i = 0; i < rows; i++) {
    const size = rowBytes(i);
    if (i > start && bytes + size > limit) {
      bands.push([start, i]);
      start = i;
      bytes = OPERATION_OVERHEAD_BYTES;
    }
    bytes += size;
  }
  bands.push([start, rows]);
  return bands;
}

/**
 * `edit` as one or more edits of at most `limit` estimated bytes each. Value writes
 * and number formats are split into bands of whole rows, top to bottom; a single
 * row larger than the limit stays whole, as nothing smaller can be written.
 */
export function splitEdit(edit: Edit, limit: number): Edit[] {
  if ((edit.kind !== "setValues" && edit.kind !== "setNumberFormat") || payloadBytes(edit) <= limit) return [edit];
  const block = parseA1(edit.address);
  if (!block) return [edit];
  if (edit.kind === "setValues") {
    const sizes = edit.values.map((row) => jsonBytes(row) + 1);
    return bandsOf((i) => sizes[i], edit.values.length, limit).map(([start, end]) => ({
      ...edit,
      address: bandAddress(block, start, end),
      values: edit.values.slice(start, end),
    }));
  }
  const rowSize = block.columnCount * (jsonBytes(edit.format) + 1) + 1;
  return bandsOf(() => rowSize, block.rowCount, limit).map(([start, end]) => ({ ...edit, address: bandAddress(block, start, end) }));
}
