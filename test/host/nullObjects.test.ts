// *OrNullObject methods, null propagation and ItemNotFound, as Excel has them.

/* eslint-disable office-addins/call-sync-before-read -- these tests read null objects before sync on purpose: the in-memory Excel must throw as Excel does. */

import { MemoryWorkbook } from "../../src/host";
import { rejectionCode, thrownCode } from "./officeErrors";

async function workbookWithGroups(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    const ws = context.workbook.worksheets.add("Grupper");
    ws.getRange("A1:B2").values = [["Grupp-ID", "Namn"], ["G1", "Styrgrupp"]];
    ws.tables.add("A1:B2", true).name = "Groups";
  });
  return wb;
}

describe("null objects", () => {
  it("gives isNullObject only after sync: true for a missing item, false for an existing one", async () => {
    const wb = await workbookWithGroups();
    await wb.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Goals");
      const present = context.workbook.tables.getItemOrNullObject("groups");
      expect(thrownCode(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("propagates: objects reached from a null object are null, their properties unavailable, in one sync", async () => {
    const wb = await workbookWithGroups();
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Goals");
      table.load("name");
      const sheet = table.worksheet.load("name");
      const range = table.getRange().load("address,values");
      const body = table.getDataBodyRange().getLastRow().load("values");
      const found = context.workbook.tables.getItemOrNullObject("Groups").getRange().load("address");
      await context.sync();
      for (const o of [table, sheet, range, body]) expect(o.isNullObject).toBe(true);
      expect(thrownCode(() => table.name)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => range.address)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => body.values)).toBe("PropertyNotLoaded");
      expect(found.address).toBe("Grupper!A1:B2");
    });
  });

  it("ignores writes and actions on a null object", async () => {
    const wb = await workbookWithGroups();
    await wb.run(async (context) => {
      const ghost = context.workbook.worksheets.getItemOrNullObject("Mål");
      ghost.getRange("A1").values = [["x"]];
      ghost.delete();
      await context.sync();
    });
    expect(wb.model.sheetNames()).toEqual(["Sheet1", "Grupper"]);
  });

  it("rejects the sync with ItemNotFound when getItem names a missing sheet or table", async () => {
    const wb = await workbookWithGroups();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Mål");
      expect(await rejectionCode(context.sync())).toBe("ItemNotFound");
      context.workbook.tables.getItem("Goals").getRange().load("address");
      expect(await rejectionCode(context.sync())).toBe("ItemNotFound");
      context.workbook.tables.getItem("Groups").columns.getItem("Saknas");
      expect(await rejectionCode(context.sync())).toBe("ItemNotFound");
    });
  });

  it("finds sheets and tables regardless of letter case, as Excel does", async () => {
    const wb = await workbookWithGroups();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("GRUPPER").load("name");
      const t = context.workbook.tables.getItem("GROUPS").load("name");
      await context.sync();
      expect([s.name, t.name]).toEqual(["Grupper", "Groups"]);
    });
  });

  it("returns a null used range for an empty sheet and the used block otherwise", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const empty = sheet.getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      sheet.getRange("B3:C4").values = [[1, ""], ["", "x"]];
      sheet.getRange("F10").format.font.bold = true;
      const values = sheet.getUsedRangeOrNullObject(true).load("address");
      const all = sheet.getUsedRangeOrNullObject().load("address");
      await context.sync();
      expect(values.address).toBe("Sheet1!B3:C4");
      expect(all.address).toBe("Sheet1!B3:F10");
    });
  });
});
