// Charts through Office.js: series split from the source range, titles,
// position, series formats, and validation of what Excel would refuse.


import { MemoryWorkbook, formatRect } from "../../src/host";
import { rejectionCode } from "./officeErrors";

async function withData(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    const s = context.workbook.worksheets.add("Uppföljning");
    s.getRange("A1:C4").values = [["", "Anmälda brott", "Otrygghet (%)"], ["2022", 120, 21], ["2023", 110, 19], ["2024", 95, 18]];
  });
  return wb;
}

describe("charts", () => {
  it("splits the source into series by columns, names from the top row and categories from the left column", async () => {
    const wb = await withData();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Uppföljning");
      const chart = s.charts.add("ColumnClustered", s.getRange("A1:C4"), "Columns");
      chart.name = "Brott";
      chart.title.text = "Utveckling";
      chart.axes.valueAxis.title.text = "Antal";
      chart.setPosition("E2", "L16");
      chart.series.getItemAt(1).format.fill.setSolidColor("#1F4E79");
      chart.series.getItemAt(0).format.line.lineStyle = "Dash";
      const series = chart.series.load("items/name");
      const size = chart.load("name,top,left,width,height");
      await context.sync();
      expect(series.items.map((x) => x.name)).toEqual(["Anmälda brott", "Otrygghet (%)"]);
      expect(size.name).toBe("Brott");
      expect([size.top, size.left, size.width, size.height]).toEqual([15, 4 * 48, 8 * 48, 15 * 15]);
    });
    const chart = wb.model.sheet("Uppföljning")!.charts[0];
    expect(chart.series.map((x) => [formatRect(x.values.rect), x.categories && formatRect(x.categories.rect)])).toEqual([
      ["B2:B4", "A2:A4"],
      ["C2:C4", "A2:A4"],
    ]);
    expect(chart.series[1].fillColor).toBe("#1F4E79");
    expect(chart.series[0].lineStyle).toBe("Dash");
    expect([chart.from, chart.to]).toEqual([{ row: 1, col: 4 }, { row: 15, col: 11 }]);
    expect(chart.valueAxisTitle).toEqual({ text: "Antal", visible: true });
  });

  it("splits by rows when asked", async () => {
    const wb = await withData();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Uppföljning");
      s.charts.add("Line", s.getRange("A1:C4"), "Rows");
    });
    const chart = wb.model.sheet("Uppföljning")!.charts[0];
    expect(chart.series.map((x) => x.name)).toEqual(["2022", "2023", "2024"]);
    expect(formatRect(chart.series[0].values.rect)).toBe("B2:C2");
  });

  it("refuses unknown chart types, line styles Excel does not have, and series that do not exist", async () => {
    const wb = await withData();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Uppföljning");
      s.charts.add("Sparkle" as Excel.ChartType, s.getRange("A1:C4"), "Columns");
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
      const c = s.charts.add("Line", s.getRange("A1:C4"), "Columns");
      await context.sync();
      c.series.getItemAt(0).format.line.lineStyle = "Solid" as Excel.ChartLineStyle;
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
      c.series.getItemAt(5).format.line.color = "#000000";
      expect(await rejectionCode(context.sync())).toBe("ItemNotFound");
    });
  });

  it("finds charts by name and deletes them", async () => {
    const wb = await withData();
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Uppföljning");
      s.charts.add("Line", s.getRange("A1:C4"), "Columns").name = "Trend";
      await context.sync();
      const found = s.charts.getItemOrNullObject("Trend");
      const none = s.charts.getItemOrNullObject("Saknas");
      await context.sync();
      expect([found.isNullObject, none.isNullObject]).toEqual([false, true]);
      found.delete();
    });
    expect(wb.model.sheet("Uppföljning")!.charts).toHaveLength(0);
  });
});
