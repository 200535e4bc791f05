// A1 addresses as Excel reads and writes them (column letters: base/a1.ts): cell and range
// references ("A1", "$A$1:B2", whole columns "A:C", whole rows "1:3"),
// sheet-qualified references ("'Verksamhetsberättelse 2025'!A1") and the
// quoting rule Excel applies to sheet names.

import { columnIndexOf, columnLetter } from "../base/a1";
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./model/rect";


/** True when Excel must quote `name` in a reference: anything but letters, digits, "_" and ".", or a name that reads as a reference. */
export function sheetNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true; // looks like a cell, e.g. "AB12"
  if (/^[Rr](\d+)?([Cc](\d+)?)?$/.test(name) || /^[Cc](\d+)?$/.test(name)) return true; // R1C1-like
  if (/^(true|false)$/i.test(name)) return true;
  return false;
}

export function quoteSheetName(name: string): string {
  return sheetNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** "A1", "A1:C4", "A:C", "1:3" (relative) or, with `absolute`, "$A$1:$C$4", "$A:$C", "$1:$3". */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const fullRows = r.r0 === 0 && r.r1 === MAX_ROWS - 1;
  const fullCols = r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;
  if (fullCols) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  if (fullRows) return `${d}${columnLetter(r.c0)}:${d}${columnLetter(r.c1)}`;
  const a = `${d}${columnLetter(r.c0)}${d}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${d}${columnLetter(r.c1)}${d}${r.r1 + 1}`;
}

/** "A1" or "A1:B2" even for whole columns or rows (e.g. "E1:E1048576"), as sqref and ref attributes in files want. */
export function formatCells(r: Rect): string {
  const a = `${columnLetter(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${columnLetter(r.c1)}${r.r1 + 1}`;
}

/** A sheet-qualified address as Office.js reports `Range.address`, e.g. "Grupper!A1:J2". */
export function formatAddress(sheet: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheet)}!${formatRect(r, absolute)}`;
}

export interface ParsedRef {
  /** The sheet named in the reference, unquoted; undefined when there is none. */
  sheet?: string;
  rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function cellPart(s: string): { r: number; c: number } | null {
  const m = CELL.exec(s);
  if (!m) return null;
  const c = columnIndexOf(m[1]);
  const r = Number(m[2]) - 1;
  return r >= 0 && r < MAX_ROWS && c < MAX_COLUMNS ? { r, c } : null;
}

/** Splits "Sheet!A1" / "'My sheet'!A1" into sheet and the rest; no "!" means no sheet. */
export function splitSheet(text: string): { sheet?: string; ref: string } | null {
  const t = text.trim();
  if (t.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.*)$/.exec(t);
    return m ? { sheet: m[1].replace(/''/g, "'"), ref: m[2] } : null;
  }
  const bang = t.lastIndexOf("!");
  if (bang < 0) return { ref: t };
  const sheet = t.slice(0, bang);
  return sheet ? { sheet, ref: t.slice(bang + 1) } : null;
}

/** Parses a single-area A1 reference; null when it is not one (multi-area, names, R1C1, out of the sheet). */
export function parseRef(text: string): ParsedRef | null {
  const split = splitSheet(text);
  if (!split) return null;
  const rect = parseLocalRef(split.ref);
  if (!rect) return null;
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

function parseLocalRef(ref: string): Rect | null {
  const parts = ref.trim().split(":");
  if (parts.length === 1) {
    const a = cellPart(parts[0]);
    return a ? { r0: a.r, c0: a.c, r1: a.r, c1: a.c } : null;
  }
  if (parts.length !== 2) return null;
  const [p, q] = parts;
  const a = cellPart(p);
  const b = cellPart(q);
  if (a && b) return ordered(a.r, a.c, b.r, b.c);
  const ca = COL.exec(p);
  const cb = COL.exec(q);
  if (ca && cb) {
    const c0 = columnIndexOf(ca[1]);
    const c1 = columnIndexOf(cb[1]);
    if (c0 >= MAX_COLUMNS || c1 >= MAX_COLUMNS) return null;
    return ordered(0, c0, MAX_ROWS - 1, c1);
  }
  const ra = ROW.exec(p);
  const rb = ROW.exec(q);
  if (ra && rb) {
    const r0 = Number(ra[1]) - 1;
    const r1 = Number(rb[1]) - 1;
    if (r0 < 0 || r1 < 0 || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return null;
    return ordered(r0, 0, r1, MAX_COLUMNS - 1);
  }
  return null;
}

function ordered(ra: number, ca: number, rb: number, cb: number): Rect {
  return { r0: Math.min(ra, rb), c0: Math.min(ca, cb), r1: Math.max(ra, rb), c1: Math.max(ca, cb) };
}
