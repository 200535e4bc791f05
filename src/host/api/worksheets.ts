// Excel.WorksheetCollection, Excel.Worksheet and Worksheet.freezePanes in the
// in-memory host: sheets by name (case-insensitive), add/delete/activate,
// visibility and tab colour, ranges by address or indexes, the used range,
// and frozen rows/columns.

import { invalidArgument, itemNotFound } from "../errors";
import { MAX_COLUMNS, MAX_ROWS } from "../model/rect";
import type { SheetModel, Visibility } from "../model/sheetModel";
import type { WorkbookModel } from "../model/workbookModel";
import { ChartCollectionProxy } from "./charts";
import { ClientObj, CollectionObj, type ObjectOptions, type ScalarDef } from "./clientObject";
import { normaliseColor } from "./colors";
import type { Exec } from "./context";
import { PageBreakCollectionProxy } from "./pageBreaks";
import { PageLayoutProxy } from "./pageLayout";
import { RangeProxy, parseOn, type RangeRef } from "./range";
import { TableCollectionProxy } from "./tables";

export const sheetId = (s: SheetModel): string => `{00000000-0001-0000-0000-${String(s.id).padStart(12, "0")}}`;

function findSheet(book: WorkbookModel, key: string): SheetModel | undefined {
  return book.sheet(String(key)) ?? book.sheets.find((s) => sheetId(s) === key);
}

export class WorksheetCollectionProxy extends CollectionObj<WorkbookModel, SheetModel, WorksheetProxy> {
  get _className(): string {
    return "WorksheetCollection";
  }

  protected _list(t: WorkbookModel): SheetModel[] {
    return [...t.sheets];
  }

  protected _proxy(path: unknown[], resolver: (exec: Exec, parent: unknown) => SheetModel | null, options?: ObjectOptions<SheetModel>): WorksheetProxy {
    return new WorksheetProxy(this.context, this, path, resolver, options);
  }

  getItem(key: string): WorksheetProxy {
    return this._lookup("getItem", key, (book) => findSheet(book, key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._lookup("getItemOrNullObject", key, (book) => findSheet(book, key), true, "1.4");
  }

  add(name?: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this, ["add", name ?? null], (_e, book) => (book as WorkbookModel).addSheet(name === undefined || name === null ? undefined : String(name)), { creates: true });
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, this, ["getActiveWorksheet"], (_e, book) => (book as WorkbookModel).activeSheet);
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return new WorksheetProxy(this.context, this, ["getFirst", visibleOnly], (exec, book) => {
      exec.requireApi("1.5", "WorksheetCollection.getFirst");
      return (book as WorkbookModel).sheets.find((s) => !visibleOnly || s.visibility === "Visible")!;
    });
  }

  getLast(visibleOnly = false): WorksheetProxy {
    return new WorksheetProxy(this.context, this, ["getLast", visibleOnly], (exec, book) => {
      exec.requireApi("1.5", "WorksheetCollection.getLast");
      return [...(book as WorkbookModel).sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible")!;
    });
  }
}

const WORKSHEET_SCALARS: Record<string, ScalarDef<SheetModel>> = {
  name: { get: (s) => s.name },
  id: { get: (s) => sheetId(s) },
  position: { get: (s) => s.position },
  visibility: { get: (s) => s.visibility },
  tabColor: { get: (s) => s.tabColor, requires: "1.7" },
};

export class WorksheetProxy extends ClientObj<SheetModel> {
  private _tables?: TableCollectionProxy;
  private _charts?: ChartCollectionProxy;
  private _freeze?: FreezePanesProxy;
  private _pageLayout?: PageLayoutProxy;
  private _pageBreaks?: PageBreakCollectionProxy;

