// Writing values, formulas and number formats: size checks, broadcasting,
// Excel's coercion of typed text, and what formula cells read back as.

import { MemoryWorkbook } from "../../src/host";
import { rejectionCode } from "./officeErrors";

async function write(values: unknown, address = "A1", setup?: (s: Excel.Worksheet) => void): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    setup?.(sheet);
    sheet.getRange(address).values = values as unknown[][];
  });
  return wb;
}

const cell = (wb: MemoryWorkbook, a1: string) => wb.model.sheet("Sheet1")!.cellAt(a1);

describe("size checks", () => {
  it.each([
    ["values", [[1, 2, 3]]],
    ["values", [[1], [2]]],
    ["formulas", [["=1", "=2"], ["=3"]]],
    ["numberFormat", [["0", "0"]]],
  ])("rejects %s whose 2-D array does not match the range, and writes nothing", async (prop, data) => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (range as unknown as Record<string, unknown>)[prop] = data;
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
    expect(wb.model.sheet("Sheet1")!.usedRange).toBeNull();
  });

  it("fills every cell from a single value or a 1x1 array", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = "x" as unknown as unknown[][];
      sheet.getRange("C1:C3").values = [[7]];
      sheet.getRange("A1:C3").numberFormat = [["0.0"]];
      const read = sheet.getRange("A1:C3").load("values,text,numberFormat");
      await context.sync();
      expect(read.values).toEqual([["x", "x", 7], ["x", "x", 7], ["", "", 7]]);
      expect(read.text[0][2]).toBe("7.0");
      expect(read.numberFormat.flat().every((f) => f === "0.0")).toBe(true);
    });
  });

  it("leaves cells whose value is null unchanged", async () => {
    const wb = await write([["a", "b"]], "A1:B1");
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, "c"]];
    });
    expect([cell(wb, "A1").value, cell(wb, "B1").value]).toEqual(["a", "c"]);
  });
});

describe("coercion of written values", () => {
  it.each<[unknown, unknown, string | null]>([
    ["'=not a formula", "=not a formula", null],
    ["'00123", "00123", null],
    ["1234.5", 1234.5, null],
    ["1,234", 1234, null],
    ["-3", -3, null],
    ["TRUE", true, null],
    ["false", false, null],
    ["12%", 0.12, null],
    ["2025-03-01", 45717, null],
    ["1 234,50", "1 234,50", null],
    ["Styrgrupp", "Styrgrupp", null],
    ["=1+2", 3, "=1+2"],
    ["-B5", 0, "=-B5"],
    ["", "", null],
  ])("%j is stored as %j", async (input, value, formula) => {
    const wb = await write([[input]]);
    expect(cell(wb, "A1").value).toBe(value);
    expect(cell(wb, "A1").formula).toBe(formula);
  });

  it("gives a recognised date a date format, and a percentage a percent format", async () => {
    const wb = await write([["2025-03-01", "12%"]], "A1:B1");
    expect(cell(wb, "A1").numberFormat).toBe("yyyy-mm-dd");
    expect(cell(wb, "A1").text).toBe("2025-03-01");
    expect(cell(wb, "B1").text).toBe("12%");
  });

  it("keeps every string as text in a cell formatted as text", async () => {
    const wb = await write([["=1+2", "0012", "TRUE"]], "A1:C1", (s) => (s.getRange("A1:C1").numberFormat = [["@", "@", "@"]]));
    expect([cell(wb, "A1").value, cell(wb, "B1").value, cell(wb, "C1").value]).toEqual(["=1+2", "0012", "TRUE"]);
    expect(cell(wb, "A1").formula).toBeNull();
  });

  it("rejects a formula Excel could not parse, writing nothing of that range", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["ok", "=SUM((1,2)"]];
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
    expect(cell(wb, "A1").value).toBe("");
  });

  it("rejects values that are not strings, numbers or booleans", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[{ a: 1 }]] as unknown as unknown[][];
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
  });
});

describe("formula cells", () => {
  it("reads back the formula through formulas and a computed value through values where the host can", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:A3").values = [[2], [3], ["x"]];
      s.getRange("B1:B5").formulas = [
        ['=HYPERLINK("#\'Sheet1\'!A1","Till A1")'],
        ["=SUM(A1:A3)"],
        ['=A1&" st"'],
        ['=INDIRECT("A2")*10'],
        ["=VLOOKUP(1,A1:A3,1,FALSE)"],
      ];
      const r = s.getRange("B1:B5").load("values,formulas");
      await context.sync();
      expect(r.values).toEqual([["Till A1"], [5], ["2 st"], [30], ["#BUSY!"]]);
      expect(r.formulas[4][0]).toBe("=VLOOKUP(1,A1:A3,1,FALSE)");
    });
  });

  it("moves relative references when one formula fills a range (like Ctrl+Enter)", async () => {
    const wb = await write("=A1*2", "B1:B3", (s) => (s.getRange("A1:A3").values = [[1], [2], [3]]));
    expect([cell(wb, "B2").formula, cell(wb, "B3").value]).toEqual(["=A2*2", 6]);
  });

  it("computes structured references to table columns", async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:B3").values = [["Namn", "Budget (kr)"], ["a", 100], ["b", 250]];
      s.tables.add("A1:B3", true).name = "Budget";
      s.getRange("D1").formulas = [["=SUM(Budget[Budget (kr)])"]];
    });
    expect(cell(wb, "D1").value).toBe(350);
  });
});

describe("number formats and text", () => {
  it.each<[unknown, string, string]>([
    [1234567.891, '#,##0 "kr"', "1,234,568 kr"],
    [0.256, "0.0%", "25.6%"],
    [45717, "yyyy-mm-dd", "2025-03-01"],
    [2025, "0", "2025"],
    [-5, "0.00", "-5.00"],
    [3.5, "General", "3.5"],
  ])("shows %j with %j as %j", async (v, fmt, text) => {
    const wb = await write([[v]], "A1", (s) => (s.getRange("A1").numberFormat = [[fmt]]));
    expect(cell(wb, "A1").text).toBe(text);
  });
});
