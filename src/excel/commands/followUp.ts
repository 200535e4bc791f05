// The follow-up command on Excel: plans/followUp.ts run by runCommand. One sync to
// read and one per sheet written, whatever the plan's size.

import { followUpCommand, followUpViewCommand, type FollowUpCommandOptions, type FollowUpCommandResult, type FollowUpView } from "../../plans/followUp";
import type { ExcelRunner } from "../api";
import { localIsoDate } from "../../plans/clock";
import { runCommand, withWriteNotices } from "../runCommand";

export type { FollowUpCommandOptions, FollowUpCommandResult, FollowUpView } from "../../plans/followUp";

/** Computes and writes the chosen follow-up sheets for `year` in `lang`. */
export async function generateFollowUp(run: ExcelRunner, options: FollowUpCommandOptions): Promise<FollowUpCommandResult> {
  // The report's paragraphs are written as of today unless told otherwise.
  const planOptions = { ...options, asOf: options.asOf ?? localIsoDate() };
  const { result, written } = await runCommand(run, followUpCommand, planOptions, options);
  return { ...result, notices: withWriteNotices(result.notices, written), syncs: written.syncs };
}

/** The follow-up and the annual report of `year` for the task pane, read with one sync. */
export async function readFollowUp(run: ExcelRunner, year: number): Promise<FollowUpView> {
  const { result } = await runCommand(run, followUpViewCommand, { year }, { caps: { isSetSupported: () => false } });
  return result;
}
