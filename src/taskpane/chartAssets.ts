// The chart renderer's assets in the browser: resvg's wasm and the DejaVu Sans
// Condensed fonts, emitted by webpack as files next to the bundle and fetched only
// when the Word report is made (jest maps this module to cli/chartAssets.ts).

import type { ChartAssets } from "../followup/chartPng";

const bytes = async (url: URL) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

export async function loadChartAssets(): Promise<ChartAssets> {
  const [wasm, regular, bold] = await Promise.all([
    bytes(new URL("@resvg/resvg-wasm/index_bg.wasm", import.meta.url)),
    bytes(new URL("dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf", import.meta.url)),
    bytes(new URL("dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf", import.meta.url)),
  ]);
  return { wasm, fonts: [regular, bold] };
}
