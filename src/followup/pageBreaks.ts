// Where a generated sheet's printed pages break. The sheets print on A4
// landscape fitted to the page width (sheetFrame.ts), so the scale follows from
// the width of the printed columns and a page holds a known height of rows. The
// breaks are all placed by hand (Excel's and LibreOffice's automatic ones then
// never come into play, being further down): a page ends before a row that would
// not fit, moved up to the last row where a break may go: never inside a chart's
// rows, and not inside a part that fits on a page of its own (a goal's heading,
// paragraph, tables and chart; a table's caption, header and first row).

import { charsToPoints, DEFAULT_COLUMN_WIDTH_CHARS } from "../base/textFit";

/** A4 in points, landscape. */
const PAGE_WIDTH_PT = 841.89;
const PAGE_HEIGHT_PT = 595.28;
/** Excel's Normal margins, which a new sheet gets (and ExcelJS writes): 0.7" left and right, 0.75" top and bottom. */
const MARGIN_X_PT = 0.7 * 72;
const MARGIN_Y_PT = 0.75 * 72;
/**
 * Share of a page the breaks fill: the row heights here are the in-memory Excel's
 * measure; Excel's own autofit, and LibreOffice's page header, may take a little more.
 */
const PAGE_FILL = 0.92;

/** Rows (1-based, inclusive) kept on one page. */
export interface KeepTogether {
  first: number;
  last: number;
  /** A chart's rows: never broken, whatever their height. Others are broken only when taller than a page. */
  strict?: boolean;
}

export interface PageLayoutPlan {
  /** Column widths in characters from column A (columns beyond are Excel's default width). */
  widths: readonly number[];
  /** 0-based index of the last column printed (the rightmost cell or chart edge). */
  lastColumn: number;
  /** The rows repeated at the top of every page after the first (1-based, inclusive). */
  titleRows: [number, number];
  /** 1-based last row in use. */
  lastRow: number;
  keeps: readonly KeepTogether[];
}

/** The scale fitting `lastColumn + 1` columns to the width of a landscape A4 page (at most 100 %). */
export function fitToWidthScale(widths: readonly number[], lastColumn: number): number {
  let width = 0;
  for (let c = 0; c <= lastColumn; c++) width += charsToPoints(widths[c] ?? DEFAULT_COLUMN_WIDTH_CHARS);
  return Math.min(1, (PAGE_WIDTH_PT - 2 * MARGIN_X_PT) / width);
}

/** Unscaled points of rows a page holds at `scale` (the repeated title rows included). */
export function pageHeightAt(scale: number): number {
  return ((PAGE_HEIGHT_PT - 2 * MARGIN_Y_PT) / scale) * PAGE_FILL;
}

/**
 * The rows (1-based) that start a new page, ascending, for rows `height(r)` points tall.
 * Every page after the first begins with the title rows, so it holds that much less.
 */
export function pageBreaks(height: (row: number) => number, plan: PageLayoutPlan): number[] {
  const page = pageHeightAt(fitToWidthScale(plan.widths, plan.lastColumn));
  const last = plan.lastRow;
  // below[r]: points of rows 1 … r-1, so rows a … b take below[b + 1] - below[a]
  const below = new Float64Array(last + 2);
  for (let r = 1; r <= last; r++) below[r + 1] = below[r] + height(r);
  const sum = (from: number, to: number) => (to < from ? 0 : below[Math.min(to, last) + 1] - below[Math.max(1, from)]);
  const later = page - sum(plan.titleRows[0], plan.titleRows[1]);
  // Rows no page may start at: inside a chart's rows, and inside any other part that fits on a page after the first.
  const blocked = new Uint8Array(last + 2);
  for (const k of plan.keeps) {
    if (!k.strict && sum(k.first, k.last) > later) continue;
    for (let b = Math.max(1, k.first + 1); b <= Math.min(k.last, last); b++) blocked[b] = 1;
  }
  const allowed = (b: number) => blocked[b] === 0;

  const breaks: number[] = [];
  let start = 1;
  let capacity = page;
  for (let r = 1; r <= last; r++) {
    // Rows start … r on one page would not fit: break before r, or further up.
    while (r > start && sum(start, r) > capacity) {
      let b = r;
      while (b > start && !allowed(b)) b--;
      // Nothing may break between the page's top and here (a part taller than a page): break at this row.
      if (b === start) b = r;
      breaks.push(b);
      start = b;
      capacity = later;
    }
  }
  return breaks;
}
