// Requirement sets: capabilities follow apiVersion, and APIs above it fail with ApiNotFound.

import { MemoryWorkbook } from "../../src/host";
import { rejectionCode } from "./officeErrors";

describe("ExcelApi version", () => {
  it("answers isSetSupported for ExcelApi up to the chosen version only", () => {
    const wb = new MemoryWorkbook({ apiVersion: "1.7" });
    expect(wb.capabilities.isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(wb.capabilities.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(wb.capabilities.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(wb.capabilities.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(new MemoryWorkbook().capabilities.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(new MemoryWorkbook().capabilities.isSetSupported("ExcelApi", "1.18")).toBe(false);
  });

  const cases: [string, string, (context: Excel.RequestContext) => void][] = [
    ["1.7", "data validation (1.8)", (context) => (context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "Ja,Nej" } })],
    ["1.8", "page layout (1.9)", (context) => (context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape")],
    ["1.8", "page breaks (1.9)", (context) => context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A20")],
    ["1.6", "hyperlinks (1.7)", (context) => (context.workbook.worksheets.getItem("Sheet1").getRange("A1").hyperlink = { documentReference: "Sheet1!B2", textToDisplay: "x" })],
    ["1.6", "freeze panes (1.7)", (context) => context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1)],
    ["1.6", "tab colour (1.7)", (context) => (context.workbook.worksheets.getItem("Sheet1").tabColor = "#FF0000")],
    ["1.3", "getItemOrNullObject (1.4)", (context) => context.workbook.tables.getItemOrNullObject("X")],
    ["1.12", "Table.resize (1.13)", (context) => context.workbook.tables.getItem("T").resize("A1:C3")],
  ];

  it.each(cases)("at ExcelApi %s rejects %s with ApiNotFound and changes nothing after it", async (version, _what, use) => {
    const wb = new MemoryWorkbook({ apiVersion: version });
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [["a", "b"], [1, 2]];
      sheet.tables.add("A1:B2", true).name = "T";
      await context.sync();
      use(context);
      sheet.getRange("D1").values = [["after"]];
      expect(await rejectionCode(context.sync())).toBe("ApiNotFound");
    });
    expect(wb.model.sheet("Sheet1")!.cellAt("D1").value).toBe("");
  });

  it("accepts the same calls once the version has them", async () => {
    const wb = new MemoryWorkbook({ apiVersion: "1.9" });
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "Ja,Nej" } };
      sheet.pageLayout.orientation = "Landscape";
      sheet.freezePanes.freezeRows(1);
    });
    const sheet = wb.model.sheet("Sheet1")!;
    expect(sheet.validations).toHaveLength(1);
    expect(sheet.pageLayout.orientation).toBe("Landscape");
    expect(sheet.frozenRows).toBe(1);
  });

  it("refuses an apiVersion that is not a version", () => {
    expect(() => new MemoryWorkbook({ apiVersion: "latest" })).toThrow(/apiVersion/);
  });
});
