// Which rows of a tall sheet the grid renders: only those in view plus a small
// margin, so a 60 000-row sheet costs the same as a 60-row one. Rows all have
// the same height, so the window is plain arithmetic on the scroll position.

export interface RowWindow {
  /** 0-based index of the first rendered row. */
  first: number;
  /** 0-based index one past the last rendered row. */
  end: number;
}

/** Rows kept rendered above and below the visible ones, so fast scrolling shows no gaps. */
export const OVERSCAN_ROWS = 8;

/**
 * The rows to render for a viewport of `viewportHeight` px scrolled to `scrollTop`
 * over `rowCount` rows of `rowHeight` px each.
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = OVERSCAN_ROWS,
): RowWindow {
  if (rowCount <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const height = Math.max(rowHeight, viewportHeight);
  const first = Math.max(0, Math.min(rowCount - 1, Math.floor(top / rowHeight) - overscan));
  const end = Math.min(rowCount, Math.ceil((top + height) / rowHeight) + overscan);
  return { first, end: Math.max(first + 1, end) };
}
