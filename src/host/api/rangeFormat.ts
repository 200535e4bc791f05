// Range.format, .format.font and .format.fill: cell formatting read as Excel
// reports it (one value when all cells agree, null when they differ) and
// written to every cell of the range (whole columns/rows as column/row styles).

import { invalidArgument } from "../errors";
import type { CellStyle, StylePatch } from "../model/cellStyles";
import { MAX_COLUMNS, MAX_ROWS, intersection } from "../model/rect";
import { ClientObj, type ScalarDef } from "./clientObject";
import { normaliseColor } from "./colors";
import type { RangeRef } from "./range";
import { DIGIT_PX, LINE_HEIGHT_PT, MAX_ROW_HEIGHT_PT, PADDING_PX, textHeightPt, textWidthPx } from "../../base/textFit";

/** Widest column Excel allows: 255 characters. */
const MAX_WIDTH_PT = (255 * DIGIT_PX + PADDING_PX) * 0.75;

const styleScalar = <K extends keyof CellStyle>(k: K, map: (v: CellStyle[K] | null) => unknown = (v) => v): ScalarDef<RangeRef> => ({
  get: (t) => map(t.sheet.uniformStyle(t.rect, k)),
});

/** The same value for every column (row) of the range, or null. */
function uniform(from: number, to: number, f: (i: number) => number): number | null {
  const first = f(from);
  for (let i = from + 1; i <= to; i++) if (f(i) !== first) return null;
  return first;
}

const FORMAT_SCALARS: Record<string, ScalarDef<RangeRef>> = {
  columnWidth: { get: (t) => uniform(t.rect.c0, Math.min(t.rect.c1, t.rect.c0 + 16_383), (c) => t.sheet.columnWidth(c)), requires: "1.2" },
  rowHeight: { get: (t) => uniform(t.rect.r0, Math.min(t.rect.r1, t.sheet.bounded(t.rect).r1), (r) => t.sheet.rowHeight(r)), requires: "1.2" },
  wrapText: styleScalar("wrapText"),
  horizontalAlignment: styleScalar("horizontalAlignment"),
  verticalAlignment: styleScalar("verticalAlignment"),
};

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

function oneOf(v: unknown, allowed: string[], what: string, where: string): string {
  if (typeof v !== "string" || !allowed.includes(v)) throw invalidArgument(`${what} must be one of ${allowed.join(", ")}; got ${JSON.stringify(v)}.`, where);
  return v;
}

function bool(v: unknown, where: string): boolean {
  if (typeof v !== "boolean") throw invalidArgument(`Expected true or false, got ${JSON.stringify(v)}.`, where);
  return v;
}

function points(v: unknown, max: number, where: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > max) throw invalidArgument(`Expected a size in points from 0 to ${Math.round(max)}, got ${JSON.stringify(v)}.`, where);
  return v;
}

/** A styling property of the range's cells (all cells get `patch(value)`). */
abstract class StyledObj extends ClientObj<RangeRef> {
  protected _style(name: string, value: unknown, patch: (v: unknown, where: string) => StylePatch): void {
    const where = `${this._className}.${name}`;
    this._set(name, value, (t) => t.sheet.patchStyles(t.rect, patch(value, where)));
  }
}

export class RangeFormatProxy extends StyledObj {
  private _font?: RangeFontProxy;
  private _fill?: RangeFillProxy;

  get _className(): string {
    return "RangeFormat";
  }
  protected _scalars() {
    return FORMAT_SCALARS;
  }
  protected override _navs() {
    return { font: () => this.font, fill: () => this.fill };
  }

  get font(): RangeFontProxy {
    return (this._font ??= new RangeFontProxy(this.context, this, ["font"], (_e, p) => p as RangeRef));
  }
  get fill(): RangeFillProxy {
    return (this._fill ??= new RangeFillProxy(this.context, this, ["fill"], (_e, p) => p as RangeRef));
  }

