// .xlsx round trip through ExcelJS plus the parts the host writes itself
// (tables, validations, hyperlinks, charts), checked by reading the file back
// and by looking inside the zip; LibreOffice, when installed, must open it.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { MemoryWorkbook, formatRect } from "../../src/host";

const LIBREOFFICE = "/usr/bin/libreoffice";

async function planWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    const g = context.workbook.worksheets.add("Grupper");
    g.getRange("A1:D3").values = [
      ["Grupp-ID", "Namn", "Startdatum", "Budget (kr)"],
      ["G1", "Styrgruppen", 45717, 125000.5],
      ["G2", "'0042", "", 80000],
    ];
    g.getRange("C2:C3").numberFormat = [["yyyy-mm-dd"], ["yyyy-mm-dd"]];
    g.getRange("D2:D3").numberFormat = [['#,##0 "kr"'], ['#,##0 "kr"']];
    const t = g.tables.add("A1:D3", true);
    t.name = "Groups";
    t.style = "TableStyleLight9";
    g.getRange("A1:D1").format.font.bold = true;
    g.getRange("A1:D1").format.fill.color = "#DDEBF7";
    g.getRange("B:B").format.columnWidth = 171.75;
    g.freezePanes.freezeRows(1);
    g.getRange("E2:E10001").dataValidation.rule = { list: { inCellDropDown: true, source: "=INDIRECT(\"Groups[Grupp-ID]\")" } };
    g.getRange("F2:F10001").dataValidation.rule = { list: { inCellDropDown: true, source: "Ja,Nej" } };
    g.getRange("F2:F10001").dataValidation.errorAlert = { showAlert: true, style: "Warning", title: "Ja/Nej", message: "Skriv Ja eller Nej" };
    g.getRange("G1").hyperlink = { documentReference: "'Uppföljning'!A1", textToDisplay: "Till uppföljningen" };
    g.getRange("G2").formulas = [["=SUM(D2:D3)"]];

    const u = context.workbook.worksheets.add("Uppföljning");
    u.getRange("A1:C4").values = [["", "Anmälda brott", "Otrygghet"], ["2022", 120, 21], ["2023", 110, 19], ["2024", 95, 18]];
    const chart = u.charts.add("Line", u.getRange("A1:C4"), "Columns");
    chart.name = "Trend";
    chart.title.text = "Utveckling 2022–2024";
    chart.axes.categoryAxis.title.text = "År";
    chart.axes.valueAxis.title.text = "Antal";
    chart.setPosition("E2", "L18");
    chart.series.getItemAt(0).format.line.color = "#1F4E79";
    chart.series.getItemAt(1).format.line.color = "#C55A11";
    chart.series.getItemAt(1).format.line.lineStyle = "Dash";
    const bars = u.charts.add("BarStacked", u.getRange("A1:C4"), "Columns");
    bars.name = "Staplar";
    bars.setPosition("E20", "L36");
    bars.series.getItemAt(0).format.fill.setSolidColor("#2E75B6");

    const r = context.workbook.worksheets.add("Verksamhetsberättelse 2025");
    r.getRange("A1:B2").values = [["Rubrik", ""], ["Rad", 1]];
    r.pageLayout.orientation = "Landscape";
    r.pageLayout.paperSize = "A4";
    r.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    r.pageLayout.setPrintTitleRows("$1:$1");
    r.pageLayout.headersFooters.defaultForAllPages.centerHeader = "Verksamhetsberättelse 2025";
    r.pageLayout.headersFooters.defaultForAllPages.centerFooter = "Sida &P av &N";

    const meta = context.workbook.worksheets.add("_Rådsplan");
    meta.getRange("A1:B2").values = [["Nyckel", "Värde"], ["layoutVersion", 1]];
    meta.tables.add("A1:B2", true).name = "RadsplanSettings";
    meta.visibility = "VeryHidden";
    context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
    u.activate();
  });
  return wb;
}

