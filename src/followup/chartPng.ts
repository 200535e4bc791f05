// Chart specifications rasterised to PNG for the Word report: chartSvg.ts draws
// the SVG, resvg (WebAssembly, the same in the browser and in Node) renders it
// with the fonts it is given. Loads resvg only when first called; the caller
// supplies the wasm and font bytes (taskpane/chartAssets.ts fetches them in the
// browser, cli/chartAssets.ts reads them from node_modules), so this module has no
// idea where it runs.

import type { Lang } from "../workbook/layout";
import type { ChartSpec } from "./charts";
import { CHART_FONT, chartSvg, type SvgSize } from "./chartSvg";

export interface ChartAssets {
  /** resvg's index_bg.wasm: its bytes, or a fetch Response for it. */
  wasm: ArrayBuffer | Uint8Array | Response;
  /** TrueType fonts with the family CHART_FONT (regular and bold). */
  fonts: Uint8Array[];
}

export type LoadChartAssets = () => Promise<ChartAssets>;

/** Renders a chart to PNG bytes at `scale` device pixels per SVG pixel. */
export type ChartRenderer = (spec: ChartSpec, lang: Lang, size?: SvgSize, scale?: number) => Uint8Array;

type Resvg = typeof import("@resvg/resvg-wasm");

/** resvg's wasm is instantiated once per page or process, whoever asks first. */
let ready: Promise<{ resvg: Resvg; fonts: Uint8Array[] }> | null = null;

async function start(load: LoadChartAssets): Promise<{ resvg: Resvg; fonts: Uint8Array[] }> {
  const [resvg, assets] = await Promise.all([import("@resvg/resvg-wasm"), load()]);
  await resvg.initWasm(assets.wasm instanceof Uint8Array ? assets.wasm.slice().buffer : assets.wasm);
  return { resvg, fonts: assets.fonts };
}

/** A renderer, once resvg and the fonts are loaded (the first call loads them; later calls reuse them). */
export async function chartRenderer(load: LoadChartAssets): Promise<ChartRenderer> {
  ready ??= start(load).catch((err: unknown) => {
    ready = null;
    throw err;
  });
  const { resvg, fonts } = await ready;
  return (spec, lang, size = { width: 640, height: 330 }, scale = 2) => {
    const r = new resvg.Resvg(chartSvg(spec, lang, size), {
      font: { fontBuffers: fonts, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
      fitTo: { mode: "zoom", value: scale },
      background: "#FFFFFF",
    });
    const image = r.render();
    const png = image.asPng();
    image.free();
    r.free();
    return png;
  };
}
