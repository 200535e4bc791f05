// An Excel table (ListObject) in the model: its name, the range it covers
// (header row, at least one body row, optional totals row) and its style.
// Column names are the header cells' text, which the workbook keeps unique
// and non-empty as Excel does.

import type { Rect } from "./rect";
import type { SheetModel } from "./sheetModel";

export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

export class TableModel {
  style = DEFAULT_TABLE_STYLE;
  showTotals = false;
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  highlightFirstColumn = false;
  highlightLastColumn = false;
  /** Stable column ids (TableColumn.id), in column order. */
  columnIds: number[];

  constructor(
    readonly id: number,
    public name: string,
    public sheet: SheetModel,
    /** Header row through totals row. */
    public rect: Rect,
  ) {
    this.columnIds = Array.from({ length: rect.c1 - rect.c0 + 1 }, (_, i) => i + 1);
  }

  /** Records a column inserted at `index` (the rectangle has grown already). */
  insertColumnId(index: number): number {
    const id = Math.max(0, ...this.columnIds) + 1;
    this.columnIds.splice(index, 0, id);
    return id;
  }

  get headerRect(): Rect {
    return { ...this.rect, r1: this.rect.r0 };
  }

  get bodyRect(): Rect {
    return { ...this.rect, r0: this.rect.r0 + 1, r1: this.rect.r1 - (this.showTotals ? 1 : 0) };
  }

  get totalsRect(): Rect | null {
    return this.showTotals ? { ...this.rect, r0: this.rect.r1 } : null;
  }

  get columnCount(): number {
    return this.rect.c1 - this.rect.c0 + 1;
  }

  columnNames(): string[] {
    const names: string[] = [];
    for (let c = this.rect.c0; c <= this.rect.c1; c++) names.push(String(this.sheet.valueAt(this.rect.r0, c)));
    return names;
  }

  /** Column `i` (0-based): the whole column, its header cell or its body. */
  columnRect(i: number, part: "all" | "header" | "body"): Rect {
    const c = this.rect.c0 + i;
    const base = part === "all" ? this.rect : part === "header" ? this.headerRect : this.bodyRect;
    return { ...base, c0: c, c1: c };
  }
}

/** Excel's rule for table names: a letter, "_" or "\" first, then letters, digits, "_" and "."; not a cell reference. */
export function tableNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 255) return "a table name must have 1 to 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return "a table name must start with a letter or underscore and contain only letters, digits, underscores and periods";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return "a table name cannot look like a cell reference";
  return null;
}
