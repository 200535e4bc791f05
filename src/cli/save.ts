// The one way a command that changes a workbook saves it: into --out (a copy; what
// the copy lacks of the original is said as a notice; an existing file there is
// replaced only with --replace) or over the input itself
// (refused when the save would lose anything, or when the file changed since it was
// read), always through a temporary file and a rename (files.ts' writeAtomic).

import { fillText } from "../i18n";
import { lossText } from "../i18n/cli";
import type { Text } from "../workbook/layout";
import { assertNothingLost, describeLosses, losses } from "./fidelity";
import { realFile, writeAtomic, type ReadFile } from "./files";

export interface SaveTarget {
  input: ReadFile;
  inputPath: string;
  /** The input as the user typed it. */
  inputShown: string;
  /** --out resolved, or null to write the input itself. */
  out: string | null;
  outShown?: string;
  /** --replace: an existing file at `out` may be written over (else it must not exist). */
  replace?: boolean;
  /** Sheets the command replaced on purpose (their old content is no loss). */
  replacedSheets?: string[];
}

/** Saves `bytes` as described; returns the notices to print and the name written, as typed. */
export async function saveWorkbook(bytes: Uint8Array, target: SaveTarget): Promise<{ notices: Text[]; shown: string }> {
  // --out naming the input itself (or a link to it) is writing into the input
  const intoInput = target.out === null || (await realFile(target.out)) === (await realFile(target.inputPath));
  const path = intoInput ? target.inputPath : target.out!;
  const shown = target.out ? (target.outShown ?? target.out) : target.inputShown;
  const replacedSheets = target.replacedSheets ?? [];
  const notices: Text[] = [];
  if (intoInput) {
    await assertNothingLost(target.input.bytes, bytes, { file: target.inputShown, advice: lossText.useOut, replacedSheets });
  } else {
    const lost = await losses(target.input.bytes, bytes, replacedSheets);
    const features = describeLosses(lost);
    if (lost.length) notices.push(fillText(lossText.copyLacks, (l) => ({ features: features[l] })));
  }
  // a copy never silently replaces a file that appeared meanwhile, unless --replace
  await writeAtomic(path, bytes, { expect: intoInput ? target.input.stamp : target.replace ? undefined : null, shown });
  return { notices, shown };
}
