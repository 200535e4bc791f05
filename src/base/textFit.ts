// How much room a cell's text takes in Excel's default font, Calibri 11 pt at
// 96 dpi: the width of its longest line, and the height of text that wraps
// between words at its column's width (the in-memory Excel's autofit, and the
// generated sheets' page breaks, which must know how tall their rows print);
// and the one conversion of column widths in characters to points. Character
// widths are Carlito's (metric-compatible with Calibri); others count as a digit.

/** Excel's column-width unit: the digit width, 7 px, and the 5 px padding of every column. */
export const DIGIT_PX = 7;
export const PADDING_PX = 5;
/** Excel's default column width in characters (as its Format > Column Width dialog shows it), for columns no one has set. */
export const DEFAULT_COLUMN_WIDTH_CHARS = 8.43;
/** Height of one line of 11 pt text: Excel's standard row height. */
export const LINE_HEIGHT_PT = 15;
/** The tallest row Excel allows. */
export const MAX_ROW_HEIGHT_PT = 409;
/** Points per pixel at 96 dpi. */
const PT_PER_PX = 72 / 96;

/**
 * Points for a column width of `chars` characters (as Excel's Format > Column Width
 * dialog shows them and edits carry): Excel shows `chars` digits plus padding, i.e.
 * (chars * 7 + 5) pixels, at 0.75 pt per pixel. Excel's default width of 8.43
 * characters gives 48.01 pt (64.01 px; Excel itself keeps whole pixels: 64 px, 48 pt).
 */
export function charsToPoints(chars: number): number {
  if (!Number.isFinite(chars) || chars <= 0) return 0;
  return Math.round((chars * DIGIT_PX + PADDING_PX) * PT_PER_PX * 100) / 100;
}

/** Advance widths in font units (2 048 an em) of Carlito Regular, character by character. */
const MEASURED = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~åäöÅÄÖéèüÜ–—…’‘“”€§°½';
// prettier-ignore
const UNITS = [
  463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
  1038, 1038, 548, 548, 1020, 1020, 1020, 949, 1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322,
  1356, 1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020, 596, 981, 1076, 866, 1076, 1019, 625,
  964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020, 981,
  981, 1080, 1185, 1185, 1356, 1019, 1019, 1076, 1314, 1020, 1854, 1414, 511, 511, 857, 857, 1038, 1020, 694, 1375,
];
const UNITS_PER_EM = 2048;
const DIGIT_UNITS = 1038;
const WIDTHS = new Map([...MEASURED].map((ch, i) => [ch, UNITS[i]]));
/** Pixels per font unit at 11 pt and 96 dpi (11 pt = 14.67 px an em). */
const PX_PER_UNIT = (11 * 96) / 72 / UNITS_PER_EM;
/** Bold Calibri is a few per cent wider. */
const BOLD_SCALE = 1.04;
/** Wrapped lines are filled to this share of the column, so a line that only just fits in our sums is not one Excel breaks. */
const WRAP_FILL = 0.96;

export interface TextLook {
  fontSize?: number;
  bold?: boolean;
  wrapText?: boolean;
}

const scaleOf = (look: TextLook) => ((look.fontSize ?? 11) / 11) * (look.bold ? BOLD_SCALE : 1);

/** Pixels `s` takes on one line. */
function linePx(s: string, scale: number): number {
  let units = 0;
  for (const ch of s) units += WIDTHS.get(ch) ?? DIGIT_UNITS;
  return units * PX_PER_UNIT * scale;
}

/** Pixels the longest line of `text` needs, padding included. */
export function textWidthPx(text: string, look: TextLook): number {
  const scale = scaleOf(look);
  return Math.ceil(Math.max(...text.split("\n").map((line) => linePx(line, scale)))) + PADDING_PX;
}

/** Lines `text` takes when broken greedily between words into lines of at most `widthPx` pixels. */
export function wrappedLineCount(text: string, widthPx: number, look: TextLook = {}): number {
  const scale = scaleOf(look);
  const room = Math.max(1, widthPx);
  const space = linePx(" ", scale);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const w = linePx(word, scale);
      if (used > 0 && used + space + w <= room) used += space + w;
      else {
        if (used > 0) count += 1;
        // A word wider than the column is broken across lines.
        count += Math.max(0, Math.ceil(w / room) - 1);
        used = w > room ? w - Math.floor(w / room) * room : w;
      }
    }
    lines += count;
  }
  return lines;
}

/** Points of row height a cell's text needs in a column `columnWidthPt` wide. */
export function textHeightPt(text: string, look: TextLook, columnWidthPt: number): number {
  const lineHeight = LINE_HEIGHT_PT * ((look.fontSize ?? 11) / 11);
  const lines = look.wrapText ? wrappedLineCount(text, (columnWidthPt / 0.75 - PADDING_PX) * WRAP_FILL, look) : text.split("\n").length;
  return Math.min(MAX_ROW_HEIGHT_PT, Math.round(lines * lineHeight * 4) / 4);
}
