// How the command line puts bilingual Text into words: in the chosen language,
// or both languages on one line ("svenska / English") when none was chosen;
// and CliFailure, the refusal every command ends with when it cannot go on.

import { officeErrorCode } from "../excel/errors";
import { fillText, tr, type Vars } from "../i18n";
import type { Lang, Text } from "../workbook/layout";
import { EXIT_FAILED } from "./exit";

/** `text` in `lang`, or "sv / en" on one line when no language was chosen. */
export function say(text: Text, lang: Lang | undefined, vars?: Vars): string {
  if (lang) return tr(text, lang, vars);
  const sv = tr(text, "sv", vars);
  const en = tr(text, "en", vars);
  return sv === en ? sv : `${sv} / ${en}`;
}

/** A reason the command stopped, for stderr; the process exits with `exitCode`. */
export class CliFailure {
  readonly name = "CliFailure";
  constructor(
    readonly reason: Text,
    readonly exitCode: number = EXIT_FAILED,
  ) {}
}


/** A CliFailure whose reason is `text` with its placeholders filled in both languages. */
export function fail(text: Text, vars: Vars, exitCode = EXIT_FAILED): CliFailure {
  return new CliFailure(fillText(text, () => vars), exitCode);
}

/** A thrown value's string error code, Office's or Node's (e.g. "ENOENT"), if it has one. */
export const errorCode: (err: unknown) => string | undefined = officeErrorCode;

/** A thrown value's short detail for a message: its error code, else its message's first line. */
export function errorDetail(err: unknown): string {
  return errorCode(err) ?? (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 200);
}
