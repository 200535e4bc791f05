// Where rows and columns sit in the preview grid, in px: fixed row height,
// per-column widths, the column-letter header and frozen rows on top.

import { rowWindow, type RowWindow } from "./viewport";

export const ROW_HEIGHT = 22;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 56;

export interface GridGeometry {
  /** Left edge of each column from the grid's left (after the row numbers), plus the total at the end. */
  columnLeft: readonly number[];
  totalWidth: number;
  frozenRows: number;
  rowCount: number;
  /** Height of the sticky top block: column letters and frozen rows. */
  stickyHeight: number;
  totalHeight: number;
}

export function gridGeometry(columnWidths: readonly number[], rowCount: number, frozenRows: number): GridGeometry {
  const columnLeft = [ROW_HEADER_WIDTH];
  for (const w of columnWidths) columnLeft.push(columnLeft[columnLeft.length - 1] + w);
  const frozen = Math.max(0, Math.min(frozenRows, rowCount));
  const stickyHeight = HEADER_HEIGHT + frozen * ROW_HEIGHT;
  return {
    columnLeft,
    totalWidth: columnLeft[columnLeft.length - 1],
    frozenRows: frozen,
    rowCount,
    stickyHeight,
    totalHeight: stickyHeight + (rowCount - frozen) * ROW_HEIGHT,
  };
}

/** Top of sheet row `row` (0-based) within the grid's content; frozen rows sit in the sticky block. */
export function rowTop(g: GridGeometry, row: number): number {
  return row < g.frozenRows ? HEADER_HEIGHT + row * ROW_HEIGHT : g.stickyHeight + (row - g.frozenRows) * ROW_HEIGHT;
}

/** The body rows (sheet rows, 0-based) to render for the scroll position. */
export function visibleRows(g: GridGeometry, scrollTop: number, viewportHeight: number): RowWindow {
  const body = rowWindow(scrollTop, viewportHeight - g.stickyHeight, ROW_HEIGHT, g.rowCount - g.frozenRows);
  return { first: body.first + g.frozenRows, end: body.end + g.frozenRows };
}

/** The scroll position (left, top) that shows cell (row, column), or undefined per axis when it is in view. */
export function revealCell(
  g: GridGeometry,
  row: number,
  column: number,
  view: { scrollTop: number; scrollLeft: number; width: number; height: number },
): { top?: number; left?: number } {
  const out: { top?: number; left?: number } = {};
  if (row >= g.frozenRows) {
    const top = rowTop(g, row) - g.stickyHeight; // scrollTop at which the row meets the sticky block
    if (top < view.scrollTop) out.top = top;
    else if (top + ROW_HEIGHT > view.scrollTop + view.height - g.stickyHeight) out.top = top + ROW_HEIGHT - (view.height - g.stickyHeight);
  }
  const left = (g.columnLeft[column] ?? ROW_HEADER_WIDTH) - ROW_HEADER_WIDTH;
  const right = (g.columnLeft[column + 1] ?? left) - ROW_HEADER_WIDTH;
  if (left < view.scrollLeft) out.left = left;
  else if (right > view.scrollLeft + view.width - ROW_HEADER_WIDTH) out.left = Math.min(left, right - (view.width - ROW_HEADER_WIDTH));
  return out;
}
