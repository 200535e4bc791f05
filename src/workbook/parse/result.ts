// The outcome of reading one cell. Readers return the value itself (null for an empty
// cell) or a CellFailure carrying a bilingual message, so that reading many rows
// allocates nothing per good cell; parseCell wraps that into a CellParse. Never throws.

import type { Text } from "../layout";

export type CellParse<V> =
  | { ok: true; value: V | null }
  | { ok: false; kind: "unreadable" | "notInList"; message: Text };

/** Why a cell could not be read, and what to type instead. */
export class CellFailure {
  constructor(
    readonly kind: "unreadable" | "notInList",
    readonly message: Text,
  ) {}
}

/** What a reader returns: the value, null for an empty cell, or a failure. */
export type CellRead<V> = V | null | CellFailure;

export function unreadable(message: Text): CellFailure {
  return new CellFailure("unreadable", message);
}

/** The CellParse form of a reader's result. */
export function toCellParse<V>(read: CellRead<V>): CellParse<V> {
  return read instanceof CellFailure ? { ok: false, kind: read.kind, message: read.message } : { ok: true, value: read };
}
