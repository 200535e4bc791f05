// One worksheet of the in-memory Excel: cells stored densely per row (values,
// formulas and style numbers in parallel row arrays, no object per cell),
// row/column styles, widths and heights, frozen panes, visibility, tab colour,
// validations, charts, hyperlinks and page layout. Coordinates are 0-based.

import { columnLetter } from "../../base/a1";
import { formatRect, parseRef } from "../addresses";
import { invalidArgument } from "../errors";
import type { CellWrite } from "../values/coercion";
import { formatValue } from "../../base/numberFormat";
import { DEFAULT_COLUMN_WIDTH_CHARS, DIGIT_PX, PADDING_PX } from "../../base/textFit";
import type { ChartModel } from "./chartModel";
import { STYLE_DEFAULTS, type CellStyle, type StylePatch } from "./cellStyles";
import { defaultPageLayout, type PageLayoutModel } from "./pageLayout";
import { MAX_COLUMNS, MAX_ROWS, intersects, type Rect } from "./rect";
import type { TableModel } from "./tableModel";
import { ValidationStore, type ValidationModel } from "./validations";
import type { WorkbookModel } from "./workbookModel";

export type Scalar = string | number | boolean;

/** What a cell held when its sheet was read from a file (own style number 0 when none). */
export interface CellBefore {
  value: Scalar | undefined;
  formula: string | undefined;
  style: number;
}

/**
 * A sheet read from a file: its part in the package, and what the session has
 * touched since (each cell's state before its first change, and areas changed as
 * a whole), so formulas know when their saved result is stale and saving can
 * patch only what changed.
 */
export interface SheetOrigin {
  /** The worksheet part, e.g. "xl/worksheets/sheet2.xml". */
  path: string;
  before: Map<number, CellBefore>;
  areas: Rect[];
  /** The rest of the sheet as read (the package writer's SheetState). */
  loaded?: unknown;
  /**
   * Whether the session moved cells of the file (a table grew a column into cells
   * beside it): their comments, merged areas, validations and the formulas pointing at
   * them would stay behind, so the package writer refuses to save the sheet.
   */
  movedCells?: boolean;
}
export type Cell = Scalar | "";
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel's default column width (8.43 characters, in whole pixels: 64 px) and row height, in points. */
export const STANDARD_WIDTH = Math.round(DEFAULT_COLUMN_WIDTH_CHARS * DIGIT_PX + PADDING_PX) * 0.75;
export const STANDARD_HEIGHT = 15;

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
}

/** Everything about one cell, for tests and the preview grid. */
export interface CellInfo extends Required<Omit<CellStyle, "fill">> {
  /** The value Range.values shows ("" when empty; computed for formulas). */
  value: Cell;
  formula: string | null;
  /** The value as Range.text shows it. */
  text: string;
  fill: string | null;
  hyperlink: HyperlinkModel | null;
}

type Row<T> = (T | undefined)[];

export class SheetModel {
  visibility: Visibility = "Visible";
  tabColor = "";
  frozenRows = 0;
  frozenColumns = 0;
  pageLayout: PageLayoutModel = defaultPageLayout();
  readonly charts: ChartModel[] = [];
  readonly validationStore = new ValidationStore();
  readonly hyperlinks = new Map<number, HyperlinkModel>();
  /** The selection Excel remembers for this sheet. */
  selection: Rect = { r0: 0, c0: 0, r1: 0, c1: 0 };
  nextChartNumber = 1;
  /** Set when the sheet was read from a file (null for a sheet the session created). */
  origin: SheetOrigin | null = null;

  private vals: (Row<Scalar> | undefined)[] = [];
  private forms: (Row<string> | undefined)[] = [];
  private styleRows: (Row<number> | undefined)[] = [];
  private rowStyle: Row<number> = [];
  private colStyle: Row<number> = [];
  private widths: Row<number> = [];
  private heights: Row<number> = [];
  private version = 0;
  private usedCache: { version: number; values: Rect | null; all: Rect | null } | null = null;

  constructor(
    readonly book: WorkbookModel,
    readonly id: number,
    public name: string,
  ) {}

  // ---- inspection (tests, preview) ----------------------------------------------------

