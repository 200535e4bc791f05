// The chart renderer's assets in Node (the CLI, tests, the benchmark): resvg's
// wasm and the DejaVu Sans Condensed fonts, read from their npm packages.

import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ChartAssets } from "../followup/chartPng";

/** webpack's name for Node's own require in a bundle (dist-cli/radsplan.js); undefined when run from source. */
declare const __non_webpack_require__: NodeJS.Require | undefined;

/** Resolves package files as Node resolves requires: from dist-cli/ in the bundle, from here in the sources. */
const req: NodeJS.Require = typeof __non_webpack_require__ !== "undefined" ? __non_webpack_require__ : require;

export async function loadChartAssets(): Promise<ChartAssets> {
  const fontDir = path.join(path.dirname(req.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  const [wasm, regular, bold] = await Promise.all([
    readFile(req.resolve("@resvg/resvg-wasm/index_bg.wasm")),
    readFile(path.join(fontDir, "DejaVuSansCondensed.ttf")),
    readFile(path.join(fontDir, "DejaVuSansCondensed-Bold.ttf")),
  ]);
  return { wasm: new Uint8Array(wasm), fonts: [new Uint8Array(regular), new Uint8Array(bold)] };
}
