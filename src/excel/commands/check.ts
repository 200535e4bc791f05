// The check command on Excel: plans/check.ts run by runCommand. Two syncs for any
// workbook size (one when it only reads): the plan lists as many findings as fit
// in one request (SYNC_SPLIT_BYTES, below Excel on the web's 5 MB) and says so
// when some are left out. Text that can hold user data is written as literal text
// (buildChecksSheetEdits marks it so and applyEdits escapes it).

import { checkCommand, type CheckCommandOptions, type CheckResult } from "../../plans/check";
import type { ExcelRunner } from "../api";
import { runCommand, withWriteNotices } from "../runCommand";

export { summarize, summaryText, type CheckCommandOptions, type CheckResult, type CheckSummary } from "../../plans/check";

/**
 * Runs every rule on the workbook, marks the acknowledged findings and (unless
 * `write` is false) rebuilds the Kontroll sheet. At most two syncs.
 */
export async function runCheck(run: ExcelRunner, options: CheckCommandOptions): Promise<CheckResult> {
  const planOptions = { ...options, now: options.now ?? new Date() };
  const { result, written } = await runCommand(run, checkCommand, planOptions, options);
  return { ...result, notices: withWriteNotices(result.notices, written), syncs: written.syncs, largestPayloadBytes: written.largestPayloadBytes };
}
