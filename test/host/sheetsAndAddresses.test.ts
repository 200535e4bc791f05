// Worksheets (names, visibility, activation, selection) and Range.address as Excel writes it.

import { MemoryWorkbook } from "../../src/host";
import { rejectionCode } from "./officeErrors";

describe("Range.address", () => {
  it.each([
    ["Grupper", "A1:J2", "Grupper!A1:J2"],
    ["Verksamhetsberättelse 2025", "A1", "'Verksamhetsberättelse 2025'!A1"],
    ["Mätvärden", "b2:c3", "Mätvärden!B2:C3"],
    ["Follow-up", "A:C", "'Follow-up'!A:C"],
    ["2025", "1:3", "'2025'!1:3"],
    ["O'Brien", "$A$1", "'O''Brien'!A1"],
    ["_Rådsplan", "A1:B2", "_Rådsplan!A1:B2"],
  ])("on sheet %j, %j reads as %j", async (sheet, address, expected) => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const r = context.workbook.worksheets.add(sheet).getRange(address).load("address");
      await context.sync();
      expect(r.address).toBe(expected);
    });
  });

  it("derives ranges: cell, resize, offset, entire column, last row", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5");
      const out = [
        base.getCell(1, 2),
        base.getResizedRange(1, -1),
        base.getOffsetRange(-1, 1),
        base.getEntireColumn(),
        base.getLastRow(),
        base.getEntireRow(),
      ].map((r) => r.load("address"));
      const idx = base.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      expect(out.map((r) => r.address)).toEqual(["Sheet1!D3", "Sheet1!B2:C6", "Sheet1!C1:E4", "Sheet1!B:D", "Sheet1!B5:D5", "Sheet1!2:5"]);
      expect([idx.rowIndex, idx.columnIndex, idx.rowCount, idx.columnCount]).toEqual([1, 1, 4, 3]);
      base.getOffsetRange(-5, 0);
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
  });

  it("accepts a sheet-qualified address for its own sheet and refuses other sheets and bad addresses", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("Sheet1!A1:B2").load("address");
      await context.sync();
      expect(r.address).toBe("Sheet1!A1:B2");
      context.workbook.worksheets.add("Annat");
      s.getRange("Annat!A1");
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
      s.getRange("A1:B2,C3");
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
  });
});

describe("worksheets", () => {
  it("refuses a second sheet with the same name, whatever its letter case", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.add("Grupper");
      await context.sync();
      context.workbook.worksheets.add("GRUPPER");
      expect(await rejectionCode(context.sync())).toBe("ItemAlreadyExists");
      context.workbook.worksheets.add("Mål/delmål");
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
    expect(wb.model.sheetNames()).toEqual(["Sheet1", "Grupper"]);
  });

  it("hides sheets but never the last visible one", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const meta = context.workbook.worksheets.add("_Rådsplan");
      meta.visibility = "VeryHidden";
      const items = context.workbook.worksheets.load("items/name,items/visibility");
      await context.sync();
      expect(items.items.map((s) => [s.name, s.visibility])).toEqual([["Sheet1", "Visible"], ["_Rådsplan", "VeryHidden"]]);
      context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      expect(await rejectionCode(context.sync())).toBe("InvalidOperation");
      context.workbook.worksheets.getItem("Sheet1").delete();
      expect(await rejectionCode(context.sync())).toBe("InvalidOperation");
    });
  });

  it("tracks the active sheet and the selection that Range.select() makes", async () => {
    const wb = new MemoryWorkbook();
    expect(wb.selection).toBeNull();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.add("Kontroll");
      s.getRange("C4").select();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      const sel = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect([active.name, sel.address]).toEqual(["Kontroll", "Kontroll!C4"]);
    });
    expect(wb.selection).toEqual({ sheet: "Kontroll", address: "C4" });
  });

  it("keeps tab colours, frozen rows and column widths in points", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.tabColor = "#1f4e79";
      s.freezePanes.freezeRows(1);
      s.getRange("B:C").format.columnWidth = 61.5;
      const fmt = s.getRange("B1:C1").format.load("columnWidth");
      const mixed = s.getRange("A1:B1").format.load("columnWidth");
      const tab = s.load("tabColor");
      await context.sync();
      expect([fmt.columnWidth, mixed.columnWidth, tab.tabColor]).toEqual([61.5, null, "#1F4E79"]);
    });
    const sheet = wb.model.sheet("Sheet1")!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.columnWidths.slice(0, 3)).toEqual([48, 61.5, 61.5]);
  });

  it("reports one font setting for a range only when all its cells agree", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:C1").format.font.bold = true;
      s.getRange("A1:C1").format.fill.color = "orange";
      const same = s.getRange("A1:C1").format.font.load("bold");
      const mixed = s.getRange("A1:A2").format.font.load("bold");
      const fill = s.getRange("B1").format.fill.load("color");
      await context.sync();
      expect([same.bold, mixed.bold, fill.color]).toEqual([true, null, "#FFA500"]);
      s.getRange("A1").format.font.color = "not a colour";
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
  });
});
