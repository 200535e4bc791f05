// Column widths between Office.js and .xlsx. Office.js' format.columnWidth is
// in points; a file (and ExcelJS' column.width) stores characters of the
// default font's maximum digit width, padding included (ECMA-376 §18.3.1.13).
// With Calibri 11 (7 px digits) at 96 dpi:
//   pixels = trunc(((256 * width + trunc(128 / 7)) / 256) * 7),  points = pixels * 0.75
// and back: width = trunc(pixels / 7 * 256) / 256. Excel's default 8.43
// characters is 64 px = 48 pt, stored as 9.140625.

import { DIGIT_PX } from "../../base/textFit";

const PT_PER_PX = 0.75;

export function fileWidthToPoints(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return px * PT_PER_PX;
}

export function pointsToFileWidth(points: number): number {
  const px = Math.round(points / PT_PER_PX);
  return Math.trunc((px / DIGIT_PX) * 256) / 256;
}
