// What typing into a preview cell stores, as Swedish Excel would: a date typed
// into a date cell becomes a date serial, "1 234,50" or "12 500 kr" in a number
// cell becomes a number, "=…" stays a formula, and everything else, or anything
// typed into a text ("@") cell, stays exactly the text that was typed.

import { asTextLiteral } from "../../workbook/edits";
import type { CellValue } from "../../workbook/snapshot";
import { isoToSerial, parseDate } from "../../workbook/parse/date";
import { parseNumeric } from "../../workbook/parse/number";
import { isDateFormat, isTextFormat } from "../../base/numberFormat";

/** The value to write for `input` typed into a cell with number format `format`. */
export function typedValue(input: string, format: string): CellValue {
  const text = input.trim();
  if (text === "") return "";
  if (isTextFormat(format)) return asTextLiteral(input);
  if (text.startsWith("=") && text.length > 1) return text;
  if (isDateFormat(format)) {
    const iso = parseDate(text);
    if (typeof iso === "string") return isoToSerial(iso);
  }
  const percent = /%\s*$/.test(text);
  const number = parseNumeric("money", percent ? text.replace(/%\s*$/, "") : text);
  if (typeof number === "number") return percent ? number / 100 : number;
  if (/^(sant|true)$/i.test(text)) return true;
  if (/^(falskt|false)$/i.test(text)) return false;
  return asTextLiteral(input);
}

/** The text an editor starts with for a cell: numbers in the language's plain form, dates as ISO. */
export function editText(value: CellValue, format: string, lang: "sv" | "en"): string {
  if (typeof value === "number") {
    if (isDateFormat(format)) {
      const iso = parseDate(value);
      if (typeof iso === "string") return iso;
    }
    const plain = String(value);
    return lang === "sv" ? plain.replace(".", ",").replace("-", "\u2212") : plain;
  }
  if (typeof value === "boolean") return value ? (lang === "sv" ? "SANT" : "TRUE") : lang === "sv" ? "FALSKT" : "FALSE";
  return value;
}
