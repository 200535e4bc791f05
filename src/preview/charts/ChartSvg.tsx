// Draws one workbook chart as plain SVG: line, column or bar (clustered or
// stacked), with its title, both axes (ticks, labels, axis titles) and a legend.
// Loaded lazily, only when a sheet with charts is shown.

import type { ReactNode } from "react";
import type { Lang } from "../../workbook/layout";
import { formatNumber } from "../../i18n";
import { niceTicks, valueExtent, type ChartData, type SeriesData } from "./chartData";

export interface ChartSvgProps {
  data: ChartData;
  width: number;
  height: number;
  lang: Lang;
}

const FONT = "Segoe UI, system-ui, sans-serif";
const AXIS = "#595959";
const GRID = "#D9D9D9";
const DASH: Record<SeriesData["dash"], string | undefined> = { Solid: undefined, Dash: "6 4", RoundDot: "1.5 3" };
const CHAR_WIDTH = 6.2; // average px per character at 11 px, for layout estimates

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, Math.max(1, max - 1)) + "…" : s);

/** Breaks `text` at spaces into at most `maxLines` lines of about `maxChars`; the last line is clipped. */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + " " + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => clip(l, maxChars));
  return [...lines.slice(0, maxLines - 1), clip(lines.slice(maxLines - 1).join(" "), maxChars)];
}

interface LegendItem {
  series: SeriesData;
  x: number;
  y: number;
}

/** Legend entries flowed into rows under the plot; returns the items and the legend's height. */
function layoutLegend(series: readonly SeriesData[], width: number): { items: LegendItem[]; height: number } {
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const s of series) {
    const w = 22 + Math.min(s.name.length, 40) * CHAR_WIDTH + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    items.push({ series: s, x, y: row * 16 });
    x += w;
  }
  return { items, height: series.length ? (row + 1) * 16 + 6 : 0 };
}

