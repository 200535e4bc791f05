// The 5 MB request limit of Excel on the web: a larger sync is refused whole.

import { MemoryWorkbook, REQUEST_LIMIT_BYTES } from "../../src/host";
import { rejectionCode } from "./officeErrors";

const rows = (n: number, text: string) => Array.from({ length: n }, (_, i) => [i, text]);

describe("request payload limit", () => {
  it("refuses a sync whose queued request passes 5 MB and applies none of it", async () => {
    const wb = new MemoryWorkbook();
    const big = rows(60_000, "x".repeat(80)); // about 5.5 MB of JSON
    expect(JSON.stringify(big).length).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D1").values = [["small write in the same sync"]];
      context.workbook.worksheets.add("Ny");
      sheet.getRange("A1:B60000").values = big;
      expect(await rejectionCode(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    });
    expect(wb.model.sheetNames()).toEqual(["Sheet1"]);
    expect(wb.model.sheet("Sheet1")!.usedRange).toBeNull();
    expect(wb.stats.largestPayloadBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
  });

  it("counts UTF-8 bytes, so non-ASCII text weighs more than its length", async () => {
    const wb = new MemoryWorkbook();
    const text = "å".repeat(70);
    const data = rows(40_000, text); // about 3.2 M characters, but about 6 MB in UTF-8
    expect(JSON.stringify(data).length).toBeLessThan(REQUEST_LIMIT_BYTES);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B40000").values = data;
      expect(await rejectionCode(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    });
  });

  it("accepts the same data split over two syncs", async () => {
    const wb = new MemoryWorkbook();
    const big = rows(60_000, "x".repeat(80));
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B30000").values = big.slice(0, 30_000);
      await context.sync();
      sheet.getRange("A30001:B60000").values = big.slice(30_000);
      await context.sync();
    });
    expect(wb.model.sheet("Sheet1")!.cellAt("A60000").value).toBe(59_999);
    expect(wb.stats.largestPayloadBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(wb.stats.largestPayloadBytes).toBeGreaterThan(2_000_000);
  });
});
