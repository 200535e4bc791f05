// Swedish-aware number, money and date formatting (Intl sv-SE: U+00A0 between
// thousands, U+2212 minus). Free of React, so the follow-up's Word export and the
// task pane share it; src/i18n/index.ts re-exports it for the pane.

import type { Lang } from "../base/text";

/** The Intl locale used for formatting in each language. */
const LOCALE: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

/** The BCP 47 tag of a language, for Intl and for HTML `lang` attributes ("sv-SE", "en-GB"). */
export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}

/** Intl formatters are costly to make: one per language and options, made on first use. */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}|${key}`;
  let f = formatters.get(id);
  if (!f) formatters.set(id, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  return f;
}

/** A number in the language's convention: "1 234,5" (sv, U+00A0 and U+2212) or "1,234.5" (en). */
export function formatNumber(value: number, lang: Lang = "sv", maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  return formatter(lang, `n${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}

/** An amount in whole kronor: "1 234 kr" (sv) or "SEK 1,234" (en). */
export function formatMoney(value: number, lang: Lang = "sv"): string {
  if (!Number.isFinite(value)) return String(value);
  return formatter(lang, "money", { style: "currency", currency: "SEK", maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date: "2025-03-01" (sv) or "1 Mar 2025" (en). Takes an ISO date
 * ("YYYY-MM-DD", as the parsers produce) or a Date; text that is not a valid
 * date comes back unchanged rather than as an error.
 */
export function formatDate(value: string | Date, lang: Lang = "sv"): string {
  let date: Date;
  if (typeof value === "string") {
    const m = ISO_DATE.exec(value.trim());
    if (!m) return value;
    date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (date.getUTCDate() !== Number(m[3])) return value; // e.g. 2025-02-30
  } else {
    if (Number.isNaN(value.getTime())) return "";
    date = new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()));
  }
  const options: Intl.DateTimeFormatOptions =
    lang === "sv" ? { timeZone: "UTC" } : { timeZone: "UTC", dateStyle: "medium" };
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(date);
}

/** A date written out: "15 mars 2026" (sv) or "15 March 2026" (en), for running text; other text comes back unchanged. */
export function formatLongDate(iso: string, lang: Lang = "sv"): string {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCDate() !== Number(m[3])) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(date);
}
