// Turns anything a command throws into the one-line reason printed on stderr:
// the CLI's own refusals as they are, the Excel layer's refusals and Office
// errors through toUserMessage (the same bilingual text the task pane shows),
// and anything else as an unexpected error that changed no file.

import { officeErrorCode, toUserMessage, UserError } from "../excel/errors";
import { fillText } from "../i18n";
import { fileText } from "../i18n/cli";
import type { Lang, Text } from "../workbook/layout";
import { EXIT_FAILED } from "./exit";
import { CliFailure, errorDetail, say } from "./say";

function reasonText(err: unknown): Text {
  if (err instanceof CliFailure) return err.reason;
  if (err instanceof UserError || officeErrorCode(err)) return toUserMessage(err);
  return fillText(fileText.unexpected, () => ({ detail: errorDetail(err) }));
}

/** The reason `err` stopped the command, on one line, in `lang` or both languages. */
export function reasonOf(err: unknown, lang: Lang | undefined): string {
  return say(reasonText(err), lang).replace(/\s*\n\s*/g, " ");
}

/** The exit code for a command that stopped with `err`. */
export function exitCodeOf(err: unknown): number {
  return err instanceof CliFailure ? err.exitCode : EXIT_FAILED;
}
