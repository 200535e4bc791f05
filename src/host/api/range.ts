// Excel.Range in the in-memory host: a fixed block of cells on one sheet
// (resolved when the object is instantiated, as Office.js does), its
// properties (address, values, text, formulas, numberFormat, sizes, indexes,
// hyperlink), writes with Excel's coercion and size checks, and the methods
// that derive other ranges.

import { formatAddress, parseRef } from "../addresses";
import { invalidArgument, itemNotFound } from "../errors";
import { MAX_COLUMNS, MAX_ROWS, intersection, inSheet, type Rect } from "../model/rect";
import type { HyperlinkModel, SheetModel } from "../model/sheetModel";
import { writeCells, writeNumberFormats } from "./cellWrites";
import { ClientObj, loadedGetters, type ScalarDef } from "./clientObject";
import type { Exec } from "./context";
import { DataValidationProxy } from "./dataValidation";
import { RangeFormatProxy } from "./rangeFormat";
import { WorksheetProxy } from "./worksheets";

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

export interface RangeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

const RANGE_SCALARS: Record<string, ScalarDef<RangeRef>> = {
  address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  addressLocal: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  values: { get: (t) => t.sheet.readValues(t.rect) },
  text: { get: (t) => t.sheet.readTexts(t.rect) },
  formulas: { get: (t) => t.sheet.readFormulas(t.rect) },
  formulasLocal: { get: (t) => t.sheet.readFormulas(t.rect) },
  numberFormat: { get: (t) => t.sheet.readNumberFormats(t.rect) },
  numberFormatLocal: { get: (t) => t.sheet.readNumberFormats(t.rect), requires: "1.7" },
  valueTypes: { get: (t) => t.sheet.readValueTypes(t.rect) },
  rowCount: { get: (t) => t.rect.r1 - t.rect.r0 + 1 },
  columnCount: { get: (t) => t.rect.c1 - t.rect.c0 + 1 },
  cellCount: { get: (t) => (t.rect.r1 - t.rect.r0 + 1) * (t.rect.c1 - t.rect.c0 + 1) },
  rowIndex: { get: (t) => t.rect.r0 },
  columnIndex: { get: (t) => t.rect.c0 },
  isEntireColumn: { get: (t) => t.rect.r0 === 0 && t.rect.r1 === MAX_ROWS - 1, requires: "1.7" },
  isEntireRow: { get: (t) => t.rect.c0 === 0 && t.rect.c1 === MAX_COLUMNS - 1, requires: "1.7" },
  hyperlink: { get: (t) => hyperlinkOf(t), requires: "1.7" },
};

function hyperlinkOf(t: RangeRef): RangeHyperlink | null {
  const link = t.sheet.hyperlinks.get(t.rect.r0 * MAX_COLUMNS + t.rect.c0);
  if (!link) return null;
  return { ...link, textToDisplay: String(t.sheet.valueAt(t.rect.r0, t.rect.c0)) };
}

/** A range `dr`/`dc` away or resized, checked to stay on the sheet. */
function moved(t: RangeRef, r: Rect, where: string): RangeRef {
  if (!inSheet(r)) throw invalidArgument("The resulting range would reach outside the worksheet.", where);
  return { sheet: t.sheet, rect: r };
}

const int = (n: unknown, where: string, min = -Infinity): number => {
  if (typeof n !== "number" || !Number.isInteger(n) || n < min) throw invalidArgument(`${JSON.stringify(n)} is not a valid ${min >= 0 ? "non-negative " : ""}whole number here.`, where);
  return n;
};

export class RangeProxy extends ClientObj<RangeRef> {
  private _format?: RangeFormatProxy;
  private _validation?: DataValidationProxy;
  private _worksheet?: WorksheetProxy;

  get _className(): string {
    return "Range";
  }

  protected _scalars(): Record<string, ScalarDef<RangeRef>> {
    return RANGE_SCALARS;
  }

  protected override _navs() {
    return { format: () => this.format, dataValidation: () => this.dataValidation, worksheet: () => this.worksheet };
  }