  /** The cell at row `r`, column `c` (0-based). */
  cell(r: number, c: number): CellInfo {
    const style = this.book.styles.get(this.styleIdAt(r, c));
    const value = this.valueAt(r, c);
    const numberFormat = style.numberFormat ?? STYLE_DEFAULTS.numberFormat;
    return {
      ...STYLE_DEFAULTS,
      ...style,
      numberFormat,
      fill: style.fill ?? null,
      value,
      formula: this.formulaAt(r, c) ?? null,
      text: formatValue(value, numberFormat, "en"),
      hyperlink: this.hyperlinks.get(r * MAX_COLUMNS + c) ?? null,
    };
  }

  /** The cell at an A1 address such as "B2". */
  cellAt(a1: string): CellInfo {
    const ref = parseRef(a1);
    if (!ref) throw new Error(`Not a cell address: ${a1}`);
    return this.cell(ref.rect.r0, ref.rect.c0);
  }

  /** The used range (values, formulas and formatted cells), or null for an empty sheet. */
  get usedRange(): Rect | null {
    return this.usedRect(false);
  }

  /** Width in points of every column up to the last used or resized one. */
  get columnWidths(): number[] {
    const used = this.usedRect(false);
    const n = Math.max(this.widths.length, used ? used.c1 + 1 : 0);
    return Array.from({ length: n }, (_, c) => this.columnWidth(c));
  }

  get validations(): readonly ValidationModel[] {
    return this.validationStore.list();
  }

  tables(): TableModel[] {
    return this.book.tables().filter((t) => t.sheet === this);
  }

  get position(): number {
    return this.book.sheets.indexOf(this);
  }

  // ---- cell access ----------------------------------------------------------------------

  rawValue(r: number, c: number): Scalar | undefined {
    return this.vals[r]?.[c];
  }

  formulaAt(r: number, c: number): string | undefined {
    return this.forms[r]?.[c];
  }

  /** What Range.values shows for the cell. */
  valueAt(r: number, c: number): Cell {
    const f = this.forms[r]?.[c];
    if (f !== undefined) return this.book.evaluate(this, r, c, f);
    const v = this.vals[r]?.[c];
    return v === undefined ? "" : v;
  }

  styleIdAt(r: number, c: number): number {
    return this.styleRows[r]?.[c] || this.rowStyle[r] || this.colStyle[c] || 0;
  }

  /** The explicit per-cell style (0 when the cell has none of its own). */
  cellStyleId(r: number, c: number): number {
    return this.styleRows[r]?.[c] ?? 0;
  }

  columnStyleId(c: number): number {
    return this.colStyle[c] ?? 0;
  }

  numberFormatAt(r: number, c: number): string {
    return this.book.styles.get(this.styleIdAt(r, c)).numberFormat ?? STYLE_DEFAULTS.numberFormat;
  }

  /** Applies one coerced write to a cell. */
  write(r: number, c: number, w: CellWrite): void {
    switch (w.kind) {
      case "skip":
        return;
      case "clear":
        this.setCell(r, c, undefined, undefined);
        return;
      case "value":
        this.setCell(r, c, w.value, undefined);
        if (w.numberFormat) this.setStyleId(r, c, this.book.styles.patch(this.styleIdAt(r, c), { numberFormat: w.numberFormat }));
        return;
      case "formula":
        this.setCell(r, c, undefined, w.formula);
    }
  }

  /** Sets a cell's constant and formula (undefined clears). */
  setCell(r: number, c: number, value: Scalar | undefined, formula: string | undefined): void {
    this.version++;
    if (this.origin) this.touch(r, c);
    if (value === undefined) {
      const row = this.vals[r];
      if (row && c < row.length) row[c] = undefined;
    } else (this.vals[r] ??= [])[c] = value;
    if (formula === undefined) {
      const row = this.forms[r];
      if (row && c < row.length) row[c] = undefined;
    } else (this.forms[r] ??= [])[c] = formula;
  }

  setStyleId(r: number, c: number, id: number): void {
    this.version++;
    if (this.origin) this.touch(r, c);
    (this.styleRows[r] ??= [])[c] = id;
  }

  setColumnStyleId(c: number, id: number): void {
    this.version++;
    this.colStyle[c] = id;
  }

  // ---- block reads ------------------------------------------------------------------------

  readValues(r: Rect): Cell[][] {
    return this.readRows(r, (row, i, c, fr) => {
      const f = fr?.[c];
      if (f !== undefined) return this.book.evaluate(this, i, c, f);
      const v = row?.[c];
      return v === undefined ? "" : v;
    });
  }

