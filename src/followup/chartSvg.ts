// A chart specification (charts.ts) drawn as SVG, as Excel draws the same
// chart: title on top, legend below, value axis with nice round ticks and
// light gridlines, line charts with markers and dashed target lines, clustered
// and stacked bars and columns. Pure string building, no DOM, so it runs in the
// browser and in Node; chartPng.ts rasterises it for the Word report. Text uses
// CHART_FONT, the font chartPng.ts loads.

import type { Lang } from "../workbook/layout";
import { formatNumber } from "../i18n/format";
import { seriesLineStyle, type ChartSeries, type ChartSpec } from "./charts";

/** The SVG dash pattern of a series' Excel line style (solid: none). */
const DASHES: Record<string, string> = { Dash: "6 4", RoundDot: "1 4", DashDot: "8 3 2 3" };

function dash(s: ChartSeries): string {
  const pattern = DASHES[seriesLineStyle(s)];
  return pattern ? ` stroke-dasharray="${pattern}"${seriesLineStyle(s) === "RoundDot" ? ' stroke-linecap="round"' : ""}` : "";
}

/** The font family the SVG names (DejaVu Sans Condensed, shipped by the dejavu-fonts-ttf package). */
export const CHART_FONT = "DejaVu Sans Condensed";

export interface SvgSize {
  width: number;
  height: number;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** Rough width of text in this font: condensed glyphs average about 0.52 em (bold 0.57). */
const textWidth = (s: string, size: number, bold = false) => s.length * size * (bold ? 0.57 : 0.52);

/** Words wrapped into at most `maxLines` lines of `width` px; the last line ends with … when cut. */
function wrap(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size, bold) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/\s+\S*$/, "")} …`;
  return kept;
}

/** Round tick values covering [min, max]: steps of 1, 2 or 5 times a power of ten, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(min / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-6; v += step) ticks.push(Math.round(v / step) * step);
  if (ticks[ticks.length - 1] < max - 1e-9) ticks.push(ticks[ticks.length - 1] + step);
  return ticks.map((t) => Number(t.toPrecision(12)));
}

/** An axis label in the chart's format: "9 305", "16,2", "50 %", "2 000 000". */
function axisLabel(v: number, format: ChartSpec["format"], lang: Lang): string {
  if (format === "percent") return `${formatNumber(Math.round(v * 100), lang, 0)}${lang === "sv" ? "\u00a0%" : "%"}`;
  return formatNumber(v, lang, format === "integer" || format === "money" ? 0 : 2);
}

/**
 * Excel's rule for where a value axis starts: at zero for bars and columns, and for
 * lines whenever the data's span is more than a sixth of its largest value.
 */
function valueRange(spec: ChartSpec): [number, number] {
  const stacked = spec.kind === "BarStacked" || spec.kind === "ColumnStacked";
  const values = stacked
    ? spec.categories.map((_, k) => spec.series.reduce((sum, s) => sum + Math.max(0, s.values[k] ?? 0), 0))
    : spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  const line = spec.kind === "Line" || spec.kind === "LineMarkers";
  if (line && values.length > 0) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    if (lo > 0 && (hi - lo) / hi <= 1 / 6) {
      // A little room below the lowest value, so a target line there does not lie on the axis.
      min = lo - (hi - lo) * 0.05;
      max = hi;
    } else {
      min = Math.min(0, lo);
      max = hi;
    }
  }
  if (spec.format === "percent" && !line) max = Math.max(max, 1);
  return [min, max];
}

/** The chart as an SVG document of `size` (px). */
export function chartSvg(spec: ChartSpec, lang: Lang, size: SvgSize = { width: 640, height: 330 }): string {
  const { width: W, height: H } = size;
  const out: string[] = [];
  const text = (x: number, y: number, s: string, o: { size?: number; anchor?: string; bold?: boolean; color?: string; rotate?: boolean } = {}) =>
    out.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${o.size ?? 11}" text-anchor="${o.anchor ?? "start"}"${o.bold ? ' font-weight="bold"' : ""} fill="${o.color ?? "#404040"}"${o.rotate ? ` transform="rotate(-90 ${x.toFixed(1)} ${y.toFixed(1)})"` : ""}>${esc(s)}</text>`,
    );

  // Title, up to two lines.
  const titleLines = wrap(spec.title, W - 24, 14, 2, true);
  titleLines.forEach((l, n) => text(W / 2, 20 + n * 17, l, { size: 14, anchor: "middle", bold: true, color: "#262626" }));
  let top = 20 + titleLines.length * 17;

  // Legend at the bottom, centred.
  const legendY = H - 10;
  const items = spec.series.map((s) => ({ s, w: 26 + textWidth(s.name, 11) + 14 }));
  let lx = (W - items.reduce((n, i) => n + i.w, 0)) / 2;
  const line = spec.kind === "Line" || spec.kind === "LineMarkers";
  for (const { s, w } of items) {
    if (line) {
      out.push(`<line x1="${lx}" y1="${legendY - 4}" x2="${lx + 20}" y2="${legendY - 4}" stroke="${s.color}" stroke-width="2.5"${dash(s)}/>`);
      if (s.markers) out.push(`<circle cx="${lx + 10}" cy="${legendY - 4}" r="3.5" fill="${s.color}"/>`);
    } else out.push(`<rect x="${lx + 5}" y="${legendY - 10}" width="12" height="12" fill="${s.color}" stroke="#808080" stroke-width="0.5"/>`);
    text(lx + 26, legendY, s.name);
    lx += w;
  }

  const horizontal = spec.kind === "BarClustered" || spec.kind === "BarStacked";
  const [lo, hi] = valueRange(spec);
  const ticks = niceTicks(lo, hi);
  const vMin = ticks[0];
  const vMax = ticks[ticks.length - 1];
  const tickLabels = ticks.map((t) => axisLabel(t, spec.format, lang));
  const categoryLabels = spec.categories;

  // Plot area, leaving room for the labels and axis titles.
  const bottomAxisTitle = horizontal ? spec.valueAxisTitle : spec.categoryAxisTitle;
  const leftAxisTitle = horizontal ? spec.categoryAxisTitle : spec.valueAxisTitle;
  const leftLabelWidth = horizontal
    ? Math.min(W * 0.35, Math.max(...categoryLabels.map((c) => textWidth(c, 10)), 10))
    : Math.max(...tickLabels.map((t) => textWidth(t, 10)));
  top += 8;
  const left = 12 + 16 + leftLabelWidth + 6;
  const right = W - 16;
  const bottom = legendY - 22 - 30;
  const plotW = right - left;
  const plotH = bottom - top;
  text(14, top + plotH / 2, leftAxisTitle, { rotate: true, anchor: "middle", size: 11 });
  text(left + plotW / 2, bottom + 34, bottomAxisTitle, { anchor: "middle", size: 11 });

  const scale = (v: number) => (v - vMin) / (vMax - vMin || 1);
  // Value axis: gridlines and labels.
  ticks.forEach((t, n) => {
    if (horizontal) {
      const x = left + scale(t) * plotW;
      out.push(`<line x1="${x.toFixed(1)}" y1="${top}" x2="${x.toFixed(1)}" y2="${bottom}" stroke="#D9D9D9" stroke-width="1"/>`);
      text(x, bottom + 15, tickLabels[n], { anchor: "middle", size: 10 });
    } else {
      const y = bottom - scale(t) * plotH;
      out.push(`<line x1="${left}" y1="${y.toFixed(1)}" x2="${right}" y2="${y.toFixed(1)}" stroke="#D9D9D9" stroke-width="1"/>`);
      text(left - 6, y + 3.5, tickLabels[n], { anchor: "end", size: 10 });
    }
  });
  out.push(
    horizontal
      ? `<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#808080" stroke-width="1"/>`
      : `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#808080" stroke-width="1"/>`,
  );

  // Categories: bands along the category axis.
  const n = Math.max(1, spec.categories.length);
  const band = (horizontal ? plotH : plotW) / n;
  const every = horizontal ? 1 : Math.max(1, Math.ceil(Math.max(...categoryLabels.map((c) => textWidth(c, 10) + 8)) / band));
  categoryLabels.forEach((c, k) => {
    if (k % every !== 0) return;
    if (horizontal) {
      const label = textWidth(c, 10) > leftLabelWidth ? `${c.slice(0, Math.floor(leftLabelWidth / (10 * 0.52)) - 1)}…` : c;
      text(left - 6, top + (k + 0.5) * band + 3.5, label, { anchor: "end", size: 10 });
    } else text(left + (k + 0.5) * band, bottom + 15, c, { anchor: "middle", size: 10 });
  });

  if (line) {
    for (const s of spec.series) {
      const pts = s.values.map((v, k) => (v === null ? null : [left + (k + 0.5) * band, bottom - scale(v) * plotH]));
      // Lines join consecutive points; a gap (no value) breaks the line, as Excel draws empty cells.
      let path = "";
      let open = false;
      for (const p of pts) {
        if (!p) {
          open = false;
          continue;
        }
        path += `${open ? "L" : "M"}${p[0].toFixed(1)} ${p[1].toFixed(1)} `;
        open = true;
      }
      if (path) out.push(`<path d="${path.trim()}" fill="none" stroke="${s.color}" stroke-width="2.5"${dash(s)} stroke-linejoin="round"/>`);
      if (s.markers) for (const p of pts) if (p) out.push(`<circle cx="${p[0].toFixed(1)}" cy="${p[1].toFixed(1)}" r="3.5" fill="${s.color}" stroke="#FFFFFF" stroke-width="1"/>`);
    }
  } else {
    const stacked = spec.kind === "BarStacked" || spec.kind === "ColumnStacked";
    const inner = band * 0.7;
    const barW = stacked ? inner : inner / spec.series.length;
    spec.categories.forEach((_, k) => {
      let base = 0;
      spec.series.forEach((s, j) => {
        const v = s.values[k];
        if (v === null || v === 0) return;
        const from = stacked ? base : 0;
        const to = from + v;
        if (stacked) base = to;
        const offset = (band - inner) / 2 + (stacked ? 0 : j * barW);
        if (horizontal) {
          const x0 = left + scale(Math.min(from, to)) * plotW;
          const x1 = left + scale(Math.max(from, to)) * plotW;
          out.push(`<rect x="${x0.toFixed(1)}" y="${(top + k * band + offset).toFixed(1)}" width="${(x1 - x0).toFixed(1)}" height="${barW.toFixed(1)}" fill="${s.color}"/>`);
        } else {
          const y0 = bottom - scale(Math.max(from, to)) * plotH;
          const y1 = bottom - scale(Math.min(from, to)) * plotH;
          out.push(`<rect x="${(left + k * band + offset).toFixed(1)}" y="${y0.toFixed(1)}" width="${barW.toFixed(1)}" height="${(y1 - y0).toFixed(1)}" fill="${s.color}"/>`);
        }
      });
    });
  }

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${CHART_FONT}">` +
    `<rect width="${W}" height="${H}" fill="#FFFFFF"/>` +
    out.join("") +
    `</svg>`
  );
}
