// What a save would lose: features counted per sheet in the bytes read and the
// bytes to be written. Fixtures are made with ExcelJS here; the "after" file is
// the same workbook without the feature, as a lossy save would leave it.
import ExcelJS from "exceljs";
import { PNG } from "pngjs";
import { describeLosses, losses } from "../../src/cli/fidelity";

type Build = (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void;

async function xlsx(build?: Build): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Anteckningar");
  ws.getCell("A1").value = "Rubrik";
  ws.getCell("A2").value = 12;
  ws.getCell("B2").value = { formula: "A2*2", result: 24 };
  build?.(wb, ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const plain = xlsx();

describe("losses", () => {
  it("finds nothing lost between a workbook and itself", async () => {
    const bytes = await xlsx((_wb, ws) => ws.mergeCells("A1:C1"));
    expect(await losses(bytes, bytes)).toEqual([]);
  });

  it.each<[string, Build]>([
    ["merged", (_wb, ws) => ws.mergeCells("A1:C1")],
    ["borders", (_wb, ws) => (ws.getCell("A2").border = { bottom: { style: "thin" } })],
    ["themeColours", (_wb, ws) => (ws.getCell("A1").font = { color: { theme: 4 } })],
    ["otherFills", (_wb, ws) => (ws.getCell("A1").fill = { type: "pattern", pattern: "darkTrellis", fgColor: { argb: "FFFF0000" } })],
    ["comments", (_wb, ws) => (ws.getCell("A2").note = "Kontrollera siffran")],
    [
      "conditionalFormats",
      (_wb, ws) =>
        ws.addConditionalFormatting({
          ref: "A2:A9",
          rules: [{ type: "cellIs", operator: "greaterThan", formulae: [10], priority: 1, style: { font: { bold: true } } }],
        }),
    ],
    ["definedNames", (wb) => wb.definedNames.add("Anteckningar!$A$2:$A$9", "Belopp")],
    ["protection", (_wb, ws) => void ws.protect("", {})],
    [
      "pictures",
      (wb, ws) => {
        const png = new PNG({ width: 2, height: 2 });
        ws.addImage(wb.addImage({ buffer: PNG.sync.write(png) as unknown as ExcelJS.Buffer, extension: "png" }), "C3:D5");
      },
    ],
  ])("notices lost %s, naming the sheet", async (feature, build) => {
    const lost = await losses(await xlsx(build), await plain);
    expect(lost).toContainEqual({ feature, sheet: feature === "definedNames" ? null : "Anteckningar" });
  });

  it("notices lost cell values", async () => {
    const before = await xlsx((_wb, ws) => (ws.getCell("D4").value = "Viktig anteckning"));
    expect(await losses(before, await plain)).toEqual([{ feature: "values", sheet: "Anteckningar" }]);
  });

  it("does not count a sheet the command rebuilt on purpose", async () => {
    const before = await xlsx((_wb, ws) => ws.mergeCells("A1:C1"));
    expect(await losses(before, await plain, ["anteckningar"])).toEqual([]);
  });

  it("does not mistake the default black text for a theme colour", async () => {
    const before = await xlsx((_wb, ws) => (ws.getCell("A1").font = { bold: true, color: { theme: 1 } }));
    expect(await losses(before, await plain)).toEqual([]);
  });
});

describe("describeLosses", () => {
  it("names each feature once with its sheets, in both languages", () => {
    const text = describeLosses([
      { feature: "merged", sheet: "Anteckningar" },
      { feature: "merged", sheet: "Budget" },
      { feature: "definedNames", sheet: null },
    ]);
    expect(text.sv).toBe("sammanfogade celler (bladet Anteckningar, Budget), namngivna områden");
    expect(text.en).toBe("merged cells (sheet Anteckningar, Budget), named ranges");
  });
});
