// How tall each row of a generated sheet prints: its edits replayed into the
// text, font size, boldness and wrapping of every cell, measured at the sheet's
// column widths the way autofitRows fits them (base/textFit.ts, the in-memory
// Excel's own measure). The page breaks (pageBreaks.ts) and the charts' heights
// are placed by these heights.

import { parseA1 } from "../base/a1";
import { charsToPoints, DEFAULT_COLUMN_WIDTH_CHARS, LINE_HEIGHT_PT, textHeightPt, type TextLook } from "../base/textFit";
import type { Edit } from "../workbook/edits";

/** A cell as far as its height goes (one shape for all, so reading them stays fast). */
class Cell {
  /** The text, or null for a number (which never wraps: one line). */
  text: string | null = "";
  fontSize = 11;
  bold = false;
  wrapText = false;
}

/**
 * Heights of texts already measured, by column width and look, then by the text itself: a
 * sheet laid out again with fewer rows (to fit one request) measures each of its texts
 * once, also where the fewer rows made a column narrower or wider.
 */
export type TextHeights = Map<number, Map<string, number>>;

export class RowHeights {
  /** Cells by 1-based row, then 0-based column. */
  private readonly rows: (Cell[] | undefined)[] = [];
  private readonly cache: (number | undefined)[] = [];
  private seen = 0;

  /** `widths`: the sheet's column widths in characters from column A, as finishSheet sets them. */
  constructor(
    private readonly sheet: string,
    private readonly widths: readonly number[],
    private readonly measured: TextHeights = new Map(),
  ) {}

  private measure(text: string, fontSize: number, bold: boolean, wrapText: boolean, column: number): number {
    const width = this.widths[column] ?? DEFAULT_COLUMN_WIDTH_CHARS;
    const key = Math.round(width * 1000) * 1024 + fontSize * 4 + (bold ? 2 : 0) + (wrapText ? 1 : 0);
    let byText = this.measured.get(key);
    if (!byText) this.measured.set(key, (byText = new Map()));
    let h = byText.get(text);
    if (h === undefined) {
      const look: TextLook = { fontSize, bold, wrapText };
      byText.set(text, (h = textHeightPt(text, look, charsToPoints(width))));
    }
    return h;
  }

  private cell(r: number, c: number): Cell {
    const row = (this.rows[r] ??= []);
    return (row[c] ??= new Cell());
  }

  /** Takes in the edits of `edits` not seen yet (the list only grows). */
  update(edits: readonly Edit[]): this {
    for (; this.seen < edits.length; this.seen++) {
      const e = edits[this.seen];
      // only the values and what changes a text's height: size, boldness, wrapping
      if (e.kind !== "setValues" && (e.kind !== "format" || (e.bold === undefined && e.fontSize === undefined && e.wrapText === undefined))) continue;
      if (e.sheet !== this.sheet) continue;
      const block = parseA1(e.address)!;
      const [r0, r1] = [block.firstRow, block.firstRow + block.rowCount - 1];
      const [c0, c1] = [block.firstColumn, block.firstColumn + block.columnCount - 1];
      for (let r = r0; r <= r1; r++) {
        this.cache[r] = undefined;
        for (let c = c0; c <= c1; c++) {
          const cell = this.cell(r, c);
          if (e.kind === "setValues") {
            const v = e.values[r - r0]?.[c - c0];
            cell.text = typeof v === "number" || typeof v === "boolean" ? null : String(v ?? "");
          } else {
            if (e.bold !== undefined) cell.bold = e.bold;
            if (e.fontSize !== undefined) cell.fontSize = e.fontSize;
            if (e.wrapText !== undefined) cell.wrapText = e.wrapText;
          }
        }
      }
    }
    return this;
  }

  /** Points row `r` (1-based) is tall after autofitRows: its tallest cell, at least one line. */
  of(r: number): number {
    const known = this.cache[r];
    if (known !== undefined) return known;
    let height = LINE_HEIGHT_PT;
    const row = this.rows[r];
    if (row) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || cell.text === "") continue;
        const h = cell.text === null ? this.measure("0", cell.fontSize, cell.bold, false, c) : this.measure(cell.text, cell.fontSize, cell.bold, cell.wrapText, c);
        if (h > height) height = h;
      }
    }
    this.cache[r] = height;
    return height;
  }

  /** The first row from `top` down at whose foot rows `top`… are together at least `points` tall. */
  rowReaching(top: number, points: number): number {
    let r = top;
    for (let sum = this.of(r); sum < points; sum += this.of(++r));
    return r;
  }
}
