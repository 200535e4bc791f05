// Drawing parts (xl/drawings/drawingN.xml) that place charts on a sheet: one
// twoCellAnchor per chart, from its top-left cell to just past its
// bottom-right cell, pointing at the chart part through a relationship.

import type { CellPosition } from "../model/chartModel";
import { attrs, elements, firstElement } from "./xml";

export interface ChartAnchor {
  from: CellPosition;
  /** Inclusive bottom-right cell. */
  to: CellPosition;
  name: string;
  relId: string;
}

const marker = (tag: string, row: number, col: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

export function drawingXml(anchors: ChartAnchor[]): string {
  const body = anchors
    .map(
      (a, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", a.from.row, a.from.col)}${marker("to", a.to.row + 1, a.to.col + 1)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr${attrs({ id: i + 2, name: a.name })}/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${a.relId}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${body}</xdr:wsDr>`
  );
}

/** Chart anchors of a drawing part (pictures and shapes are skipped). */
export function parseDrawing(xml: string): ChartAnchor[] {
  return elements(xml, "xdr:twoCellAnchor").flatMap((a) => {
    const chart = /<c:chart\b[^>]*r:id="([^"]+)"/.exec(a.inner);
    const from = position(a.inner, "from");
    const to = position(a.inner, "to");
    if (!chart || !from || !to) return [];
    const name = firstElement(a.inner, "xdr:cNvPr")?.attrs.name ?? "";
    // "to" is where the chart ends: the cell after it when the offset is 0
    const toOffsets = /<xdr:to>[\s\S]*?<xdr:colOff>(\d+)<\/xdr:colOff>[\s\S]*?<xdr:rowOff>(\d+)<\/xdr:rowOff>/.exec(a.inner);
    const colOff = Number(toOffsets?.[1] ?? 0);
    const rowOff = Number(toOffsets?.[2] ?? 0);
    return [{ from, to: { row: rowOff === 0 ? Math.max(from.row, to.row - 1) : to.row, col: colOff === 0 ? Math.max(from.col, to.col - 1) : to.col }, name, relId: chart[1] }];
  });
}

function position(xml: string, tag: string): CellPosition | null {
  const m = new RegExp(`<xdr:${tag}>[\\s\\S]*?<xdr:col>(\\d+)</xdr:col>[\\s\\S]*?<xdr:row>(\\d+)</xdr:row>`).exec(xml);
  return m ? { col: Number(m[1]), row: Number(m[2]) } : null;
}
