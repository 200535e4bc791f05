// Cell formatting as shared, interned style records: a cell stores a small
// style number, not an object, so that large sheets stay compact. Style 0 is
// Excel's "Normal" (every property at its default).

export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** "#RRGGBB" */
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  /** Solid fill "#RRGGBB"; absent means no fill. */
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

export type StyleKey = keyof CellStyle;

/** What Excel reports for a property a cell does not set. */
export const STYLE_DEFAULTS: Required<Omit<CellStyle, "fill">> & { fill: null } = {
  numberFormat: "General",
  bold: false,
  italic: false,
  underline: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  fill: null,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
};

const KEYS = Object.keys(STYLE_DEFAULTS) as StyleKey[];

/** A change to apply to styles: a property set to undefined is reset to its default. */
export type StylePatch = Partial<{ [K in StyleKey]: CellStyle[K] | undefined }>;

export class StyleTable {
  private readonly styles: CellStyle[] = [{}];
  private readonly index = new Map<string, number>([["{}", 0]]);

  get(id: number): CellStyle {
    return this.styles[id] ?? this.styles[0];
  }

  /** The style number of `style`, adding it when new. Properties equal to their default are dropped. */
  intern(style: CellStyle): number {
    const clean: Record<string, unknown> = {};
    for (const k of KEYS) {
      const v = style[k];
      if (v !== undefined && v !== STYLE_DEFAULTS[k]) clean[k] = v;
    }
    const key = JSON.stringify(clean);
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(clean as CellStyle);
      this.index.set(key, id);
    }
    return id;
  }

  /** Style `id` with `patch` applied. */
  patch(id: number, patch: StylePatch): number {
    return this.intern({ ...this.get(id), ...patch });
  }

  /** A memoising patcher for one operation over many cells (most cells share a few styles). */
  patcher(patch: StylePatch): (id: number) => number {
    const memo = new Map<number, number>();
    return (id) => {
      let out = memo.get(id);
      if (out === undefined) {
        out = this.patch(id, patch);
        memo.set(id, out);
      }
      return out;
    };
  }

  /** The value Excel reports for property `k` of style `id`. */
  value<K extends StyleKey>(id: number, k: K): NonNullable<CellStyle[K]> | null {
    const v = this.get(id)[k];
    return (v ?? STYLE_DEFAULTS[k]) as NonNullable<CellStyle[K]> | null;
  }
}
