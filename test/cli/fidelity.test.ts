// What a save would lose: features counted per sheet in the bytes read and the
// bytes to be written. Fixtures are made with ExcelJS here; the "after" file is
// the same workbook without the feature, as a lossy save would leave it.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { describeLosses, losses } from "../../src/cli/fidelity";
import { MemoryWorkbook } from "../../src/host";

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
    ["hiddenRows", (_wb, ws) => void (ws.getRow(2).hidden = true)],
    ["hiddenColumns", (_wb, ws) => void (ws.getColumn(3).hidden = true)],
    ["filters", (_wb, ws) => void (ws.autoFilter = "A1:B2")],
    ["outlines", (_wb, ws) => void (ws.getRow(2).outlineLevel = 1)],
    ["arrayFormulas", (_wb, ws) => void (ws.getCell("C2").value = { formula: "A2*2", result: 24, shareType: "array", ref: "C2" } as ExcelJS.CellFormulaValue)],
    ["sharedFormulas", (_wb, ws) => ws.fillFormula("D2:D4", "A2*2", [24, 0, 0])],
    ["richText", (_wb, ws) => void (ws.getCell("A3").value = { richText: [{ text: "Viktigt: ", font: { bold: true } }, { text: "läs" }] })],
    ["validations", (_wb, ws) => void (ws.getCell("A2").dataValidation = { type: "whole", operator: "between", formulae: [0, 10] })],
    [
      "inputMessages",
      (_wb, ws) => void (ws.getCell("A2").dataValidation = { type: "list", formulae: ['"Ja,Nej"'], showInputMessage: true, promptTitle: "Val", prompt: "Ja eller Nej" }),
    ],
    ["hyperlinks", (_wb, ws) => void (ws.getCell("A4").value = { text: "Brå", hyperlink: "https://bra.se" })],
    ["tables", (_wb, ws) => void ws.addTable({ name: "Egen", ref: "F1", columns: [{ name: "Post" }], rows: [["a"]] })],
    ["dateSystem", (wb) => void (wb.properties.date1904 = true)],
  ])("notices lost %s, naming the sheet", async (feature, build) => {
    const lost = await losses(await xlsx(build), await plain);
    expect(lost).toContainEqual({ feature, sheet: feature === "definedNames" || feature === "dateSystem" ? null : "Anteckningar" });
  });

  it("does not count an empty workbookProtection (LibreOffice writes one; it protects nothing), but a locked one", async () => {
    const withProtection = async (tag: string) => {
      const zip = await JSZip.loadAsync(await plain);
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", workbook.replace("<sheets>", `${tag}<sheets>`));
      return zip.generateAsync({ type: "uint8array" });
    };
    expect(await losses(await withProtection("<workbookProtection/>"), await plain)).toEqual([]);
    expect(await losses(await withProtection('<workbookProtection lockStructure="1"/>'), await plain)).toEqual([{ feature: "protection", sheet: null }]);
  });

  it("notices a package part that disappeared (something another program saved)", async () => {
    const zip = await JSZip.loadAsync(await plain);
    zip.file("customXml/item1.xml", "<root/>");
    expect(await losses(await zip.generateAsync({ type: "uint8array" }), await plain)).toEqual([{ feature: "otherParts", sheet: null }]);
  });

  it("notices lost charts, naming the sheet", async () => {
    const withChart = async (chart: boolean) => {
      const wb = new MemoryWorkbook();
      await wb.run(async (context) => {
        const ws = context.workbook.worksheets.add("Diagram");
        ws.getRange("A1:B3").values = [["År", "Antal"], ["2024", 12], ["2025", 9]];
        if (chart) ws.charts.add("Line", ws.getRange("A1:B3"), "Columns");
      });
      return wb.toXlsx();
    };
    const [before, after] = await Promise.all([withChart(true), withChart(false)]);
    expect(await losses(before, after)).toContainEqual({ feature: "charts", sheet: "Diagram" });
    expect(await losses(before, before)).toEqual([]);
  });

  it("notices lost shapes (a text box in a sheet's drawing), naming the sheet", async () => {
    const picture = (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => {
      const png = new PNG({ width: 2, height: 2 });
      ws.addImage(wb.addImage({ buffer: PNG.sync.write(png) as unknown as ExcelJS.Buffer, extension: "png" }), "C3:D5");
    };
    const after = await xlsx(picture);
    const zip = await JSZip.loadAsync(after);
    const drawing = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
    const box = '<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="9" name="Textruta 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Obs!</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>';
    zip.file(drawing, (await zip.file(drawing)!.async("string")).replace("</xdr:wsDr>", `${box}</xdr:wsDr>`));
    const before = await zip.generateAsync({ type: "uint8array" });
    expect(await losses(before, after)).toEqual([{ feature: "shapes", sheet: "Anteckningar" }]);
  });

  it.each([
    ["pivotTables", "xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>"],
    ["externalLinks", "xl/externalLinks/externalLink1.xml", "<externalLink/>"],
  ])("notices lost %s (and the part that went with them)", async (feature, part, xml) => {
    const zip = await JSZip.loadAsync(await plain);
    zip.file(part, xml);
    expect(await losses(await zip.generateAsync({ type: "uint8array" }), await plain)).toEqual([
      { feature, sheet: null },
      { feature: "otherParts", sheet: null },
    ]);
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
