// The preview grid shows values as Excel would with their number formats,
// with Swedish digits in a Swedish workbook unless the format names a locale.

import { formatCell, isDateFormat, isTextFormat } from "../../src/preview/format/numberFormat";
import { isoToSerial } from "../../src/workbook/parse/date";
import { NUMBER_FORMATS } from "../../src/workbook/layout";

const NBSP = "\u00A0";
const MINUS = "\u2212";

describe("formatCell", () => {
  it("shows dates under the layout's date format as yyyy-mm-dd", () => {
    expect(formatCell(isoToSerial("2025-03-01"), NUMBER_FORMATS.date, "sv")).toEqual({ text: "2025-03-01", align: "right" });
    expect(formatCell(isoToSerial("2024-12-31"), NUMBER_FORMATS.date, "en").text).toBe("2024-12-31");
  });

  it("shows amounts in kronor with Swedish grouping, and English grouping in English", () => {
    expect(formatCell(1234567, NUMBER_FORMATS.money, "sv").text).toBe(`1${NBSP}234${NBSP}567 kr`);
    expect(formatCell(1234567, NUMBER_FORMATS.money, "en").text).toBe("1,234,567 kr");
    expect(formatCell(-1500, NUMBER_FORMATS.money, "sv").text).toBe(`${MINUS}1${NBSP}500 kr`);
    expect(formatCell(0.4, NUMBER_FORMATS.money, "sv").text).toBe("0 kr");
  });

  it("shows percent with the language's decimal separator", () => {
    expect(formatCell(0.256, "0.0%", "sv").text).toBe("25,6%");
    expect(formatCell(0.256, "0.0%", "en").text).toBe("25.6%");
    expect(formatCell(0.5, "0%", "sv").text).toBe("50%");
  });

  it("follows a locale the format names itself", () => {
    expect(formatCell(1234.5, "[$-409]#,##0.00", "sv").text).toBe("1,234.50");
    expect(formatCell(1234.5, "[$-41D]#,##0.00", "en").text).toBe(`1${NBSP}234,50`);
    expect(formatCell(isoToSerial("2025-03-01"), "[$-41D]d mmmm yyyy", "en").text).toBe("1 mars 2025");
  });

  it("keeps years and integers plain, and General to ten significant digits", () => {
    expect(formatCell(2025, NUMBER_FORMATS.year, "sv").text).toBe("2025");
    expect(formatCell(1234.5, "General", "sv").text).toBe("1234,5");
    expect(formatCell(1 / 3, "General", "en").text).toBe("0.3333333333");
    expect(formatCell(-2, "General", "sv").text).toBe(`${MINUS}2`);
  });

  it("uses the negative, zero and text sections", () => {
    expect(formatCell(-5, "#,##0;(#,##0)", "sv").text).toBe("(5)");
    expect(formatCell(0, '#,##0;-#,##0;"–"', "sv").text).toBe("–");
    expect(formatCell("x", '0;0;0;"Not: "@', "sv").text).toBe("Not: x");
  });

  it("shows text as it is, left-aligned, even under a number format", () => {
    expect(formatCell("Trygghetsvandring", NUMBER_FORMATS.money, "sv")).toEqual({ text: "Trygghetsvandring", align: "left" });
    expect(formatCell("M1", NUMBER_FORMATS.id, "sv")).toEqual({ text: "M1", align: "left" });
  });

  it("shows a number in a text cell as General, and booleans as Excel names them", () => {
    expect(formatCell(12.5, "@", "sv").text).toBe("12,5");
    expect(formatCell(true, "General", "sv")).toEqual({ text: "SANT", align: "center" });
    expect(formatCell(false, "General", "en").text).toBe("FALSE");
  });

  it("shows nothing for an empty cell, and never throws on an odd format", () => {
    expect(formatCell("", "yyyy-mm-dd", "sv").text).toBe("");
    expect(formatCell(null, "0", "sv").text).toBe("");
    expect(() => formatCell(42, '[Red]"unclosed', "sv")).not.toThrow();
    expect(formatCell(42, "", "sv").text).toBe("42");
  });

  it("tells date and text formats apart", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat('#,##0 "kr"')).toBe(false);
    expect(isDateFormat('"dd"0')).toBe(false);
    expect(isTextFormat("@")).toBe(true);
    expect(isTextFormat("General")).toBe(false);
  });

  it("shows times and month names", () => {
    const noon = isoToSerial("2025-03-01") + 0.5;
    expect(formatCell(noon, "yyyy-mm-dd hh:mm", "sv").text).toBe("2025-03-01 12:00");
    expect(formatCell(noon, "d mmm yyyy", "en").text).toBe("1 Mar 2025");
  });
});