export default function ChartSvg({ data, width, height, lang }: ChartSvgProps) {
  const horizontal = data.shape === "bar";
  const { min, max } = valueExtent(data);
  const ticks = niceTicks(min, max);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const tickText = ticks.map((t) => formatNumber(t, lang));

  const legend = layoutLegend(data.series, width - 24);
  const titleLines = data.title ? wrapLines(data.title, Math.floor((width - 16) / 8), 2) : [];
  const titleH = titleLines.length ? 10 + titleLines.length * 18 : 8;
  const categoryLabelW = Math.min(120, Math.max(...data.categories.map((c) => c.length), 1) * CHAR_WIDTH + 8);
  const valueLabelW = Math.max(...tickText.map((t) => t.length)) * CHAR_WIDTH + 8;
  const left = 12 + (horizontal ? categoryLabelW : valueLabelW) + ((horizontal ? data.categoryAxisTitle : data.valueAxisTitle) ? 18 : 0);
  const bottomTitle = horizontal ? data.valueAxisTitle : data.categoryAxisTitle;
  const bottom = 20 + (bottomTitle ? 18 : 0) + legend.height;
  const plot = { x: left, y: titleH, w: Math.max(40, width - left - 16), h: Math.max(40, height - titleH - bottom) };

  const n = Math.max(1, data.categories.length);
  const band = (horizontal ? plot.h : plot.w) / n;
  /** Position of a value along the value axis (px from the plot's origin side). */
  const scale = (v: number) => ((v - lo) / (hi - lo || 1)) * (horizontal ? plot.w : plot.h);
  const valueX = (v: number) => plot.x + scale(v);
  const valueY = (v: number) => plot.y + plot.h - scale(v);
  const zero = Math.min(Math.max(0, lo), hi);

  const marks: ReactNode[] = [];
  if (data.shape === "line") {
    data.series.forEach((s, k) => {
      const points = s.values
        .map((v, i) => (v === null ? null : `${(plot.x + band * (i + 0.5)).toFixed(1)},${valueY(v).toFixed(1)}`))
        .filter((p): p is string => p !== null);
      marks.push(
        <polyline key={`l${k}`} points={points.join(" ")} fill="none" stroke={s.color} strokeWidth={2.25}
          strokeDasharray={DASH[s.dash]} strokeLinecap="round" strokeLinejoin="round" />,
      );
      if (data.markers || points.length === 1) {
        s.values.forEach((v, i) => {
          if (v !== null) marks.push(<circle key={`m${k}-${i}`} cx={plot.x + band * (i + 0.5)} cy={valueY(v)} r={3} fill={s.color} />);
        });
      }
    });
  } else {
    const groups = data.stacked ? 1 : Math.max(1, data.series.length);
    const barW = (band * 0.7) / groups;
    data.categories.forEach((_, i) => {
      let up = 0;
      let down = 0;
      data.series.forEach((s, k) => {
        const v = s.values[i];
        if (v === null || v === undefined) return;
        let from = zero;
        if (data.stacked) {
          from = v >= 0 ? up : down;
          if (v >= 0) up += v;
          else down += v;
        }
        const to = from + v;
        const offset = band * i + band * 0.15 + (data.stacked ? 0 : k * barW);
        const [a, b] = [scale(Math.min(from, to)), scale(Math.max(from, to))];
        const rect = horizontal
          ? { x: plot.x + a, y: plot.y + offset, width: Math.max(0.5, b - a), height: barW }
          : { x: plot.x + offset, y: plot.y + plot.h - b, width: barW, height: Math.max(0.5, b - a) };
        marks.push(
          <rect key={`b${k}-${i}`} {...rect} fill={s.color} stroke={s.dash === "Solid" ? undefined : "#000"}
            strokeDasharray={DASH[s.dash]} strokeWidth={s.dash === "Solid" ? undefined : 0.75}>
            <title>{`${s.name}, ${data.categories[i]}: ${formatNumber(v, lang)}`}</title>
          </rect>,
        );
      });
    });
  }

  const maxCategoryChars = horizontal ? Math.floor((categoryLabelW - 8) / CHAR_WIDTH) : Math.max(3, Math.floor(band / CHAR_WIDTH));
  const everyNth = horizontal ? Math.ceil(12 / Math.max(1, band)) : 1;

  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={data.title || undefined}
      fontFamily={FONT} fontSize={11} style={{ background: "#fff" }}>
      {titleLines.map((line, i) => (
        <text key={i} x={width / 2} y={19 + i * 18} textAnchor="middle" fontSize={14} fontWeight={600} fill="#262626">
          {line}
        </text>
      ))}
      {ticks.map((t, i) =>
        horizontal ? (
          <g key={t}>
            <line x1={valueX(t)} x2={valueX(t)} y1={plot.y} y2={plot.y + plot.h} stroke={GRID} />
            <text x={valueX(t)} y={plot.y + plot.h + 14} textAnchor="middle" fill={AXIS}>{tickText[i]}</text>
          </g>
        ) : (
          <g key={t}>
            <line x1={plot.x} x2={plot.x + plot.w} y1={valueY(t)} y2={valueY(t)} stroke={GRID} />
            <text x={plot.x - 6} y={valueY(t) + 4} textAnchor="end" fill={AXIS}>{tickText[i]}</text>
          </g>
        ),
      )}
      {marks}
      {horizontal ? (
        <line x1={valueX(zero)} x2={valueX(zero)} y1={plot.y} y2={plot.y + plot.h} stroke={AXIS} />
      ) : (
        <line x1={plot.x} x2={plot.x + plot.w} y1={valueY(zero)} y2={valueY(zero)} stroke={AXIS} />
      )}
      {data.categories.map((c, i) =>
        i % everyNth !== 0 ? null : horizontal ? (
          <text key={`c${i}`} x={plot.x - 6} y={plot.y + band * (i + 0.5) + 4} textAnchor="end" fill={AXIS}>
            {clip(c, maxCategoryChars)}
          </text>
        ) : (
          <text key={`c${i}`} x={plot.x + band * (i + 0.5)} y={plot.y + plot.h + 14} textAnchor="middle" fill={AXIS}>
            {clip(c, maxCategoryChars)}
          </text>
        ),
      )}
      {(horizontal ? data.categoryAxisTitle : data.valueAxisTitle) && (
        <text transform={`translate(14 ${plot.y + plot.h / 2}) rotate(-90)`} textAnchor="middle" fill={AXIS} fontWeight={600}>
          {clip(horizontal ? data.categoryAxisTitle : data.valueAxisTitle, Math.floor(plot.h / 6.5))}
        </text>
      )}
      {bottomTitle && (
        <text x={plot.x + plot.w / 2} y={plot.y + plot.h + 32} textAnchor="middle" fill={AXIS} fontWeight={600}>
          {clip(bottomTitle, Math.floor(plot.w / 6.5))}
        </text>
      )}
      <g transform={`translate(12 ${height - legend.height + 4})`}>
        {legend.items.map(({ series: s, x, y }) => (
          <g key={s.name + x + y} transform={`translate(${x} ${y})`}>
            {data.shape === "line" ? (
              <line x1={0} x2={16} y1={6} y2={6} stroke={s.color} strokeWidth={2.25} strokeDasharray={DASH[s.dash]} />
            ) : (
              <rect x={2} y={1} width={11} height={10} fill={s.color} />
            )}
            <text x={21} y={10} fill="#262626">{clip(s.name, 40)}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
