// <hyperlinks> of a worksheet, written and read by the host: links inside the
// workbook as `location` (Office.js documentReference, or an address starting
// with "#"), links outside through an external relationship.

import { formatCells, parseRef } from "../addresses";
import { MAX_COLUMNS, type Rect } from "../model/rect";
import type { HyperlinkModel, SheetModel } from "../model/sheetModel";
import { REL, type Relationships } from "./packageParts";
import { attrs, elements, firstElement } from "./xml";

export function hyperlinksXml(sheet: SheetModel, rels: Relationships): string {
  if (sheet.hyperlinks.size === 0) return "";
  const items = [...sheet.hyperlinks].map(([key, link]) => {
    const r = Math.floor(key / MAX_COLUMNS);
    const c = key % MAX_COLUMNS;
    const ref = formatCells({ r0: r, c0: c, r1: r, c1: c });
    const location = link.documentReference ?? (link.address?.startsWith("#") ? link.address.slice(1) : undefined);
    const rid = location === undefined && link.address ? rels.add(REL.hyperlink, link.address, true) : undefined;
    return `<hyperlink${attrs({ ref, "r:id": rid, location, tooltip: link.screenTip })}/>`;
  });
  return `<hyperlinks>${items.join("")}</hyperlinks>`;
}

export function parseHyperlinks(sheetXml: string, rels: Relationships): { rect: Rect; link: HyperlinkModel }[] {
  const block = firstElement(sheetXml, "hyperlinks");
  if (!block) return [];
  return elements(block.inner, "hyperlink").flatMap((e) => {
    const rect = parseRef(e.attrs.ref ?? "")?.rect;
    if (!rect) return [];
    const link: HyperlinkModel = {};
    const external = e.attrs["r:id"] ? rels.get(e.attrs["r:id"])?.target : undefined;
    if (external) link.address = external;
    if (e.attrs.location) link.documentReference = e.attrs.location;
    if (e.attrs.tooltip) link.screenTip = e.attrs.tooltip;
    return link.address || link.documentReference ? [{ rect, link }] : [];
  });
}
