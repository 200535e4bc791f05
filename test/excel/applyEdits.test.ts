// The edit applier on the in-memory Excel: one sync, splitting only past the
// request limit, literal text kept literal, newer APIs skipped with a notice.
import { applyEdits } from "../../src/excel/applyEdits";
import { REQUEST_LIMIT_BYTES } from "../../src/host";
import type { Edit } from "../../src/workbook/edits";
import { emptyWorkbook, sheetOf } from "./hostWorkbook";

describe("applyEdits", () => {
  it("applies a batch of edits in one sync, and makes no sync for no edits", async () => {
    const wb = emptyWorkbook();
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "Plan" },
      { kind: "setValues", sheet: "Plan", address: "A1:B2", values: [["Namn", "Belopp"], ["Nattvandring", 80000]], text: true },
      { kind: "addTable", sheet: "Plan", address: "A1:B2", name: "Plan", style: "TableStyleLight9" },
      { kind: "setNumberFormat", sheet: "Plan", address: "B2:B2", format: '#,##0 "kr"' },
      { kind: "setColumnWidth", sheet: "Plan", columns: "A:B", widthChars: 11 },
      { kind: "freezeRows", sheet: "Plan", rows: 1 },
      { kind: "format", sheet: "Plan", address: "A1:B1", bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" },
      { kind: "activate", sheet: "Plan", cell: "B2" },
    ];
    const result = await wb.run((context) => applyEdits(context, edits, wb.capabilities));

    expect(result).toMatchObject({ syncs: 1, notices: [] });
    expect(wb.stats.syncs).toBe(1);
    const plan = sheetOf(wb, "Plan");
    expect(plan.cellAt("B2")).toMatchObject({ value: 80000, numberFormat: '#,##0 "kr"' });
    expect(plan.cellAt("A1")).toMatchObject({ bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" });
    expect(plan.columnWidths.slice(0, 2)).toEqual([61.5, 61.5]);
    expect(plan.frozenRows).toBe(1);
    expect(wb.model.table("Plan")?.style).toBe("TableStyleLight9");
    expect(wb.selection).toEqual({ sheet: "Plan", address: "B2" });

    wb.resetStats();
    expect(await wb.run((context) => applyEdits(context, [], wb.capabilities))).toEqual({ syncs: 0, largestPayloadBytes: 0, notices: [] });
    expect(wb.stats.syncs).toBe(0);
  });

  it("splits a write larger than the split size into row bands over several syncs, and every value lands", async () => {
    const wb = emptyWorkbook();
    const rows = 3000;
    const values = Array.from({ length: rows }, (_, r) => [`Rad ${r + 1}: ` + "trygghetsvandring ".repeat(12), r + 1, "åäö".repeat(20)]);
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "Stor" },
      { kind: "setValues", sheet: "Stor", address: `A1:C${rows}`, values, text: true },
    ];

    const result = await wb.run((context) => applyEdits(context, edits, wb.capabilities, { splitBytes: 200_000 }));
    expect(result.syncs).toBeGreaterThan(1);
    expect(wb.stats.syncs).toBe(result.syncs);
    expect(wb.stats.largestPayloadBytes).toBeLessThanOrEqual(200_000 + 10_000);
    const sheet = sheetOf(wb, "Stor");
    expect(sheet.readValues({ r0: 0, c0: 0, r1: rows - 1, c1: 2 })).toEqual(values);
  });

  it("stays under the real limit by default: a 6 MB write succeeds where one sync would be refused", async () => {
    const wb = emptyWorkbook();
    const rows = 6000;
    const values = Array.from({ length: rows }, (_, r) => [r, "x".repeat(1000)]);
    expect(JSON.stringify(values).length).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    const result = await wb.run((context) =>
      applyEdits(context, [{ kind: "setValues", sheet: "Sheet1", address: `A1:B${rows}`, values }], wb.capabilities),
    );
    expect(result.syncs).toBe(2);
    expect(wb.stats.largestPayloadBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(sheetOf(wb, "Sheet1").cellAt(`B${rows}`).value).toBe("x".repeat(1000));

    // The same write in one request is what Excel refuses.
    const single = emptyWorkbook();
    const refused = single.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:B${rows}`).values = values;
      await context.sync();
    });
    await expect(refused).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("keeps text that looks like a formula, number, date or boolean as the literal text the user typed", async () => {
    const wb = emptyWorkbook();
    const tricky = ["=HYPERLINK(\"http://x\")", "+46 70 123 45 67", "-5", "@admin", "2025-03-01", "1/3/2025", "0012", "TRUE", "SANT", "12 %"];
    await wb.run((context) =>
      applyEdits(context, [{ kind: "setValues", sheet: "Sheet1", address: `A1:A${tricky.length}`, values: tricky.map((t) => [t]), text: true }], wb.capabilities),
    );
    tricky.forEach((t, i) => expect(sheetOf(wb, "Sheet1").cell(i, 0)).toMatchObject({ value: t, formula: null }));

    // Without text: true, a leading "=" is a formula (as generated sheets need).
    await wb.run((context) => applyEdits(context, [{ kind: "setValues", sheet: "Sheet1", address: "B1", values: [["=1+1"]] }], wb.capabilities));
    expect(sheetOf(wb, "Sheet1").cellAt("B1")).toMatchObject({ value: 2, formula: "=1+1" });
  });

  it("cuts text over Excel's 32 767 characters per cell with an ellipsis and says where", async () => {
    const wb = emptyWorkbook();
    const long = "Trygghetsvandring. ".repeat(2000); // 38 000 characters
    const result = await wb.run((context) =>
      applyEdits(context, [{ kind: "setValues", sheet: "Sheet1", address: "B3:C4", values: [["kort", long], [long + "x", "=1+1"]], text: true }], wb.capabilities),
    );
    const cell = sheetOf(wb, "Sheet1").cellAt("C3").value as string;
    expect(cell).toHaveLength(32_767);
    expect(cell.endsWith("…")).toBe(true);
    expect(cell.startsWith("Trygghetsvandring. Trygghetsvandring.")).toBe(true);
    expect(sheetOf(wb, "Sheet1").cellAt("B3").value).toBe("kort");
    expect(result.notices).toEqual([
      {
        sv: "2 celler på bladet ”Sheet1” (först C3) skulle få mer än Excels gräns på 32 767 tecken; texten kortades och slutar med ”…”. Hela texten finns kvar där den skrevs in.",
        en: "2 cells on the sheet “Sheet1” (first C3) would hold more than Excel's limit of 32 767 characters; the text was cut and ends in “…”. The whole text is still where it was typed.",
      },
    ]);
  });

  it("the in-memory Excel refuses text over 32 767 characters, as Excel does", async () => {
    const wb = emptyWorkbook();
    const code = await wb
      .run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32_768)]];
        await context.sync();
        return "";
      })
      .catch((e: { code?: string }) => e.code);
    expect(code).toBe("InvalidArgument");
  });

  it("skips what this Excel lacks (dropdowns, print settings) with a bilingual notice each, and applies the rest", async () => {
    const wb = emptyWorkbook("1.7");
    const edits: Edit[] = [
      { kind: "setValues", sheet: "Sheet1", address: "A1", values: [["Status"]], text: true },
      { kind: "listValidation", sheet: "Sheet1", address: "A2:A10", source: "Planerad,Pågår" },
      { kind: "listValidation", sheet: "Sheet1", address: "B2:B10", source: "Ja,Nej" },
      { kind: "pageLayout", sheet: "Sheet1", orientation: "Landscape", paperSize: "A4", fitToWidth: true },
    ];
    const result = await wb.run((context) => applyEdits(context, edits, wb.capabilities));
    expect(result.syncs).toBe(1);
    expect(result.notices).toHaveLength(2);
    for (const n of result.notices) {
      expect(n.sv).toMatch(/ExcelApi 1\.[89]/);
      expect(n.en).toMatch(/ExcelApi 1\.[89]/);
    }
    expect(sheetOf(wb, "Sheet1").cellAt("A1").value).toBe("Status");
    expect(sheetOf(wb, "Sheet1").validations).toEqual([]);
  });
});
