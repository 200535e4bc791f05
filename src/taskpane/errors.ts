// Turns anything a command throws into a bilingual message for the user: a
// UserError's own Text as it is, any other error as a generic message that
// names the error, so that a failure never ends up only in the console.

import { fillText, isText, type Text } from "../i18n";
import { errors } from "../i18n/ui";

/** The error's own text for the details line ("ItemNotFound: ..."), or undefined. */
function detailOf(err: unknown): string | undefined {
  if (typeof err === "string") return err.trim() || undefined;
  if (typeof err !== "object" || err === null) return err === undefined || err === null ? undefined : String(err);
  const { message, code } = err as { message?: unknown; code?: unknown };
  const text = typeof message === "string" ? message.trim() : "";
  const codeText = typeof code === "string" && code && !text.includes(code) ? code : "";
  return [codeText, text].filter(Boolean).join(": ") || undefined;
}

/** What to tell the user about `err`. */
export function errorText(err: unknown): Text {
  // A UserError (src/excel/errors.ts) carries its bilingual message as `message: Text`.
  const message = typeof err === "object" && err !== null ? (err as { message?: unknown }).message : undefined;
  if (isText(message)) return message;
  const detail = detailOf(err);
  return fillText(errors.generic, (lang) => ({ detail: detail ?? errors.unknownDetail[lang] }));
}
