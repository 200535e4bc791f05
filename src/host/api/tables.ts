// Excel.TableCollection, Excel.Table, Excel.TableColumnCollection and
// Excel.TableColumn in the in-memory host: tables over existing cells (names
// unique workbook-wide, at least one body row), their ranges, and columns
// appended or inserted (the table grows; writing below a table never does).

import { parseRef } from "../addresses";
import { invalidArgument, invalidOperation, itemNotFound } from "../errors";
import type { SheetModel } from "../model/sheetModel";
import type { TableModel } from "../model/tableModel";
import type { WorkbookModel } from "../model/workbookModel";
import { matrixAccessor } from "./cellWrites";
import { ClientObj, CollectionObj, type ObjectOptions, type ScalarDef } from "./clientObject";
import type { Exec } from "./context";
import { RangeProxy, parseOn, type RangeRef } from "./range";
import { WorksheetProxy } from "./worksheets";
import { coerceWrite } from "../values/coercion";

export interface TableScope {
  book: WorkbookModel;
  /** The sheet of Worksheet.tables; undefined for Workbook.tables. */
  sheet?: SheetModel;
}

const tableId = (t: TableModel) => String(t.id);

function findTable(scope: TableScope, key: string): TableModel | undefined {
  const t = scope.book.table(String(key)) ?? scope.book.tables().find((x) => tableId(x) === String(key));
  return t && (!scope.sheet || t.sheet === scope.sheet) ? t : undefined;
}

export class TableCollectionProxy extends CollectionObj<TableScope, TableModel, TableProxy> {
  get _className(): string {
    return "TableCollection";
  }

  protected _list(scope: TableScope): TableModel[] {
    return scope.book.tables().filter((t) => !scope.sheet || t.sheet === scope.sheet);
  }

  protected _proxy(path: unknown[], resolver: (exec: Exec, parent: unknown) => TableModel | null, options?: ObjectOptions<TableModel>): TableProxy {
    return new TableProxy(this.context, this, path, resolver, options);
  }

  getItem(key: string): TableProxy {
    return this._lookup("getItem", key, (scope) => findTable(scope, key));
  }

  getItemOrNullObject(key: string): TableProxy {
    return this._lookup("getItemOrNullObject", key, (scope) => findTable(scope, key), true, "1.4");
  }

  getItemAt(index: number): TableProxy {
    return this._lookup("getItemAt", index, (scope) => this._list(scope)[index]);
  }

  /** Creates a table over cells that already hold its header row (hasHeaders) or data. */
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const arg = typeof address === "string" ? address : { range: address._id };
    return new TableProxy(
      this.context,
      this,
      ["add", arg, hasHeaders],
      (exec, scope) => {
        const where = "TableCollection.add";
        const s = scope as TableScope;
        const ref = typeof address === "string" ? addressOn(s, address, where) : address._targetFor(exec);
        if (!ref) throw invalidArgument("The range for the table does not exist.", where);
        if (s.sheet && ref.sheet !== s.sheet) throw invalidArgument("The range is on another worksheet than this table collection's.", where);
        return exec.model.addTable(ref.sheet, ref.rect, Boolean(hasHeaders), where);
      },
      { creates: true },
    );
  }
}

function addressOn(scope: TableScope, address: string, where: string): RangeRef {
  if (scope.sheet) return parseOn(scope.sheet, address, where);
  const parsed = parseRef(address);
  const sheet = parsed?.sheet === undefined ? scope.book.activeSheet : scope.book.sheet(parsed.sheet);
  if (!parsed || !sheet) throw invalidArgument(`${JSON.stringify(address)} is not an address of an existing sheet, e.g. "Grupper!A1:J2".`, where);
  return { sheet, rect: parsed.rect };
}

const TABLE_SCALARS: Record<string, ScalarDef<TableModel>> = {
  name: { get: (t) => t.name },
  id: { get: (t) => tableId(t) },
  style: { get: (t) => t.style },
  showTotals: { get: (t) => t.showTotals },
  showHeaders: { get: () => true },
  showBandedRows: { get: (t) => t.showBandedRows, requires: "1.3" },
  showBandedColumns: { get: (t) => t.showBandedColumns, requires: "1.3" },
  showFilterButton: { get: (t) => t.showFilterButton, requires: "1.3" },
  highlightFirstColumn: { get: (t) => t.highlightFirstColumn, requires: "1.3" },
  highlightLastColumn: { get: (t) => t.highlightLastColumn, requires: "1.3" },
};

export class TableProxy extends ClientObj<TableModel> {
  private _columns?: TableColumnCollectionProxy;
  private _worksheet?: WorksheetProxy;

