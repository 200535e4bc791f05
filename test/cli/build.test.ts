// `npm run build:cli` makes one bundle that plain `node` runs, without tsx or
// TypeScript. Built here into a scratch folder inside the repository (so the
// bundle finds node_modules as dist-cli/ would), then run on a real workbook.
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import * as path from "node:path";
import { promisify } from "node:util";
import { exampleWorkbook, REPO } from "./runCli";
import { tempFolder } from "./workbooks";

jest.setTimeout(180_000);

const run = promisify(execFile);
const tmp = tempFolder();
const outDir = path.join(REPO, ".tmp", `cli-build-${process.pid}`);
afterAll(() => {
  tmp.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

it("builds a bundle that plain node runs", async () => {
  const webpack = path.join(REPO, "node_modules", ".bin", "webpack");
  await run(webpack, ["--config", "webpack.cli.config.js", "--output-path", outDir], { cwd: REPO });
  const file = await exampleWorkbook(tmp.dir, "umea.xlsx");
  const bundle = path.join(outDir, "radsplan.js");

  const version = await run(process.execPath, [bundle, "--version"], { cwd: tmp.dir });
  expect(version.stdout).toMatch(/^radsplan \d+\.\d+\.\d+\n$/);

  const check = await run(process.execPath, [bundle, "check", file, "--json", "--date", "2025-05-01"], { cwd: tmp.dir });
  expect((JSON.parse(check.stdout) as { rule: string }[]).map((f) => f.rule)).toContain("PLAN-06");

  // the Word report with its charts: resvg's wasm and the fonts found from the bundle's place
  await run(process.execPath, [bundle, "report", file, "--year", "2025", "--out", "copy.xlsx", "--docx", "report.docx"], { cwd: tmp.dir });
  const docx = await JSZip.loadAsync(await readFile(path.join(tmp.dir, "report.docx")));
  expect(Object.keys(docx.files).filter((f) => /^word\/media\/.*\.png$/.test(f)).length).toBe(12);

  const failed = await run(process.execPath, [bundle, "check", "missing.xlsx", "--lang", "en"], { cwd: tmp.dir }).catch((e: { code: number; stderr: string }) => e);
  expect(failed).toMatchObject({ code: 2, stderr: "radsplan: “missing.xlsx” was not found. Check the path and the file name.\n" });
});
