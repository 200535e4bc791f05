// Cell styles for a patched package: the file's own styles.xml keeps every
// style it had (same numbers), and a style the session gave a cell is added
// to it. A style is taken from the package ExcelJS generated for the session
// ("gen"), either whole (cells of new sheets) or blended into the cell's old
// style (only the parts the host models and the session changed: number
// format, font, fill, alignment; borders and protection stay as they were).

import { elements, type XmlElement } from "./xml";

/** Which parts of a cell's style the session changed. */
export interface StyleParts {
  numFmt: boolean;
  font: boolean;
  fill: boolean;
  alignment: boolean;
}

const ALL: StyleParts = { numFmt: true, font: true, fill: true, alignment: true };

interface Collection {
  name: string;
  items: string[];
  index: Map<string, number>;
  added: string[];
}

function collection(xml: string, name: string, item: string): Collection {
  const block = elements(xml, name)[0];
  const items = block ? elements(block.inner, item).map((e) => e.outer) : [];
  const index = new Map<string, number>();
  items.forEach((x, i) => index.has(x) || index.set(x, i));
  return { name, items, index, added: [] };
}

function add(c: Collection, xml: string): number {
  const known = c.index.get(xml);
  if (known !== undefined) return known;
  const i = c.items.length;
  c.items.push(xml);
  c.index.set(xml, i);
  c.added.push(xml);
  return i;
}

/** A style record's numFmt code by id, from <numFmts>. */
function numFmts(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const e of elements(elements(xml, "numFmts")[0]?.inner ?? "", "numFmt")) out.set(Number(e.attrs.numFmtId), e.outer);
  return out;
}

const attr = (x: XmlElement, name: string) => Number(x.attrs[name] ?? 0);

export class StyleMerger {
  private readonly fonts: Collection;
  private readonly fills: Collection;
  private readonly borders: Collection;
  private readonly xfs: Collection;
  private readonly genFonts: string[];
  private readonly genFills: string[];
  private readonly genBorders: string[];
  private readonly genXfs: XmlElement[];
  private readonly srcXfs: XmlElement[];
  private readonly srcFmts: Map<number, string>;
  private readonly genFmts: Map<number, string>;
  private readonly addedFmts: string[] = [];
  private readonly memo = new Map<string, number>();

  constructor(
    private readonly src: string,
    gen: string,
  ) {
    this.fonts = collection(src, "fonts", "font");
    this.fills = collection(src, "fills", "fill");
    this.borders = collection(src, "borders", "border");
    this.xfs = collection(src, "cellXfs", "xf");
    this.srcXfs = elements(elements(src, "cellXfs")[0]?.inner ?? "", "xf");
    this.genFonts = collection(gen, "fonts", "font").items;
    this.genFills = collection(gen, "fills", "fill").items;
    this.genBorders = collection(gen, "borders", "border").items;
    this.genXfs = elements(elements(gen, "cellXfs")[0]?.inner ?? "", "xf");
    this.srcFmts = numFmts(src);
    this.genFmts = numFmts(gen);
  }

  /** Whether styles.xml needs writing. */
  get changed(): boolean {
    return this.xfs.added.length > 0;
  }

  /** The file's style number for the generated style `genXf`, blended into the file's style `srcXf` where `parts` say. */
  style(genXf: number, srcXf: number | null, parts: StyleParts = ALL): number {
    const key = `${genXf}:${srcXf}:${+parts.numFmt}${+parts.font}${+parts.fill}${+parts.alignment}`;
    let out = this.memo.get(key);
    if (out === undefined) this.memo.set(key, (out = this.build(genXf, srcXf, parts)));
    return out;
  }

  private build(genXf: number, srcXf: number | null, parts: StyleParts): number {
    const g = this.genXfs[genXf] ?? this.genXfs[0];
    const s = srcXf === null ? null : this.srcXfs[srcXf];
    if (!g) return srcXf ?? 0;
    const a: Record<string, string> = { ...(s?.attrs ?? { numFmtId: "0", fontId: "0", fillId: "0", borderId: "0", xfId: "0" }) };
    let children = s ? elements(s.inner, "protection").map((e) => e.outer) : [];
    let alignment = s ? (elements(s.inner, "alignment")[0]?.outer ?? "") : "";
    if (parts.numFmt || !s) {
      a.numFmtId = String(this.numFmt(attr(g, "numFmtId")));
      a.applyNumberFormat = "1";
    }
    if (parts.font || !s) {
      a.fontId = String(add(this.fonts, this.genFonts[attr(g, "fontId")] ?? this.genFonts[0]));
      a.applyFont = "1";
    }
    if (parts.fill || !s) {
      a.fillId = String(add(this.fills, this.genFills[attr(g, "fillId")] ?? this.genFills[0]));
      a.applyFill = "1";
    }
    if (!s) a.borderId = String(add(this.borders, this.genBorders[attr(g, "borderId")] ?? this.genBorders[0]));
    if (parts.alignment || !s) {
      alignment = elements(g.inner, "alignment")[0]?.outer ?? "";
      a.applyAlignment = alignment ? "1" : "0";
    }
    if (!s) children = [];
    const attrsText = Object.entries(a)
      .map(([k, v]) => ` ${k}="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"`)
      .join("");
    const inner = alignment + children.join("");
    return add(this.xfs, inner ? `<xf${attrsText}>${inner}</xf>` : `<xf${attrsText}/>`);
  }

  /** The file's numFmtId for the generated one (built-in ids are the same everywhere). */
  private numFmt(genId: number): number {
    if (genId < 164) return genId;
    const code = this.genFmts.get(genId);
    if (!code) return 0;
    const formatCode = /formatCode="([^"]*)"/.exec(code)?.[1] ?? "";
    for (const [id, x] of this.srcFmts) if (/formatCode="([^"]*)"/.exec(x)?.[1] === formatCode) return id;
    const id = Math.max(163, ...this.srcFmts.keys()) + 1;
    const xml = `<numFmt numFmtId="${id}" formatCode="${formatCode}"/>`;
    this.srcFmts.set(id, xml);
    this.addedFmts.push(xml);
    return id;
  }

  /** The file's styles.xml with the added records appended (every old number unchanged). */
  xml(): string {
    let out = this.src;
    if (this.addedFmts.length) {
      out = /<numFmts\b/.test(out)
        ? appendTo(out, "numFmts", this.addedFmts, this.srcFmts.size)
        : out.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${this.addedFmts.length}">${this.addedFmts.join("")}</numFmts>`);
    }
    for (const c of [this.fonts, this.fills, this.borders, this.xfs]) if (c.added.length) out = appendTo(out, c.name, c.added, c.items.length);
    return out;
  }
}

/** Appends `items` at the end of the element `name` and sets its count. */
function appendTo(xml: string, name: string, items: string[], count: number): string {
  const re = new RegExp(`<${name}\\b([^>]*?)(/>|>([\\s\\S]*?)</${name}>)`);
  return xml.replace(re, (_m, attrsText: string, _end: string, inner: string | undefined) => {
    const a = attrsText.replace(/\s*\bcount="\d*"/, "");
    return `<${name} count="${count}"${a}>${inner ?? ""}${items.join("")}</${name}>`;
  });
}