  get _className(): string {
    return "Table";
  }
  protected _scalars() {
    return TABLE_SCALARS;
  }
  protected override _navs() {
    return { columns: () => this.columns, worksheet: () => this.worksheet };
  }
  protected override _checkAlive(t: TableModel, exec: Exec): void {
    if (!exec.model.tables().includes(t)) throw itemNotFound(`the table ${JSON.stringify(t.name)} was deleted`, "Table");
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t, exec) => exec.model.renameTable(t, String(v)));
  }
  get id(): string {
    return this._get("id");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, (t) => {
      if (typeof v !== "string" || !/^(TableStyle(Light|Medium|Dark)\d{1,2})?$/.test(v)) {
        throw invalidArgument(`${JSON.stringify(v)} is not a built-in table style such as "TableStyleMedium2".`, "Table.style");
      }
      t.style = v;
    });
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(v: boolean) {
    this._set("showTotals", v, (t) => setTotals(t, Boolean(v)));
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this._set("showBandedRows", v, (t) => (t.showBandedRows = Boolean(v)));
  }
  get showBandedColumns(): boolean {
    return this._get("showBandedColumns");
  }
  set showBandedColumns(v: boolean) {
    this._set("showBandedColumns", v, (t) => (t.showBandedColumns = Boolean(v)));
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this._set("showFilterButton", v, (t) => (t.showFilterButton = Boolean(v)));
  }

  get columns(): TableColumnCollectionProxy {
    return (this._columns ??= new TableColumnCollectionProxy(this.context, this, ["columns"], (_e, t) => t as TableModel));
  }

  get worksheet(): WorksheetProxy {
    return (this._worksheet ??= new WorksheetProxy(this.context, this, ["worksheet"], (exec, t) => {
      exec.requireApi("1.2", "Table.worksheet");
      return (t as TableModel).sheet;
    }));
  }

  private _range(name: string, f: (t: TableModel) => RangeRef["rect"] | null): RangeProxy {
    return new RangeProxy(this.context, this, [name], (_e, t) => {
      const table = t as TableModel;
      const rect = f(table);
      if (!rect) throw itemNotFound(`the table ${JSON.stringify(table.name)} has no totals row`, `Table.${name}`);
      return { sheet: table.sheet, rect };
    });
  }

  getRange(): RangeProxy {
    return this._range("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this._range("getHeaderRowRange", (t) => t.headerRect);
  }
  getDataBodyRange(): RangeProxy {
    return this._range("getDataBodyRange", (t) => t.bodyRect);
  }
  getTotalRowRange(): RangeProxy {
    return this._range("getTotalRowRange", (t) => t.totalsRect);
  }

  delete(): void {
    this._action("delete", [], (t, exec) => exec.model.deleteTable(t));
  }

  /** Makes the table cover `newRange` (ExcelApi 1.13): same header row, overlapping the old range. */
  resize(newRange: RangeProxy | string): void {
    this._action(
      "resize",
      [typeof newRange === "string" ? newRange : { range: newRange._id }],
      (t, exec) => {
        const where = "Table.resize";
        const ref = typeof newRange === "string" ? parseOn(t.sheet, newRange, where) : newRange._targetFor(exec);
        if (!ref || ref.sheet !== t.sheet) throw invalidArgument("The new range must be on the table's own sheet.", where);
        exec.model.resizeTable(t, ref.rect, where);
      },
      "1.13",
    );
  }

  /** Turns the table back into plain cells (values and formats stay). */
  convertToRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      this,
      ["convertToRange"],
      (exec, t) => {
        exec.requireApi("1.2", "Table.convertToRange");
        const table = t as TableModel;
        exec.model.detachTable(table);
        return { sheet: table.sheet, rect: table.rect };
      },
      { creates: true },
    );
  }
}

function setTotals(t: TableModel, on: boolean): void {
  if (on === t.showTotals) return;
  if (on) {
    const r = t.rect.r1 + 1;
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      if (t.sheet.rawValue(r, c) !== undefined || t.sheet.formulaAt(r, c) !== undefined) {
        throw invalidOperation("The row below the table is not empty; make room before showing the totals row.", "Table.showTotals");
      }
    }
    t.rect = { ...t.rect, r1: r };
    t.showTotals = true;
    t.sheet.setCell(r, t.rect.c0, "Total", undefined);
  } else {
    t.sheet.clear({ ...t.rect, r0: t.rect.r1 }, "Contents");
    t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
    t.showTotals = false;
  }
}

export class TableColumnCollectionProxy extends CollectionObj<TableModel, ColumnRef, TableColumnProxy> {
  get _className(): string {
    return "TableColumnCollection";
  }
  protected _list(t: TableModel): ColumnRef[] {
    return t.columnIds.map((id) => ({ table: t, id }));
  }
  protected override _key(c: ColumnRef): unknown {
    return c.id;
  }
  protected _proxy(path: unknown[], resolver: (exec: Exec, parent: unknown) => ColumnRef | null, options?: ObjectOptions<ColumnRef>): TableColumnProxy {
    return new TableColumnProxy(this.context, this, path, resolver, options);
  }

