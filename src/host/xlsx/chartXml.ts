// Charts as DrawingML chart parts (xl/charts/chartN.xml), which ExcelJS
// cannot write: line, column, bar, area and pie charts with title, axis
// titles, legend, and series whose name, categories and values are
// references into the sheets (with cached values, so viewers show them
// before recalculating), series colours and dash styles. The reader parses
// the same shapes back (charts the host wrote, and simple ones from Excel).

import { formatAddress } from "../addresses";
import { CHART_KINDS, type AreaRef, type ChartKind, type ChartModel, type ChartSeriesModel, type TitleModel } from "../model/chartModel";
import { elements, escapeXml, firstElement, textOf, unescapeXml } from "./xml";

const NS = `xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

/** Excel.ChartLineStyle -> DrawingML preset dash. */
const DASH: Record<string, string> = {
  Continuous: "solid",
  Dash: "dash",
  DashDot: "dashDot",
  DashDotDot: "lgDashDotDot",
  Dot: "sysDash",
  RoundDot: "sysDot",
  Grey25: "solid",
  Grey50: "solid",
  Grey75: "solid",
};
const DASH_BACK: Record<string, string> = { solid: "Continuous", dash: "Dash", dashDot: "DashDot", lgDashDotDot: "DashDotDot", sysDash: "Dot", sysDot: "RoundDot", lgDash: "Dash", sysDashDot: "DashDot" };

const LEGEND_POS: Record<string, string> = { Top: "t", Bottom: "b", Left: "l", Right: "r", Corner: "tr" };

const ref = (a: AreaRef) => formatAddress(a.sheet.name, a.rect, true);
const hexOf = (c: string) => c.replace(/^#/, "").toUpperCase();

function cache(a: AreaRef, numeric: boolean): string {
  const values = a.sheet.readValues(a.rect).flat();
  const pts = values
    .map((v, i) => (v === "" || (numeric && typeof v !== "number") ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  return numeric
    ? `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`
    : `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

const numRef = (a: AreaRef) => `<c:numRef><c:f>${escapeXml(ref(a))}</c:f>${cache(a, true)}</c:numRef>`;
const strRef = (a: AreaRef) => `<c:strRef><c:f>${escapeXml(ref(a))}</c:f>${cache(a, false)}</c:strRef>`;
const allNumbers = (a: AreaRef) => a.sheet.readValues(a.rect).flat().every((v) => typeof v === "number");

function rich(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;
}

const titleXml = (t: TitleModel) => (t.visible && t.text ? `<c:title>${rich(t.text)}</c:title>` : "");

function seriesXml(s: ChartSeriesModel, i: number, kind: ChartKind): string {
  const tx = s.nameRef ? `<c:tx>${strRef(s.nameRef)}</c:tx>` : `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const dash = s.lineStyle && DASH[s.lineStyle] ? `<a:prstDash val="${DASH[s.lineStyle]}"/>` : "";
  const lineFill = s.lineStyle === "None" ? "<a:noFill/>" : s.lineColor ? `<a:solidFill><a:srgbClr val="${hexOf(s.lineColor)}"/></a:solidFill>` : "";
  const isLine = kind.family === "line";
  const fillColor = isLine ? undefined : s.fillColor;
  const ln = lineFill || dash ? `<a:ln${isLine ? ' w="28575" cap="rnd"' : ""}>${lineFill}${dash}${isLine ? "<a:round/>" : ""}</a:ln>` : "";
  const fill = fillColor ? `<a:solidFill><a:srgbClr val="${hexOf(fillColor)}"/></a:solidFill>` : "";
  const spPr = fill || ln ? `<c:spPr>${fill}${ln}</c:spPr>` : "";
  const marker = isLine && !kind.markers ? `<c:marker><c:symbol val="none"/></c:marker>` : "";
  const invert = kind.family === "column" || kind.family === "bar" ? `<c:invertIfNegative val="0"/>` : "";
  const cat = s.categories ? `<c:cat>${allNumbers(s.categories) ? numRef(s.categories) : strRef(s.categories)}</c:cat>` : "";
  const val = `<c:val>${numRef(s.values)}</c:val>`;
  const smooth = isLine ? `<c:smooth val="0"/>` : "";
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx}${spPr}${invert}${marker}${cat}${val}${smooth}</c:ser>`;
}

