// The one runner of every command (plans/command.ts): queue the command's read and
// sync once, call its pure plan, apply the planned edits in one batched write
// (applyEdits splits only where a request would pass Excel on the web's 5 MB).
// excel/commands/* are a few lines each around it, shaping each command's result.

import type { Text } from "../base/text";
import type { Capabilities } from "../base/capabilities";
import type { Command, Planned, ReadRequest } from "../plans/command";
import type { ExcelRunner } from "./api";
import { applyEdits } from "./applyEdits";
import { queueRead, readsNothing } from "./readSnapshot";
import { addNotice } from "./requirements";

export interface WriteOptions {
  /** Which requirement sets this Excel has: edits it lacks the API for are left out with a notice. */
  caps: Capabilities;
  /** Request size at which the write starts a new sync (default SYNC_SPLIT_BYTES). */
  splitBytes?: number;
}

/** What the run cost and what the write had to leave out. */
export interface Written {
  /** context.sync() calls: one for the read (none when the command reads nothing), plus the write's. */
  syncs: number;
  /** The largest estimated request one write sync carried, in bytes. */
  largestPayloadBytes: number;
  /** Features left out because this Excel lacks their API. */
  notices: Text[];
}

/** The read and think steps on a context: one sync (none when nothing is read), then the plan. */
export async function readAndPlan<O, R>(
  context: Excel.RequestContext,
  command: Command<O, R>,
  options: O,
  request: ReadRequest = command.read(options),
): Promise<Planned<R> & { reads: number }> {
  if (readsNothing(request)) return { ...command.plan(queueRead(context, {})(), options), reads: 0 };
  const read = queueRead(context, request);
  await context.sync();
  return { ...command.plan(read(), options), reads: 1 };
}

/** Reads, plans and writes `command` in one Excel batch. */
export async function runCommand<O, R>(run: ExcelRunner, command: Command<O, R>, options: O, write: WriteOptions): Promise<{ result: R; written: Written }> {
  // Bad options are refused before Excel is touched.
  const request = command.read(options);
  return run(async (context) => {
    const { edits, result, reads } = await readAndPlan(context, command, options, request);
    const applied = await applyEdits(context, edits, write.caps, { splitBytes: write.splitBytes });
    return { result, written: { syncs: reads + applied.syncs, largestPayloadBytes: applied.largestPayloadBytes, notices: applied.notices } };
  });
}

/** `notices` with the write's notices added (each once). */
export function withWriteNotices(notices: readonly Text[], written: Written): Text[] {
  const all = [...notices];
  for (const n of written.notices) addNotice(all, n);
  return all;
}