  get _className(): string {
    return "Worksheet";
  }
  protected _scalars() {
    return WORKSHEET_SCALARS;
  }
  protected override _navs() {
    return { tables: () => this.tables, charts: () => this.charts, freezePanes: () => this.freezePanes, pageLayout: () => this.pageLayout, horizontalPageBreaks: () => this.horizontalPageBreaks };
  }
  protected override _checkAlive(s: SheetModel, exec: Exec): void {
    if (!exec.model.sheets.includes(s)) throw itemNotFound(`the worksheet ${JSON.stringify(s.name)} was deleted`, "Worksheet");
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (s, exec) => exec.model.renameSheet(s, String(v)));
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, (s, exec) => exec.model.moveSheet(s, v));
  }
  get visibility(): Visibility {
    return this._get("visibility");
  }
  set visibility(v: Visibility) {
    this._set("visibility", v, (s, exec) => exec.model.setVisibility(s, v));
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set("tabColor", v, (s) => {
      s.tabColor = v === "" || v === null ? "" : normaliseColor(v, "Worksheet.tabColor");
    });
  }

  get tables(): TableCollectionProxy {
    return (this._tables ??= new TableCollectionProxy(this.context, this, ["tables"], (_e, s) => ({ book: (s as SheetModel).book, sheet: s as SheetModel })));
  }
  get charts(): ChartCollectionProxy {
    return (this._charts ??= new ChartCollectionProxy(this.context, this, ["charts"], (_e, s) => s as SheetModel));
  }
  get freezePanes(): FreezePanesProxy {
    return (this._freeze ??= new FreezePanesProxy(this.context, this, ["freezePanes"], (_e, s) => s as SheetModel, { requires: "1.7" }));
  }
  get pageLayout(): PageLayoutProxy {
    return (this._pageLayout ??= new PageLayoutProxy(this.context, this, ["pageLayout"], (_e, s) => s as SheetModel, { requires: "1.9" }));
  }
  get horizontalPageBreaks(): PageBreakCollectionProxy {
    return (this._pageBreaks ??= new PageBreakCollectionProxy(this.context, this, ["horizontalPageBreaks"], (_e, s) => s as SheetModel, { requires: "1.9" }));
  }

  private _range(name: string, args: unknown[], f: (s: SheetModel, exec: Exec) => RangeRef | null, requires?: string): RangeProxy {
    return new RangeProxy(this.context, this, [name, ...args], (exec, s) => {
      if (requires) exec.requireApi(requires, `Worksheet.${name}`);
      return f(s as SheetModel, exec);
    });
  }

  getRange(address?: string): RangeProxy {
    return this._range("getRange", [address ?? null], (s) =>
      address === undefined || address === null || address === ""
        ? { sheet: s, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } }
        : parseOn(s, address, "Worksheet.getRange"),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this._range(
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      (s) => {
        const ok = [startRow, startColumn].every((n) => Number.isInteger(n) && n >= 0) && [rowCount, columnCount].every((n) => Number.isInteger(n) && n >= 1);
        const r = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
        if (!ok || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLUMNS) throw invalidArgument("getRangeByIndexes needs a start row/column >= 0 and counts >= 1 inside the sheet.", "Worksheet.getRangeByIndexes");
        return { sheet: s, rect: r };
      },
      "1.7",
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this._range("getCell", [row, column], (s) => {
      if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) {
        throw invalidArgument("getCell needs a row and column inside the sheet (0-based).", "Worksheet.getCell");
      }
      return { sheet: s, rect: { r0: row, c0: column, r1: row, c1: column } };
    });
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this._range(
      "getUsedRange",
      [valuesOnly ?? false],
      (s) => {
        // Excel returns A1 for an empty sheet here
        const r = s.usedRect(valuesOnly ?? false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
        return { sheet: s, rect: r };
      },
      "1.2",
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this._range(
      "getUsedRangeOrNullObject",
      [valuesOnly ?? false],
      (s) => {
        const r = s.usedRect(valuesOnly ?? false);
        return r ? { sheet: s, rect: r } : null;
      },
      "1.4",
    );
  }

  delete(): void {
    this._action("delete", [], (s, exec) => exec.model.deleteSheet(s));
  }

  activate(): void {
    this._action("activate", [], (s, exec) => exec.model.activate(s));
  }
}

export class FreezePanesProxy extends ClientObj<SheetModel> {
  get _className(): string {
    return "WorksheetFreezePanes";
  }
  protected _scalars() {
    return {};
  }

  private _freeze(name: string, args: unknown[], rows: () => number, cols: () => number): void {
    this._action(name, args, (s) => {
      const r = rows();
      const c = cols();
      if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLUMNS) {
        throw invalidArgument("The number of rows or columns to freeze must be a whole number inside the sheet.", `WorksheetFreezePanes.${name}`);
      }
      s.frozenRows = r;
      s.frozenColumns = c;
    });
  }

  freezeRows(count = 1): void {
    this._freeze("freezeRows", [count], () => count, () => 0);
  }

  freezeColumns(count = 1): void {
    this._freeze("freezeColumns", [count], () => 0, () => count);
  }

  freezeAt(frozenRange: RangeProxy | string): void {
    this._action("freezeAt", [typeof frozenRange === "string" ? frozenRange : { range: frozenRange._id }], (s, exec) => {
      const target = typeof frozenRange === "string" ? parseOn(s, frozenRange, "WorksheetFreezePanes.freezeAt") : frozenRange._targetFor(exec);
      if (!target) throw invalidArgument("freezeAt needs an existing range.", "WorksheetFreezePanes.freezeAt");
      const r = target.rect;
      s.frozenRows = r.c0 === 0 && r.c1 === MAX_COLUMNS - 1 ? r.r1 + 1 : r.r0 === 0 && r.r1 === MAX_ROWS - 1 ? 0 : r.r1 + 1;
      s.frozenColumns = r.r0 === 0 && r.r1 === MAX_ROWS - 1 ? r.c1 + 1 : r.c0 === 0 && r.c1 === MAX_COLUMNS - 1 ? 0 : r.c1 + 1;
    });
  }

  unfreeze(): void {
    this._freeze("unfreeze", [], () => 0, () => 0);
  }

  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, this, ["getLocationOrNullObject"], (_e, p) => {
      const s = p as SheetModel;
      if (s.frozenRows === 0 && s.frozenColumns === 0) return null;
      const rows = s.frozenRows || MAX_ROWS;
      const cols = s.frozenColumns || MAX_COLUMNS;
      return { sheet: s, rect: { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 } };
    });
  }
}
