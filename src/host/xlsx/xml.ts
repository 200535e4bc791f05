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

/** CT_Worksheet child order (ECMA-376 §18.3.1.99). */
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
  "extLst",
];

/** CT_Workbook child order (ECMA-376 §18.2.27). */
const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
  "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
  "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
];

/** Where the last element named `name` ends, or -1 when there is none. */
function endOfLast(xml: string, name: string): number {
  const close = xml.lastIndexOf(`</${name}>`);
  let end = close < 0 ? -1 : close + name.length + 3;
  for (const m of xml.matchAll(new RegExp(`<${name}\\b[^>]*/>`, "g"))) end = Math.max(end, m.index + m[0].length);
  return end;
}

/**
 * Inserts `element` (a child of the root named `name`) where the schema's `order`
 * wants it: after every child that comes before it, before the first that follows.
 * Followers are looked for only after the preceding children, so an element of the
 * same name nested in one of them (a cfRule's or a workbookView's extLst) is no anchor.
 */
function insertChild(xml: string, order: readonly string[], root: string, name: string, element: string): string {
  const i = order.indexOf(name);
  const from = Math.max(0, ...order.slice(0, i).map((p) => endOfLast(xml, p)));
  let at = -1;
  for (const f of order.slice(i + 1)) {
    const re = new RegExp(`<${f}[\\s/>]`, "g");
    re.lastIndex = from;
    const m = re.exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${root}>`);
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Inserts `element` (a worksheet child named `name`) where the schema wants it. */
export function insertWorksheetChild(sheetXml: string, name: string, element: string): string {
  return insertChild(sheetXml, WORKSHEET_ORDER, "worksheet", name, element);
}

/** Inserts `element` (a workbook child named `name`, e.g. definedNames) where the schema wants it. */
export function insertWorkbookChild(workbookXml: string, name: string, element: string): string {
  return insertChild(workbookXml, WORKBOOK_ORDER, "workbook", name, element);
}

/** Removes every element named `name` (e.g. before ExcelJS reads a sheet the host parses itself). */
export function removeElements(xml: string, name: string): string {
  return xml.replace(new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g"), "");
}
