// How large a request an edit makes (Excel on the web rejects a sync whose
// request passes 5 MB), and splitting a too-large value write into row bands.
// The estimate follows Office.js's wire format: every object an edit's handler
// reaches is an object path, every property set or method call an action, each
// with numeric ids and the JSON of its arguments. The framing constants were
// measured on Microsoft's own Office.js (@microsoft/office-js, Excel on the web)
// with seven-digit ids, rounded up, as is its way of cutting a large array into
// chunks; test/excel/requestSize.test.ts replays edits
// through that Office.js and fails if an estimate falls below what it sends.

import { columnLetter, parseA1, type CellBlock } from "../base/a1";
import { valuesToWrite, type Edit } from "../workbook/edits";

/** Excel on the web's limit for one request. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Where the applier starts a new sync: well below the limit, leaving room for request framing. */
export const SYNC_SPLIT_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** UTF-8 size of `value` as JSON. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Office.js framing (object paths and actions, beyond the edit's own JSON) of each edit kind's fixed part. */
const FRAMING: Record<Edit["kind"], number> = {
  addSheet: 200,
  deleteSheet: 330,
  setValues: 300,
  setNumberFormat: 260,
  addTable: 650,
  addTableColumn: 760,
  resizeTable: 500,
  convertTableToRange: 580,
  setColumnWidth: 650,
  freezeRows: 240,
  autofitRows: 450,
  listValidation: 580,
  format: 330,
  addChart: 1030,
  pageLayout: 680,
  activate: 100,
};
/** A property set on an object the edit already reached (a sheet's visibility, a table's style, a font's colour). */
const PROPERTY = 110;
/** A sub-object reached on the way (a range format's font or fill; a sheet's page header). */
const SUB_OBJECT = 150;
/** A chart axis title: the axes, the axis, its title and the text. */
const AXIS_TITLE = 540;
/** One series style: the series collection item, its format, the line or fill, and the value. */
const SERIES_STYLE = 760;
/** One manual page break: the add call with its address and the page break object it returns. */
const PAGE_BREAK = 260;
/** Selecting a cell after activating the sheet: the range and the call. */
const SELECT = 340;

/**
 * Office.js writes an array of more than 1 500 cells as chunks of about 1 500 cells,
 * rows at a time (setRangePropertiesInBulk: getRow(i).getBoundingRect(getRow(j))),
 * each chunk with its own object paths and action.
 */
const CHUNK_CELLS = 1500;
const CHUNK_FRAMING = 850;

/** Rows per Office.js chunk of a `columns`-wide array, or 0 when it is written whole. */
function chunkRows(rows: number, columns: number): number {
  return rows * columns > CHUNK_CELLS ? Math.max(1, Math.round(CHUNK_CELLS / columns)) : 0;
}

/** Framing beyond FRAMING that depends on what the edit sets. */
function variableFraming(edit: Edit): number {
  const count = (values: unknown[]) => values.filter((v) => v !== undefined).length;
  switch (edit.kind) {
    case "setValues": {
      const perChunk = chunkRows(edit.values.length, edit.values[0]?.length ?? 0);
      return perChunk > 0 ? CHUNK_FRAMING * Math.ceil(edit.values.length / perChunk) : 0;
    }
    case "addSheet":
      return (PROPERTY + 50) * count([edit.visibility, edit.tabColor]);
    case "addTable":
    case "resizeTable":
      return edit.style ? PROPERTY : 0;
    case "format": {
      const font = count([edit.bold, edit.italic, edit.fontColor, edit.fontSize]);
      const own = count([edit.wrapText, edit.horizontalAlignment, edit.verticalAlignment]);
      return (font > 0 ? SUB_OBJECT : 0) + (edit.fill !== undefined ? SUB_OBJECT : 0) + PROPERTY * (font + own + (edit.fill !== undefined ? 1 : 0));
    }
    case "addChart":
      // An empty axis title is not set (see editHandlers.ts).
      return AXIS_TITLE * [edit.categoryAxisTitle, edit.valueAxisTitle].filter((t) => t).length + SERIES_STYLE * ((edit.colors?.length ?? 0) + (edit.lineStyles?.length ?? 0));
    case "pageLayout":
      return (
        (edit.fitToWidth ? 170 : 0) +
        SUB_OBJECT * count([edit.printTitleRows, edit.centerHeader, edit.centerFooter]) +
        (edit.pageBreaksBefore?.length ? SUB_OBJECT + PAGE_BREAK * edit.pageBreaksBefore.length : 0)
      );
    case "activate":
      return edit.cell ? SELECT : 0;
    default:
      return 0;
  }
}

/** Estimated request bytes of an edit, at least what Office.js sends for it: its JSON (values as written) plus its framing. */
export function payloadBytes(edit: Edit): number {
  const own = edit.kind === "setValues" && edit.text ? jsonBytes({ ...edit, values: valuesToWrite(edit) }) : jsonBytes(edit);
  return own + FRAMING[edit.kind] + variableFraming(edit);
}

/** The A1 address of rows `start`..`end` (exclusive, 0-based within the block) of a block. */
function bandAddress(block: CellBlock, start: number, end: number): string {
  const from = `${columnLetter(block.firstColumn)}${block.firstRow + start}`;
  const to = `${columnLetter(block.firstColumn + block.columnCount - 1)}${block.firstRow + end - 1}`;
  return `${from}:${to}`;
}

/** Where to cut `rowBytes` (each row's size) into bands of at most `limit` bytes: [start, end) pairs. */
function bandsOf(rowBytes: (i: number) => number, rows: number, limit: number): [number, number][] {
  const overhead = FRAMING.setValues + CHUNK_FRAMING + 200;
  const bands: [number, number][] = [];
  let start = 0;
  let bytes = overhead;
  for (let i = 0; i < rows; i++) {
    const size = rowBytes(i);
    if (i > start && bytes + size > limit) {
      bands.push([start, i]);
      start = i;
      bytes = overhead;
    }
    bytes += size;
  }
  bands.push([start, rows]);
  return bands;
}

/**
 * `edit` as one or more edits of at most `limit` estimated bytes each. Value writes
 * are split into bands of whole rows, top to bottom; a single row larger than the
 * limit stays whole, as nothing smaller can be written. Other edits stay whole (a
 * number format is one value however large its range).
 */
export function splitEdit(edit: Edit, limit: number): Edit[] {
  if (edit.kind !== "setValues" || payloadBytes(edit) <= limit) return [edit];
  const block = parseA1(edit.address);
  if (!block) return [edit];
  const written = valuesToWrite(edit);
  // Each row carries its share of Office.js's chunk framing (chunks of about 1 500 cells).
  const perChunk = chunkRows(CHUNK_CELLS + 1, block.columnCount);
  const sizes = written.map((row) => jsonBytes(row) + 1 + Math.ceil(CHUNK_FRAMING / perChunk));
  return bandsOf((i) => sizes[i], edit.values.length, limit).map(([start, end]) => ({
    ...edit,
    address: bandAddress(block, start, end),
    values: edit.values.slice(start, end),
  }));
}
