// Writing a 2-D input (values, formulas, number formats) into a range: the
// size check Excel makes (the array must match the range, or be a single
// value / 1x1 array that then fills every cell), validation of every value
// before anything is written, then the write itself.

import { invalidArgument } from "../errors";
import type { Rect } from "../model/rect";
import { SheetModel } from "../model/sheetModel";
import type { WorkbookModel } from "../model/workbookModel";
import { coerceWrite } from "../values/coercion";
import { shiftFormula } from "../values/formulas";

export const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Cell (i, j) of the input, with `broadcast` true when one value fills the whole range. */
export function matrixAccessor(input: unknown, r: Rect, where: string): { at: (i: number, j: number) => unknown; broadcast: boolean } {
  if (!Array.isArray(input)) return { at: () => input, broadcast: true };
  if (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) {
    const only = input[0][0];
    return { at: () => only, broadcast: true };
  }
  const rows = r.r1 - r.r0 + 1;
  const cols = r.c1 - r.c0 + 1;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw invalidArgument(`${DIMENSION_MISMATCH} The range is ${rows}x${cols}; the array is ${input.length}x${Array.isArray(input[0]) ? input[0].length : "?"}.`, where);
  }
  return { at: (i, j) => (input[i] as unknown[])[j], broadcast: false };
}

function eachCell(r: Rect, f: (i: number, j: number) => void): void {
  for (let i = 0; i <= r.r1 - r.r0; i++) for (let j = 0; j <= r.c1 - r.c0; j++) f(i, j);
}

/** Range.values / Range.formulas = input. */
export function writeCells(model: WorkbookModel, sheet: SheetModel, r: Rect, input: unknown, where: string): void {
  const { at, broadcast } = matrixAccessor(input, r, where);
  if (broadcast) SheetModel.assertFillable(r, where);
  // Validate first (types, formula syntax): Excel applies all of it or none of it.
  const risky = (v: unknown) => (typeof v === "string" ? /^[=+-]/.test(v) : v !== null && typeof v === "object");
  const validate = (i: number, j: number) => {
    const v = at(i, j);
    if (risky(v)) coerceWrite(v, sheet.numberFormatAt(r.r0 + i, r.c0 + j), where);
  };
  if (broadcast) validate(0, 0);
  else eachCell(r, validate);
  eachCell(r, (i, j) => {
    const row = r.r0 + i;
    const col = r.c0 + j;
    const w = coerceWrite(at(i, j), sheet.numberFormatAt(row, col), where);
    if (broadcast && w.kind === "formula" && (i > 0 || j > 0)) sheet.write(row, col, { kind: "formula", formula: shiftFormula(w.formula, i, j) });
    else sheet.write(row, col, w);
  });
  model.fixTableHeaders(sheet, r);
}

/** Range.numberFormat = input. */
export function writeNumberFormats(sheet: SheetModel, r: Rect, input: unknown, where: string): void {
  const { at, broadcast } = matrixAccessor(input, r, where);
  const check = (v: unknown) => {
    if (v !== null && v !== undefined && typeof v !== "string" && typeof v !== "number") {
      throw invalidArgument("A number format must be a string such as \"0\", \"yyyy-mm-dd\" or '#,##0 \"kr\"'.", where);
    }
  };
  if (broadcast) {
    const v = at(0, 0);
    check(v);
    if (v !== null && v !== undefined) sheet.patchStyles(r, { numberFormat: String(v) });
    return;
  }
  eachCell(r, (i, j) => check(at(i, j)));
  const patchers = new Map<string, (id: number) => number>();
  eachCell(r, (i, j) => {
    const v = at(i, j);
    if (v === null || v === undefined) return;
    const f = String(v);
    let p = patchers.get(f);
    if (!p) patchers.set(f, (p = sheet.book.styles.patcher({ numberFormat: f })));
    sheet.setStyleId(r.r0 + i, r.c0 + j, p(sheet.styleIdAt(r.r0 + i, r.c0 + j)));
  });
}
