// The plain, serialisable picture of a workbook that the "read" step produces:
// every table's headers and values and every sheet's name. Nothing here touches Office.js.

/** A cell value as Office.js returns it in `Range.values`: empty cells are "". */
export type CellValue = string | number | boolean;

export interface TableSnapshot {
  /** The Excel table (ListObject) name, e.g. "Groups". */
  name: string;
  /** The worksheet the table is on. */
  sheet: string;
  /** 1-based sheet row of the table's header row. */
  headerRow: number;
  /** 0-based sheet column index of the table's first column (0 = A). */
  firstColumn: number;
  /** Header texts as they stand in the workbook. */
  headers: string[];
  /** Data body values, one array per row, each as long as `headers`. */
  rows: CellValue[][];
  /** The table style, e.g. "TableStyleMedium2" (when the reader loaded it). */
  style?: string;
  /** True when the table shows a totals row (left out of `rows`). */
  showTotals?: boolean;
}

export interface SheetSnapshot {
  name: string;
  /** "Visible" | "Hidden" | "VeryHidden", as Excel names it. */
  visibility: string;
  /**
   * Whether the sheet holds no values. Read only for the sheet names Rådsplan may
   * create; absent means unknown, which callers must treat as "not empty".
   */
  empty?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Every table in the workbook, the planning tables and Rådsplan's own meta tables alike. */
  tables: TableSnapshot[];
}
