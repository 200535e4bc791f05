// The choices of an in-cell dropdown (a list data validation): its source is
// either values ("Ja,Nej") or a formula pointing at cells: a table column
// (=INDIRECT("Groups[Grupp-ID]"), =Groups[Grupp-ID]) or a range (=$A$2:$A$9,
// ='Mål'!$A$2:$A$40). Pure: the caller says how to read a reference.

import type { CellValue } from "../../workbook/snapshot";

/** Reads the cells of a reference ("Groups[Grupp-ID]", "'Mål'!$A$2:$A$9"); undefined when it points nowhere. */
export type ReadReference = (reference: string) => readonly CellValue[] | undefined;

const INDIRECT = /^INDIRECT\(\s*"((?:[^"]|"")*)"\s*\)$/i;

/** Distinct, non-empty choices as text, in order of first appearance. */
function distinct(values: readonly CellValue[]): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const s = typeof v === "string" ? v.trim() : String(v);
    if (s !== "") seen.add(s);
  }
  return [...seen];
}

/** The dropdown's choices; an empty list when the source cannot be read. */
export function listChoices(source: string, read: ReadReference): string[] {
  const s = source.trim();
  if (!s.startsWith("=")) return distinct(s.split(","));
  const formula = s.slice(1).trim();
  const indirect = INDIRECT.exec(formula);
  return distinct(read(indirect ? indirect[1].replace(/""/g, '"') : formula) ?? []);
}
