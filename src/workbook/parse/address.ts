// A1 addresses of a parsed table's cells, header row and whole range: the one place
// that turns (table, row, column key) into "C5".

import { columnLetter } from "../../base/a1";
import type { TableInfo } from "../plan";

export { columnLetter } from "../../base/a1";


/** Columns the table spans: as recorded, else up to its right-most known column. */
function width(info: TableInfo): number {
  if (info.columnCount !== undefined) return info.columnCount;
  let max = -1;
  for (const offset of Object.values(info.columns)) if (offset !== undefined && offset > max) max = offset;
  return max + 1;
}

/**
 * The A1 address (no sheet) of a column's cell on a 1-based sheet row, e.g. "C5".
 * A column the table lacks points at the table's first column.
 */
export function cellAddress(info: TableInfo, row: number, column: string): string {
  return columnLetter(info.firstColumn + (info.columns[column] ?? 0)) + row;
}

/** The A1 address of the table's header row, e.g. "A1:J1". */
export function headerRowAddress(info: TableInfo): string {
  const last = info.firstColumn + Math.max(width(info), 1) - 1;
  return `${columnLetter(info.firstColumn)}${info.headerRow}:${columnLetter(last)}${info.headerRow}`;
}

/** The A1 address of the whole table, header row included, e.g. "A1:J42". */
export function tableRangeAddress(info: TableInfo): string {
  const last = info.firstColumn + Math.max(width(info), 1) - 1;
  return `${columnLetter(info.firstColumn)}${info.headerRow}:${columnLetter(last)}${info.headerRow + info.rowCount}`;
}
