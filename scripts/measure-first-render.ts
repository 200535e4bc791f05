// `npm run measure`: builds the production bundle and prints
//  1. the task pane's initial JavaScript (what taskpane.html loads before the
//     pane can render), raw and gzip, against the 200 KB gzip budget, and every
//     lazy chunk with what it holds;
//  2. whether heavy code (ExcelJS, docx, jszip, chart drawing, the preview)
//     sits in the initial chunks (it must load only when used);
//  3. the time to first render in headless Chromium: navigation start to the
//     pane's first meaningful content (the outside-Excel message, or the tab
//     list inside Excel) being painted, median of 5 cold loads, with Office.js
//     served from the local @microsoft/office-js copy.
// Prints numbers; it is not a timed test. Reuses the e2e tests' build, server
// and browser helpers (test/e2e/support).

import { promises as fs } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { StatsCompilation } from "webpack";
import { buildProduction, ROOT } from "../test/e2e/support/build";
import { launchChromium } from "../test/e2e/support/chromium";
import { isolateNetwork } from "../test/e2e/support/network";
import { serveStatic } from "../test/e2e/support/staticServer";

const OUT = path.join(ROOT, ".tmp", "measure-dist");
const BUDGET_GZIP = 200 * 1024;
const RUNS = 5;
/** Module paths that must not be in the pane's initial chunks. */
const HEAVY = /node_modules[\\/](exceljs|docx|jszip)[\\/]|src[\\/]preview[\\/]|src[\\/]followup[\\/]docx|src[\\/]host[\\/]/;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Sized {
  file: string;
  raw: number;
  gzip: number;
}

async function sizeOf(file: string): Promise<Sized> {
  const data = await fs.readFile(path.join(OUT, file));
  return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/** The JavaScript files taskpane.html loads before the pane can render: the taskpane entry point's files. */
function initialScripts(stats: StatsCompilation): string[] {
  const assets = stats.entrypoints?.taskpane?.assets ?? [];
  return assets.map((a) => a.name).filter((name) => name.endsWith(".js"));
}

/** Where a module comes from: its npm package ("exceljs", "@fluentui/react-tabs") or its src/ folder ("src/preview/grid"). */
function origin(name: string): string {
  const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(name);
  if (pkg) return pkg[1].replace(/\\/g, "/");
  const src = /(src(?:[\\/][^\\/]+){1,2})[\\/][^\\/]+$/.exec(name);
  return src ? src[1].replace(/\\/g, "/") : "";
}

function moduleNames(chunk: NonNullable<StatsCompilation["chunks"]>[number]): string[] {
  return (chunk.modules ?? []).flatMap((m) => [m.name ?? "", ...(m.modules ?? []).map((inner) => inner.name ?? "")]);
}

/** Lists every chunk with its real file sizes and returns the heavy code found in initial chunks. */
async function reportChunks(stats: StatsCompilation, initial: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  console.log("\nChunks (initial = loaded by taskpane.html, entry = another page's, lazy = loaded on demand):");
  const rows = await Promise.all(
    (stats.chunks ?? []).map(async (chunk) => {
      const files = (chunk.files ?? []).filter((f) => f.endsWith(".js"));
      const sizes = await Promise.all(files.map(sizeOf));
      const names = moduleNames(chunk);
      const heavy = [...new Set(names.filter((n) => HEAVY.test(n)).map(origin))];
      const holds = [...new Set(names.map(origin))].filter(Boolean);
      const isInitial = files.some((f) => initial.has(f));
      if (isInitial && heavy.length) problems.push(`${files.join(", ")} holds ${heavy.join(", ")}`);
      const raw = sizes.reduce((sum, x) => sum + x.raw, 0);
      const gzip = sizes.reduce((sum, x) => sum + x.gzip, 0);
      return { files, raw, gzip, isInitial, otherEntry: !isInitial && Boolean(chunk.initial), heavy, holds, entries: (chunk.names ?? []).join(",") };
    }),
  );
  rows.sort((a, b) => Number(b.isInitial) - Number(a.isInitial) || b.raw - a.raw);
  for (const row of rows) {
    const what = `  [${row.holds.slice(0, 5).join(", ")}${row.holds.length > 5 ? ", …" : ""}]`;
    const sizes = `${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(9)} gzip`;
    console.log(`  ${row.isInitial ? "initial" : row.otherEntry ? "entry  " : "lazy   "} ${sizes}  ${row.files.join(", ")}${row.entries ? ` (${row.entries})` : ""}${what}`);
  }
  return problems;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Records, in the page, when the pane's first meaningful content is painted (ms since navigation start). */
const FIRST_RENDER_PROBE = `(() => {
  const found = () => document.querySelector('[role="tablist"]') ||
    [...document.querySelectorAll("main")].find((m) => /Rådsplan körs inte i Excel/.test(m.textContent || ""));
  const mark = () => requestAnimationFrame(() => { window.__firstRender = performance.now(); });
  const observer = new MutationObserver(() => { if (found()) { observer.disconnect(); mark(); } });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function timeFirstRender(url: string): Promise<{ firstRender: number[]; fcp: number[] }> {
  const browser = await launchChromium({ viewport: { width: 350, height: 800 } });
  const firstRender: number[] = [];
  const fcp: number[] = [];
  try {
    await isolateNetwork(browser.context, url);
    await browser.context.addInitScript(FIRST_RENDER_PROBE);
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(url + "taskpane.html");
      const handle = await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender, undefined, {
        timeout: 30_000,
      });
      firstRender.push(Number(await handle.jsonValue()));
      fcp.push(
        await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { firstRender, fcp };
}

async function main(): Promise<void> {
  console.log("Building the production bundle…");
  const stats = await buildProduction(OUT);
  const scripts = initialScripts(stats);
  const sizes = await Promise.all(scripts.map(sizeOf));
  const raw = sizes.reduce((s, x) => s + x.raw, 0);
  const gzip = sizes.reduce((s, x) => s + x.gzip, 0);

  console.log("\nTask pane initial JavaScript (taskpane.html):");
  for (const s of sizes) console.log(`  ${s.file}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`);
  console.log(`  total: ${kb(raw)} raw, ${kb(gzip)} gzip (budget ${kb(BUDGET_GZIP)} gzip: ${gzip <= BUDGET_GZIP ? "within" : "OVER"})`);

  const problems = await reportChunks(stats, new Set(scripts));
  console.log(
    problems.length
      ? `\nHeavy code in the initial chunks:\n${problems.map((p) => "  - " + p).join("\n")}`
      : "\nNo ExcelJS, docx, jszip, host, chart or preview code in the initial chunks: they load only when used.",
  );

  const server = await serveStatic(OUT);
  try {
    console.log(`\nTime to first render of taskpane.html in headless Chromium (${RUNS} cold loads)…`);
    const { firstRender, fcp } = await timeFirstRender(server.url);
    console.log(`  first meaningful content: ${firstRender.map((t) => t.toFixed(0)).join(", ")} ms; median ${median(firstRender).toFixed(0)} ms`);
    console.log(`  first contentful paint:   ${fcp.map((t) => t.toFixed(0)).join(", ")} ms; median ${median(fcp).toFixed(0)} ms`);
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