  private _column(method: string, key: unknown, pick: (t: TableModel) => number | undefined, nullable = false, requires?: string): TableColumnProxy {
    return this._lookup(method, key, (t) => {
      const id = pick(t);
      return id === undefined ? undefined : { table: t, id };
    }, nullable, requires);
  }

  getItem(key: string | number): TableColumnProxy {
    return this._column("getItem", key, (t) => columnByKey(t, key));
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return this._column("getItemOrNullObject", key, (t) => columnByKey(t, key), true, "1.4");
  }

  getItemAt(index: number): TableColumnProxy {
    return this._column("getItemAt", index, (t) => t.columnIds[index]);
  }

  add(index?: number | null, values?: unknown, name?: string | null): TableColumnProxy {
    return new TableColumnProxy(
      this.context,
      this,
      ["add", index ?? null, values ?? null, name ?? null],
      (exec, t) => {
        const where = "TableColumnCollection.add";
        const table = t as TableModel;
        const append = index === undefined || index === null || index === -1;
        if (append || (name !== undefined && name !== null)) exec.requireApi("1.4", append ? "TableColumnCollection.add without an index" : "TableColumnCollection.add with a name");
        const rows = table.rect.r1 - table.rect.r0 + 1;
        const { at } = values === undefined || values === null ? { at: () => null } : matrixAccessor(values, { ...table.rect, c0: 0, c1: 0, r0: 0, r1: rows - 1 }, where);
        const i = exec.model.addTableColumn(table, append ? null : (index as number), where);
        const c = table.rect.c0 + i;
        for (let r = 1; r < rows; r++) table.sheet.write(table.rect.r0 + r, c, coerceWrite(at(r, 0), table.sheet.numberFormatAt(table.rect.r0 + r, c), where));
        const header = name ?? at(0, 0);
        table.sheet.setCell(table.rect.r0, c, header === null || header === undefined || header === "" ? undefined : String(header), undefined);
        exec.model.fixTableHeaders(table.sheet, table.headerRect);
        return { table, id: table.columnIds[i] };
      },
      { creates: true },
    );
  }
}

function columnByKey(t: TableModel, key: string | number): number | undefined {
  if (typeof key === "number") return t.columnIds.includes(key) ? key : undefined;
  const names = t.columnNames().map((n) => n.toLowerCase());
  const i = names.indexOf(String(key).toLowerCase());
  if (i >= 0) return t.columnIds[i];
  const asId = Number(key);
  return Number.isInteger(asId) && t.columnIds.includes(asId) ? asId : undefined;
}

export interface ColumnRef {
  table: TableModel;
  id: number;
}

const indexOf = (c: ColumnRef) => c.table.columnIds.indexOf(c.id);

const COLUMN_SCALARS: Record<string, ScalarDef<ColumnRef>> = {
  name: { get: (c) => c.table.columnNames()[indexOf(c)] },
  index: { get: (c) => indexOf(c) },
  id: { get: (c) => c.id },
  values: { get: (c) => c.table.sheet.readValues(c.table.columnRect(indexOf(c), "all")) },
};

export class TableColumnProxy extends ClientObj<ColumnRef> {
  get _className(): string {
    return "TableColumn";
  }
  protected _scalars() {
    return COLUMN_SCALARS;
  }

  protected override _checkAlive(c: ColumnRef, exec: Exec): void {
    if (!exec.model.tables().includes(c.table) || indexOf(c) < 0) throw itemNotFound("the table column was deleted", "TableColumn");
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (c, exec) => {
      c.table.sheet.setCell(c.table.rect.r0, c.table.rect.c0 + indexOf(c), String(v), undefined);
      exec.model.fixTableHeaders(c.table.sheet, c.table.headerRect);
    });
  }
  get index(): number {
    return this._get("index");
  }
  get id(): number {
    return this._get("id");
  }
  get values(): unknown[][] {
    return this._get("values");
  }

  private _range(name: string, part: "all" | "header" | "body"): RangeProxy {
    return new RangeProxy(this.context, this, [name], (_e, p) => {
      const c = p as ColumnRef;
      return { sheet: c.table.sheet, rect: c.table.columnRect(indexOf(c), part) };
    });
  }

  getRange(): RangeProxy {
    return this._range("getRange", "all");
  }
  getHeaderRowRange(): RangeProxy {
    return this._range("getHeaderRowRange", "header");
  }
  getDataBodyRange(): RangeProxy {
    return this._range("getDataBodyRange", "body");
  }
}
