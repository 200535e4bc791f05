// The one way a command that changes a workbook saves it: into --out (a copy; what
// the copy lacks of the original is said as a notice) or over the input itself
// (refused when the save would lose anything, or when the file changed since it was
// read), always through a temporary file and a rename (files.ts' writeAtomic).

import { fillText } from "../i18n";
import { lossText } from "../i18n/cli";
import type { Text } from "../workbook/layout";
import { assertNothingLost, describeLosses, losses } from "./fidelity";
import { writeAtomic, type ReadFile } from "./files";

export interface SaveTarget {
  input: ReadFile;
  inputPath: string;
  /** The input as the user typed it. */
  inputShown: string;
  /** --out resolved, or null to write the input itself. */
  out: string | null;
  outShown?: string;
  /** Sheets the command replaced on purpose (their old content is no loss). */
  replacedSheets?: string[];
}

/** Saves `bytes` as described; returns the notices to print and the name written, as typed. */
export async function saveWorkbook(bytes: Uint8Array, target: SaveTarget): Promise<{ notices: Text[]; shown: string }> {
  const path = target.out ?? target.inputPath;
  const shown = target.out ? (target.outShown ?? target.out) : target.inputShown;
  const replacedSheets = target.replacedSheets ?? [];
  const notices: Text[] = [];
  if (path === target.inputPath) {
    await assertNothingLost(target.input.bytes, bytes, { file: target.inputShown, advice: lossText.useOut, replacedSheets });
  } else {
    const lost = await losses(target.input.bytes, bytes, replacedSheets);
    const features = describeLosses(lost);
    if (lost.length) notices.push(fillText(lossText.copyLacks, (l) => ({ features: features[l] })));
  }
  await writeAtomic(path, bytes, { expect: path === target.inputPath ? target.input.stamp : undefined, shown });
  return { notices, shown };
}
