// <dataValidations> of a worksheet, written and read by the host so that a
// validation over thousands of rows stays one element with a range sqref
// (ExcelJS expands ranges into one entry per cell on read).

import { formatCells, parseRef } from "../addresses";
import type { Rect } from "../model/rect";
import { DEFAULT_ERROR_ALERT, type ErrorAlert, type ValidationModel } from "../model/validations";
import { attrs, elements, escapeXml, firstElement, unescapeXml } from "./xml";

const STYLE_TO_XLSX: Record<ErrorAlert["style"], string> = { Stop: "stop", Warning: "warning", Information: "information" };

/** formula1 of a list source: the formula without "=", or the items in quotes. */
function listFormula(source: string): string {
  return source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

export function validationsXml(list: readonly ValidationModel[]): string {
  if (list.length === 0) return "";
  const items = list.map((v) => {
    const sqref = v.rects.map((r) => formatCells(r)).join(" ");
    const alert = {
      showErrorMessage: v.errorAlert.showAlert,
      errorStyle: v.errorAlert.style === "Stop" ? undefined : STYLE_TO_XLSX[v.errorAlert.style],
      errorTitle: v.errorAlert.title || undefined,
      error: v.errorAlert.message || undefined,
    };
    if (v.rule.list) {
      const a = attrs({ type: "list", allowBlank: v.ignoreBlanks, showDropDown: v.rule.list.inCellDropDown ? undefined : true, ...alert, ...v.kept, sqref });
      return `<dataValidation${a}><formula1>${escapeXml(listFormula(v.rule.list.source))}</formula1></dataValidation>`;
    }
    const o = v.rule.other!;
    const formulas = (o.formula1 !== undefined ? `<formula1>${escapeXml(o.formula1)}</formula1>` : "") + (o.formula2 !== undefined ? `<formula2>${escapeXml(o.formula2)}</formula2>` : "");
    return `<dataValidation${attrs({ ...o.attributes, sqref })}>${formulas}</dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** The attributes of a list validation the host models; the others are kept as they were read. */
const LIST_MODELLED = new Set(["type", "allowBlank", "showDropDown", "showErrorMessage", "errorStyle", "errorTitle", "error", "sqref"]);

export function parseValidations(sheetXml: string): ValidationModel[] {
  const block = firstElement(sheetXml, "dataValidations");
  if (!block) return [];
  return elements(block.inner, "dataValidation").flatMap((e): ValidationModel[] => {
    const rects = (e.attrs.sqref ?? "")
      .split(/\s+/)
      .map((s) => parseRef(s)?.rect)
      .filter((r): r is Rect => r !== undefined);
    if (rects.length === 0) return [];
    const f1 = firstElement(e.inner, "formula1");
    const f2 = firstElement(e.inner, "formula2");
    const formula1 = f1 ? unescapeXml(f1.inner) : undefined;
    const style = Object.entries(STYLE_TO_XLSX).find(([, x]) => x === e.attrs.errorStyle)?.[0] as ErrorAlert["style"] | undefined;
    const errorAlert: ErrorAlert = {
      showAlert: e.attrs.showErrorMessage === "1" || e.attrs.showErrorMessage === "true",
      style: style ?? DEFAULT_ERROR_ALERT.style,
      title: e.attrs.errorTitle ?? "",
      message: e.attrs.error ?? "",
    };
    const ignoreBlanks = e.attrs.allowBlank === "1" || e.attrs.allowBlank === "true";
    if (e.attrs.type === "list" && formula1 !== undefined) {
      const quoted = /^"(.*)"$/s.exec(formula1);
      const source = quoted ? quoted[1].replace(/""/g, '"') : `=${formula1}`;
      const inCellDropDown = !(e.attrs.showDropDown === "1" || e.attrs.showDropDown === "true");
      const kept = Object.fromEntries(Object.entries(e.attrs).filter(([k]) => !LIST_MODELLED.has(k)));
      return [{ rects, rule: { list: { inCellDropDown, source } }, errorAlert, ignoreBlanks, ...(Object.keys(kept).length ? { kept } : {}) }];
    }
    const { sqref: _sqref, ...attributes } = e.attrs;
    const other = { type: e.attrs.type ?? "none", attributes, ...(formula1 !== undefined ? { formula1 } : {}), ...(f2 ? { formula2: unescapeXml(f2.inner) } : {}) };
    return [{ rects, rule: { other }, errorAlert, ignoreBlanks }];
  });
}
