// Tables: created over written cells, names unique workbook-wide, header and
// body ranges, columns appended or inserted, and no growth from writes below.

import { MemoryWorkbook } from "../../src/host";
import { rejectionCode } from "./officeErrors";

async function groups(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    const ws = context.workbook.worksheets.add("Grupper");
    ws.getRange("A1:C3").values = [["Grupp-ID", "Namn", "Typ"], ["G1", "Styrgruppen", "Styrgrupp"], ["G2", "Brå-rådet", "Beredningsgrupp"]];
    const t = ws.tables.add("A1:C3", true);
    t.name = "Groups";
  });
  return wb;
}

describe("tables", () => {
  it("covers the cells it was created over, with header and body ranges", async () => {
    const wb = await groups();
    await wb.run(async (context) => {
      const t = context.workbook.tables.getItem("Groups");
      const header = t.getHeaderRowRange().load("address,values");
      const body = t.getDataBodyRange().load("address,values");
      const all = t.getRange().load("address");
      const cols = t.columns.load("items/name,items/index");
      await context.sync();
      expect([all.address, header.address, body.address]).toEqual(["Grupper!A1:C3", "Grupper!A1:C1", "Grupper!A2:C3"]);
      expect(header.values).toEqual([["Grupp-ID", "Namn", "Typ"]]);
      expect(body.values[1]).toEqual(["G2", "Brå-rådet", "Beredningsgrupp"]);
      expect(cols.items.map((c) => [c.name, c.index])).toEqual([["Grupp-ID", 0], ["Namn", 1], ["Typ", 2]]);
    });
  });

  it("gives a table over a header row alone one empty body row, as Excel does", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:B1").values = [["År", "Värde"]];
      const body = s.tables.add("A1:B1", true).getDataBodyRange().load("address,values");
      await context.sync();
      expect(body.address).toBe("Sheet1!A2:B2");
      expect(body.values).toEqual([["", ""]]);
    });
  });

  it("does not grow when values are written on the row below it", async () => {
    const wb = await groups();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Grupper").getRange("A4:C4").values = [["G3", "Arbetsgrupp Centrum", "Arbetsgrupp"]];
      const all = context.workbook.tables.getItem("Groups").getRange().load("address");
      await context.sync();
      expect(all.address).toBe("Grupper!A1:C3");
    });
  });

  it("appends a named column at the right and grows the table, keeping the cells beyond", async () => {
    const wb = await groups();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Grupper").getRange("D2").values = [["anteckning"]];
      const col = context.workbook.tables.getItem("Groups").columns.add(null as unknown as undefined, null as unknown as undefined, "Placering");
      col.load("name,index");
      const all = context.workbook.tables.getItem("Groups").getRange().load("address");
      await context.sync();
      expect([col.name, col.index, all.address]).toEqual(["Placering", 3, "Grupper!A1:D3"]);
    });
    const sheet = wb.model.sheet("Grupper")!;
    expect(sheet.cellAt("D1").value).toBe("Placering");
    expect(sheet.cellAt("D2").value).toBe("");
    expect(sheet.cellAt("E2").value).toBe("anteckning");
  });

  it("adds a column with values (header first) at an index", async () => {
    const wb = await groups();
    await wb.run(async (context) => {
      context.workbook.tables.getItem("Groups").columns.add(1, [["Kort"], ["S"], ["B"]]);
    });
    const sheet = wb.model.sheet("Grupper")!;
    expect([0, 1, 2, 3].map((c) => sheet.cell(0, c).value)).toEqual(["Grupp-ID", "Kort", "Namn", "Typ"]);
    expect(sheet.cellAt("B3").value).toBe("B");
    expect(wb.model.table("Groups")!.rect).toEqual({ r0: 0, c0: 0, r1: 2, c1: 3 });
  });

  it("keeps table names unique across the workbook and rejects invalid ones", async () => {
    const wb = await groups();
    await wb.run(async (context) => {
      const other = context.workbook.worksheets.add("Annat");
      other.getRange("A1:A2").values = [["x"], [1]];
      other.tables.add("A1:A2", true).name = "groups";
      expect(await rejectionCode(context.sync())).toBe("ItemAlreadyExists");
      context.workbook.tables.getItem("Groups").name = "A1";
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
      context.workbook.tables.getItem("Groups").name = "Min tabell";
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
  });

  it("refuses a table that overlaps another", async () => {
    const wb = await groups();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Grupper").tables.add("C2:E4", true);
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
    expect(wb.model.tables()).toHaveLength(1);
  });

  it("keeps headers text, non-empty and unique, as Excel does", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:D2").values = [[2025, "", "Namn", "namn"], [1, 2, 3, 4]];
      s.tables.add("A1:D2", true);
    });
    const s = wb.model.sheet("Sheet1")!;
    expect([0, 1, 2, 3].map((c) => s.cell(0, c).value)).toEqual(["2025", "Column2", "Namn", "namn2"]);
  });

  it("inserts a header row above data when hasHeaders is false", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:B2").values = [[1, 2], [3, 4]];
      const body = s.tables.add("A1:B2", false).getDataBodyRange().load("address,values");
      await context.sync();
      expect(body.address).toBe("Sheet1!A2:B3");
      expect(body.values).toEqual([[1, 2], [3, 4]]);
    });
    expect(wb.model.sheet("Sheet1")!.cellAt("A1").value).toBe("Column1");
  });

  it("resizes to a new range with the same header row, and converts back to cells", async () => {
    const wb = await groups();
    await wb.run(async (context) => {
      const t = context.workbook.tables.getItem("Groups");
      t.resize("A1:C5");
      const r = t.getRange().load("address");
      await context.sync();
      expect(r.address).toBe("Grupper!A1:C5");
      t.resize("A2:C5");
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
      t.convertToRange();
      await context.sync();
    });
    expect(wb.model.tables()).toHaveLength(0);
    expect(wb.model.sheet("Grupper")!.cellAt("B2").value).toBe("Styrgruppen");
  });

  it("deletes the table together with its cells", async () => {
    const wb = await groups();
    await wb.run(async (context) => {
      context.workbook.tables.getItem("Groups").delete();
    });
    expect(wb.model.tables()).toHaveLength(0);
    expect(wb.model.sheet("Grupper")!.usedRange).toBeNull();
  });
});
