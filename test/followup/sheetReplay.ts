// Replays the value writes of a list of edits into a plain cell map, so pure
// tests can read what a chart's source range or a table would hold.

import { columnIndexOf } from "../../src/base/a1";
import type { Edit } from "../../src/workbook/edits";
import type { CellValue } from "../../src/workbook/snapshot";

export interface Rect {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export function rectOf(address: string): Rect {
  const [a, b = a] = address.replace(/\$/g, "").split(":");
  const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
  const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
  return { firstRow: +r1, lastRow: +r2, firstColumn: columnIndexOf(c1), lastColumn: columnIndexOf(c2) };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.firstRow <= b.lastRow && b.firstRow <= a.lastRow && a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn;
}

/** The cells one sheet holds after the edits' setValues, keyed "row,column". */
export function replayValues(edits: readonly Edit[], sheet: string): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const e of edits) {
    if (e.kind !== "setValues" || e.sheet !== sheet) continue;
    const r = rectOf(e.address);
    e.values.forEach((row, i) => row.forEach((v, j) => cells.set(`${r.firstRow + i},${r.firstColumn + j}`, v)));
  }
  return cells;
}

/** The 2-D values of a range in a replayed sheet ("" where nothing was written). */
export function rangeValues(cells: Map<string, CellValue>, address: string): CellValue[][] {
  const r = rectOf(address);
  const out: CellValue[][] = [];
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    const line: CellValue[] = [];
    for (let c = r.firstColumn; c <= r.lastColumn; c++) line.push(cells.get(`${row},${c}`) ?? "");
    out.push(line);
  }
  return out;
}

/** CIE L* lightness (0 black … 100 white) of a "#RRGGBB" colour: what a grey-scale print keeps. */
export function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}
