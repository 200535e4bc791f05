// The i18n core: language choice, placeholders and Swedish/English formatting
// as a user reads them (Swedish uses U+00A0 between thousands and U+2212 for minus).

import { fillText, formatDate, formatMoney, formatNumber, initialLang, langFromOffice, storeLang, tr } from "../../src/i18n";

const NBSP = "\u00a0";
const MINUS = "\u2212";

describe("langFromOffice", () => {
  test.each([
    ["sv-SE", "sv"],
    ["sv", "sv"],
    ["SV-fi", "sv"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["fi-FI", "en"],
    ["svx", "en"],
    [undefined, "sv"],
    ["", "sv"],
  ] as const)("%s → %s", (display, lang) => {
    expect(langFromOffice(display)).toBe(lang);
  });
});

describe("tr and fillText", () => {
  const text = { sv: "{n} rader i {sheet}", en: "{n} rows in {sheet}" };

  test("picks the language and fills placeholders", () => {
    expect(tr(text, "sv", { n: 3, sheet: "Mål" })).toBe("3 rader i Mål");
    expect(tr(text, "en", { n: 3, sheet: "Goals" })).toBe("3 rows in Goals");
  });

  test("leaves unknown placeholders visible rather than blank", () => {
    expect(tr(text, "en", { n: 1 })).toBe("1 rows in {sheet}");
  });

  test("falls back to the other language when one is empty", () => {
    expect(tr({ sv: "Hej", en: "" }, "en")).toBe("Hej");
  });

  test("fillText fills each language with its own values", () => {
    expect(fillText({ sv: "Summa {sum}", en: "Total {sum}" }, (lang) => ({ sum: formatMoney(1234, lang) }))).toEqual({
      sv: `Summa 1${NBSP}234${NBSP}kr`,
      en: `Total SEK${NBSP}1,234`,
    });
  });
});

describe("Swedish and English formatting", () => {
  test("numbers", () => {
    expect(formatNumber(1234567.891)).toBe(`1${NBSP}234${NBSP}567,89`);
    expect(formatNumber(-42.5, "sv")).toBe(`${MINUS}42,5`);
    expect(formatNumber(1234567.891, "en")).toBe("1,234,567.89");
    expect(formatNumber(2.345, "sv", 0)).toBe("2");
  });

  test("money in whole kronor", () => {
    expect(formatMoney(1234)).toBe(`1${NBSP}234${NBSP}kr`);
    expect(formatMoney(-250000.4, "sv")).toBe(`${MINUS}250${NBSP}000${NBSP}kr`);
    expect(formatMoney(1234, "en")).toBe(`SEK${NBSP}1,234`);
  });

  test("non-finite values are shown, not thrown", () => {
    expect(formatNumber(Number.NaN)).toBe("NaN");
    expect(formatMoney(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });

  test("dates", () => {
    expect(formatDate("2025-03-01")).toBe("2025-03-01");
    expect(formatDate("2025-03-01", "en")).toBe("1 Mar 2025");
    expect(formatDate(new Date(2024, 11, 31), "sv")).toBe("2024-12-31");
  });

  test("text that is no valid date comes back unchanged", () => {
    expect(formatDate("1/3/2025")).toBe("1/3/2025");
    expect(formatDate("2025-02-30", "en")).toBe("2025-02-30");
    expect(formatDate(new Date(Number.NaN))).toBe("");
  });
});

describe("the remembered language", () => {
  const store = new Map<string, string>();
  beforeAll(() => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
  });
  afterAll(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  test("Office's display language decides until the user picks one", () => {
    store.clear();
    expect(initialLang("en-US")).toBe("en");
    storeLang("sv");
    expect(initialLang("en-US")).toBe("sv");
  });

  test("a stored value that is no language is ignored", () => {
    store.set("radsplan.lang", "de");
    expect(initialLang("en-GB")).toBe("en");
  });

  test("blocked storage does not break the pane", () => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(() => storeLang("en")).not.toThrow();
    expect(initialLang("sv-SE")).toBe("sv");
  });
});
