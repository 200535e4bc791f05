// The i18n core: picking a language (Office's display language, the user's
// remembered choice), turning bilingual Text into a string, and Swedish-aware
// number/money/date formatting. React-free (the task pane's language context is
// taskpane/lang.ts), so the CLI and the plans use it without React.

import type { Lang, Text } from "../base/text";

export type { Lang, Text } from "../base/text";

export const LANGS: readonly Lang[] = ["sv", "en"];

/** Values for the `{name}` placeholders of a Text. */
export type Vars = Readonly<Record<string, string | number>>;

/**
 * The string of `text` in `lang` (falling back to the other language when one is
 * empty), with each `{name}` placeholder replaced by `vars[name]`.
 */
export function tr(text: Text, lang: Lang, vars?: Vars): string {
  const s = text[lang] || text[lang === "sv" ? "en" : "sv"];
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A new Text with the placeholders of `text` filled in each language, e.g.
 * `fillText(ui.rows, (lang) => ({ n: formatNumber(12, lang) }))`.
 */
export function fillText(text: Text, vars: (lang: Lang) => Vars): Text {
  return { sv: tr(text, "sv", vars("sv")), en: tr(text, "en", vars("en")) };
}

/** Whether `value` is a bilingual Text (both `sv` and `en` strings). */
export function isText(value: unknown): value is Text {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Text).sv === "string" &&
    typeof (value as Text).en === "string"
  );
}

/** True when `value` names one of the supported languages. */
export function isLang(value: unknown): value is Lang {
  return value === "sv" || value === "en";
}

/**
 * The UI language for Office's display language (e.g. "sv-SE", "en-US").
 * Swedish for "sv"/"sv-*", English for any other language, Swedish when unknown.
 */
export function langFromOffice(displayLanguage?: string): Lang {
  const code = displayLanguage?.trim().toLowerCase();
  if (!code) return "sv";
  return code === "sv" || code.startsWith("sv-") || code.startsWith("sv_") ? "sv" : "en";
}

const LANG_KEY = "radsplan.lang";

/** The language the user picked earlier in the pane, if any (none where storage is blocked or absent). */
export function storedLang(): Lang | undefined {
  try {
    const value = globalThis.localStorage?.getItem(LANG_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the user's choice; does nothing where storage is blocked (the choice then lasts one session). */
export function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // Storage unavailable (private mode, sandboxed frame).
  }
}

/** The UI language to start in: the user's earlier choice, else Office's display language. */
export function initialLang(displayLanguage?: string): Lang {
  return storedLang() ?? langFromOffice(displayLanguage);
}

export { formatDate, formatMoney, formatNumber, localeOf } from "./format";
export { countText, plural, pluralCategory, type Plural } from "./plural";

