// Builds the production bundle (webpack.config.js in production mode) through
// webpack's Node API into a folder of its own, so the tests never disturb a
// teammate's dist/. Returns the build's stats for chunk inspection.

import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import webpack, { type Configuration, type StatsCompilation } from "webpack";

export const ROOT = path.resolve(__dirname, "../../..");

/** Where the end-to-end tests' production build goes (gitignored). */
export const E2E_DIST = path.join(ROOT, ".tmp", "e2e-dist");

type ConfigFactory = (env: Record<string, string>, argv: Record<string, string>) => Configuration;

/** Builds in production mode into `outputPath`; rejects with webpack's errors if the build fails. */
export async function buildProduction(outputPath: string): Promise<StatsCompilation> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = factory({ outputPath }, { mode: "production" });
  config.mode = "production";
  config.context = ROOT;
  config.infrastructureLogging = { level: "error" };
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, result) => (err || !result ? reject(err ?? new Error("webpack gave no result")) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  const json = stats.toJson({ all: false, assets: true, chunks: true, chunkModules: true, entrypoints: true, errors: true, ids: true });
  if (stats.hasErrors()) {
    const messages = (json.errors ?? []).map((e) => e.message).slice(0, 5).join("\n\n");
    throw new Error(`The production build failed:\n${messages}`);
  }
  return json;
}

/** What the production build is made from (src/, assets, configs and the installed packages' lock). */
const BUILD_INPUTS = ["src", "assets", "webpack.config.js", "package.json", "package-lock.json", "tsconfig.json", "manifest.xml"];
const STAMP = ".built";

async function newestMtime(file: string): Promise<number> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await fs.readdir(file);
  const times = await Promise.all(entries.map((e) => newestMtime(path.join(file, e))));
  return Math.max(stat.mtimeMs, ...times);
}

/**
 * Builds into `outputPath` unless the build there is newer than every input file
 * (a finished build leaves a stamp file); returns whether it built.
 */
export async function buildProductionIfStale(outputPath: string): Promise<boolean> {
  const stamp = path.join(outputPath, STAMP);
  if (existsSync(stamp)) {
    const built = (await fs.stat(stamp)).mtimeMs;
    const inputs = await Promise.all(BUILD_INPUTS.map((f) => newestMtime(path.join(ROOT, f))));
    if (Math.max(...inputs) < built) return false;
  }
  const started = Date.now();
  await buildProduction(outputPath);
  await fs.writeFile(stamp, new Date(started).toISOString());
  // The stamp carries the build's start time: a file changed while webpack ran makes the next run rebuild.
  await fs.utimes(stamp, new Date(started), new Date(started));
  return true;
}
