// The whole in-memory workbook: its sheets in order, the tables (whose names
// are unique workbook-wide), the shared style table, the active sheet, and
// the rules Excel enforces when sheets and tables are added, renamed, hidden
// or removed. Formula cells are computed here on read.

import { quoteSheetName } from "../addresses";
import { invalidArgument, invalidOperation, OfficeApiError } from "../errors";
import { evaluateFormula, formulaReferences, type FormulaEnv } from "../values/formulas";
import { serialFromDate } from "../../base/dateSerial";
import { StyleTable } from "./cellStyles";
import { MAX_COLUMNS, MAX_ROWS, intersection, intersects, type Rect } from "./rect";
import { SheetModel, type Cell, type Visibility } from "./sheetModel";
import { TableModel, tableNameProblem } from "./tableModel";

/**
 * What a formula cell shows when it has no result saved in the file and the host
 * cannot compute it: Excel's "still calculating" error, so a check reports the
 * cell (DATA-01) instead of reading it as blank.
 */
export const NOT_CALCULATED = "#BUSY!";

/** Why Excel refuses `name` as a sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim().length === 0) return "a sheet name cannot be blank";
  if (name.length > 31) return "a sheet name can have at most 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "a sheet name cannot contain \\ / ? * [ ] or :";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  return null;
}

/** Refuses an invalid name (InvalidArgument) or one another sheet/table has (ItemAlreadyExists). */
function checkName(kind: "sheet" | "table", name: string, problem: string | null, holder: object | undefined, self: object | undefined, where: string): void {
  if (problem) throw invalidArgument(`The ${kind} name ${JSON.stringify(name)} is not valid: ${problem}.`, where);
  if (holder && holder !== self) {
    throw new OfficeApiError("ItemAlreadyExists", `A resource with the same name or identifier already exists: a ${kind} named ${JSON.stringify(name)}.`, where);
  }
}

export class WorkbookModel {
  readonly styles = new StyleTable();
  readonly sheets: SheetModel[] = [];
  activeSheet!: SheetModel;
  /** Whether Range.select() was ever called (MemoryWorkbook.selection is null until then). */
  hasSelection = false;
  /** Serial number of "today" for TODAY(); tests may fix it. */
  today: () => number = () => {
    const d = new Date();
    return serialFromDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
  };

  /** Whether changes are being recorded (on once a file has been read; see SheetModel.origin). */
  tracking = false;
  /** Counts changes to sheets read from a file: saved formula results are trusted while it is 0. */
  changeCount = 0;
  /** Whether the file uses the 1904 date system (the host's values are always 1900 serials). */
  date1904 = false;
  /** The .xlsx package the workbook was read from (null for a new workbook): saving patches it. */
  source: Uint8Array | null = null;

  private tableList: TableModel[] = [];
  private staleMemo = new Map<number, boolean>();
  private staleMemoAt = -1;
  private nextSheetId = 1;
  private nextTableId = 1;
  private nextChartId = 1;
  private evaluating = new Set<number>();
  private cyclic = new Set<number>();
  private envs = new WeakMap<SheetModel, FormulaEnv>();

  // ---- inspection ---------------------------------------------------------------------

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The sheet with this name (case-insensitive, as Excel compares names). */
  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  tables(): TableModel[] {
    return [...this.tableList];
  }

  table(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tableList.find((t) => t.name.toLowerCase() === key);
  }

  // ---- sheets ---------------------------------------------------------------------------

