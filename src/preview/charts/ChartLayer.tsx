// The charts of one sheet, each drawn over the cells it spans (as Excel floats
// charts over the grid). Only charts near the rows in view are drawn, so a
// follow-up sheet with hundreds of indicator charts stays quick. This module
// and the SVG drawing are loaded only when a sheet with charts is shown.

import { tr, type Lang } from "../../i18n";
import { preview } from "../../i18n/preview";
import { ROW_HEIGHT, rowTop, type GridGeometry } from "../grid/geometry";
import type { RowWindow } from "../grid/viewport";
import type { PlacedChart } from "../workbook/sheetData";
import { chartData } from "./chartData";
import ChartSvg from "./ChartSvg";

export interface ChartLayerProps {
  charts: readonly PlacedChart[];
  geometry: GridGeometry;
  rows: RowWindow;
  lang: Lang;
}

/** Where a chart sits in the grid's content, in px. */
function frameOf(chart: PlacedChart, g: GridGeometry) {
  const last = g.columnLeft.length - 1;
  const left = g.columnLeft[Math.min(chart.at.c0, last)];
  const right = g.columnLeft[Math.min(chart.at.c1 + 1, last)];
  const top = rowTop(g, chart.at.r0);
  return { left, top, width: Math.max(120, right - left), height: Math.max(80, (chart.at.r1 - chart.at.r0 + 1) * ROW_HEIGHT) };
}

export default function ChartLayer({ charts, geometry, rows, lang }: ChartLayerProps) {
  const viewTop = rowTop(geometry, rows.first);
  const viewBottom = rowTop(geometry, Math.max(rows.first, rows.end - 1)) + ROW_HEIGHT;
  return (
    <>
      {charts.map((chart) => {
        const frame = frameOf(chart, geometry);
        if (frame.top > viewBottom || frame.top + frame.height < viewTop) return null;
        const data = chartData(chart);
        return (
          <div
            key={chart.name}
            data-chart={chart.name}
            style={{
              position: "absolute",
              zIndex: 1,
              ...frame,
              boxSizing: "border-box",
              border: "1px solid #BFBFBF",
              background: "#fff",
              boxShadow: "0 1px 3px rgba(0,0,0,0.15)",
              overflow: "hidden",
            }}
          >
            {data ? (
              <ChartSvg data={data} width={frame.width - 2} height={frame.height - 2} lang={lang} />
            ) : (
              <p style={{ margin: 8, color: "#444" }}>{tr(preview.chartNoData, lang, { chart: chart.title || chart.name, source: chart.source })}</p>
            )}
          </div>
        );
      })}
    </>
  );
}
