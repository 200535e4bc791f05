// The command line's workbook: an .xlsx file's bytes loaded into the in-memory
// Excel (src/host), so the CLI runs exactly the commands the task pane runs,
// and saved back to bytes. Loading failures become a clear CliFailure.

import type { Capabilities, ExcelRunner } from "../excel/api";
import { readSnapshot } from "../excel/readSnapshot";
import { MemoryWorkbook } from "../host";
import type { Lang } from "../workbook/layout";
import { parsePlan } from "../workbook/parsePlan";
import { CannotKeep } from "../host/xlsx/patchXlsx";
import { fillText } from "../i18n";
import { fileText, lossText } from "../i18n/cli";
import { describeLosses } from "./fidelity";
import { diagnose } from "./diagnose";
import { CliFailure, fail } from "./say";

export interface CliWorkbook {
  run: ExcelRunner;
  caps: Capabilities;
  /** The workbook as .xlsx bytes. */
  save(): Promise<Uint8Array>;
}

function wrap(wb: MemoryWorkbook, file?: string): CliWorkbook {
  return {
    run: wb.run,
    caps: wb.capabilities,
    save: async () => {
      try {
        return await wb.toXlsx();
      } catch (err) {
        // what the file holds that the session changed in a way the package patch cannot write
        if (!(err instanceof CannotKeep)) throw err;
        const features = describeLosses([{ feature: err.feature, sheet: err.sheet }]);
        const advice = err.feature === "movedCells" ? lossText.moveCellsAway : lossText.useAddin;
        throw new CliFailure(fillText(lossText.refused, (lang) => ({ file: file ?? "", features: features[lang], advice: advice[lang] })));
      }
    },
  };
}

/** Loads .xlsx bytes (already known to be an .xlsx zip) into the in-memory Excel. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<CliWorkbook> {
  try {
    return wrap(await MemoryWorkbook.fromXlsx(bytes), file);
  } catch {
    // the reason a user can act on, never the reader's JavaScript error
    const why = await diagnose(bytes).catch(() => null);
    throw fail(why?.reason ?? fileText.unreadable, { file, part: why?.part ?? "" });
  }
}

/** A new, empty workbook. */
export function newWorkbook(): CliWorkbook {
  return wrap(new MemoryWorkbook());
}

/** The workbook's own language, as the add-in reads it: its settings, else its headers, else Swedish. */
export async function workbookLanguage(wb: CliWorkbook): Promise<Lang> {
  return parsePlan(await wb.run((context) => readSnapshot(context))).lang;
}
