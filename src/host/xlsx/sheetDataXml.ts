// The rows and cells of a worksheet part as text: finding a row's or a cell's
// XML by number, and putting changed cells and rows back in order while every
// other row and cell stays exactly as the file had it.

import { columnIndexOf } from "../../base/a1";
import { parseAttrs } from "./xml";

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

export interface SheetData {
  /** Text before and after the rows (the sheetData element included). */
  head: string;
  tail: string;
  /** Row XML by 0-based row number, in file order. */
  rows: Map<number, string>;
}

/** Splits a worksheet part into the text around its rows and the rows. */
export function splitSheetData(xml: string): SheetData {
  const empty = /<sheetData\s*\/>/.exec(xml);
  if (empty) return { head: xml.slice(0, empty.index) + "<sheetData>", tail: "</sheetData>" + xml.slice(empty.index + empty[0].length), rows: new Map() };
  const open = /<sheetData\b[^>]*>/.exec(xml);
  const close = xml.indexOf("</sheetData>");
  if (!open || close < 0) throw new Error("worksheet has no sheetData");
  const start = open.index + open[0].length;
  const rows = new Map<number, string>();
  let next = 0;
  for (const m of xml.slice(start, close).matchAll(ROW)) {
    const r = /^<row\b[^>]*?\br="(\d+)"/.exec(m[0]);
    const n = r ? Number(r[1]) - 1 : next;
    rows.set(n, m[0]);
    next = n + 1;
  }
  return { head: xml.slice(0, start), tail: xml.slice(close), rows };
}

export function joinSheetData(data: SheetData): string {
  const order = [...data.rows.keys()].sort((a, b) => a - b);
  return data.head + order.map((r) => data.rows.get(r)).join("") + data.tail;
}

/** A row's start tag (or whole self-closing element) and its cells by 0-based column. */
export interface RowParts {
  open: string;
  cells: Map<number, string>;
}

export function splitRow(rowXml: string): RowParts {
  const open = /^<row\b[^>]*?(\/?)>/.exec(rowXml)!;
  const cells = new Map<number, string>();
  let next = 0;
  if (!open[1]) {
    for (const m of rowXml.slice(open[0].length).matchAll(CELL)) {
      const ref = /^<c\b[^>]*?\br="([A-Z]+)\d+"/.exec(m[0]);
      const c = ref ? columnIndexOf(ref[1]) : next;
      cells.set(c, m[0]);
      next = c + 1;
    }
  }
  return { open: open[1] ? open[0].replace(/\s*\/>$/, ">") : open[0], cells };
}

export function joinRow(parts: RowParts): string {
  const order = [...parts.cells.keys()].sort((a, b) => a - b);
  return `${parts.open}${order.map((c) => parts.cells.get(c)).join("")}</row>`;
}

/** The attributes of an element's start tag. */
export function startTagAttrs(xml: string): Record<string, string> {
  return parseAttrs(/^<[\w:]+([^>]*?)\/?>/.exec(xml)?.[1] ?? "");
}

/** Sets (or, with undefined, removes) one attribute of the start tag at the beginning of `xml`. */
export function setStartTagAttr(xml: string, name: string, value: string | undefined): string {
  const tag = /^<[\w:]+[^>]*?(?=\/?>|$)/.exec(xml)![0];
  const re = new RegExp(`\\s${name}="[^"]*"`);
  const withOut = tag.replace(re, "");
  const next = value === undefined ? withOut : `${withOut} ${name}="${value}"`;
  return next + xml.slice(tag.length);
}
