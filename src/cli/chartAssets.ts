// The chart renderer's assets in Node (the CLI, tests, the benchmark): resvg's
// wasm and the DejaVu Sans Condensed fonts, read from their npm packages.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { ChartAssets } from "../followup/chartPng";

/** Resolves package files from this module's place (in the sources or in dist-cli/), as Node resolves requires. */
const req = createRequire(path.join(__dirname, "resolve.js"));

export async function loadChartAssets(): Promise<ChartAssets> {
  const fontDir = path.join(path.dirname(req.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  const [wasm, regular, bold] = await Promise.all([
    readFile(req.resolve("@resvg/resvg-wasm/index_bg.wasm")),
    readFile(path.join(fontDir, "DejaVuSansCondensed.ttf")),
    readFile(path.join(fontDir, "DejaVuSansCondensed-Bold.ttf")),
  ]);
  return { wasm: new Uint8Array(wasm), fonts: [new Uint8Array(regular), new Uint8Array(bold)] };
}