describe("xlsx round trip", () => {
  let bytes: Uint8Array;
  let back: MemoryWorkbook;

  beforeAll(async () => {
    bytes = await (await planWorkbook()).toXlsx();
    back = await MemoryWorkbook.fromXlsx(bytes);
  });

  it("keeps sheets in order with their visibility and the active sheet", () => {
    expect(back.model.sheetNames()).toEqual(["Sheet1", "Grupper", "Uppföljning", "Verksamhetsberättelse 2025", "_Rådsplan"]);
    expect(back.model.sheets.map((s) => s.visibility)).toEqual(["Hidden", "Visible", "Visible", "Visible", "VeryHidden"]);
    expect(back.model.activeSheet.name).toBe("Uppföljning");
  });

  it("keeps values, formulas, number formats and cell formats", () => {
    const g = back.model.sheet("Grupper")!;
    expect(g.cellAt("B3").value).toBe("0042");
    expect(g.cellAt("C2")).toMatchObject({ value: 45717, numberFormat: "yyyy-mm-dd", text: "2025-03-01" });
    expect(g.cellAt("D2")).toMatchObject({ value: 125000.5, text: "125,001 kr" });
    expect(g.cellAt("A1")).toMatchObject({ bold: true, fill: "#DDEBF7" });
    expect(g.cellAt("A2")).toMatchObject({ bold: false, fill: null });
    expect(g.cellAt("G2")).toMatchObject({ formula: "=SUM(D2:D3)", value: 205000.5 });
  });

  it("keeps column widths, frozen rows and hyperlinks", () => {
    const g = back.model.sheet("Grupper")!;
    expect(g.columnWidth(1)).toBe(171.75);
    expect(g.columnWidth(0)).toBe(48);
    expect(g.frozenRows).toBe(1);
    expect(g.cellAt("G1")).toMatchObject({ value: "Till uppföljningen", hyperlink: { documentReference: "'Uppföljning'!A1" } });
  });

  it("keeps tables with name, range and style", () => {
    const tables = back.model.tables().map((t) => [t.name, t.sheet.name, formatRect(t.rect), t.style]);
    expect(tables).toEqual([
      ["Groups", "Grupper", "A1:D3", "TableStyleLight9"],
      ["RadsplanSettings", "_Rådsplan", "A1:B2", "TableStyleMedium2"],
    ]);
  });

  it("keeps list validations as ranges with their source and error alert", () => {
    const v = back.model.sheet("Grupper")!.validations.map((x) => [x.rects.map((r) => formatRect(r)), x.rule.list, x.errorAlert.style]);
    expect(v).toEqual([
      [["E2:E10001"], { inCellDropDown: true, source: '=INDIRECT("Groups[Grupp-ID]")' }, "Stop"],
      [["F2:F10001"], { inCellDropDown: true, source: "Ja,Nej" }, "Warning"],
    ]);
  });

  it("writes a validation over 10 000 rows as one element, not one per cell", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const block = /<dataValidations[\s\S]*<\/dataValidations>/.exec(sheetXml)![0];
    expect(block.match(/<dataValidation /g)).toHaveLength(2);
    expect(block).toContain('sqref="E2:E10001"');
    expect(block.length).toBeLessThan(600);
  });

  it("keeps page setup: orientation, A4, fit to width, print titles, header and footer", () => {
    const pl = back.model.sheet("Verksamhetsberättelse 2025")!.pageLayout;
    expect(pl).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { r0: 0, r1: 0 },
      headersFooters: { centerHeader: "Verksamhetsberättelse 2025", centerFooter: "Sida &P av &N" },
    });
  });

  it("reads its own charts back with type, titles, position, series references and styles", () => {
    const charts = back.model.sheet("Uppföljning")!.charts;
    expect(charts.map((c) => [c.name, c.type, c.title.text, c.categoryAxisTitle.text, c.valueAxisTitle.text])).toEqual([
      ["Trend", "Line", "Utveckling 2022–2024", "År", "Antal"],
      ["Staplar", "BarStacked", "", "", ""],
    ]);
    const trend = charts[0];
    expect([trend.from, trend.to]).toEqual([{ row: 1, col: 4 }, { row: 17, col: 11 }]);
    expect(trend.series.map((s) => [s.name, formatRect(s.values.rect), s.categories && formatRect(s.categories.rect), s.lineColor, s.lineStyle])).toEqual([
      ["Anmälda brott", "B2:B4", "A2:A4", "#1F4E79", undefined],
      ["Otrygghet", "C2:C4", "A2:A4", "#C55A11", "Dash"],
    ]);
    expect(charts[1].series[0].fillColor).toBe("#2E75B6");
  });
});

