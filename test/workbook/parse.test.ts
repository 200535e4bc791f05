import { parseCell } from "../../src/workbook/parse";
import type { ColumnDef, ColumnType, ListId } from "../../src/workbook/layout";
import type { CellValue } from "../../src/workbook/snapshot";

const col = (type: ColumnType, list?: ListId): Pick<ColumnDef, "type" | "list"> => ({ type, list });
const value = (type: ColumnType, raw: CellValue, list?: ListId) => {
  const r = parseCell(col(type, list), raw);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(raw)} to read as ${type}, got: ${r.message.en}`);
  return r.value;
};
const failure = (type: ColumnType, raw: CellValue, list?: ListId) => {
  const r = parseCell(col(type, list), raw);
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} not to read as ${type}, got ${JSON.stringify(r.value)}`);
  return r;
};

describe("empty cells", () => {
  it.each(["id", "text", "ref", "date", "year", "integer", "number", "money", "email", "yesno"] as ColumnType[])(
    "%s: an empty or whitespace-only cell reads as null",
    (type) => {
      expect(value(type, "")).toBeNull();
      expect(value(type, "  \u00A0 ")).toBeNull();
    },
  );
  it("list: an empty cell reads as null", () => expect(value("list", " ", "groupType")).toBeNull());
});

describe("numbers and money", () => {
  it.each<[CellValue, number]>([
    [1234.5, 1234.5],
    ["1234,5", 1234.5],
    ["1 234,50", 1234.5],
    ["1\u00A0234,50", 1234.5],
    ["1\u202F234\u202F567", 1234567],
    ["1 234.5", 1234.5],
    ["\u22125,5", -5.5],
    ["-12", -12],
    [",5", 0.5],
    ["1234.5", 1234.5],
    ["0.162", 0.162],
    ["1,234.50", 1234.5],
    ["1.234,50", 1234.5],
    ["16,2 %", 16.2],
    ["16,2%", 16.2],
  ])("number %j reads as %d", (raw, expected) => expect(value("number", raw)).toBe(expected));

  it.each<[CellValue, number]>([
    [25000, 25000],
    ["1 234,50 kr", 1234.5],
    ["1\u00A0234,50\u00A0kr", 1234.5],
    ["25 000 SEK", 25000],
    ["SEK 25 000", 25000],
    ["25 000:-", 25000],
    ["12 500 kronor", 12500],
    ["\u22121 500 kr", -1500],
  ])("money %j reads as %d", (raw, expected) => expect(value("money", raw)).toBe(expected));

  it.each<[ColumnType, CellValue]>([
    ["number", "abc"],
    ["number", "12 34"],
    ["number", "1,2,3"],
    ["number", "5 kr"],
    ["number", true],
    ["money", "16 %"],
    ["money", "mycket"],
    ["money", "-"],
    ["integer", "4,5"],
    ["integer", 4.5],
    ["integer", "fyra"],
  ])("%s rejects %j with a bilingual message and an example", (type, raw) => {
    const r = failure(type, raw);
    expect(r.kind).toBe("unreadable");
    expect(r.message.sv).toMatch(/Skriv till exempel/);
    expect(r.message.en).toMatch(/Type for example/);
  });

  it("reports 1.234 as ambiguous instead of guessing thousands or decimals", () => {
    const r = failure("number", "1.234");
    expect(r.message.sv).toContain("1234 eller 1,234");
    expect(r.message.en).toContain("1234 or 1.234");
  });

  it("names the Excel error a formula cell shows", () => {
    expect(failure("money", "#REF!").message).toEqual({
      sv: "Cellen visar Excel-felet #REF!. Rätta formeln eller skriv in värdet direkt.",
      en: "The cell shows the Excel error #REF!. Fix the formula or type the value in directly.",
    });
  });

  it("integers: whole numbers typed either way", () => {
    expect(value("integer", 4)).toBe(4);
    expect(value("integer", " 12 ")).toBe(12);
    expect(value("integer", "1 000")).toBe(1000);
  });
});

describe("years", () => {
  it("reads years typed as numbers or text", () => {
    expect(value("year", 2025)).toBe(2025);
    expect(value("year", "2025")).toBe(2025);
    expect(value("year", " 2025 ")).toBe(2025);
    expect(value("year", 1900)).toBe(1900);
    expect(value("year", 2200)).toBe(2200);
  });
  it.each<CellValue>([1899, 2201, 2025.5, "tjugofemton", 45717, "25"])("rejects %j", (raw) => {
    expect(failure("year", raw).message.sv).toBe(`”${String(raw)}” går inte att läsa som ett årtal mellan 1900 och 2200. Skriv till exempel 2025.`);
  });
});

