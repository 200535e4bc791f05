// How a sheet of the in-memory Excel prints, computed from what it holds, the
// way Excel lays out a sheet fitted to the width of a landscape A4 page: the scale
// from the width of the printed columns (the used cells and the charts), the pages
// from its manual page breaks, and each page's height from the row heights (the
// repeated title rows included). Written apart from src/followup/pageBreaks.ts, so
// that tests check the breaks it places against the page rather than against itself.

import type { SheetModel } from "../../src/host/model/sheetModel";

const PRINTABLE_WIDTH_PT = 841.89 - 2 * 0.7 * 72;
const PRINTABLE_HEIGHT_PT = 595.28 - 2 * 0.75 * 72;

export interface PrintedPage {
  /** 0-based rows, inclusive. */
  firstRow: number;
  lastRow: number;
  /** Unscaled points the page's rows (and repeated title rows) take. */
  height: number;
  /** Started by an automatic break: the page before was full before its manual break. */
  automatic: boolean;
}

export interface PrintedSheet {
  scale: number;
  /** Unscaled points of rows one page holds. */
  pageHeight: number;
  pages: PrintedPage[];
  /** Each chart's name, rows (0-based, inclusive) and the pages (0-based) its rows are on. */
  charts: { name: string; firstRow: number; lastRow: number; pages: number[] }[];
  /** The tallest row's height in points and its 0-based index. */
  tallestRow: { row: number; height: number };
}

export function printedSheet(sheet: SheetModel): PrintedSheet {
  const used = sheet.usedRange;
  const lastRow = Math.max(used?.r1 ?? 0, ...sheet.charts.map((c) => c.to.row));
  const lastColumn = Math.max(used?.c1 ?? 0, ...sheet.charts.map((c) => c.to.col));
  let width = 0;
  for (let c = 0; c <= lastColumn; c++) width += sheet.columnWidth(c);
  const scale = Math.min(1, PRINTABLE_WIDTH_PT / width);
  const titles = sheet.pageLayout.printTitleRows;
  let titleHeight = 0;
  if (titles) for (let r = titles.r0; r <= titles.r1; r++) titleHeight += sheet.rowHeight(r);

  // Pages start at the manual breaks, and where the next row would not fit (Excel's automatic break).
  const manual = new Set(sheet.pageLayout.rowBreaks);
  const pageHeight = PRINTABLE_HEIGHT_PT / scale;
  const pages: PrintedPage[] = [];
  let page: PrintedPage = { firstRow: 0, lastRow: -1, height: 0, automatic: false };
  for (let r = 0; r <= lastRow; r++) {
    const h = sheet.rowHeight(r);
    const full = r > page.firstRow && page.height + h > pageHeight;
    if (r > 0 && (manual.has(r) || full)) {
      pages.push(page);
      page = { firstRow: r, lastRow: r - 1, height: titleHeight, automatic: !manual.has(r) };
    }
    page.lastRow = r;
    page.height += h;
  }
  pages.push(page);
  const pageOf = (row: number) => pages.findIndex((p) => row >= p.firstRow && row <= p.lastRow);
  const charts = sheet.charts.map((c) => {
    const on = new Set<number>();
    for (let r = c.from.row; r <= c.to.row; r++) on.add(pageOf(r));
    return { name: c.name, firstRow: c.from.row, lastRow: c.to.row, pages: [...on] };
  });
  let tallestRow = { row: 0, height: 0 };
  for (let r = 0; r <= lastRow; r++) if (sheet.rowHeight(r) > tallestRow.height) tallestRow = { row: r, height: sheet.rowHeight(r) };
  return { scale, pageHeight, pages, charts, tallestRow };
}
