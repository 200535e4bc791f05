// Finding a table in a snapshot by its stable name, and matching its header texts to
// layout columns by Swedish or English label (case and whitespace forgiven).

import type { Lang } from "../layout";
import type { TableSnapshot, WorkbookSnapshot } from "../snapshot";
import { isBlank, labelKey } from "./text";

/** The part of a column definition headers are matched on. */
export interface Labelled {
  readonly key: string;
  readonly sv: string;
  readonly en: string;
  /** The layout version that added the column, if after the first. */
  readonly since?: number;
}

export interface HeaderMatch {
  /** Column key -> 0-based offset in the table; absent when no header matches. */
  offsets: Record<string, number | undefined>;
  /** Layout columns no header matches. */
  missing: Labelled[];
  /**
   * Layout columns that more than one header matches (the same label twice, or the
   * Swedish label in one column and the English in another), with the offsets of all
   * of them: no offset is chosen (DATA-06 names them), and the columns are not missing.
   */
  ambiguous: { column: Labelled; at: number[] }[];
  /** Non-blank headers that match no layout column (the user's own columns, or renamed ones). */
  unknown: string[];
  /** How many headers match only the Swedish, or only the English, label. */
  votes: Record<Lang, number>;
}

/** The table with this name (Excel table names are case-insensitive), or undefined. */
export function findTable(snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined {
  const wanted = name.toLowerCase();
  return snapshot.tables.find((t) => t.name.toLowerCase() === wanted);
}

/** Matches a table's headers to the given columns. */
export function matchHeaders(columns: readonly Labelled[], headers: readonly string[]): HeaderMatch {
  const byHeader = new Map<string, number[]>();
  headers.forEach((h, i) => {
    const k = labelKey(String(h));
    byHeader.set(k, [...(byHeader.get(k) ?? []), i]);
  });
  const offsets: Record<string, number | undefined> = {};
  const missing: Labelled[] = [];
  const ambiguous: HeaderMatch["ambiguous"] = [];
  const used = new Set<number>();
  const votes: Record<Lang, number> = { sv: 0, en: 0 };
  for (const col of columns) {
    const sv = byHeader.get(labelKey(col.sv)) ?? [];
    const en = labelKey(col.en) === labelKey(col.sv) ? [] : (byHeader.get(labelKey(col.en)) ?? []);
    const at = [...sv, ...en].sort((a, b) => a - b);
    if (at.length === 0) {
      missing.push(col);
      continue;
    }
    for (const i of at) used.add(i);
    if (at.length > 1) {
      ambiguous.push({ column: col, at });
      continue;
    }
    offsets[col.key] = at[0];
    if (labelKey(col.sv) !== labelKey(col.en)) votes[sv.length ? "sv" : "en"]++;
  }
  const unknown = headers.filter((h, i) => !used.has(i) && !isBlank(h)).map((h) => String(h).trim());
  return { offsets, missing, ambiguous, unknown, votes };
}