  readFormulas(r: Rect): Cell[][] {
    return this.readRows(r, (row, _i, c, fr) => {
      const f = fr?.[c];
      if (f !== undefined) return f;
      const v = row?.[c];
      return v === undefined ? "" : v;
    });
  }

  readNumberFormats(r: Rect): string[][] {
    const out: string[][] = [];
    for (let i = r.r0; i <= r.r1; i++) {
      const line: string[] = new Array(r.c1 - r.c0 + 1);
      for (let c = r.c0; c <= r.c1; c++) line[c - r.c0] = this.numberFormatAt(i, c);
      out.push(line);
    }
    return out;
  }

  readTexts(r: Rect): string[][] {
    const values = this.readValues(r);
    return values.map((line, i) => line.map((v, j) => (v === "" ? "" : formatValue(v, this.numberFormatAt(r.r0 + i, r.c0 + j), "en"))));
  }

  readValueTypes(r: Rect): string[][] {
    return this.readValues(r).map((line) =>
      line.map((v) =>
        v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/.test(v) ? "Error" : "String",
      ),
    );
  }

  private readRows<T>(r: Rect, cell: (row: Row<Scalar> | undefined, i: number, c: number, formulas: Row<string> | undefined) => T): T[][] {
    const width = r.c1 - r.c0 + 1;
    const out: T[][] = new Array(r.r1 - r.r0 + 1);
    for (let i = r.r0; i <= r.r1; i++) {
      const row = this.vals[i];
      const fr = this.forms[i];
      const line: T[] = new Array(width);
      for (let c = r.c0; c <= r.c1; c++) line[c - r.c0] = cell(row, i, c, fr);
      out[i - r.r0] = line;
    }
    return out;
  }

  // ---- formatting ----------------------------------------------------------------------------

  /** Applies a style change to every cell of `r` (whole columns/rows become column/row styles). */
  patchStyles(r: Rect, patch: StylePatch): void {
    this.version++;
    if (this.origin) this.touchArea(r);
    const next = this.book.styles.patcher(patch);
    const entireCols = r.r0 === 0 && r.r1 === MAX_ROWS - 1;
    const entireRows = r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;
    if (entireCols && entireRows) {
      for (const row of this.styleRows) if (row) row.forEach((id, c) => id && (row[c] = next(id)));
      this.rowStyle.forEach((id, i) => id && (this.rowStyle[i] = next(id)));
      for (let c = 0; c < MAX_COLUMNS; c++) this.colStyle[c] = next(this.colStyle[c] ?? 0);
    } else if (entireCols) {
      // cells with a style of their own, or on a styled row, follow the new column style
      const rows = Math.max(this.styleRows.length, this.rowStyle.length);
      for (let i = 0; i < rows; i++) {
        const row = this.styleRows[i];
        const rs = this.rowStyle[i];
        if (!row && !rs) continue;
        for (let c = r.c0; c <= r.c1; c++) {
          const own = row?.[c];
          if (own) row![c] = next(own);
          else if (rs) (this.styleRows[i] ??= [])[c] = next(rs);
        }
      }
      for (let c = r.c0; c <= r.c1; c++) this.colStyle[c] = next(this.colStyle[c] ?? 0);
    } else if (entireRows) {
      for (let i = r.r0; i <= r.r1; i++) {
        const row = this.styleRows[i];
        if (row) row.forEach((id, c) => id && (row[c] = next(id)));
        if (!this.rowStyle[i]) {
          this.colStyle.forEach((cs, c) => {
            if (cs && !row?.[c]) (this.styleRows[i] ??= [])[c] = next(cs);
          });
        }
        this.rowStyle[i] = next(this.rowStyle[i] ?? 0);
      }
    } else {
      for (let i = r.r0; i <= r.r1; i++) {
        const row = (this.styleRows[i] ??= []);
        for (let c = r.c0; c <= r.c1; c++) row[c] = next(row[c] || this.rowStyle[i] || this.colStyle[c] || 0);
      }
    }
  }

  /** The one value of style property `k` over `r`, or null when cells differ. */
  uniformStyle<K extends keyof CellStyle>(r: Rect, k: K): NonNullable<CellStyle[K]> | null {
    const b = this.bounded(r);
    let first: unknown = undefined;
    for (let i = b.r0; i <= b.r1; i++) {
      for (let c = b.c0; c <= b.c1; c++) {
        const v = this.book.styles.value(this.styleIdAt(i, c), k);
        if (first === undefined) first = v;
        else if (v !== first) return null;
      }
    }
    return (first ?? null) as NonNullable<CellStyle[K]> | null;
  }