  get columnWidth(): number | null {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, (t) => {
      // Excel keeps widths in whole pixels (0.75 pt at 96 dpi)
      const w = Math.round(points(v, MAX_WIDTH_PT, "RangeFormat.columnWidth") / 0.75) * 0.75;
      for (let c = t.rect.c0; c <= Math.min(t.rect.c1, MAX_COLUMNS - 1); c++) t.sheet.setColumnWidth(c, w);
    });
  }

  get rowHeight(): number | null {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v, (t) => {
      const h = points(v, MAX_ROW_HEIGHT_PT, "RangeFormat.rowHeight");
      for (let r = t.rect.r0; r <= Math.min(t.rect.r1, MAX_ROWS - 1); r++) t.sheet.setRowHeight(r, h);
    });
  }

  get wrapText(): boolean | null {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._style("wrapText", v, (x, w) => ({ wrapText: bool(x, w) }));
  }

  get horizontalAlignment(): string | null {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._style("horizontalAlignment", v, (x, w) => ({ horizontalAlignment: oneOf(x, HORIZONTAL, "horizontalAlignment", w) }));
  }

  get verticalAlignment(): string | null {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._style("verticalAlignment", v, (x, w) => ({ verticalAlignment: oneOf(x, VERTICAL, "verticalAlignment", w) }));
  }

  /** Widens or narrows each column to its longest text (a 7 px digit at 11 pt, plus 5 px padding; bold and size scale it). */
  autofitColumns(): void {
    this._action(
      "autofitColumns",
      [],
      (t) => {
        const used = t.sheet.usedRect(true);
        const area = used && intersection(t.rect, used);
        if (!area) return;
        const texts = t.sheet.readTexts(area);
        for (let c = area.c0; c <= area.c1; c++) {
          let px = 0;
          texts.forEach((line, i) => {
            const s = line[c - area.c0];
            if (s) px = Math.max(px, textWidthPx(s, t.sheet.book.styles.get(t.sheet.styleIdAt(area.r0 + i, c))));
          });
          if (px > 0) t.sheet.setColumnWidth(c, Math.min(px * 0.75, MAX_WIDTH_PT));
        }
      },
      "1.2",
    );
  }

  /**
   * Sets each row's height to its tallest cell: 15 pt a line at 11 pt, scaled by the
   * font size, with wrapped text broken between words at its column's width.
   */
  autofitRows(): void {
    this._action(
      "autofitRows",
      [],
      (t) => {
        const used = t.sheet.usedRect(true);
        const area = used && intersection(t.rect, used);
        if (!area) return;
        t.sheet.readTexts(area).forEach((line, i) => {
          const r = area.r0 + i;
          let height = LINE_HEIGHT_PT;
          line.forEach((s, j) => {
            const c = area.c0 + j;
            if (s) height = Math.max(height, textHeightPt(s, t.sheet.book.styles.get(t.sheet.styleIdAt(r, c)), t.sheet.columnWidth(c)));
          });
          t.sheet.setRowHeight(r, height);
        });
      },
      "1.2",
    );
  }
}

const FONT_SCALARS: Record<string, ScalarDef<RangeRef>> = {
  bold: styleScalar("bold"),
  italic: styleScalar("italic"),
  underline: styleScalar("underline", (v) => (v === null ? null : v ? "Single" : "None")),
  color: styleScalar("fontColor"),
  size: styleScalar("fontSize"),
  name: styleScalar("fontName"),
};

export class RangeFontProxy extends StyledObj {
  get _className(): string {
    return "RangeFont";
  }
  protected _scalars() {
    return FONT_SCALARS;
  }

  get bold(): boolean | null {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._style("bold", v, (x, w) => ({ bold: bool(x, w) }));
  }
  get italic(): boolean | null {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._style("italic", v, (x, w) => ({ italic: bool(x, w) }));
  }
  get underline(): string | null {
    return this._get("underline");
  }
  set underline(v: string) {
    this._style("underline", v, (x, w) => ({ underline: oneOf(x, ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"], "underline", w) !== "None" }));
  }
  get color(): string | null {
    return this._get("color");
  }
  set color(v: string) {
    this._style("color", v, (x, w) => ({ fontColor: normaliseColor(x, w) }));
  }
  get size(): number | null {
    return this._get("size");
  }
  set size(v: number) {
    this._style("size", v, (x, w) => {
      if (typeof x !== "number" || x < 1 || x > 409) throw invalidArgument(`A font size is 1 to 409 points, not ${JSON.stringify(x)}.`, w);
      return { fontSize: x };
    });
  }
  get name(): string | null {
    return this._get("name");
  }
  set name(v: string) {
    this._style("name", v, (x, w) => {
      if (typeof x !== "string" || x.trim() === "") throw invalidArgument("A font name must be a non-empty string.", w);
      return { fontName: x };
    });
  }
}

const FILL_SCALARS: Record<string, ScalarDef<RangeRef>> = {
  color: styleScalar("fill", (v) => v ?? "#FFFFFF"),
};

export class RangeFillProxy extends StyledObj {
  get _className(): string {
    return "RangeFill";
  }
  protected _scalars() {
    return FILL_SCALARS;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._style("color", v, (x, w) => ({ fill: normaliseColor(x, w) }));
  }
  clear(): void {
    this._action("clear", [], (t) => t.sheet.patchStyles(t.rect, { fill: undefined }));
  }
}
