// Elements the package writer adds to a part it patches go where the schema puts
// them (Excel refuses a part whose children are out of order and offers a repair):
// after every child that comes before them, before the first that follows, never
// inside a child that holds an element of the same name.
import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/host";
import { insertWorkbookChild, insertWorksheetChild } from "../../src/host/xlsx/xml";

const children = (xml: string, root: string) =>
  [...new RegExp(`<${root}\\b[^>]*>([\\s\\S]*)</${root}>`).exec(xml)![1].matchAll(/<(\w+)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/g)].map((m) => m[1]);

describe("insertWorkbookChild", () => {
  const workbook =
    '<workbook><workbookPr/><bookViews><workbookView><extLst><ext uri="x"/></extLst></workbookView></bookViews>' +
    '<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets><externalReferences><externalReference r:id="rId9"/></externalReferences>' +
    "<calcPr calcId=\"191029\"/><extLst><ext uri=\"y\"/></extLst></workbook>";

  it("puts definedNames after externalReferences and before calcPr", () => {
    const out = insertWorkbookChild(workbook, "definedNames", '<definedNames><definedName name="N">A!$A$1</definedName></definedNames>');
    expect(children(out, "workbook")).toEqual(["workbookPr", "bookViews", "sheets", "externalReferences", "definedNames", "calcPr", "extLst"]);
  });

  it("puts calcPr before the workbook's own extLst, not before a workbookView's", () => {
    const out = insertWorkbookChild(workbook.replace('<calcPr calcId="191029"/>', ""), "calcPr", '<calcPr fullCalcOnLoad="1"/>');
    expect(children(out, "workbook")).toEqual(["workbookPr", "bookViews", "sheets", "externalReferences", "calcPr", "extLst"]);
    expect(out).toContain('<workbookView><extLst><ext uri="x"/></extLst></workbookView>');
  });
});

describe("insertWorksheetChild", () => {
  it("puts dataValidations after conditional formatting whose rule has an extLst, before hyperlinks", () => {
    const sheet =
      "<worksheet><sheetData/><conditionalFormatting sqref=\"A1:A9\"><cfRule type=\"dataBar\" priority=\"1\"><dataBar><cfvo type=\"min\"/><cfvo type=\"max\"/><color rgb=\"FF638EC6\"/></dataBar>" +
      '<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"/></extLst></cfRule></conditionalFormatting><hyperlinks><hyperlink ref="B1" r:id="rId1"/></hyperlinks>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><extLst><ext uri="z"/></extLst></worksheet>';
    const out = insertWorksheetChild(sheet, "dataValidations", '<dataValidations count="1"><dataValidation type="list" sqref="C2"><formula1>"Ja,Nej"</formula1></dataValidation></dataValidations>');
    expect(children(out, "worksheet")).toEqual(["sheetData", "conditionalFormatting", "dataValidations", "hyperlinks", "pageMargins", "extLst"]);
  });

  it("puts an element with nothing after it at the end of the sheet", () => {
    expect(children(insertWorksheetChild("<worksheet><sheetData/></worksheet>", "tableParts", '<tableParts count="0"/>'), "worksheet")).toEqual(["sheetData", "tableParts"]);
  });
});

it("a workbook linking to another workbook and holding no names gets its print titles after the link, as the schema orders", async () => {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["Rubrik", "Värde"], ["a", 1]];
    await context.sync();
  });
  const zip = await JSZip.loadAsync(await wb.toXlsx());
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  expect(workbookXml).not.toMatch(/<definedNames/);
  zip.file("xl/workbook.xml", workbookXml.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'));
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace("</Relationships>", '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'),
  );
  zip.file("xl/externalLinks/externalLink1.xml", '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook/></externalLink>');
  const read = await MemoryWorkbook.fromXlsx(await zip.generateAsync({ type: "uint8array" }));
  await read.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").pageLayout.setPrintTitleRows("$1:$1");
    await context.sync();
  });
  const saved = await (await JSZip.loadAsync(await read.toXlsx())).file("xl/workbook.xml")!.async("string");
  const order = children(saved, "workbook");
  expect(order).toContain("definedNames");
  expect(order.indexOf("definedNames")).toBe(order.indexOf("externalReferences") + 1);
});