  /** `r` cut down to the cells that can differ (styled rows and columns plus one plain one), for whole-column/row reads. */
  bounded(r: Rect): Rect {
    const rows = Math.max(this.styleRows.length, this.rowStyle.length);
    let cols = this.colStyle.length;
    for (const row of this.styleRows) if (row && row.length > cols) cols = row.length;
    return { r0: r.r0, c0: r.c0, r1: Math.min(r.r1, Math.max(r.r0, rows)), c1: Math.min(r.c1, Math.max(r.c0, cols)) };
  }

  columnWidth(c: number): number {
    return this.widths[c] ?? STANDARD_WIDTH;
  }

  setColumnWidth(c: number, points: number): void {
    this.version++;
    this.widths[c] = points;
  }

  /** Columns whose width was set, with that width. */
  explicitColumnWidths(): [number, number][] {
    return defined(this.widths);
  }

  rowHeight(r: number): number {
    return this.heights[r] ?? STANDARD_HEIGHT;
  }

  setRowHeight(r: number, points: number): void {
    this.version++;
    this.heights[r] = points;
  }

  explicitRowHeights(): [number, number][] {
    return defined(this.heights);
  }

  // ---- clearing and moving -------------------------------------------------------------------

  /** Range.clear: "All", "Contents", "Formats", "Hyperlinks" or "RemoveHyperlinks". */
  clear(r: Rect, what: string): void {
    this.version++;
    if (this.origin) this.touchArea(r);
    const contents = what === "All" || what === "Contents";
    const formats = what === "All" || what === "Formats";
    const links = what !== "Contents" && what !== "Formats";
    const lastRow = Math.min(r.r1, Math.max(this.vals.length, this.forms.length, this.styleRows.length) - 1);
    for (let i = r.r0; i <= lastRow; i++) {
      for (const rows of [contents ? this.vals : null, contents ? this.forms : null, formats ? this.styleRows : null]) {
        const row = rows?.[i];
        if (!row) continue;
        const end = Math.min(r.c1, row.length - 1);
        for (let c = r.c0; c <= end; c++) row[c] = undefined;
      }
    }
    if (formats) {
      if (r.r0 === 0 && r.r1 === MAX_ROWS - 1) for (let c = r.c0; c <= Math.min(r.c1, this.colStyle.length - 1); c++) this.colStyle[c] = undefined;
      if (r.c0 === 0 && r.c1 === MAX_COLUMNS - 1) for (let i = r.r0; i <= Math.min(r.r1, this.rowStyle.length - 1); i++) this.rowStyle[i] = undefined;
    }
    if (links) {
      for (const key of [...this.hyperlinks.keys()]) {
        const i = Math.floor(key / MAX_COLUMNS);
        const c = key % MAX_COLUMNS;
        if (i >= r.r0 && i <= r.r1 && c >= r.c0 && c <= r.c1) this.hyperlinks.delete(key);
      }
    }
  }

  /** Inserts one empty cell at column `c` in rows r0..r1, moving the cells right of it one column right. */
  insertCellRight(r0: number, r1: number, c: number): void {
    this.version++;
    if (this.origin) {
      if (this.holdsCells({ r0, c0: c, r1, c1: MAX_COLUMNS - 1 })) this.origin.movedCells = true;
      this.touchArea({ r0, c0: c, r1, c1: MAX_COLUMNS - 1 });
    }
    const last = Math.min(r1, Math.max(this.vals.length, this.forms.length, this.styleRows.length) - 1);
    for (let i = r0; i <= last; i++) {
      for (const rows of [this.vals, this.forms, this.styleRows] as (Row<unknown> | undefined)[][]) {
        const row = rows[i];
        if (row && row.length > c) row.splice(c, 0, undefined);
      }
    }
    this.moveHyperlinks((i, col) => (i >= r0 && i <= r1 && col >= c ? [i, col + 1] : null));
  }

