// Keeping a generated sheet within one write to Excel (Excel on the web refuses
// requests over 5 MB): its lists shortened to their first rows, each with a
// footnote saying how many of how many it shows. The caller picks the limit
// (src/excel/fitRequest.ts); the Word export always gets every row.

import type { Edit } from "../workbook/edits";
import type { Lang } from "../workbook/layout";
import { rowsLeftOutText } from "../i18n/followup";

/** No limit: every row is listed. */
export const ALL_ROWS = Number.POSITIVE_INFINITY;

export interface LimitedRows<T> {
  rows: T[];
  /** Rows not listed. */
  leftOut: number;
  /** Said under the list when rows were left out. */
  footnote: string | null;
}

/** The first `maxRows` of `rows`, and a footnote when that is not all of them. */
export function limitRows<T>(rows: readonly T[], maxRows: number, lang: Lang): LimitedRows<T> {
  if (rows.length <= maxRows) return { rows: [...rows], leftOut: 0, footnote: null };
  const shown = Math.max(0, Math.floor(maxRows));
  return { rows: rows.slice(0, shown), leftOut: rows.length - shown, footnote: rowsLeftOutText(shown, rows.length)[lang] };
}

/** A generated sheet's edits and what its row limit left out. */
export interface GeneratedSheet {
  edits: Edit[];
  /** Rows of its longest list: a limit at or above it leaves nothing out. */
  longestList: number;
  /** Rows left out, summed over its lists. */
  rowsLeftOut: number;
}
