// Keeping a generated sheet within one write to Excel (Excel on the web refuses
// requests over 5 MB): its lists shortened to their first rows, each with a
// footnote saying how many of how many it shows. The caller picks the limit
// (src/excel/fitRequest.ts); the Word export always gets every row.

import type { Edit } from "../workbook/edits";
import type { Lang } from "../workbook/layout";
import { rowsLeftOutText } from "../i18n/followup";

/** No limit: every row is listed. */
export const ALL_ROWS = Number.POSITIVE_INFINITY;

/** Anything that lists rows and can say something under them: a report table, a chart's data block. */
export interface RowList {
  rows: readonly unknown[];
  footnote?: string;
}

/**
 * `list` with its first `maxRows` rows and, when that is not all of them, a footnote
 * saying how many of how many it shows; `leftOut` counts the rows not listed.
 */
export function limitRows<L extends RowList>(list: L, maxRows: number, lang: Lang): { list: L; leftOut: number } {
  const total = list.rows.length;
  if (total <= maxRows) return { list, leftOut: 0 };
  const shown = Math.max(0, Math.floor(maxRows));
  return { list: { ...list, rows: list.rows.slice(0, shown), footnote: rowsLeftOutText(shown, total)[lang] }, leftOut: total - shown };
}

/** A generated sheet's edits and what its row limit left out. */
export interface GeneratedSheet {
  edits: Edit[];
  /** Rows of its longest list: a limit at or above it leaves nothing out. */
  longestList: number;
  /** Rows left out, summed over its lists. */
  rowsLeftOut: number;
}