  /** Inserts one empty cell at row `r` in columns c0..c1, moving the cells below it one row down. */
  insertCellDown(c0: number, c1: number, r: number): void {
    this.version++;
    if (this.origin) {
      if (this.holdsCells({ r0: r, c0, r1: MAX_ROWS - 1, c1 })) this.origin.movedCells = true;
      this.touchArea({ r0: r, c0, r1: MAX_ROWS - 1, c1 });
    }
    for (const rows of [this.vals, this.forms, this.styleRows] as (Row<unknown> | undefined)[][]) {
      for (let i = rows.length; i > r; i--) {
        const above = rows[i - 1];
        if (!above && !rows[i]) continue;
        const row = (rows[i] ??= []);
        for (let c = c0; c <= c1; c++) row[c] = above?.[c];
      }
      const top = rows[r];
      if (top) for (let c = c0; c <= c1; c++) top[c] = undefined;
    }
    this.moveHyperlinks((i, col) => (col >= c0 && col <= c1 && i >= r ? [i + 1, col] : null));
  }

  /** Whether any cell in `r` holds a value, a formula, a format of its own or a hyperlink. */
  private holdsCells(r: Rect): boolean {
    const last = Math.min(r.r1, Math.max(this.vals.length, this.forms.length, this.styleRows.length) - 1);
    for (let i = r.r0; i <= last; i++) {
      for (const row of [this.vals[i], this.forms[i], this.styleRows[i]]) {
        if (!row) continue;
        for (let c = r.c0; c <= Math.min(r.c1, row.length - 1); c++) if (row[c] !== undefined && row[c] !== 0) return true;
      }
    }
    for (const key of this.hyperlinks.keys()) {
      const i = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      if (i >= r.r0 && i <= r.r1 && c >= r.c0 && c <= r.c1) return true;
    }
    return false;
  }

