// Shows a cell value the way Excel would with its number format: dates
// ("yyyy-mm-dd"), amounts ('#,##0 "kr"'), percent ("0.0%"), fixed decimals,
// sections for negatives/zero/text, quoted literals. Digits are grouped and the
// decimal separator chosen by the workbook's language, as Excel does by the
// system locale, unless the format names a locale itself ("[$-41D]" Swedish,
// "[$-409]" English). Unknown codes degrade to Excel's "General", never throw.

import type { Lang } from "../../workbook/layout";
import type { CellValue } from "../../workbook/snapshot";
import { serialToIso } from "../../workbook/parse/date";

export type Align = "left" | "right" | "center";

/** What a grid cell shows: the text and how it sits in the cell. */
export interface CellDisplay {
  text: string;
  align: Align;
}

const LOCALE: Record<Lang, string> = { sv: "sv-SE", en: "en-US" };

/** Locale ids (LCID, hex) and tags a format's "[$-…]" may carry. */
const LOCALE_TAGS: Record<string, Lang> = { "41d": "sv", "81d": "sv", "sv-se": "sv", sv: "sv", "409": "en", "809": "en", "en-us": "en", "en-gb": "en", en: "en" };

const BOOLEAN_TEXT: Record<Lang, [string, string]> = { sv: ["SANT", "FALSKT"], en: ["TRUE", "FALSE"] };

type Token =
  | { t: "lit"; s: string }
  | { t: "digit"; c: "0" | "#" | "?" }
  | { t: "point" }
  | { t: "comma" }
  | { t: "percent" }
  | { t: "exp"; sign: "+" | "-" }
  | { t: "date"; s: string }
  | { t: "ampm"; s: string }
  | { t: "text" }
  | { t: "general" };

interface Section {
  tokens: Token[];
  lang?: Lang;
}

