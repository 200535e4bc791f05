// Number formats (Range.text, in English as Office.js reports it) and the formulas the host computes (Range.values).

import { MemoryWorkbook } from "../../src/host";
import { formatValue } from "../../src/base/numberFormat";

describe("number formats", () => {
  it.each<[string | number | boolean, string, string]>([
    [1234.5, "#,##0.00", "1,234.50"],
    [-1234.5, '#,##0 "kr";-#,##0 "kr"', "-1,235 kr"],
    [0, '0;-0;"noll"', "noll"],
    [0.5, "0%", "50%"],
    [45717.75, "yyyy-mm-dd hh:mm", "2025-03-01 18:00"],
    [45717, "d mmm yyyy", "1 Mar 2025"],
    [45717, "dddd", "Saturday"],
    [1e12, "General", "1E+12"],
    [1 / 3, "General", "0.333333333"], // General fits 11 characters
    [true, "General", "TRUE"],
    ["text", "0.00", "text"],
    ["text", '"Namn: "@', "Namn: text"],
    [5, "000", "005"],
    [123456, "0.0E+00", "1.2E+05"],
  ])("%j with %j shows %j", (value, format, text) => {
    expect(formatValue(value, format, "en")).toBe(text);
  });
});

describe("computed formulas", () => {
  async function values(cells: (string | number)[][], formulas: string[]): Promise<unknown[]> {
    const wb = new MemoryWorkbook();
    return wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const other = context.workbook.worksheets.add("Budget år");
      other.getRange("A1").values = [[1000]];
      s.getRange(`A1:B${cells.length}`).values = cells;
      const out = s.getRange(`D1:D${formulas.length}`);
      out.formulas = formulas.map((f) => [f]);
      out.load("values");
      await context.sync();
      return out.values.map((r) => r[0]);
    });
  }

  it("computes the supported functions like Excel", async () => {
    const got = await values(
      [["Planerad", 100], ["Pågår", 250], ["Planerad", 50], ["Inställd", ""]],
      [
        '=COUNTIF(A1:A4,"planerad")',
        '=SUMIF(A1:A4,"Planerad",B1:B4)',
        "=AVERAGE(B1:B4)",
        '=IF(B2>200,"stor","liten")',
        "=ROUND(2.345,2)",
        "=YEAR(DATE(2025,14,1))",
        '=TEXT(0.256,"0.0%")',
        "='Budget år'!A1/4",
        "=B1/0",
        '=IFERROR(B1/0,"–")',
        "=COUNTA(A1:B4)",
        "=D12+1",
      ],
    );
    expect(got).toEqual([2, 150, 400 / 3, "stor", 2.35, 2026, "25.6%", 250, "#DIV/0!", "–", 7, 0]);
  });
});
