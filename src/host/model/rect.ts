// Rectangles of cells (0-based, inclusive) and the sheet's size limits: the
// coordinate type every part of the in-memory Excel shares.

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const rect = (r0: number, c0: number, r1 = r0, c1 = c0): Rect => ({ r0, c0, r1, c1 });

export const rowCount = (r: Rect): number => r.r1 - r.r0 + 1;
export const columnCount = (r: Rect): number => r.c1 - r.c0 + 1;
export const cellCount = (r: Rect): number => rowCount(r) * columnCount(r);

export const isEntireColumns = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;
export const isEntireRows = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;

export function inSheet(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLUMNS && r.r0 <= r.r1 && r.c0 <= r.c1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
}

/** `a` minus `b` as at most four rectangles (above, below, left, right of the overlap). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const o = intersection(a, b);
  if (!o) return [a];
  const parts: Rect[] = [];
  if (a.r0 < o.r0) parts.push({ r0: a.r0, c0: a.c0, r1: o.r0 - 1, c1: a.c1 });
  if (o.r1 < a.r1) parts.push({ r0: o.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < o.c0) parts.push({ r0: o.r0, c0: a.c0, r1: o.r1, c1: o.c0 - 1 });
  if (o.c1 < a.c1) parts.push({ r0: o.r0, c0: o.c1 + 1, r1: o.r1, c1: a.c1 });
  return parts;
}

export const sameRect = (a: Rect, b: Rect): boolean => a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
