// How a value fits its column, as Excel shows it: a number too wide for its
// cell becomes "####" (never a cut-off, misleading number), and text too wide
// spills over the empty cells to its right. Widths are estimated from the
// grid's font (no DOM measuring), which is close enough to decide.

/** Average px per character of the grid's 13 px font, and the cell's side padding. */
export const CHAR_PX = 7.2;
export const CELL_PADDING = 8;

export const textWidth = (text: string): number => text.length * CHAR_PX + CELL_PADDING;

/** The number's text, or "#" repeated across the cell when it does not fit. */
export function fitNumber(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  return "#".repeat(Math.max(1, Math.floor((width - CELL_PADDING) / CHAR_PX)));
}

/**
 * The width a left-aligned text in `column` takes: its own cell, widened over
 * the following cells that are empty until the text fits (or a cell is not empty).
 */
export function spillWidth(text: string, column: number, widths: readonly number[], isEmpty: (column: number) => boolean): number {
  const need = textWidth(text);
  let width = widths[column];
  for (let next = column + 1; width < need && next < widths.length && isEmpty(next); next++) width += widths[next];
  return width;
}
