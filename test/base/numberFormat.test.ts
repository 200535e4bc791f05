// Number formats as Excel shows them: a table of format codes x values x languages,
// each expected text what Excel displays (Microsoft's "Number format codes" and
// "Review guidelines for customizing a number format" pages; Swedish as Excel on a
// Swedish system: decimal comma, no-break space between thousands, Swedish month and
// day names, fm/em for AM/PM). Both the in-memory Excel's Range.text and the preview
// grid show cells through src/base/numberFormat.ts.

import { formatCell, formatValue, isDateFormat, isTextFormat } from "../../src/base/numberFormat";
import { MemoryWorkbook } from "../../src/host";

const S = "\u00A0"; // Swedish thousands separator
/** 2025-03-01 12:00 (a Saturday) as an Excel serial. */
const MARCH_1_NOON = 45717.5;

// [code, value, Swedish, English]
const TABLE: [string, number | string | boolean, string, string][] = [
  ["General", 1234.5, "1234,5", "1234.5"],
  ["General", -1234.5, "-1234,5", "-1234.5"],
  ["General", 0, "0", "0"],
  ["General", 1 / 3, "0,333333333", "0.333333333"],
  ["General", 123456789012, "1,23457E+11", "1.23457E+11"],
  ["General", true, "SANT", "TRUE"],
  ["General", "Trygghetsvandring", "Trygghetsvandring", "Trygghetsvandring"],
  ["0", 1234.5, "1235", "1235"],
  ["0", -1234.5, "-1235", "-1235"],
  ["0.00", 1234.5, "1234,50", "1234.50"],
  ["#,##0", 1234567, `1${S}234${S}567`, "1,234,567"],
  ["#,##0.00", -1234.5, `-1${S}234,50`, "-1,234.50"],
  ['#,##0 "kr"', 25000, `25${S}000 kr`, "25,000 kr"],
  ['#,##0 "kr"', -1500, `-1${S}500 kr`, "-1,500 kr"],
  ['#,##0 "kr"', "ej budgeterat", "ej budgeterat", "ej budgeterat"],
  ["0%", 0.256, "26%", "26%"],
  ["0.0%", 0.256, "25,6%", "25.6%"],
  ["0.00E+00", 1234.5, "1,23E+03", "1.23E+03"],
  ["yyyy-mm-dd", MARCH_1_NOON, "2025-03-01", "2025-03-01"],
  ["d mmmm yyyy", MARCH_1_NOON, "1 mars 2025", "1 March 2025"],
  ["mmm", MARCH_1_NOON, "mar", "Mar"],
  ["dddd", MARCH_1_NOON, "lördag", "Saturday"],
  ["yyyy-mm-dd hh:mm", MARCH_1_NOON, "2025-03-01 12:00", "2025-03-01 12:00"],
  ["[h]:mm", 1.75, "42:00", "42:00"],
  ["[h]:mm", 0.25, "6:00", "6:00"],
  ["h:mm AM/PM", 0.75, "6:00 em", "6:00 PM"],
  ["h:mm AM/PM", 0.375, "9:00 fm", "9:00 AM"],
  ["000-000", 123456, "123-456", "123-456"],
  ["000-000", 1234.5, "001-235", "001-235"],
  ["# ?/?", 1.75, "1 3/4", "1 3/4"],
  ["# ?/?", 1234.5, "1234 1/2", "1234 1/2"],
  ["[$-41D]#,##0.00", 1234.5, `1${S}234,50`, `1${S}234,50`],
  ["[$-409]#,##0.00", 1234.5, "1,234.50", "1,234.50"],
  ["[$-41D]d mmmm yyyy", MARCH_1_NOON, "1 mars 2025", "1 mars 2025"],
  ["#,##0;(#,##0)", -1234.5, `(1${S}235)`, "(1,235)"],
  ['#,##0;-#,##0;"–"', 0, "–", "–"],
  ['0;0;0;"Not: "@', "x", "Not: x", "Not: x"],
  ['0;0;0;"Not: "@', -5, "5", "5"],
  ["@", 12.5, "12,5", "12.5"],
  ["@", "M1", "M1", "M1"],
  ["[Red]0", -5, "-5", "-5"],
];

describe("Excel's number formats in Swedish and English", () => {
  it.each(TABLE)("%s shows %p as %p (sv) and %p (en)", (code, value, sv, en) => {
    expect(formatValue(value, code, "sv")).toBe(sv);
    expect(formatValue(value, code, "en")).toBe(en);
  });

  it("shows an empty cell as nothing and falls back to General for a code Excel would refuse", () => {
    expect(formatValue("", "yyyy-mm-dd", "sv")).toBe("");
    expect(formatValue(42, '[Red]"unclosed', "sv")).toBe("42");
    expect(formatValue(42, "", "en")).toBe("42");
  });

  it("aligns as Excel's General alignment does: numbers right, text left, TRUE/FALSE centred", () => {
    expect(formatCell(12, "0", "sv").align).toBe("right");
    expect(formatCell("M1", "0", "sv").align).toBe("left");
    expect(formatCell(false, "General", "en")).toEqual({ text: "FALSE", align: "center" });
  });

  it("tells date and text formats apart", () => {
    for (const code of ["yyyy-mm-dd", "[h]:mm", "h:mm AM/PM", "d mmmm yyyy"]) expect(isDateFormat(code)).toBe(true);
    for (const code of ['#,##0 "kr"', '"dd"0', "000-000", "General"]) expect(isDateFormat(code)).toBe(false);
    expect(isTextFormat("@")).toBe(true);
    expect(isTextFormat("General")).toBe(false);
  });

  it("is what the in-memory Excel's Range.text shows (English, as Office.js reports it)", async () => {
    const wb = new MemoryWorkbook();
    const codes = TABLE.filter(([, v]) => typeof v === "number");
    const text = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.add("T");
      const range = sheet.getRange(`A1:A${codes.length}`);
      range.values = codes.map(([, v]) => [v]);
      range.numberFormat = codes.map(([c]) => [c]);
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(text.map((r) => r[0])).toEqual(codes.map(([, , , en]) => en));
  });
});