describe("xlsx chart parts", () => {
  it("contains DrawingML chart parts that point at the right ranges, with rels and content types", async () => {
    const zip = await JSZip.loadAsync(await (await planWorkbook()).toXlsx());
    const text = (p: string) => zip.file(p)!.async("string");
    const types = await text("[Content_Types].xml");
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(types).toContain('PartName="/xl/tables/table1.xml"');
    const sheetXml = await text("xl/worksheets/sheet3.xml");
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
    expect(await text("xl/worksheets/_rels/sheet3.xml.rels")).toMatch(new RegExp(`Id="${drawingId}"[^>]*Target="../drawings/drawing1.xml"`));
    const drawing = await text("xl/drawings/drawing1.xml");
    expect(drawing).toContain("<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>");
    expect(await text("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const chart = await text("xl/charts/chart1.xml");
    expect(chart).toContain("<c:lineChart>");
    expect(chart).toContain("<c:f>Uppföljning!$B$1</c:f>");
    expect(chart).toContain("<c:f>Uppföljning!$B$2:$B$4</c:f>");
    expect(chart).toContain("<c:f>Uppföljning!$A$2:$A$4</c:f>");
    expect(chart).toContain('<a:srgbClr val="C55A11"/>');
    expect(chart).toContain('<a:prstDash val="dash"/>');
    expect(chart).toContain("<a:t>Utveckling 2022–2024</a:t>");
    const bars = await text("xl/charts/chart2.xml");
    expect(bars).toMatch(/<c:barDir val="bar"\/><c:grouping val="stacked"\/>/);
    // the chart sheet's table part and the tables' own parts
    expect(await text("xl/tables/table1.xml")).toContain('name="Groups" displayName="Groups" ref="A1:D3"');
  });

  it("opens in LibreOffice and converts to PDF", async () => {
    const pdf = await throughLibreOffice(await (await planWorkbook()).toXlsx(), "pdf");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5_000);
  }, 150_000);

  it("reads a copy LibreOffice saved: tables, validations, charts and page setup survive", async () => {
    const copy = await throughLibreOffice(await (await planWorkbook()).toXlsx(), "xlsx");
    const wb = await MemoryWorkbook.fromXlsx(copy);
    expect(wb.model.table("Groups") && formatRect(wb.model.table("Groups")!.rect)).toBe("A1:D3");
    const g = wb.model.sheet("Grupper")!;
    expect(g.cellAt("C2").text).toBe("2025-03-01");
    expect(g.validations.map((v) => v.rule.list?.source)).toContain("Ja,Nej");
    const trend = wb.model.sheet("Uppföljning")!.charts.find((c) => c.title.text === "Utveckling 2022–2024");
    expect(trend?.series.map((x) => formatRect(x.values.rect))).toEqual(["B2:B4", "C2:C4"]);
    expect(wb.model.sheet("Verksamhetsberättelse 2025")!.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1 } });
  }, 150_000);
});

/** `bytes` converted by LibreOffice to `format`; fails, saying how to install it, when LibreOffice is missing (never a silent pass). */
async function throughLibreOffice(bytes: Uint8Array, format: "pdf" | "xlsx"): Promise<Buffer> {
  if (!existsSync(LIBREOFFICE)) {
    throw new Error(
      `LibreOffice is not installed at ${LIBREOFFICE}, so the ${format} conversion cannot be checked: ` +
        "install it with `apt-get install -y --no-install-recommends libreoffice-calc` (as root; `bash .ci/run` does), then run the tests again.",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "host-xlsx-"));
  try {
    const input = join(dir, "in", "plan.xlsx");
    mkdirSync(join(dir, "in"));
    writeFileSync(input, bytes);
    const filter = format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf";
    execFileSync(LIBREOFFICE, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", filter, "--outdir", join(dir, "out"), input], { timeout: 120_000, stdio: "pipe" });
    return readFileSync(join(dir, "out", `plan.${format}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a file's list validation, when the session changes the sheet's validations", () => {
  it("keeps its input message and other attributes the host does not model", async () => {
    const zip = await JSZip.loadAsync(await (await planWorkbook()).toXlsx());
    const path = "xl/worksheets/sheet2.xml";
    const xml = await zip.file(path)!.async("string");
    const withPrompt = xml.replace(/<dataValidation (?=[^>]*sqref="F2:F10001")/, '<dataValidation showInputMessage="1" promptTitle="Val" prompt="Ja &amp; Nej" imeMode="off" ');
    expect(withPrompt).not.toBe(xml);
    zip.file(path, withPrompt);
    const wb = await MemoryWorkbook.fromXlsx(await zip.generateAsync({ type: "uint8array" }));
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Grupper").getRange("H2:H5").dataValidation.rule = { list: { inCellDropDown: true, source: "A,B" } };
      await context.sync();
    });
    const saved = await (await JSZip.loadAsync(await wb.toXlsx())).file(path)!.async("string");
    const own = /<dataValidation\b[^>]*sqref="F2:F10001"[^>]*>/.exec(saved)![0];
    expect(own).toMatch(/showInputMessage="1"/);
    expect(own).toMatch(/promptTitle="Val"/);
    expect(own).toMatch(/prompt="Ja &amp; Nej"/);
    expect(own).toMatch(/imeMode="off"/);
    expect(own).toMatch(/errorStyle="warning"/);
    expect(saved).toMatch(/<dataValidation\b[^>]*sqref="H2:H5"/);
  });
});
