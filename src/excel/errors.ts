// Errors the Excel layer hands to the task pane, ribbon and CLI: a typed
// UserError for refusals a user can act on, and toUserMessage, which turns any
// thrown value (an Office error with its code included) into bilingual text
// that says what to do.

import { officeErrorText, unknownErrorText } from "../i18n/structure";
import type { Text } from "../base/text";
import { UserError } from "../base/userError";

export { UserError } from "../base/userError";


/** The Office error code of `err` (Excel.ErrorCodes, e.g. "ItemNotFound"), if it has one. */
export function officeErrorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** What went wrong and what to do, in Swedish and English, for any thrown value. Never throws. */
export function toUserMessage(err: unknown): Text {
  if (err instanceof UserError) return err.message;
  const code = officeErrorCode(err);
  if (code && Object.prototype.hasOwnProperty.call(officeErrorText, code)) return officeErrorText[code];
  const detail = code ?? (err instanceof Error ? err.message : typeof err === "string" ? err : "");
  return unknownErrorText(detail.slice(0, 200));
}
