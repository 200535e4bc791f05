// Fitting a generated sheet into one request: build it with every row, and while
// its edits would pass the request size, build it again listing fewer, shrunk in
// proportion to the excess. Pure planning before the write (no sync here), shared
// by the Kontroll sheet and the follow-up sheets so that they cost one sync each
// whatever the workbook's size.

import type { Edit } from "../workbook/edits";
import { payloadBytes } from "./payload";

/** Estimated request bytes of a list of edits. */
export function totalBytes(edits: readonly Edit[]): number {
  return edits.reduce((n, e) => n + payloadBytes(e), 0);
}

export interface Fitted<T> {
  built: T;
  /** The count it was built with: `full` when everything fitted. */
  count: number;
}

/**
 * `build(count)` for the largest count tried, from `full` down, whose edits fit in
 * `limit` estimated bytes (count 0 is taken as it is when even that does not fit).
 * Each round shrinks the count by the excess, and 3 % more, so a few rounds do.
 * `builtFull` is build(full) when the caller has it already.
 */
export function fitToRequest<T>(build: (count: number) => T, edits: (built: T) => readonly Edit[], full: number, limit: number, builtFull: T = build(full)): Fitted<T> {
  let count = full;
  let built = builtFull;
  let bytes = totalBytes(edits(built));
  while (bytes > limit && count > 0) {
    count = Math.max(0, Math.min(count - 1, Math.floor((count * limit * 0.97) / bytes)));
    built = build(count);
    bytes = totalBytes(edits(built));
  }
  return { built, count };
}