  protected override _checkAlive(t: RangeRef, exec: Exec): void {
    if (!exec.model.sheets.includes(t.sheet)) throw itemNotFound("the worksheet of this range was deleted", "Range");
  }

  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly text: string[][];
  declare readonly valueTypes: string[][];
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  static {
    loadedGetters(this, ["address", "addressLocal", "text", "valueTypes", "rowCount", "columnCount", "cellCount", "rowIndex", "columnIndex", "isEntireColumn", "isEntireRow"]);
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown) {
    this._set("values", v, (t, exec) => writeCells(exec.model, t.sheet, t.rect, v, "Range.values"));
  }

  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown) {
    this._set("formulas", v, (t, exec) => writeCells(exec.model, t.sheet, t.rect, v, "Range.formulas"));
  }

  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(v: unknown) {
    this._set("formulasLocal", v, (t, exec) => writeCells(exec.model, t.sheet, t.rect, v, "Range.formulasLocal"));
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown) {
    this._set("numberFormat", v, (t) => writeNumberFormats(t.sheet, t.rect, v, "Range.numberFormat"));
  }

  get numberFormatLocal(): unknown[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(v: unknown) {
    this._set("numberFormatLocal", v, (t) => writeNumberFormats(t.sheet, t.rect, v, "Range.numberFormatLocal"));
  }

  get hyperlink(): RangeHyperlink | null {
    return this._get("hyperlink");
  }
  set hyperlink(v: RangeHyperlink | null) {
    this._set("hyperlink", v, (t, exec) => setHyperlink(t, v, exec), "1.7");
  }

  get format(): RangeFormatProxy {
    return (this._format ??= new RangeFormatProxy(this.context, this, ["format"], (_e, p) => p as RangeRef));
  }

  get dataValidation(): DataValidationProxy {
    return (this._validation ??= new DataValidationProxy(this.context, this, ["dataValidation"], (_e, p) => p as RangeRef, { requires: "1.8" }));
  }

  get worksheet(): WorksheetProxy {
    return (this._worksheet ??= new WorksheetProxy(this.context, this, ["worksheet"], (_e, p) => (p as RangeRef).sheet));
  }

  // ---- derived ranges ---------------------------------------------------------------------------

  private _derive(name: string, args: unknown[], f: (t: RangeRef, where: string, exec: Exec) => RangeRef | null, requires?: string): RangeProxy {
    const where = `Range.${name}`;
    return new RangeProxy(this.context, this, [name, ...args], (exec, p) => {
      if (requires) exec.requireApi(requires, where);
      return f(p as RangeRef, where, exec);
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derive("getCell", [row, column], (t, w) => {
      const r = t.rect.r0 + int(row, w, 0);
      const c = t.rect.c0 + int(column, w, 0);
      return moved(t, { r0: r, c0: c, r1: r, c1: c }, w);
    });
  }

  getRow(row: number): RangeProxy {
    return this._derive("getRow", [row], (t, w) => moved(t, { ...t.rect, r0: t.rect.r0 + int(row, w, 0), r1: t.rect.r0 + row }, w));
  }

  getColumn(column: number): RangeProxy {
    return this._derive("getColumn", [column], (t, w) => moved(t, { ...t.rect, c0: t.rect.c0 + int(column, w, 0), c1: t.rect.c0 + column }, w));
  }

  getEntireColumn(): RangeProxy {
    return this._derive("getEntireColumn", [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, r0: 0, r1: MAX_ROWS - 1 } }));
  }

  getEntireRow(): RangeProxy {
    return this._derive("getEntireRow", [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, c0: 0, c1: MAX_COLUMNS - 1 } }));
  }

  getLastRow(): RangeProxy {
    return this._derive("getLastRow", [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r1 } }));
  }

  getLastColumn(): RangeProxy {
    return this._derive("getLastColumn", [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, c0: t.rect.c1 } }));
  }

  getLastCell(): RangeProxy {
    return this._derive("getLastCell", [], (t) => ({ sheet: t.sheet, rect: { r0: t.rect.r1, c0: t.rect.c1, r1: t.rect.r1, c1: t.rect.c1 } }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], (t, w) => {
      const dr = int(rowOffset, w);
      const dc = int(columnOffset, w);
      return moved(t, { r0: t.rect.r0 + dr, r1: t.rect.r1 + dr, c0: t.rect.c0 + dc, c1: t.rect.c1 + dc }, w);
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derive(
      "getResizedRange",
      [deltaRows, deltaColumns],
      (t, w) => {
        const r = { ...t.rect, r1: t.rect.r1 + int(deltaRows, w), c1: t.rect.c1 + int(deltaColumns, w) };
        if (r.r1 < r.r0 || r.c1 < r.c0) throw invalidArgument("A resized range must keep at least one row and one column.", w);
        return moved(t, r, w);
      },
      "1.2",
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this._derive(
      "getAbsoluteResizedRange",
      [numRows, numColumns],
      (t, w) => moved(t, { ...t.rect, r1: t.rect.r0 + int(numRows, w, 1) - 1, c1: t.rect.c0 + int(numColumns, w, 1) - 1 }, w),
      "1.7",
    );
  }

  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    return this._derive(
      "getIntersectionOrNullObject",
      [typeof anotherRange === "string" ? anotherRange : { range: anotherRange._id }],
      (t, w, exec) => {
        const other = typeof anotherRange === "string" ? parseOn(t.sheet, anotherRange, w) : anotherRange._targetFor(exec);
        if (!other || other.sheet !== t.sheet) return null;
        const r = intersection(t.rect, other.rect);
        return r ? { sheet: t.sheet, rect: r } : null;
      },
      "1.4",
    );
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this._derive(
      "getUsedRange",
      [valuesOnly ?? false],
      (t, w) => {
        const used = usedWithin(t, valuesOnly ?? false);
        if (!used) throw itemNotFound("the range has no used cells", w);
        return used;
      },
      "1.2",
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this._derive("getUsedRangeOrNullObject", [valuesOnly ?? false], (t) => usedWithin(t, valuesOnly ?? false), "1.4");
  }

  // ---- actions ----------------------------------------------------------------------------------

  clear(applyTo: string = "All"): void {
    this._action("clear", [applyTo], (t, exec) => {
      if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"].includes(applyTo)) {
        throw invalidArgument(`clear() takes "All", "Formats", "Contents", "Hyperlinks" or "RemoveHyperlinks", not ${JSON.stringify(applyTo)}.`, "Range.clear");
      }
      t.sheet.clear(t.rect, applyTo);
      exec.model.fixTableHeaders(t.sheet, t.rect);
    });
  }

  select(): void {
    this._action("select", [], (t, exec) => exec.model.select(t.sheet, t.rect));
  }

}

function usedWithin(t: RangeRef, valuesOnly: boolean): RangeRef | null {
  const used = t.sheet.usedRect(valuesOnly);
  const r = used && intersection(used, t.rect);
  return r ? { sheet: t.sheet, rect: r } : null;
}

function setHyperlink(t: RangeRef, v: RangeHyperlink | null, exec: Exec): void {
  const where = "Range.hyperlink";
  if (v !== null && (typeof v !== "object" || Array.isArray(v))) throw invalidArgument("A hyperlink is an object such as { address, documentReference, textToDisplay }.", where);
  const { r0, c0, r1, c1 } = t.rect;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const key = r * MAX_COLUMNS + c;
      if (!v || (!v.address && !v.documentReference)) {
        t.sheet.hyperlinks.delete(key);
        continue;
      }
      const link: HyperlinkModel = {};
      if (v.address) link.address = v.address;
      if (v.documentReference) link.documentReference = v.documentReference;
      if (v.screenTip) link.screenTip = v.screenTip;
      t.sheet.hyperlinks.set(key, link);
      if (v.textToDisplay !== undefined) t.sheet.setCell(r, c, v.textToDisplay, undefined);
      else if (t.sheet.valueAt(r, c) === "") t.sheet.setCell(r, c, v.address ?? v.documentReference, undefined);
    }
  }
  exec.model.fixTableHeaders(t.sheet, t.rect);
}

/** Parses an address meant for `sheet` (a sheet-qualified one must name that sheet). */
export function parseOn(sheet: SheetModel, address: string, where: string): RangeRef {
  const text = typeof address === "string" ? address : "";
  const parsed = parseRefOrThrow(text, where);
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    throw invalidArgument(`The address ${JSON.stringify(address)} is on another sheet than ${JSON.stringify(sheet.name)}.`, where);
  }
  return { sheet, rect: parsed.rect };
}

function parseRefOrThrow(text: string, where: string): { sheet?: string; rect: Rect } {
  const parsed = parseRef(text);
  if (!parsed) {
    throw invalidArgument(`${JSON.stringify(text)} is not a range address the host understands; use A1 notation such as "A1", "A1:C4", "A:C", "1:3" or "Sheet1!A1:B2".`, where);
  }
  return parsed;
}