  private moveHyperlinks(to: (r: number, c: number) => [number, number] | null): void {
    const moved: [number, HyperlinkModel][] = [];
    for (const [key, link] of this.hyperlinks) {
      const dest = to(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
      if (dest) {
        this.hyperlinks.delete(key);
        moved.push([dest[0] * MAX_COLUMNS + dest[1], link]);
      }
    }
    for (const [key, link] of moved) this.hyperlinks.set(key, link);
  }

  // ---- changes since the sheet was read ---------------------------------------------------

  /** Remembers cell (r, c) as it was before its first change in the session. */
  private touch(r: number, c: number): void {
    const origin = this.origin!;
    if (!this.book.tracking) return;
    const key = r * MAX_COLUMNS + c;
    if (!origin.before.has(key)) origin.before.set(key, { value: this.vals[r]?.[c], formula: this.forms[r]?.[c], style: this.styleRows[r]?.[c] ?? 0 });
    this.book.changeCount++;
  }

  /** Remembers an area changed as a whole, and the cells in it that hold anything. */
  private touchArea(rect: Rect): void {
    if (!this.book.tracking) return;
    this.origin!.areas.push(rect);
    this.eachCellIn(rect, (r, c) => this.touch(r, c));
    this.book.changeCount++;
  }

  /** Calls `f` for every cell of `rect` that may hold a value, formula or own style. */
  eachCellIn(rect: Rect, f: (r: number, c: number) => void): void {
    const last = Math.min(rect.r1, Math.max(this.vals.length, this.forms.length, this.styleRows.length) - 1);
    for (let r = rect.r0; r <= last; r++) {
      const end = Math.min(rect.c1, this.rowLength(r) - 1);
      for (let c = rect.c0; c <= end; c++) f(r, c);
    }
  }

  /** The cell as it was read from the file (its current state when the session has not changed it). */
  before(r: number, c: number): CellBefore {
    const b = this.origin?.before.get(r * MAX_COLUMNS + c);
    return b ?? { value: this.vals[r]?.[c], formula: this.forms[r]?.[c], style: this.styleRows[r]?.[c] ?? 0 };
  }

  /** Whether the session changed the value or formula of cell (r, c). */
  valueChanged(r: number, c: number): boolean {
    const b = this.origin?.before.get(r * MAX_COLUMNS + c);
    return b !== undefined && (b.value !== this.vals[r]?.[c] || b.formula !== this.forms[r]?.[c]);
  }

  /**
   * The cells the session changed (value, formula or own style) since the sheet was
   * read, as [row, column] pairs in no particular order; empty for an untouched sheet.
   */
  changedCells(): [number, number][] {
    const origin = this.origin;
    if (!origin) return [];
    const keys = new Set(origin.before.keys());
    for (const a of origin.areas) this.eachCellIn(a, (r, c) => keys.add(r * MAX_COLUMNS + c));
    const out: [number, number][] = [];
    for (const key of keys) {
      const r = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      const b = origin.before.get(key) ?? { value: undefined, formula: undefined, style: 0 };
      if (b.value !== this.vals[r]?.[c] || b.formula !== this.forms[r]?.[c] || b.style !== (this.styleRows[r]?.[c] ?? 0)) out.push([r, c]);
    }
    return out;
  }

  /** Whether any value or formula in `rect` differs from what the file held. */
  valuesChangedIn(rect: Rect): boolean {
    const origin = this.origin;
    if (!origin) return this.usedRect(true) !== null;
    for (const a of origin.areas) if (intersects(a, rect)) return true;
    const cells = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
    if (cells <= origin.before.size) {
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) if (this.valueChanged(r, c)) return true;
      return false;
    }
    for (const key of origin.before.keys()) {
      const r = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1 && this.valueChanged(r, c)) return true;
    }
    return false;
  }

  /** Formula cells of `rect` (bounded by the used part), as [row, column, formula]. */
  formulasIn(rect: Rect): [number, number, string][] {
    const out: [number, number, string][] = [];
    const last = Math.min(rect.r1, this.forms.length - 1);
    for (let r = rect.r0; r <= last; r++) {
      const row = this.forms[r];
      if (!row) continue;
      const end = Math.min(rect.c1, row.length - 1);
      for (let c = rect.c0; c <= end; c++) if (row[c] !== undefined) out.push([r, c, row[c]!]);
    }
    return out;
  }

  // ---- used range ------------------------------------------------------------------------------

  /** Bounding box of cells with values/formulas (and, unless valuesOnly, with a style of their own). */
  usedRect(valuesOnly: boolean): Rect | null {
    if (!this.usedCache || this.usedCache.version !== this.version) {
      const values = union(bounds(this.vals), bounds(this.forms));
      this.usedCache = { version: this.version, values, all: union(values, bounds(this.styleRows, (id) => id !== 0)) };
    }
    return valuesOnly ? this.usedCache.values : this.usedCache.all;
  }

  /** Rows that hold any cell data (for writers): values, formulas or cell styles. */
  *rowIndexes(): Generator<number> {
    const n = Math.max(this.vals.length, this.forms.length, this.styleRows.length);
    for (let i = 0; i < n; i++) if (this.vals[i] || this.forms[i] || this.styleRows[i]) yield i;
  }

  /** Columns 0..n-1 of row `r` that may hold data. */
  rowLength(r: number): number {
    return Math.max(this.vals[r]?.length ?? 0, this.forms[r]?.length ?? 0, this.styleRows[r]?.length ?? 0);
  }

  /** Columns that have a column style, with its style number. */
  explicitColumnStyles(): [number, number][] {
    return defined(this.colStyle).filter(([, id]) => id !== 0);
  }

  /** A1 address of a rectangle on this sheet, without the sheet name. */
  local(r: Rect): string {
    return formatRect(r);
  }

  toString(): string {
    return `SheetModel(${this.name})`;
  }

  /** Checks a rectangle is small enough to fill cell by cell. */
  static assertFillable(r: Rect, where: string): void {
    const cells = (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
    if (cells > 5_000_000) {
      throw invalidArgument(`The range ${columnLetter(r.c0)}${r.r0 + 1}:${columnLetter(r.c1)}${r.r1 + 1} has ${cells} cells; the in-memory Excel fills at most 5 000 000 cells in one operation.`, where);
    }
  }
}

/** [index, value] of the entries of a sparse row that are set. */
function defined(row: Row<number>): [number, number][] {
  const out: [number, number][] = [];
  row.forEach((v, i) => {
    if (v !== undefined) out.push([i, v]);
  });
  return out;
}

function bounds<T>(rows: (Row<T> | undefined)[], keep: (v: T) => boolean = () => true): Rect | null {
  let r0 = -1;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    let first = -1;
    let last = -1;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== undefined && keep(v)) {
        if (first < 0) first = c;
        last = c;
      }
    }
    if (first < 0) continue;
    if (r0 < 0) r0 = i;
    r1 = i;
    if (first < c0) c0 = first;
    if (last > c1) c1 = last;
  }
  return r0 < 0 ? null : { r0, c0, r1, c1 };
}

function union(a: Rect | null, b: Rect | null): Rect | null {
  if (!a) return b;
  if (!b) return a;
  return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
}
