// Load/sync semantics: values exist only after sync, queued writes apply in order,
// a failing operation stops its sync, and objects die with their Excel.run batch.

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read before load and sync on purpose: the in-memory Excel must throw as Excel does. */

import { MemoryWorkbook } from "../../src/host";
import { rejectionCode, thrownCode } from "./officeErrors";

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      range.load("values");
      // queued, but not synced yet
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => range.address)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([["", ""], ["", ""]]);
      // address was not asked for
      expect(thrownCode(() => range.address)).toBe("PropertyNotLoaded");
    });
  });

  it("delivers values only after sync, as they were when the load ran", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const before = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      cell.values = [[1]];
      const after = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      cell.values = [[2]];
      await context.sync();
      expect(before.values).toEqual([[""]]);
      expect(after.values).toEqual([[1]]);
    });
    expect(wb.model.sheet("Sheet1")!.cellAt("A1").value).toBe(2);
  });

  it("keeps a value set on the object readable at once (as Office.js does), uncoerced", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.values = [["'007"]];
      expect(cell.values).toEqual([["'007"]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([["007"]]);
    });
  });

  it("applies the pending writes when the batch returns (Excel.run's final sync)", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["kvar"]];
    });
    expect(wb.model.sheet("Sheet1")!.cellAt("B2").value).toBe("kvar");
  });

  it("requires the batch to return a promise, as Excel.run does", async () => {
    const wb = new MemoryWorkbook();
    const notAsync = ((context: Excel.RequestContext) => void context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values")) as unknown as (context: Excel.RequestContext) => Promise<void>;
    expect(await rejectionCode(wb.run(notAsync))).toBe("RunMustReturnPromise");
  });

  it("makes a batch's objects unusable after Excel.run has finished", async () => {
    const wb = new MemoryWorkbook();
    let leaked: Excel.Range | undefined;
    await wb.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    expect(thrownCode(() => (leaked!.values = [[1]]))).toBe("InvalidObjectPath");
  });

  it("stops a sync at the failing operation: earlier writes stay, later ones and all loads are dropped", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const probe = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [["före"]];
      context.workbook.worksheets.getItem("Finns inte").getRange("A1").values = [["x"]];
      sheet.getRange("A2").values = [["efter"]];
      expect(await rejectionCode(context.sync())).toBe("ItemNotFound");
      expect(thrownCode(() => probe.values)).toBe("PropertyNotLoaded");
    });
    const sheet = wb.model.sheet("Sheet1")!;
    expect(sheet.cellAt("A1").value).toBe("före");
    expect(sheet.cellAt("A2").value).toBe("");
  });

  it("gives method results in .value only after sync", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrownCode(() => count.value)).toBe("ValueNotLoaded");
      context.workbook.worksheets.add("Två");
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  it("loads navigation paths and collection items", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const ws = context.workbook.worksheets.add("Grupper");
      ws.getRange("A1:B2").values = [["Grupp-ID", "Namn"], ["G1", "Styrgrupp"]];
      ws.tables.add("A1:B2", true).name = "Groups";
      await context.sync();
      const tables = context.workbook.tables.load("items/name, items/worksheet/name");
      const sheets = context.workbook.worksheets.load("name");
      const format = ws.getRange("A1").load({ format: { font: { bold: true } }, address: true });
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["Groups", "Grupper"]]);
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Grupper"]);
      expect(format.address).toBe("Grupper!A1");
      expect(format.format.font.bold).toBe(false);
      expect(thrownCode(() => format.format.font.italic)).toBe("PropertyNotLoaded");
    });
  });

  it("rejects loading a property the object does not have", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
  });

  it("counts syncs and non-empty requests", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      expect((context as unknown as { syncCount: number }).syncCount).toBe(2);
    });
    expect(wb.stats).toMatchObject({ syncs: 2, requests: 1 });
    wb.resetStats();
    expect(wb.stats).toEqual({ syncs: 0, requests: 0, largestPayloadBytes: 0 });
  });

  it("tells listeners about changes, not about reads", async () => {
    const wb = new MemoryWorkbook();
    const seen: number[] = [];
    const off = wb.onChange(() => seen.push(1));
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    off();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
    });
    expect(seen).toHaveLength(1);
  });
});
