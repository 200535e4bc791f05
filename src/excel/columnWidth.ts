// The one conversion between the column widths edits carry (characters, as
// Excel's Format > Column Width dialog shows them) and the points Office.js'
// `Range.format.columnWidth` expects.

/** Pixel width of the digit "0" in Excel's default font (Calibri/Aptos 11 pt at 96 dpi). */
const DIGIT_PX = 7;
/** Excel adds this many pixels of cell padding to every column. */
const PADDING_PX = 5;
/** Points per pixel at 96 dpi. */
const PT_PER_PX = 72 / 96;

/**
 * Points for a width of `chars` characters: Excel shows `chars` digits plus
 * padding, i.e. (chars * 7 + 5) pixels, at 0.75 pt per pixel. Excel's default
 * width of 8.43 characters gives 48 pt (64 px), as in Excel itself.
 */
export function charsToPoints(chars: number): number {
  if (!Number.isFinite(chars) || chars <= 0) return 0;
  return Math.round((chars * DIGIT_PX + PADDING_PX) * PT_PER_PX * 100) / 100;
}
