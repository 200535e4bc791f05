// Names of the generated follow-up sheets and their Excel tables, and the
// decision which sheet a regeneration may replace. A sheet counts as made by
// Rådsplan when it holds one of the tables Rådsplan names (the marker), so a
// user's own sheet of the same name is never deleted: the result goes to the
// first numbered name that is free or Rådsplan's own instead.

import { GENERATED_SHEETS, type Lang } from "../workbook/layout";

export type GeneratedKind = "followUp" | "report";

/** "Uppföljning" / "Follow-up". */
export function followUpSheetName(lang: Lang): string {
  return GENERATED_SHEETS.followUp[lang];
}

/** "Verksamhetsberättelse 2025" / "Annual report 2025". */
export function reportSheetName(year: number, lang: Lang): string {
  return `${GENERATED_SHEETS.annualReport[lang]} ${year}`;
}

/** Table-name prefix of the annual report sheet: "VB2025" (sv) / "AR2025" (en). */
export function reportTablePrefix(year: number, lang: Lang): string {
  return `${lang === "sv" ? "VB" : "AR"}${year}`;
}

/** Table-name prefix of the Uppföljning sheet: "Uppf2025" (sv) / "FU2025" (en). */
export function followUpTablePrefix(year: number, lang: Lang): string {
  return `${lang === "sv" ? "Uppf" : "FU"}${year}`;
}

/** Every table Rådsplan puts on a generated follow-up sheet matches this (prefix, optional _n, _Name). */
const GENERATED_TABLE = /^(?:VB|AR|Uppf|FU)\d{4}(?:_\d+)?_[A-Za-z]+$/;

export function isGeneratedTableName(name: string): boolean {
  return GENERATED_TABLE.test(name);
}

/** What is known about an existing sheet: its name and the names of the tables on it. */
export interface ExistingSheet {
  name: string;
  tables: readonly string[];
}

export interface SheetChoice {
  /** The sheet to write. */
  sheet: string;
  /** True when that sheet exists (made by Rådsplan) and is deleted first. */
  replace: boolean;
  /** True when the wanted name was taken by a user's sheet and a numbered one is used. */
  displaced: boolean;
}

/** How many numbered alternatives ("Uppföljning (2)" … "(9)") are tried before giving up. */
const MAX_ALTERNATIVES = 9;

/**
 * The sheet to write `wanted` to: the first of `wanted`, "`wanted` (2)", … "(9)" that
 * either does not exist or was made by Rådsplan. Sheet names compare without case, as
 * in Excel. Null when all are taken by the user's own sheets.
 */
export function chooseSheet(wanted: string, existing: readonly ExistingSheet[]): SheetChoice | null {
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  for (const [i, name] of candidateSheetNames(wanted).entries()) {
    const found = byName.get(name.toLowerCase());
    if (!found) return { sheet: name, replace: false, displaced: i > 0 };
    if (found.tables.some(isGeneratedTableName)) return { sheet: found.name, replace: true, displaced: i > 0 };
  }
  return null;
}

/** Every name `chooseSheet` may try for `wanted`, in order, for the command to probe in its one read. */
export function candidateSheetNames(wanted: string): string[] {
  return Array.from({ length: MAX_ALTERNATIVES }, (_, i) => (i === 0 ? wanted : `${wanted} (${i + 1})`));
}

/**
 * A table-name prefix whose tables (`${prefix}_Name`) clash with no table that stays in
 * the workbook (table names are unique across a workbook): `prefix`, else `prefix_2`,
 * `prefix_3`, … A table clashes when it is named `${prefix}_` and letters only.
 */
export function freeTablePrefix(prefix: string, remainingTables: readonly string[]): string {
  const names = remainingTables.map((t) => t.toLowerCase());
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? prefix : `${prefix}_${n}`;
    const start = candidate.toLowerCase() + "_";
    if (!names.some((t) => t.startsWith(start) && /^[a-z]+$/.test(t.slice(start.length)))) return candidate;
  }
}
