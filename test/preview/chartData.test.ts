// The preview draws each chart from its definition: the right shape, series
// named from their header cells, numbers per category and sensible axis ticks.

import { chartData, niceTicks, shapeOf, valueExtent, type ChartSpec } from "../../src/preview/charts/chartData";

const spec = (over: Partial<ChartSpec>): ChartSpec => ({
  name: "Diagram 1",
  chartKind: "LineMarkers",
  source: "A1:C4",
  title: "Anmälda brott per 100 000 invånare",
  series: [
    { name: "Värde", values: [9305, 9100, ""], categories: [2020, 2021, 2022], color: "#1F4E79" },
    { name: "Mål", values: [8500, 8500, 8500], categories: [2020, 2021, 2022], lineStyle: "Dash" },
  ],
  ...over,
});

describe("chartData", () => {
  it("keeps categories, series names, gaps, colours and dashes", () => {
    const data = chartData(spec({}))!;
    expect(data.shape).toBe("line");
    expect(data.markers).toBe(true);
    expect(data.categories).toEqual(["2020", "2021", "2022"]);
    expect(data.series.map((s) => s.name)).toEqual(["Värde", "Mål"]);
    expect(data.series[0].values).toEqual([9305, 9100, null]);
    expect(data.series[0].color).toBe("#1F4E79");
    expect(data.series[1].color).not.toBe(data.series[0].color);
    expect(data.series[1].dash).toBe("Dash");
  });

  it("numbers the points when there are no category cells, and gives nothing for no series", () => {
    const data = chartData(spec({ series: [{ name: "", values: [1, 2] }] }))!;
    expect(data.categories).toEqual(["1", "2"]);
    expect(data.series[0].name).toBe("Serie 1");
    expect(chartData(spec({ series: [] }))).toBeNull();
  });

  it("knows the shapes Rådsplan's charts use", () => {
    expect(shapeOf("ColumnClustered")).toEqual({ shape: "column", stacked: false, markers: false });
    expect(shapeOf("BarStacked")).toEqual({ shape: "bar", stacked: true, markers: false });
    expect(shapeOf("Line")).toEqual({ shape: "line", stacked: false, markers: false });
  });

  it("sums stacked series per category for the axis", () => {
    const data = chartData(
      spec({ chartKind: "BarStacked", series: [{ name: "Planerad", values: [2, 1] }, { name: "Pågår", values: [3, 4] }] }),
    )!;
    expect(valueExtent(data)).toEqual({ min: 0, max: 5 });
  });

  it("leaves zero out of a line chart whose values all lie high, as Excel's automatic axis does", () => {
    const extent = valueExtent(chartData(spec({ series: [{ name: "x", values: [9305, 9100, 9000] }] }))!);
    expect(extent.min).toBe(9000);
    const low = valueExtent(chartData(spec({ series: [{ name: "x", values: [10, 90] }] }))!);
    expect(low.min).toBe(0);
  });
});

describe("niceTicks", () => {
  it("steps by 1, 2 or 5 times a power of ten and covers the range", () => {
    const ticks = niceTicks(0, 9305);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(9305);
    const step = ticks[1] - ticks[0];
    expect([1000, 2000, 5000]).toContain(step);
    ticks.slice(1).forEach((t, i) => expect(t - ticks[i]).toBe(step));
  });

  it("copes with a flat or empty range", () => {
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(niceTicks(7, 7)[0]).toBe(0);
    expect(niceTicks(-3, 4)[0]).toBeLessThanOrEqual(-3);
  });
});

describe("chart titles", () => {
  it("wrap at spaces onto at most two lines, the rest clipped with an ellipsis", async () => {
    const { wrapLines } = await import("../../src/preview/charts/ChartSvg");
    const title = "I8 Andel elever i gymnasiet år 2 som använt narkotika (CAN) – Saknar mätvärde";
    const lines = wrapLines(title, 40, 2);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(" ")).toBe(title);
    const clipped = wrapLines(title, 20, 2);
    expect(clipped[1].endsWith("…")).toBe(true);
    expect(wrapLines("Kort", 40, 2)).toEqual(["Kort"]);
  });
});
