// Text that depends on a count: a form for one and a form for any other count
// ("1 indikator", "3 indikatorer"), the form picked per language by Intl.PluralRules
// (in Swedish and English "one" is exactly 1; 0, 2 and 1,5 take the other form).
// Every count-bearing text in src/i18n chooses its form here.

import type { Lang, Text } from "../base/text";
import { formatNumber, localeOf } from "./format";
import { fillText } from "./index";

/** A text in its two plural forms; each may hold `{name}` placeholders as any Text. */
export interface Plural {
  one: Text;
  other: Text;
}

const rules = new Map<Lang, Intl.PluralRules>();

/** Whether `n` takes the "one" or the "other" form in `lang`. */
export function pluralCategory(n: number, lang: Lang): "one" | "other" {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(localeOf(lang))));
  return r.select(n) === "one" ? "one" : "other";
}

/** The Text for a count of `n`: each language's form for `n` (fill it with tr()/fillText()/useT()). */
export function plural(n: number, forms: Plural): Text {
  return { sv: forms[pluralCategory(n, "sv")].sv, en: forms[pluralCategory(n, "en")].en };
}

/**
 * plural(n, forms) with `{n}` filled in as each language writes the number ("1 rad",
 * "1 234 rader"); any other placeholder stays for tr()/useT().
 */
export function countText(n: number, forms: Plural): Text {
  const t = plural(n, forms);
  return { sv: t.sv.replaceAll("{n}", formatNumber(n, "sv")), en: t.en.replaceAll("{n}", formatNumber(n, "en")) };
}

/**
 * `template` with each named placeholder filled by its count in words ("{add}" →
 * "1 rad läggs till"), every other placeholder by `vars` as given.
 */
export function fillCounts(template: Text, counts: Record<string, readonly [number, Plural]>, vars: Record<string, string> = {}): Text {
  return fillText(template, (lang) => ({
    ...vars,
    ...Object.fromEntries(Object.entries(counts).map(([name, [n, forms]]) => [name, countText(n, forms)[lang]])),
  }));
}