describe("dates", () => {
  it.each<[CellValue, string]>([
    [45717, "2025-03-01"],
    [45717.75, "2025-03-01"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [46096, "2026-03-15"],
    ["2025-03-01", "2025-03-01"],
    ["2025-3-1", "2025-03-01"],
    ["2025/03/01", "2025-03-01"],
    ["20250301", "2025-03-01"],
    ["2025-03-01T10:30:00", "2025-03-01"],
    ["1 mars 2025", "2025-03-01"],
    ["1:a mars 2025", "2025-03-01"],
    ["12 okt. 2025", "2025-10-12"],
    ["31 December 2024", "2024-12-31"],
    ["March 1, 2025", "2025-03-01"],
    [" 29 februari 2024 ", "2024-02-29"],
  ])("%j reads as %s", (raw, iso) => expect(value("date", raw)).toBe(iso));

  it("refuses to guess the order of day and month in 1/3/2025", () => {
    const r = failure("date", "1/3/2025");
    expect(r.message.sv).toBe(
      "Datumet ”1/3/2025” kan läsas som dag/månad eller månad/dag (2025-03-01 eller 2025-01-03). Skriv datumet som år-månad-dag, t.ex. 2025-03-01.",
    );
    expect(r.message.en).toBe(
      "The date “1/3/2025” can be read as day/month or month/day (2025-03-01 or 2025-01-03). Type the date as year-month-day, e.g. 2025-03-01.",
    );
  });

  it.each([
    ["01.03.2025", "2025-03-01"],
    ["1-3-2025", "2025-03-01"],
    ["3/1/25", "2025-01-03"],
    ["13/3/2025", "2025-03-13"],
  ])("also reports %s as ambiguous, asking for year-month-day (e.g. %s)", (raw, example) => {
    expect(failure("date", raw).message.sv).toContain(`Skriv datumet som år-månad-dag, t.ex. ${example}.`);
  });

  it.each<CellValue>(["2025-02-30", "2025-13-01", "30 februari 2025", "20251301"])("reports %j as a date that does not exist", (raw) => {
    expect(failure("date", raw).message.en).toMatch(/does not exist/);
  });

  it.each<CellValue>(["nästa vecka", "2025", "mars 2025", "45717", true, 60, 0, -5, 200000])("rejects %j", (raw) => {
    expect(failure("date", raw).kind).toBe("unreadable");
  });
});

describe("Ja/Nej", () => {
  it.each<[CellValue, boolean]>([
    ["Ja", true],
    [" ja ", true],
    ["J", true],
    ["Yes", true],
    ["YES", true],
    ["true", true],
    [true, true],
    ["Nej", false],
    ["n", false],
    ["No", false],
    ["FALSE", false],
    ["falskt", false],
    [false, false],
  ])("%j reads as %s", (raw, expected) => expect(value("yesno", raw)).toBe(expected));
  it.each<CellValue>(["kanske", 1, "jaa"])("rejects %j, asking for Ja or Nej", (raw) => {
    const r = failure("yesno", raw);
    expect(r.message.sv).toContain("Ja eller Nej");
    expect(r.message.en).toContain("Yes or No");
  });
});

describe("email", () => {
  it("accepts sane addresses, trimmed, mailto: dropped", () => {
    expect(value("email", " samordnare@example.se ")).toBe("samordnare@example.se");
    expect(value("email", "mailto:a.b@kommun.example.se")).toBe("a.b@kommun.example.se");
  });
  it.each<CellValue>(["samordnare", "a@b", "a b@example.se", "a@@example.se", "@example.se", 42])("rejects %j", (raw) => {
    expect(failure("email", raw).message.sv).toContain("namn@kommun.se");
  });
});

describe("list values", () => {
  it.each<[CellValue, string]>([
    ["Styrgrupp", "steering"],
    ["styrgrupp", "steering"],
    ["  STYRGRUPP ", "steering"],
    ["Steering group", "steering"],
    ["steering   GROUP", "steering"],
    ["steering", "steering"],
    ["Lokalt\u00A0råd", "localCouncil"],
  ])("group type %j reads as %s", (raw, key) => expect(value("list", raw, "groupType")).toBe(key));

  it("forgives dashes and spaces inside numbers in labels", () => {
    expect(value("list", "Index 0-6", "unit")).toBe("index06");
    expect(value("list", "per 100000 invånare", "unit")).toBe("per100k");
    expect(value("list", "Per 100,000 inhabitants", "unit")).toBe("per100k");
  });

  it("reports a value outside the list with the allowed values in each language", () => {
    const r = failure("list", "Referensgrupp", "groupType");
    expect(r.kind).toBe("notInList");
    expect(r.message.sv).toBe(
      "”Referensgrupp” finns inte bland de tillåtna värdena. Välj ett av: Styrgrupp, Beredningsgrupp, Arbetsgrupp, Lokalt råd, Samordningsfunktion, Övrig.",
    );
    expect(r.message.en).toBe(
      "“Referensgrupp” is not one of the allowed values. Choose one of: Steering group, Preparatory group, Working group, Local council, Coordinating function, Other.",
    );
  });
});

describe("text, id and ref", () => {
  it("trims and squashes spaces; numbers typed into an ID column become their text", () => {
    expect(value("id", "  G1 ")).toBe("G1");
    expect(value("text", "Trygg\u00A0 stadskärna")).toBe("Trygg stadskärna");
    expect(value("ref", 12)).toBe("12");
  });
  it("reports Excel errors in text columns", () => expect(failure("ref", "#N/A").kind).toBe("unreadable"));
});

describe("never throws", () => {
  it("on anything Office.js can hand over, in any column type", () => {
    const odd: CellValue[] = ["", " ", "\u0000", "%", "kr", "–", "−", "#", "1e999", "NaN", "Infinity", -0, 1e308, Number.NaN, true, "2025-00-00", "0/0/0"];
    const types: ColumnType[] = ["id", "text", "ref", "date", "year", "integer", "number", "money", "email", "yesno"];
    for (const type of types) for (const raw of odd) expect(() => parseCell(col(type), raw)).not.toThrow();
    for (const raw of odd) expect(() => parseCell(col("list", "unit"), raw)).not.toThrow();
    expect(failure("number", "1e999").kind).toBe("unreadable");
    expect(failure("number", Number.NaN).kind).toBe("unreadable");
    expect(value("number", -0)).toBe(0);
  });
});
