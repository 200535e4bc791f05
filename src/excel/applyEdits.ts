// The "write" step of every command: queue all edits through their handlers and
// sync once. A new sync starts only where the queued request would pass
// SYNC_SPLIT_BYTES (Excel on the web rejects requests over 5 MB). Edits this
// Excel cannot apply are skipped with a bilingual notice, never thrown; text
// over Excel's 32 767 characters per cell is cut, with a notice (plans/cellLimit.ts).

import type { Edit } from "../workbook/edits";
import type { Text } from "../workbook/layout";
import type { Capabilities } from "./api";
import { fitCellText } from "../plans/cellLimit";
import { Batch, queueEdit } from "./editHandlers";
import { payloadBytes, splitEdit, SYNC_SPLIT_BYTES } from "../plans/payload";
import { addNotice, unsupportedNotice } from "./requirements";

export interface ApplyResult {
  /** context.sync() calls made (0 when there was nothing to write). */
  syncs: number;
  /** The largest estimated request one sync carried, in bytes. */
  largestPayloadBytes: number;
  /** Features left out because this Excel lacks their API. */
  notices: Text[];
}

export interface ApplyOptions {
  /** Estimated request size at which a new sync starts; defaults to SYNC_SPLIT_BYTES (4 MB). */
  splitBytes?: number;
}

export async function applyEdits(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  caps: Capabilities,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const limit = options.splitBytes ?? SYNC_SPLIT_BYTES;
  const batch = new Batch(context);
  const result: ApplyResult = { syncs: 0, largestPayloadBytes: 0, notices: [] };
  let queued = 0;
  let pendingBytes = 0;

  const sync = async () => {
    await context.sync();
    result.syncs += 1;
    result.largestPayloadBytes = Math.max(result.largestPayloadBytes, pendingBytes);
    queued = 0;
    pendingBytes = 0;
  };

  for (const original of edits) {
    const { edit, notice: cut } = fitCellText(original);
    if (cut) addNotice(result.notices, cut);
    const notice = unsupportedNotice(edit, caps);
    if (notice) {
      addNotice(result.notices, notice);
      continue;
    }
    for (const part of splitEdit(edit, limit)) {
      const bytes = payloadBytes(part);
      if (queued > 0 && pendingBytes + bytes > limit) await sync();
      queueEdit(batch, part);
      queued += 1;
      pendingBytes += bytes;
    }
  }
  if (queued > 0) await sync();
  return result;
}
