// Shared formulas as Excel writes them (one master cell <f t="shared" ref=".."
// si="0">, the other cells <f t="shared" si="0"/> with their own saved
// results; LibreOffice and openpyxl do not write them, so the package is
// written by hand here). The in-memory Excel shows each cell's saved result,
// gives each cell its own (shifted) formula, computes a cell again with that
// formula when the session changes what it reads, and saving keeps the shared
// formulas as they were in the cells the session did not touch.

import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/host";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The cells of Blad1, one row per line, as Excel saves them (A: amounts; B: =A*2+$A$2; C: =ROUNDUP(A/3,0), which the host cannot compute; row 7: =A7+1 across B7:D7). */
const BLAD1_CELLS = [
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Belopp</t></is></c><c r="B1" t="inlineStr"><is><t>Dubbelt</t></is></c><c r="C1" t="inlineStr"><is><t>Tredjedel</t></is></c></row>',
  '<row r="2"><c r="A2"><v>10</v></c><c r="B2"><f t="shared" ref="B2:B5" si="0">A2*2+$A$2</f><v>30</v></c><c r="C2"><f t="shared" ref="C2:C5" si="1">ROUNDUP(A2/3,0)</f><v>4</v></c></row>',
  '<row r="3"><c r="A3"><v>20</v></c><c r="B3"><f t="shared" si="0"/><v>50</v></c><c r="C3"><f t="shared" si="1"/><v>7</v></c></row>',
  '<row r="4"><c r="A4"><v>31</v></c><c r="B4"><f t="shared" si="0"/><v>72</v></c><c r="C4"><f t="shared" si="1"/><v>11</v></c></row>',
  '<row r="5"><c r="A5"><v>40</v></c><c r="B5"><f t="shared" si="0"/><v>90</v></c><c r="C5"><f t="shared" si="1"/><v>14</v></c></row>',
  '<row r="7"><c r="A7"><v>1</v></c><c r="B7"><f t="shared" ref="B7:D7" si="2">A7+1</f><v>2</v></c><c r="C7"><f t="shared" si="2"/><v>3</v></c><c r="D7"><f t="shared" si="2"/><v>4</v></c></row>',
];
const BLAD2 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A1:B3"/><sheetData><row r="1"><c r="A1"><v>5</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">Blad1!A2*A1</f><v>50</v></c></row><row r="2"><c r="A2"><v>6</v></c><c r="B2"><f t="shared" si="0"/><v>120</v></c></row><row r="3"><c r="A3"><v>7</v></c><c r="B3"><f t="shared" si="0"/><v>217</v></c></row></sheetData></worksheet>`;

const sheetXml = (cells: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A1:D7"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${cells.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

async function sharedFormulaWorkbook(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
  );
  zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}><workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000"/></bookViews><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/><sheet name="Blad2" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
  );
  zip.file(
    "xl/styles.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  );
  zip.file("xl/worksheets/sheet1.xml", sheetXml(BLAD1_CELLS));
  zip.file("xl/worksheets/sheet2.xml", BLAD2);
  zip.file("xl/calcChain.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="1"/></calcChain>');
  return zip.generateAsync({ type: "uint8array" });
}

async function read(wb: MemoryWorkbook, sheet: string, address: string): Promise<{ values: unknown[][]; formulas: unknown[][] }> {
  return wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values, formulas");
    await context.sync();
    return { values: range.values, formulas: range.formulas };
  });
}

async function write(wb: MemoryWorkbook, sheet: string, address: string, values: unknown[][]): Promise<void> {
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values as Excel.Range["values"];
    await context.sync();
  });
}

/** Each cell element of a worksheet part, by reference. */
async function cellElements(bytes: Uint8Array, part: string): Promise<Map<string, string>> {
  const xml = await (await JSZip.loadAsync(bytes)).file(part)!.async("string");
  return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [m[1], m[0]]));
}

let file: Uint8Array;
beforeAll(async () => {
  file = await sharedFormulaWorkbook();
});

describe("reading shared formulas", () => {
  it("shows each cell's saved result and its own shifted formula", async () => {
    const wb = await MemoryWorkbook.fromXlsx(file);
    expect(await read(wb, "Blad1", "B2:C5")).toEqual({
      values: [[30, 4], [50, 7], [72, 11], [90, 14]],
      formulas: [["=A2*2+$A$2", "=ROUNDUP(A2/3,0)"], ["=A3*2+$A$2", "=ROUNDUP(A3/3,0)"], ["=A4*2+$A$2", "=ROUNDUP(A4/3,0)"], ["=A5*2+$A$2", "=ROUNDUP(A5/3,0)"]],
    });
    expect(await read(wb, "Blad1", "B7:D7")).toEqual({ values: [[2, 3, 4]], formulas: [["=A7+1", "=B7+1", "=C7+1"]] });
    expect(await read(wb, "Blad2", "B1:B3")).toEqual({ values: [[50], [120], [217]], formulas: [["=Blad1!A2*A1"], ["=Blad1!A3*A2"], ["=Blad1!A4*A3"]] });
  });
});

describe("a session that changes what a shared formula's cell reads", () => {
  it("computes that cell again with its own formula and keeps the others' saved results", async () => {
    const wb = await MemoryWorkbook.fromXlsx(file);
    await write(wb, "Blad1", "A4", [[100]]);
    // B4 is =A4*2+$A$2: 210; B3 and B5 read other cells and keep what the file saved
    expect((await read(wb, "Blad1", "B2:B5")).values).toEqual([[30], [50], [210], [90]]);
    // Blad2!B3 is =Blad1!A4*A3 (shifted from the master's =Blad1!A2*A1)
    expect((await read(wb, "Blad2", "B1:B3")).values).toEqual([[50], [120], [700]]);
    // ROUNDUP is not computed by the host: its cell keeps the result Excel saved
    expect((await read(wb, "Blad1", "C4")).values).toEqual([[11]]);
  });

  it("follows absolute references and chains of shared cells", async () => {
    const wb = await MemoryWorkbook.fromXlsx(file);
    await write(wb, "Blad1", "A2", [[11]]);
    expect((await read(wb, "Blad1", "B2:B5")).values).toEqual([[33], [51], [73], [91]]);
    await write(wb, "Blad1", "A7", [[5]]);
    expect((await read(wb, "Blad1", "B7:D7")).values).toEqual([[6, 7, 8]]);
  });
});

describe("saving a workbook with shared formulas", () => {
  it("keeps every shared formula cell the session did not touch as it was, and an untouched sheet byte for byte", async () => {
    const wb = await MemoryWorkbook.fromXlsx(file);
    await write(wb, "Blad1", "A4", [[100]]);
    await write(wb, "Blad1", "E1", [["Ny kolumn"]]);
    const saved = await wb.toXlsx();
    const before = await cellElements(file, "xl/worksheets/sheet1.xml");
    const after = await cellElements(saved, "xl/worksheets/sheet1.xml");
    for (const ref of ["B2", "B3", "B4", "B5", "C2", "C3", "C4", "C5", "B7", "C7", "D7"]) expect([ref, after.get(ref)]).toEqual([ref, before.get(ref)]);
    expect(after.get("A4")).toMatch(/<v>100<\/v>/);
    const zipBefore = await JSZip.loadAsync(file);
    const zipAfter = await JSZip.loadAsync(saved);
    expect(await zipAfter.file("xl/worksheets/sheet2.xml")!.async("string")).toBe(await zipBefore.file("xl/worksheets/sheet2.xml")!.async("string"));
    // read back: the same formulas, the session's value, and Excel is told to compute on opening
    const again = await MemoryWorkbook.fromXlsx(saved);
    expect((await read(again, "Blad1", "B2:B5")).formulas).toEqual([["=A2*2+$A$2"], ["=A3*2+$A$2"], ["=A4*2+$A$2"], ["=A5*2+$A$2"]]);
    expect((await read(again, "Blad1", "A4")).values).toEqual([[100]]);
  });

  it("gives the other cells their own formulas when the session rewrites a shared formula's first cell", async () => {
    const wb = await MemoryWorkbook.fromXlsx(file);
    await write(wb, "Blad1", "B2", [["=A2*3"]]);
    const saved = await wb.toXlsx();
    const after = await cellElements(saved, "xl/worksheets/sheet1.xml");
    expect(after.get("B2")).toMatch(/<f>A2\*3<\/f>/);
    expect(after.get("B3")).toMatch(/^<c r="B3"[^>]*><f>A3\*2\+\$A\$2<\/f><v>50<\/v><\/c>$/);
    expect(after.get("B5")).toMatch(/<f>A5\*2\+\$A\$2<\/f><v>90<\/v>/);
    const before = await cellElements(file, "xl/worksheets/sheet1.xml");
    for (const ref of ["C2", "C3", "C4", "C5", "B7", "C7", "D7"]) expect([ref, after.get(ref)]).toEqual([ref, before.get(ref)]);
    const again = await MemoryWorkbook.fromXlsx(saved);
    expect(await read(again, "Blad1", "B2:B5")).toEqual({ values: [[30], [50], [72], [90]], formulas: [["=A2*3"], ["=A3*2+$A$2"], ["=A4*2+$A$2"], ["=A5*2+$A$2"]] });
  });

  it("keeps the shared formula of the other cells when the session overwrites one of them", async () => {
    const wb = await MemoryWorkbook.fromXlsx(file);
    await write(wb, "Blad1", "B4", [[5]]);
    const saved = await wb.toXlsx();
    const before = await cellElements(file, "xl/worksheets/sheet1.xml");
    const after = await cellElements(saved, "xl/worksheets/sheet1.xml");
    expect(after.get("B4")).toMatch(/^<c r="B4"[^>]*><v>5<\/v><\/c>$/);
    for (const ref of ["B2", "B3", "B5"]) expect([ref, after.get(ref)]).toEqual([ref, before.get(ref)]);
    const again = await MemoryWorkbook.fromXlsx(saved);
    expect(await read(again, "Blad1", "B2:B5")).toEqual({ values: [[30], [50], [5], [90]], formulas: [["=A2*2+$A$2"], ["=A3*2+$A$2"], [5], ["=A5*2+$A$2"]] });
  });
});