function axesXml(chart: ChartModel, horizontalBars: boolean): string {
  const catTitle = titleXml(chart.categoryAxisTitle);
  const valTitle = titleXml(chart.valueAxisTitle);
  const common = (pos: string) => `<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>`;
  const ticks = `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`;
  return (
    `<c:catAx><c:axId val="500000001"/>${common(horizontalBars ? "l" : "b")}${catTitle}<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/>${common(horizontalBars ? "b" : "l")}<c:majorGridlines/>${valTitle}<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function plotXml(chart: ChartModel): string {
  const kind = chart.kind;
  const series = chart.series.map((s, i) => seriesXml(s, i, kind)).join("");
  const axIds = `<c:axId val="500000001"/><c:axId val="500000002"/>`;
  const grouping = `<c:grouping val="${kind.grouping}"/>`;
  switch (kind.family) {
    case "line":
      return `<c:lineChart>${grouping}<c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>${axesXml(chart, false)}`;
    case "area":
      return `<c:areaChart>${grouping}<c:varyColors val="0"/>${series}${axIds}</c:areaChart>${axesXml(chart, false)}`;
    case "pie":
      return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
    default: {
      const dir = kind.family === "bar" ? "bar" : "col";
      const overlap = kind.grouping === "clustered" ? "" : `<c:overlap val="100"/>`;
      return `<c:barChart><c:barDir val="${dir}"/>${grouping}<c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${overlap}${axIds}</c:barChart>${axesXml(chart, dir === "bar")}`;
    }
  }
}

export function chartXml(chart: ChartModel): string {
  const title = titleXml(chart.title);
  const legend = chart.legend.visible ? `<c:legend><c:legendPos val="${LEGEND_POS[chart.legend.position] ?? "r"}"/><c:overlay val="0"/></c:legend>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="${title ? 0 : 1}"/>` +
    `<c:plotArea><c:layout/>${plotXml(chart)}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

// ---- reading --------------------------------------------------------------------------------

export interface SeriesPart {
  name: string;
  nameRef?: string;
  values?: string;
  categories?: string;
  lineColor?: string;
  lineStyle?: string;
  fillColor?: string;
}

export interface ChartPart {
  type: string;
  title: TitleModel;
  categoryAxisTitle: TitleModel;
  valueAxisTitle: TitleModel;
  legend: { position: string; visible: boolean };
  series: SeriesPart[];
}

const titleFrom = (xml: string | undefined): TitleModel => {
  const t = xml ? firstElement(xml, "c:title") : undefined;
  const text = t ? textOf(t.inner, "a:t") : "";
  return { text, visible: text !== "" };
};

function typeOf(plot: string): string | null {
  const val = (name: string, inside: string) => firstElement(inside, name)?.attrs.val;
  const find = (family: ChartKind["family"], grouping: string, markers: boolean) =>
    Object.entries(CHART_KINDS).find(([, k]) => k.family === family && k.grouping === grouping && k.markers === markers)?.[0] ??
    Object.entries(CHART_KINDS).find(([, k]) => k.family === family && k.grouping === grouping)?.[0] ??
    null;
  const line = firstElement(plot, "c:lineChart");
  if (line) {
    const noMarkers = elements(line.inner, "c:symbol").length > 0 && elements(line.inner, "c:symbol").every((s) => s.attrs.val === "none");
    return find("line", val("c:grouping", line.inner) ?? "standard", !noMarkers);
  }
  const bar = firstElement(plot, "c:barChart");
  if (bar) return find(val("c:barDir", bar.inner) === "bar" ? "bar" : "column", val("c:grouping", bar.inner) ?? "clustered", false);
  const area = firstElement(plot, "c:areaChart");
  if (area) return find("area", val("c:grouping", area.inner) ?? "standard", false);
  if (firstElement(plot, "c:pieChart")) return "Pie";
  return null;
}

function seriesFrom(ser: string): SeriesPart {
  const f = (container: string) => {
    const c = firstElement(ser, container);
    const formula = c && firstElement(c.inner, "c:f");
    return formula ? unescapeXml(formula.inner) : undefined;
  };
  const tx = firstElement(ser, "c:tx");
  const nameRef = f("c:tx");
  const name = tx ? textOf(tx.inner, "c:v") : "";
  const out: SeriesPart = { name, nameRef, values: f("c:val"), categories: f("c:cat") };
  const spPr = firstElement(ser, "c:spPr");
  if (spPr) {
    const ln = firstElement(spPr.inner, "a:ln");
    const withoutLine = ln ? spPr.inner.replace(ln.outer, "") : spPr.inner;
    const fill = firstElement(withoutLine, "a:srgbClr")?.attrs.val;
    if (fill) out.fillColor = `#${fill.toUpperCase()}`;
    if (ln) {
      const color = firstElement(ln.inner, "a:srgbClr")?.attrs.val;
      if (color) out.lineColor = `#${color.toUpperCase()}`;
      const dash = firstElement(ln.inner, "a:prstDash")?.attrs.val;
      if (dash && DASH_BACK[dash]) out.lineStyle = DASH_BACK[dash];
      if (ln.inner.includes("<a:noFill")) out.lineStyle = "None";
    }
  }
  return out;
}

export function parseChartXml(xml: string): ChartPart | null {
  const chart = firstElement(xml, "c:chart");
  const plot = chart && firstElement(chart.inner, "c:plotArea");
  const type = plot ? typeOf(plot.inner) : null;
  if (!chart || !plot || !type) return null;
  const beforePlot = chart.inner.slice(0, chart.inner.indexOf("<c:plotArea"));
  const legend = firstElement(chart.inner, "c:legend");
  const pos = legend ? firstElement(legend.inner, "c:legendPos")?.attrs.val : undefined;
  return {
    type,
    title: titleFrom(beforePlot),
    categoryAxisTitle: titleFrom(firstElement(plot.inner, "c:catAx")?.inner),
    valueAxisTitle: titleFrom(firstElement(plot.inner, "c:valAx")?.inner),
    legend: { visible: legend !== undefined, position: Object.entries(LEGEND_POS).find(([, v]) => v === pos)?.[0] ?? "Right" },
    series: elements(plot.inner, "c:ser").map((s) => seriesFrom(s.inner)),
  };
}
