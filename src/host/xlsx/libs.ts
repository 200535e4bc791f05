// Loads ExcelJS and JSZip on first use. Plain package imports: Node and jest
// get the packages' CommonJS builds; webpack follows their "browser" fields
// (exceljs/dist/exceljs.min.js, jszip/dist/jszip.min.js) and puts them in a
// chunk of their own, so the preview loads them only when a file is opened or saved.

import type ExcelJSType from "exceljs";
import type JSZipType from "jszip";

export type ExcelJSModule = typeof ExcelJSType;
export type JSZipModule = typeof JSZipType;

const unwrap = <T>(mod: unknown): T => ((mod as { default?: T }).default ?? mod) as T;

let excel: Promise<ExcelJSModule> | null = null;
let zip: Promise<JSZipModule> | null = null;

export function loadExcelJS(): Promise<ExcelJSModule> {
  return (excel ??= import("exceljs").then((m) => unwrap<ExcelJSModule>(m)));
}

export function loadJSZip(): Promise<JSZipModule> {
  return (zip ??= import("jszip").then((m) => unwrap<JSZipModule>(m)));
}
