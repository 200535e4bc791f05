// Just enough XML for the package parts the host writes and reads itself
// (tables, validations, hyperlinks, drawings, charts, relationships):
// escaping, attribute lists, finding elements, and inserting an element into
// a worksheet in the position the schema requires.

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** ` a="1" b="x"` from a record (undefined values left out). */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === "boolean" ? (v ? "1" : "0") : String(v))}"`)
    .join("");
}

export interface XmlElement {
  /** Unescaped attribute values by name (with any prefix, e.g. "r:id"). */
  attrs: Record<string, string>;
  /** Raw inner XML ("" for an empty element). */
  inner: string;
  /** The whole element as it stands in the text. */
  outer: string;
}

export function parseAttrs(tagText: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tagText.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}

/** Every `<name ...>` element (self-closing or with content; the same name must not nest). */
export function elements(xml: string, name: string): XmlElement[] {
  const re = new RegExp(`<${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`, "g");
  return [...xml.matchAll(re)].map((m) => ({ attrs: parseAttrs(m[1]), inner: m[2] ?? "", outer: m[0] }));
}

export function firstElement(xml: string, name: string): XmlElement | undefined {
  return elements(xml, name)[0];
}

/** The text of every <a:t>/<t>-like element named `name` inside `xml`, concatenated. */
export function textOf(xml: string, name: string): string {
  return elements(xml, name)
    .map((e) => unescapeXml(e.inner))
    .join("");
}

/** CT_Worksheet child order (ECMA-376 §18.3.1.99), from dataValidations on. */
const WORKSHEET_TAIL = [
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** Inserts `element` (a worksheet child named `name`) where the schema wants it. */
export function insertWorksheetChild(sheetXml: string, name: string, element: string): string {
  const followers = WORKSHEET_TAIL.slice(WORKSHEET_TAIL.indexOf(name) + 1);
  let at = -1;
  for (const f of followers) {
    const m = new RegExp(`<${f}[\\s/>]`).exec(sheetXml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = sheetXml.lastIndexOf("</worksheet>");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** Removes every element named `name` (e.g. before ExcelJS reads a sheet the host parses itself). */
export function removeElements(xml: string, name: string): string {
  return xml.replace(new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g"), "");
}