  addSheet(name: string | undefined, where = "WorksheetCollection.add"): SheetModel {
    const finalName = name ?? this.freeSheetName();
    checkName("sheet", finalName, sheetNameProblem(finalName), this.sheet(finalName), undefined, where);
    const sheet = new SheetModel(this, this.nextSheetId++, finalName);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  private freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  renameSheet(sheet: SheetModel, name: string, where = "Worksheet.name"): void {
    checkName("sheet", name, sheetNameProblem(name), this.sheet(name), sheet, where);
    sheet.name = name;
  }

  moveSheet(sheet: SheetModel, position: number, where = "Worksheet.position"): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw invalidArgument(`A sheet position must be a whole number from 0 to ${this.sheets.length - 1}.`, where);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  deleteSheet(sheet: SheetModel, where = "Worksheet.delete"): void {
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw invalidOperation("A workbook must contain at least one visible worksheet.", where);
    }
    const i = this.sheets.indexOf(sheet);
    this.sheets.splice(i, 1);
    this.tableList = this.tableList.filter((t) => t.sheet !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.nearestVisible(i);
  }

  setVisibility(sheet: SheetModel, v: Visibility, where = "Worksheet.visibility"): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(v)) {
      throw invalidArgument(`Visibility must be "Visible", "Hidden" or "VeryHidden", not ${JSON.stringify(v)}.`, where);
    }
    if (v !== "Visible" && sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw invalidOperation("A workbook must contain at least one visible worksheet.", where);
    }
    sheet.visibility = v;
    if (v !== "Visible" && this.activeSheet === sheet) this.activeSheet = this.nearestVisible(this.sheets.indexOf(sheet));
  }

  activate(sheet: SheetModel, where = "Worksheet.activate"): void {
    if (sheet.visibility !== "Visible") throw invalidOperation(`The sheet ${JSON.stringify(sheet.name)} is hidden and cannot be activated.`, where);
    this.activeSheet = sheet;
  }

  select(sheet: SheetModel, r: Rect, where = "Range.select"): void {
    this.activate(sheet, where);
    sheet.selection = r;
    this.hasSelection = true;
  }

  private visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  private nearestVisible(from: number): SheetModel {
    const after = this.sheets.slice(from).find((s) => s.visibility === "Visible");
    return after ?? [...this.sheets.slice(0, from)].reverse().find((s) => s.visibility === "Visible") ?? this.sheets[0];
  }

  // ---- tables --------------------------------------------------------------------------

  addTable(sheet: SheetModel, area: Rect, hasHeaders: boolean, where = "TableCollection.add"): TableModel {
    if (area.r1 - area.r0 + 1 >= MAX_ROWS || area.c1 - area.c0 + 1 > 16_000) {
      throw invalidArgument("A table cannot cover whole columns or rows; give it a block of cells such as A1:D10.", where);
    }
    const r = { ...area };
    if (!hasHeaders) r.r1 += 1;
    else if (r.r0 === r.r1) r.r1 += 1; // Excel always gives a table at least one body row
    if (r.r1 >= MAX_ROWS) throw invalidArgument("The table would reach past the last row of the sheet.", where);
    const clash = this.tableList.find((t) => t.sheet === sheet && intersects(t.rect, r));
    if (clash) throw invalidArgument(`A table cannot overlap another table (${clash.name}).`, where);
    if (!hasHeaders) sheet.insertCellDown(r.c0, r.c1, r.r0);
    const table = new TableModel(this.nextTableId, this.freeTableName(), sheet, r);
    this.nextTableId++;
    this.tableList.push(table);
    this.fixTableHeaders(sheet, table.headerRect);
    return table;
  }

  private freeTableName(): string {
    for (let n = this.nextTableId; ; n++) if (!this.table(`Table${n}`)) return `Table${n}`;
  }

  renameTable(table: TableModel, name: string, where = "Table.name"): void {
    checkName("table", name, tableNameProblem(name), this.table(name), table, where);
    table.name = name;
  }

  /** Table.delete: the table and its cells' contents and formats go. */
  deleteTable(table: TableModel): void {
    this.tableList = this.tableList.filter((t) => t !== table);
    table.sheet.clear(table.rect, "All");
  }

  /** Table.resize (ExcelApi 1.13): same header row, overlapping the old range, no other table in the way. */
  resizeTable(table: TableModel, area: Rect, where = "Table.resize"): void {
    if (area.r0 !== table.rect.r0) throw invalidArgument("A resized table must keep its header row: the new range must start on the same row.", where);
    if (!intersects(area, table.rect)) throw invalidArgument("The new range must overlap the table's current range.", where);
    if (area.r1 - area.r0 + 1 >= MAX_ROWS || area.r1 === area.r0) throw invalidArgument("A table needs a header row and at least one body row, and cannot cover whole columns.", where);
    const clash = this.tableList.find((t) => t !== table && t.sheet === table.sheet && intersects(t.rect, area));
    if (clash) throw invalidArgument(`A table cannot overlap another table (${clash.name}).`, where);
    const oldC0 = table.rect.c0;
    const ids = table.columnIds;
    const next = Math.max(0, ...ids) + 1;
    table.columnIds = Array.from({ length: area.c1 - area.c0 + 1 }, (_, i) => ids[area.c0 + i - oldC0] ?? next + i);
    table.rect = { ...area };
    table.showTotals = false;
    this.fixTableHeaders(table.sheet, table.headerRect);
  }

  /** Table.convertToRange: the table goes, its cells stay. */
  detachTable(table: TableModel): void {
    this.tableList = this.tableList.filter((t) => t !== table);
  }

  /** Adds a table as read from a file (name, range and settings already checked by the reader). */
  loadTable(table: TableModel): void {
    this.tableList.push(table);
    this.nextTableId = Math.max(this.nextTableId, table.id + 1);
  }

  newTableId(): number {
    return this.nextTableId++;
  }

  /** A workbook-unique chart id (Chart.id). */
  newChartId(): string {
    return `{00000000-0002-0000-0000-${String(this.nextChartId++).padStart(12, "0")}}`;
  }

  /**
   * TableColumnCollection.add: inserts a column at `index` (null: after the last), moving
   * the cells to its right in the table's rows one column right. Returns the column index.
   */
  addTableColumn(table: TableModel, index: number | null, where = "TableColumnCollection.add"): number {
    const count = table.columnCount;
    const i = index ?? count;
    if (!Number.isInteger(i) || i < 0 || i > count) throw invalidArgument(`A column index must be from 0 to ${count}.`, where);
    const c = table.rect.c0 + i;
    if (table.rect.c1 + 1 >= MAX_COLUMNS) throw invalidArgument("The table already reaches the last column of the sheet.", where);
    const { r0, r1 } = table.rect;
    const sheet = table.sheet;
    const movesCells = i < count || this.columnHasData(sheet, r0, r1, c);
    if (movesCells) {
      const others = this.tableList.filter((t) => t !== table && t.sheet === sheet && t.rect.c1 >= c);
      const partial = others.find((t) => intersects({ r0, r1, c0: c, c1: MAX_COLUMNS - 1 }, t.rect) && (t.rect.r0 < r0 || t.rect.r1 > r1));
      if (partial) throw invalidOperation(`Adding the column would move part of table ${partial.name}.`, where);
      sheet.insertCellRight(r0, r1, c);
      for (const t of others) if (t.rect.r0 >= r0 && t.rect.r1 <= r1) t.rect = { ...t.rect, c0: t.rect.c0 + 1, c1: t.rect.c1 + 1 };
    } else {
      const clash = this.tableList.find((t) => t !== table && t.sheet === sheet && intersects(t.rect, { r0, r1, c0: c, c1: c }));
      if (clash) throw invalidOperation(`Adding the column would overlap table ${clash.name}.`, where);
    }
    table.rect = { ...table.rect, c1: table.rect.c1 + 1 };
    table.insertColumnId(i);
    return i;
  }

  private columnHasData(sheet: SheetModel, r0: number, r1: number, c: number): boolean {
    for (let r = r0; r <= r1; r++) if (sheet.rawValue(r, c) !== undefined || sheet.formulaAt(r, c) !== undefined) return true;
    return false;
  }

  /**
   * Keeps the header cells in `area` of the tables it touches as Excel does: text,
   * non-empty ("Column1"), unique ("Namn2"). Headers outside `area` are left as they
   * are, even duplicates a file brought along (the check names those, DATA-06).
   */
  fixTableHeaders(sheet: SheetModel, area: Rect): void {
    for (const t of this.tableList) {
      if (t.sheet !== sheet || !intersects(t.headerRect, area)) continue;
      const seen = new Set<string>();
      const inArea = (c: number) => c >= area.c0 && c <= area.c1 && t.rect.r0 >= area.r0 && t.rect.r0 <= area.r1;
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (inArea(c)) continue;
        const v = sheet.valueAt(t.rect.r0, c);
        seen.add((typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v)).toLowerCase());
      }
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (!inArea(c)) continue;
        const current = sheet.valueAt(t.rect.r0, c);
        let name = typeof current === "boolean" ? (current ? "TRUE" : "FALSE") : String(current);
        if (name === "") name = `Column${c - t.rect.c0 + 1}`;
        if (seen.has(name.toLowerCase())) {
          let n = 2;
          while (seen.has(`${name}${n}`.toLowerCase())) n++;
          name = `${name}${n}`;
        }
        seen.add(name.toLowerCase());
        if (current !== name || sheet.formulaAt(t.rect.r0, c) !== undefined) sheet.setCell(t.rect.r0, c, name, undefined);
      }
    }
  }

  /** The cells of a structured reference such as Groups[Grupp-ID], Groups[#All], Groups[[#Headers],[Namn]]. */
  structured(tableName: string, spec: string): { sheet: SheetModel; rect: Rect } | null {
    const t = this.table(tableName);
    if (!t) return null;
    const items = splitTopLevel(spec.trim()).map((s) => s.trim()).filter((s) => s !== "");
    let part: "body" | "all" | "header" | "totals" = "body";
    let cols: [number, number] | null = null;
    const names = t.columnNames().map((n) => n.toLowerCase());
    const colIndex = (raw: string) => names.indexOf(unescapeColumn(raw.replace(/^\[|\]$/g, "")).toLowerCase());
    for (const item of items) {
      const inner = item.replace(/^\[|\]$/g, "");
      const special = /^#(all|data|headers|totals)$/i.exec(inner);
      if (special) {
        const s = special[1].toLowerCase();
        part = s === "all" ? "all" : s === "data" ? "body" : s === "headers" ? "header" : "totals";
        continue;
      }
      const range = /^(\[.*\]):(\[.*\])$/.exec(item);
      const a = colIndex(range ? range[1] : item);
      const b = range ? colIndex(range[2]) : a;
      if (a < 0 || b < 0) return null;
      cols = [Math.min(a, b), Math.max(a, b)];
    }
    const base = part === "all" ? t.rect : part === "header" ? t.headerRect : part === "totals" ? t.totalsRect : t.bodyRect;
    if (!base) return null;
    return { sheet: t.sheet, rect: cols ? { ...base, c0: t.rect.c0 + cols[0], c1: t.rect.c0 + cols[1] } : base };
  }

  // ---- formulas -------------------------------------------------------------------------

  /**
   * The value of a formula cell: the result saved in the file while nothing it reads has
   * changed, else computed (0 for a cell in a circular reference). A formula the host
   * cannot compute keeps its saved result, or shows NOT_CALCULATED when there is none.
   */
  evaluate(sheet: SheetModel, r: number, c: number, formula: string): Cell {
    const saved = sheet.rawValue(r, c);
    if (saved !== undefined && !this.staleResult(sheet, r, c, formula)) return saved;
    const key = sheet.id * 2 ** 34 + r * MAX_COLUMNS + c;
    if (this.evaluating.has(key)) {
      this.cyclic.add(key);
      return 0;
    }
    if (this.evaluating.size > 256) return saved ?? NOT_CALCULATED;
    this.evaluating.add(key);
    try {
      const v = evaluateFormula(formula, this.envFor(sheet));
      if (this.cyclic.has(key)) return 0;
      return v ?? saved ?? NOT_CALCULATED;
    } finally {
      this.evaluating.delete(key);
      this.cyclic.delete(key);
    }
  }

  /** Whether the session changed anything a formula read from the file depends on (directly or through other formulas). */
  private staleResult(sheet: SheetModel, r: number, c: number, formula: string): boolean {
    if (this.changeCount === 0) return false;
    if (this.staleMemoAt !== this.changeCount) {
      this.staleMemo.clear();
      this.staleMemoAt = this.changeCount;
    }
    const key = sheet.id * 2 ** 34 + r * MAX_COLUMNS + c;
    const known = this.staleMemo.get(key);
    if (known !== undefined) return known;
    this.staleMemo.set(key, false); // a circular reference is no change
    const refs = formulaReferences(formula, this.envFor(sheet));
    let stale = refs === null;
    for (const ref of refs ?? []) {
      const target = ref.sheet === undefined ? sheet : this.sheet(ref.sheet);
      if (!target || target.valuesChangedIn(ref.rect)) stale = true;
      else for (const [fr, fc, f] of target.formulasIn(ref.rect)) if (target.rawValue(fr, fc) !== undefined && this.staleResult(target, fr, fc, f)) stale = true;
      if (stale) break;
    }
    this.staleMemo.set(key, stale);
    return stale;
  }

  private envFor(sheet: SheetModel): FormulaEnv {
    let env = this.envs.get(sheet);
    if (!env) {
      env = {
        area: (name, r) => {
          const target = name === undefined ? sheet : this.sheet(name);
          if (!target) return [["#REF!"]];
          if ((r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1) <= 10_000) return target.readValues(r);
          // large areas (whole columns): only the used part can hold values
          const used = target.usedRect(true);
          const clipped = used && intersection(r, { ...used, r0: 0, c0: 0 });
          return clipped ? target.readValues(clipped) : [[""]];
        },
        structured: (table, spec) => {
          const s = this.structured(table, spec);
          return s ? { sheet: s.sheet.name, rect: s.rect } : null;
        },
        today: () => this.today(),
      };
      this.envs.set(sheet, env);
    }
    return env;
  }

  /** "'Sheet name'!" prefix for references to `sheet`. */
  prefix(sheet: SheetModel): string {
    return `${quoteSheetName(sheet.name)}!`;
  }
}

function splitTopLevel(spec: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    if (ch === "'") {
      cur += ch + (spec[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (ch === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Column names in structured references escape [ ] # ' with an apostrophe. */
function unescapeColumn(s: string): string {
  return s.replace(/'(.)/g, "$1");
}