/** Splits a format code at top-level ";" (not inside quotes or brackets). */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === "\\" && !quoted) {
      cur += ch + (code[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const DATE_RUN = /^(y+|m+|d+|h+|s+)/i;

/** Reads one section of a format code into tokens. */
function tokenize(code: string): Section {
  const tokens: Token[] = [];
  let lang: Lang | undefined;
  let i = 0;
  while (i < code.length) {
    const rest = code.slice(i);
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      tokens.push({ t: "lit", s: code.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === "\\") {
      tokens.push({ t: "lit", s: code[i + 1] ?? "" });
      i += 2;
    } else if (ch === "_") {
      tokens.push({ t: "lit", s: " " });
      i += 2;
    } else if (ch === "*") {
      i += 2; // repeat-to-fill: a grid cell does not pad
    } else if (ch === "[") {
      const end = code.indexOf("]", i);
      const inner = code.slice(i + 1, end < 0 ? code.length : end);
      const currency = /^\$([^-]*)(?:-([0-9a-z-]+))?$/i.exec(inner);
      if (currency) {
        if (currency[1]) tokens.push({ t: "lit", s: currency[1] });
        const tag = currency[2]?.toLowerCase().replace(/^0+(?=[0-9a-f]{3})/, "");
        if (tag && LOCALE_TAGS[tag]) lang = LOCALE_TAGS[tag];
      }
      i = end < 0 ? code.length : end + 1; // colours and conditions do not change the text
    } else if (/^general/i.test(rest)) {
      tokens.push({ t: "general" });
      i += 7;
    } else if (/^(am\/pm|a\/p)/i.test(rest)) {
      const s = /^am\/pm/i.test(rest) ? rest.slice(0, 5) : rest.slice(0, 3);
      tokens.push({ t: "ampm", s });
      i += s.length;
    } else if (/^e[+-]/i.test(rest)) {
      tokens.push({ t: "exp", sign: rest[1] as "+" | "-" });
      i += 2;
    } else if (DATE_RUN.test(rest)) {
      const run = DATE_RUN.exec(rest)![1];
      tokens.push({ t: "date", s: run.toLowerCase() });
      i += run.length;
    } else if (ch === "0" || ch === "#" || ch === "?") {
      tokens.push({ t: "digit", c: ch });
      i++;
    } else if (ch === ".") {
      tokens.push({ t: "point" });
      i++;
    } else if (ch === ",") {
      tokens.push({ t: "comma" });
      i++;
    } else if (ch === "%") {
      tokens.push({ t: "percent" });
      i++;
    } else if (ch === "@") {
      tokens.push({ t: "text" });
      i++;
    } else {
      tokens.push({ t: "lit", s: ch });
      i++;
    }
  }
  return { tokens, lang };
}

const cache = new Map<string, Section[]>();

function sectionsOf(code: string): Section[] {
  let sections = cache.get(code);
  if (!sections) {
    sections = splitSections(code).map(tokenize);
    if (cache.size > 500) cache.clear();
    cache.set(code, sections);
  }
  return sections;
}

const literalText = (tokens: readonly Token[]): string =>
  tokens.map((tok) => (tok.t === "lit" ? tok.s : tok.t === "percent" ? "%" : "")).join("");

/** The minus sign of a locale's numbers (U+2212 in Swedish, "-" in English). */
function minusSign(lang: Lang): string {
  const part = new Intl.NumberFormat(LOCALE[lang]).formatToParts(-1).find((p) => p.type === "minusSign");
  return part?.value ?? "-";
}

/** Excel's "General" for a number: up to 10 significant digits, no grouping. */
function generalNumber(n: number, lang: Lang): string {
  if (n !== 0 && (Math.abs(n) >= 1e11 || Math.abs(n) < 1e-9)) {
    const [mantissa, exponent] = n.toExponential(5).split("e");
    const m = String(Number(mantissa));
    const e = Number(exponent);
    return `${lang === "sv" ? m.replace(".", ",") : m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`.replace(
      "-",
      minusSign(lang),
    );
  }
  return new Intl.NumberFormat(LOCALE[lang], { maximumSignificantDigits: 10, useGrouping: false }).format(n);
}

/** A number through a numeric section (digit placeholders, separators, percent, scaling). */
function numberSection(n: number, tokens: readonly Token[], lang: Lang): string {
  const first = tokens.findIndex((tok) => tok.t === "digit" || tok.t === "point");
  if (first < 0) {
    return tokens.map((tok) => (tok.t === "general" ? generalNumber(n, lang) : literalText([tok]))).join("");
  }
  let last = first;
  tokens.forEach((tok, i) => {
    if (tok.t === "digit" || tok.t === "point" || (tok.t === "comma" && i > first) || tok.t === "exp") last = i;
  });
  const body = tokens.slice(first, last + 1);
  const pointAt = body.findIndex((tok) => tok.t === "point");
  const intPart = pointAt < 0 ? body : body.slice(0, pointAt);
  const fracPart = pointAt < 0 ? [] : body.slice(pointAt + 1);
  const expAt = fracPart.findIndex((tok) => tok.t === "exp");
  const fraction = expAt < 0 ? fracPart : fracPart.slice(0, expAt);

  let value = n * 100 ** tokens.filter((tok) => tok.t === "percent").length;
  // Commas right after the last integer digit scale by 1000 each; a comma between digits groups.
  let trailing = 0;
  for (let i = intPart.length - 1; i >= 0 && intPart[i].t === "comma"; i--) trailing++;
  value /= 1000 ** trailing;
  const intDigits = intPart.slice(0, intPart.length - trailing);
  const grouping = intDigits.some((tok) => tok.t === "comma");
  const minInt = intDigits.filter((tok) => tok.t === "digit" && tok.c !== "#").length;
  const fracDigits = fraction.filter((tok) => tok.t === "digit");
  const minFrac = fracDigits.filter((tok) => tok.t === "digit" && tok.c !== "#").length;

  let digits: string;
  if (tokens.some((tok) => tok.t === "exp") || body.some((tok) => tok.t === "exp")) {
    digits = new Intl.NumberFormat(LOCALE[lang], {
      notation: "scientific",
      minimumFractionDigits: minFrac,
      maximumFractionDigits: fracDigits.length,
    })
      .format(Math.abs(value))
      .replace(/E(-?)(\d+)/, (_, sign: string, exp: string) => `E${sign ? "-" : "+"}${exp.padStart(2, "0")}`);
  } else {
    digits = new Intl.NumberFormat(LOCALE[lang], {
      useGrouping: grouping,
      minimumIntegerDigits: Math.max(1, minInt),
      minimumFractionDigits: minFrac,
      maximumFractionDigits: fracDigits.length,
    }).format(Math.abs(value));
    if (minInt === 0) digits = digits.replace(/^0(?=\D|$)/, "");
  }
  const prefix = literalText(tokens.slice(0, first));
  const suffix = literalText(tokens.slice(last + 1));
  return prefix + digits + suffix;
}

const MONTH_STYLE: Record<number, "short" | "long" | "narrow"> = { 3: "short", 4: "long", 5: "narrow" };

/** A date serial through a date/time section. */
function dateSection(serial: number, tokens: readonly Token[], lang: Lang): string | null {
  const iso = serialToIso(serial);
  if (!iso) return null;
  const [y, mo, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  const seconds = Math.round((serial - Math.floor(serial)) * 86400);
  const hour = Math.floor(seconds / 3600) % 24;
  const minute = Math.floor(seconds / 60) % 60;
  const second = seconds % 60;
  const twelve = tokens.some((tok) => tok.t === "ampm");
  const pad = (v: number, width: number) => String(v).padStart(width, "0");
  const names = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: "UTC" }).format(date);

  return tokens
    .map((tok, i) => {
      if (tok.t === "ampm") return hour < 12 ? tok.s.split("/")[0] : tok.s.split("/")[1];
      if (tok.t !== "date") return literalText([tok]);
      const n = tok.s.length;
      switch (tok.s[0]) {
        case "y":
          return n <= 2 ? pad(y % 100, 2) : String(y);
        case "d":
          if (n <= 2) return pad(d, n);
          return names({ weekday: n === 3 ? "short" : "long" });
        case "h":
          return pad(twelve ? hour % 12 || 12 : hour, n);
        case "s":
          return pad(second, n);
        default: {
          // "m" is minutes right after an hour or right before seconds, else the month.
          const prev = tokens.slice(0, i).reverse().find((p) => p.t === "date");
          const next = tokens.slice(i + 1).find((p) => p.t === "date");
          if (n <= 2 && (prev?.t === "date" && prev.s[0] === "h" || next?.t === "date" && next.s[0] === "s")) {
            return pad(minute, n);
          }
          if (n <= 2) return pad(mo, n);
          return names({ month: MONTH_STYLE[Math.min(n, 5)] });
        }
      }
    })
    .join("");
}

/** Whether a format code formats numbers as dates or times. */
export function isDateFormat(code: string): boolean {
  return sectionsOf(code)[0].tokens.some((tok) => tok.t === "date");
}

/** Whether a format code keeps what is typed as text ("@"). */
export function isTextFormat(code: string): boolean {
  return code.trim() === "@";
}

/**
 * The text Excel shows for `value` under the number format `code`, with digits
 * and month names in `lang` unless the format names its own locale.
 */
export function formatCell(value: CellValue | null | undefined, code: string | null | undefined, lang: Lang): CellDisplay {
  if (value === null || value === undefined || value === "") return { text: "", align: "left" };
  const sections = sectionsOf(code && code.trim() ? code : "General");
  if (typeof value === "boolean") {
    const [yes, no] = BOOLEAN_TEXT[lang];
    return { text: value ? yes : no, align: "center" };
  }
  if (typeof value === "string") {
    const textSection = sections[3] ?? sections.find((s) => s.tokens.some((tok) => tok.t === "text"));
    if (!textSection) return { text: value, align: "left" };
    const text = textSection.tokens.map((tok) => (tok.t === "text" ? value : literalText([tok]))).join("");
    return { text, align: "left" };
  }
  if (!Number.isFinite(value)) return { text: String(value), align: "right" };

  let section = sections[0];
  let n = value;
  let signed = true;
  if (value < 0 && sections[1] && sections[1].tokens.length > 0) {
    section = sections[1];
    n = -value;
    signed = false; // the negative section shows its own sign, e.g. "(0)"
  } else if (value === 0 && sections[2]) {
    section = sections[2];
  }
  const lang2 = section.lang ?? sections[0].lang ?? lang;
  if (section.tokens.some((tok) => tok.t === "text") && !section.tokens.some((tok) => tok.t === "digit")) {
    return { text: generalNumber(value, lang2), align: "right" };
  }
  if (section.tokens.some((tok) => tok.t === "date")) {
    const text = dateSection(n, section.tokens, lang2);
    if (text !== null) return { text, align: "right" };
    return { text: generalNumber(value, lang2), align: "right" };
  }
  const text = numberSection(Math.abs(n), section.tokens, lang2);
  const showsNonZero = /[1-9]/.test(text);
  const sign = signed && value < 0 && showsNonZero ? minusSign(lang2) : "";
  return { text: sign + text, align: "right" };
}
