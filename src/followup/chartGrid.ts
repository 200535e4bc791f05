// Where the Uppföljning sheet's charts go: a grid of equally sized cells
// blocks, computed from the sheet's column widths so that every chart is about
// as wide as the others, and separated by a gap so that no two ever overlap,
// however many there are.

import { DEFAULT_COLUMN_WIDTH_CHARS } from "../base/textFit";
import { columnLetter } from "../workbook/parse/address";

export interface GridOptions {
  /** 1-based sheet row of the grid's first chart row. */
  top: number;
  /** Charts side by side. */
  perRow: number;
  /** Rows one chart spans. */
  heightRows: number;
  /** Empty rows between chart rows. */
  gapRows: number;
  /** How wide a chart should be, in characters of column width. */
  widthChars: number;
  /** Empty columns between charts side by side. */
  gapColumns: number;
  /** The sheet's column widths in characters, from column A; columns beyond use defaultWidth. */
  columnWidths: readonly number[];
  defaultWidth: number;
}

/** The cells a chart spans (inclusive), as numbers and as the A1 corners setPosition takes. */
export interface CellRect {
  firstRow: number;
  lastRow: number;
  /** 0-based. */
  firstColumn: number;
  lastColumn: number;
  topLeft: string;
  bottomRight: string;
}

export const DEFAULT_GRID: Omit<GridOptions, "top" | "columnWidths"> = {
  perRow: 2,
  heightRows: 18,
  gapRows: 2,
  widthChars: 64,
  gapColumns: 1,
  defaultWidth: DEFAULT_COLUMN_WIDTH_CHARS,
};

/** Column spans of the grid's columns: each from where the last ended (plus the gap) until widthChars are reached. */
function columnSpans(o: GridOptions): [number, number][] {
  const width = (c: number) => o.columnWidths[c] ?? o.defaultWidth;
  const spans: [number, number][] = [];
  let start = 0;
  for (let k = 0; k < o.perRow; k++) {
    let end = start;
    let total = width(start);
    while (total < o.widthChars) total += width(++end);
    spans.push([start, end]);
    start = end + 1 + o.gapColumns;
  }
  return spans;
}

/** The cells of `count` charts, row by row, and the first row below the grid. */
export function chartGrid(count: number, o: GridOptions): { rects: CellRect[]; nextRow: number } {
  const spans = columnSpans(o);
  const rects = Array.from({ length: count }, (_, i): CellRect => {
    const firstRow = o.top + Math.floor(i / o.perRow) * (o.heightRows + o.gapRows);
    const lastRow = firstRow + o.heightRows - 1;
    const [firstColumn, lastColumn] = spans[i % o.perRow];
    return {
      firstRow,
      lastRow,
      firstColumn,
      lastColumn,
      topLeft: `${columnLetter(firstColumn)}${firstRow}`,
      bottomRight: `${columnLetter(lastColumn)}${lastRow}`,
    };
  });
  const chartRows = Math.ceil(count / o.perRow);
  return { rects, nextRow: o.top + chartRows * (o.heightRows + o.gapRows) };
}
