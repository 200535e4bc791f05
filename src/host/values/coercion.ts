// What a value written through Range.values / Range.formulas becomes in the
// cell, as Excel (en-US) decides when the value is typed in:
//  - null (and undefined, NaN, Infinity, which JSON turns into null) leaves the cell unchanged;
//  - "" empties the cell;
//  - in a cell formatted as text ("@") every string stays text;
//  - "'abc" is the text "abc" (the apostrophe is not stored);
//  - "=..." is a formula; "+..." / "-..." that are not numbers are formulas too ("=-x");
//  - "1234.5", "1,234.5", "-3", "1e3" are numbers; "12%" is 0.12 shown as "0%";
//  - "2025-03-01" and "3/1/2025" (month/day/year) are date serials with a date format;
//  - "TRUE" / "FALSE" (any case) are booleans; everything else is text;
//  - text over 32 767 characters is refused (InvalidArgument), as Excel refuses it.

import { invalidArgument } from "../errors";
import { formulaSyntaxError } from "./formulas";
import { validSerial } from "../../base/dateSerial";

export type Scalar = string | number | boolean;

export type CellWrite =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "value"; value: Scalar; numberFormat?: string }
  | { kind: "formula"; formula: string };

const SKIP: CellWrite = { kind: "skip" };
const CLEAR: CellWrite = { kind: "clear" };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

export function coerceWrite(input: unknown, cellFormat: string, where: string): CellWrite {
  if (input === null || input === undefined) return SKIP;
  if (typeof input === "number") return Number.isFinite(input) ? { kind: "value", value: input } : SKIP;
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") {
    throw invalidArgument(`A cell value must be a string, number or boolean, not ${Array.isArray(input) ? "an array" : typeof input}.`, where);
  }
  return coerceText(input, cellFormat, where);
}

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32_767;

function coerceText(s: string, cellFormat: string, where: string): CellWrite {
  if (s === "") return CLEAR;
  if (s.length - (s.startsWith("'") ? 1 : 0) > MAX_CELL_CHARS) throw invalidArgument(`A cell holds at most 32,767 characters; this text has ${s.length}.`, where);
  if (s.startsWith("'")) return s.length === 1 ? CLEAR : { kind: "value", value: s.slice(1) };
  if (cellFormat === "@") return { kind: "value", value: s };
  const first = s[0];
  if (first === "=") return formula(s, where);
  const num = parseNumber(s);
  if (num !== null) return { kind: "value", value: num };
  if ((first === "+" || first === "-") && s.trim().length > 1) return formula("=" + s, where);
  const t = s.trim();
  if (/^true$/i.test(t)) return { kind: "value", value: true };
  if (/^false$/i.test(t)) return { kind: "value", value: false };
  const general = cellFormat === "General";
  const pct = PERCENT.exec(t);
  if (pct) {
    const decimals = pct[1].split(".")[1]?.length ?? 0;
    return { kind: "value", value: Number(pct[1]) / 100, ...(general ? { numberFormat: decimals ? "0.00%" : "0%" } : {}) };
  }
  const iso = ISO_DATE.exec(t);
  const us = US_DATE.exec(t);
  const serial = iso
    ? validSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : us
      ? validSerial(Number(us[3]), Number(us[1]), Number(us[2]))
      : null;
  if (serial !== null) return { kind: "value", value: serial, ...(general ? { numberFormat: iso ? "yyyy-mm-dd" : "m/d/yyyy" } : {}) };
  return { kind: "value", value: s };
}

function formula(text: string, where: string): CellWrite {
  const problem = formulaSyntaxError(text);
  if (problem) throw invalidArgument(`The formula ${JSON.stringify(text.slice(0, 80))} is not valid: ${problem}.`, where);
  return { kind: "formula", formula: text };
}
