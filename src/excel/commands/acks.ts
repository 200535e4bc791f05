// Acknowledging a finding and taking an acknowledgement back, on Excel:
// plans/acks.ts run by runCommand (at most two syncs each).

import { acknowledgeCommand, unacknowledgeCommand, type AckCommandOptions, type AckResult, type UnackResult } from "../../plans/acks";
import { localIsoDate } from "../../plans/clock";
import type { Finding } from "../../workbook/findings";
import type { ExcelRunner } from "../api";
import { runCommand } from "../runCommand";

export type { AckCommandOptions, AckResult, UnackResult } from "../../plans/acks";

const NO_CAPS = { isSetSupported: () => false };

/** Acknowledges a warning or an info with a justification (see plans/acks.ts). */
export async function acknowledgeFinding(
  run: ExcelRunner,
  finding: Finding,
  justification: string,
  by: string,
  options: AckCommandOptions = {},
): Promise<AckResult> {
  const caps = options.caps ?? NO_CAPS;
  const date = options.date ?? localIsoDate();
  const { result, written } = await runCommand(run, acknowledgeCommand, { finding, justification, by, date, caps }, { caps });
  return { ...result, syncs: written.syncs };
}

/** Takes back every acknowledgement of this finding (see plans/acks.ts). */
export async function unacknowledgeFinding(run: ExcelRunner, finding: Pick<Finding, "rule" | "key">): Promise<UnackResult> {
  const { result, written } = await runCommand(run, unacknowledgeCommand, { finding }, { caps: NO_CAPS });
  return { ...result, syncs: written.syncs };
}
