// Worksheet.horizontalPageBreaks (ExcelApi 1.9) in the in-memory host: the
// sheet's manual page breaks above rows, as Excel keeps them (one per row,
// in row order), which the .xlsx writer saves as <rowBreaks>.

import { invalidArgument, itemNotFound } from "../errors";
import type { SheetModel } from "../model/sheetModel";
import { ClientObj, CollectionObj, type ObjectOptions, type ScalarDef } from "./clientObject";
import type { Exec } from "./context";
import { RangeProxy, parseOn } from "./range";

/** A break: the sheet and the 0-based row that starts the page below it. */
interface BreakRef {
  sheet: SheetModel;
  row: number;
}

export class PageBreakCollectionProxy extends CollectionObj<SheetModel, BreakRef, PageBreakProxy> {
  private readonly _refs = new Map<string, BreakRef>();

  get _className(): string {
    return "PageBreakCollection";
  }
  protected _list(s: SheetModel): BreakRef[] {
    return s.pageLayout.rowBreaks.map((row) => this._ref(s, row));
  }
  /** One ref per sheet and row, so a break keeps its proxy across loads. */
  private _ref(sheet: SheetModel, row: number): BreakRef {
    const key = `${sheet.id}:${row}`;
    let ref = this._refs.get(key);
    if (!ref) this._refs.set(key, (ref = { sheet, row }));
    return ref;
  }
  protected _proxy(path: unknown[], resolver: (exec: Exec, parent: unknown) => BreakRef | null, options?: ObjectOptions<BreakRef>): PageBreakProxy {
    return new PageBreakProxy(this.context, this, path, resolver, options);
  }

  getItem(index: number): PageBreakProxy {
    return this._lookup("getItem", index, (s) => {
      const row = s.pageLayout.rowBreaks[index];
      return row === undefined ? undefined : this._ref(s, row);
    });
  }

  /** A break above the top-left cell of `pageBreakRange`; a break that is there already stays one. */
  add(pageBreakRange: RangeProxy | string): PageBreakProxy {
    const arg = pageBreakRange instanceof RangeProxy ? { range: pageBreakRange._id } : pageBreakRange;
    return new PageBreakProxy(
      this.context,
      this,
      ["add", arg],
      (exec, s) => {
        const where = "PageBreakCollection.add";
        const sheet = s as SheetModel;
        const ref = typeof pageBreakRange === "string" ? parseOn(sheet, pageBreakRange, where) : pageBreakRange._targetFor(exec);
        if (!ref || ref.sheet !== sheet) throw invalidArgument("A page break's range must be a range of this worksheet.", where);
        const row = ref.rect.r0;
        if (row === 0) throw invalidArgument("There can be no page break above the first row.", where);
        const breaks = sheet.pageLayout.rowBreaks;
        if (!breaks.includes(row)) {
          breaks.push(row);
          breaks.sort((a, b) => a - b);
        }
        return this._ref(sheet, row);
      },
      { creates: true },
    );
  }

  removePageBreaks(): void {
    this._action("removePageBreaks", [], (s) => {
      s.pageLayout.rowBreaks = [];
    });
  }
}

const BREAK_SCALARS: Record<string, ScalarDef<BreakRef>> = {
  rowIndex: { get: (b) => b.row },
  columnIndex: { get: () => 0 },
};

export class PageBreakProxy extends ClientObj<BreakRef> {
  get _className(): string {
    return "PageBreak";
  }
  protected _scalars() {
    return BREAK_SCALARS;
  }
  protected override _checkAlive(b: BreakRef): void {
    if (!b.sheet.pageLayout.rowBreaks.includes(b.row)) throw itemNotFound("the page break was deleted", "PageBreak");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  delete(): void {
    this._action("delete", [], (b) => {
      b.sheet.pageLayout.rowBreaks = b.sheet.pageLayout.rowBreaks.filter((r) => r !== b.row);
    });
  }
}
