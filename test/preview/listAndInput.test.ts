// Dropdown cells offer the choices their validation's source names, and typing
// into a cell stores what Swedish Excel would.

import { listChoices } from "../../src/preview/workbook/listSource";
import { editText, typedValue } from "../../src/preview/grid/typedValue";
import { isoToSerial } from "../../src/workbook/parse/date";
import { NUMBER_FORMATS } from "../../src/workbook/layout";

describe("listChoices", () => {
  const read = (ref: string) =>
    ({ "Groups[Grupp-ID]": ["G1", "G2", "", "G1"], "'Mål'!A2:A4": ["M1", 2, "M3"] })[ref as "Groups[Grupp-ID]"];

  it("splits a value list", () => {
    expect(listChoices("Ja,Nej", read)).toEqual(["Ja", "Nej"]);
    expect(listChoices(" Planerad , Pågår ,Genomförd", read)).toEqual(["Planerad", "Pågår", "Genomförd"]);
  });

  it("reads a table column through INDIRECT or directly, without blanks or repeats", () => {
    expect(listChoices('=INDIRECT("Groups[Grupp-ID]")', read)).toEqual(["G1", "G2"]);
    expect(listChoices("=Groups[Grupp-ID]", read)).toEqual(["G1", "G2"]);
    expect(listChoices("='Mål'!A2:A4", read)).toEqual(["M1", "2", "M3"]);
  });

  it("offers nothing when the source points nowhere", () => {
    expect(listChoices('=INDIRECT("Nothing[X]")', read)).toEqual([]);
  });
});

describe("typedValue", () => {
  it("turns a date typed into a date cell into a date serial", () => {
    expect(typedValue("2025-03-01", NUMBER_FORMATS.date)).toBe(isoToSerial("2025-03-01"));
    expect(typedValue("1 mars 2025", NUMBER_FORMATS.date)).toBe(isoToSerial("2025-03-01"));
  });

  it("keeps an ambiguous date as the text typed (apostrophe-escaped), so the check can report it", () => {
    expect(typedValue("1/3/2025", NUMBER_FORMATS.date)).toBe("'1/3/2025");
  });

  it("reads Swedish numbers and amounts", () => {
    expect(typedValue("1 234,50", NUMBER_FORMATS.number)).toBe(1234.5);
    expect(typedValue("12 500 kr", NUMBER_FORMATS.money)).toBe(12500);
    expect(typedValue("\u22122", "General")).toBe(-2);
    expect(typedValue("25 %", "0%")).toBe(0.25);
  });

  it("keeps text, and anything in a text cell, as exactly the text typed", () => {
    expect(typedValue("Trygghetsvandring", "General")).toBe("Trygghetsvandring");
    expect(typedValue("0012", NUMBER_FORMATS.id)).toBe("'0012");
    expect(typedValue("=1+1", NUMBER_FORMATS.text)).toBe("'=1+1");
    expect(typedValue("1.234", "General")).toBe("'1.234");
  });

  it("keeps formulas typed into other cells, and clears on empty input", () => {
    expect(typedValue("=SUM(A1:A3)", "General")).toBe("=SUM(A1:A3)");
    expect(typedValue("   ", "General")).toBe("");
  });
});

describe("editText", () => {
  it("starts editing a date as ISO and a number the Swedish way", () => {
    expect(editText(isoToSerial("2025-03-01"), NUMBER_FORMATS.date, "sv")).toBe("2025-03-01");
    expect(editText(1234.5, NUMBER_FORMATS.number, "sv")).toBe("1234,5");
    expect(editText(1234.5, NUMBER_FORMATS.number, "en")).toBe("1234.5");
    expect(typedValue(editText(-0.25, "General", "sv"), "General")).toBe(-0.25);
  });
});

describe("fitting a value to its column", () => {
  it("shows #### for a number too wide for its cell, never a cut-off number", async () => {
    const { fitNumber, textWidth } = await import("../../src/preview/grid/cellFit");
    expect(fitNumber("1 234", 64)).toBe("1 234");
    const wide = fitNumber("1 234 567 890 kr", 64);
    expect(wide).toMatch(/^#+$/);
    expect(textWidth(wide)).toBeLessThanOrEqual(64);
  });

  it("lets long text spill over the empty cells to its right, and stop at the first filled one", async () => {
    const { spillWidth } = await import("../../src/preview/grid/cellFit");
    const widths = [64, 64, 64, 64];
    const title = "Verksamhetsberättelse 2025 för Umebrå";
    expect(spillWidth(title, 0, widths, () => true)).toBeGreaterThan(64);
    expect(spillWidth(title, 0, widths, (c) => c !== 1)).toBe(64);
    expect(spillWidth("kort", 0, widths, () => true)).toBe(64);
    expect(spillWidth(title, 3, widths, () => true)).toBe(64);
  });
});
