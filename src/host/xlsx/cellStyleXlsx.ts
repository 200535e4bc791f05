// Cell styles between the host's CellStyle and ExcelJS' style objects
// (number format, font, solid fill, alignment). Theme colours, borders and
// other fills are not modelled and are dropped on read.

import type ExcelJS from "exceljs";
import type { CellStyle } from "../model/cellStyles";

const H_TO_XLSX: Record<string, ExcelJS.Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const V_TO_XLSX: Record<string, ExcelJS.Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};
const invert = <V extends string>(m: Record<string, V | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [v as string, k]));
const H_FROM_XLSX = invert(H_TO_XLSX);
const V_FROM_XLSX = invert(V_TO_XLSX);

const argb = (hex: string) => ({ argb: `FF${hex.slice(1).toUpperCase()}` });
const hex = (c: Partial<ExcelJS.Color> | undefined): string | undefined =>
  c?.argb && /^[0-9a-f]{8}$/i.test(c.argb) ? `#${c.argb.slice(2).toUpperCase()}` : undefined;

export function toExcelJsStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.numberFormat) out.numFmt = s.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.underline) font.underline = true;
  if (s.fontColor) font.color = argb(s.fontColor);
  if (s.fontSize) font.size = s.fontSize;
  if (s.fontName) font.name = s.fontName;
  if (Object.keys(font).length) out.font = { name: "Calibri", size: 11, ...font };
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(s.fill) };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.wrapText) alignment.wrapText = true;
  if (s.horizontalAlignment && H_TO_XLSX[s.horizontalAlignment]) alignment.horizontal = H_TO_XLSX[s.horizontalAlignment];
  if (s.verticalAlignment && V_TO_XLSX[s.verticalAlignment]) alignment.vertical = V_TO_XLSX[s.verticalAlignment];
  if (Object.keys(alignment).length) out.alignment = alignment;
  return out;
}

export function fromExcelJsStyle(s: Partial<ExcelJS.Style> | undefined): CellStyle {
  if (!s) return {};
  const out: CellStyle = {};
  if (s.numFmt) out.numberFormat = s.numFmt;
  const f = s.font;
  if (f) {
    if (f.bold) out.bold = true;
    if (f.italic) out.italic = true;
    if (f.underline) out.underline = true;
    const color = hex(f.color);
    if (color) out.fontColor = color;
    if (f.size) out.fontSize = f.size;
    if (f.name) out.fontName = f.name;
  }
  const fill = s.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const color = hex(fill.fgColor);
    if (color) out.fill = color;
  }
  const a = s.alignment;
  if (a) {
    if (a.wrapText) out.wrapText = true;
    if (a.horizontal && H_FROM_XLSX[a.horizontal]) out.horizontalAlignment = H_FROM_XLSX[a.horizontal];
    if (a.vertical && V_FROM_XLSX[a.vertical]) out.verticalAlignment = V_FROM_XLSX[a.vertical];
  }
  return out;
}
