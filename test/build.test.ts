// Builds the add-in for production (webpack, as `npm run build` does, into a temporary
// folder) and checks what Office will load: the pages take Office.js from Microsoft's
// CDN, the pane's initial JavaScript stays within its 200 KB gzip budget while the
// Excel work loads lazily, and the manifest, icons and support page are published
// under the production URL.

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PRODUCTION_URL = "https://radsplan.example.se/addin/";
const BUDGET_GZIP = 200 * 1024;

let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "radsplan-build-"));
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--env", `outputPath=${out}`],
    { cwd: ROOT, env: { ...process.env, ADDIN_PRODUCTION_URL: PRODUCTION_URL }, maxBuffer: 64 * 1024 * 1024 },
  );
}, 600_000); // a production build takes minutes on a busy machine

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(out, file), "utf8");

/** The script URLs of a built page, in order. */
function scripts(page: string): string[] {
  return Array.from(read(page).matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g), (m) => m[1]);
}

test("both pages load Office.js from Microsoft's CDN before their own code", () => {
  for (const page of ["taskpane.html", "commands.html"]) {
    const src = scripts(page);
    expect(src[0]).toBe(OFFICE_JS);
    expect(src.length).toBeGreaterThan(1);
    for (const own of src.slice(1)) expect(existsSync(join(out, own))).toBe(true);
  }
  expect(read("taskpane.html")).toContain('id=container');
});

test("the task pane's initial JavaScript is within 200 KB gzip; the Excel work loads lazily", () => {
  const initial = scripts("taskpane.html").slice(1);
  const gzip = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(out, file)), { level: 9 }).length, 0);
  expect({ initial, gzipKB: Math.round(gzip / 1024) }).toEqual({ initial, gzipKB: expect.any(Number) });
  expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP);

  // The Excel layer's error table is used by the Struktur view only: it must not be in the first load.
  const marker = "PropertyNotLoaded";
  const js = readdirSync(out).filter((f) => f.endsWith(".js"));
  expect(initial.some((file) => read(file).includes(marker))).toBe(false);
  expect(js.filter((file) => !initial.includes(file)).some((file) => read(file).includes(marker))).toBe(true);
});

test("the manifest is published with every URL under the production URL", () => {
  const manifest = read("manifest.xml");
  expect(manifest).not.toContain("https://localhost");
  expect(manifest).toContain(`<SourceLocation DefaultValue="${PRODUCTION_URL}taskpane.html"`);
  expect(manifest).toContain("<AppDomain>https://radsplan.example.se</AppDomain>");
});

test("the icons and the support page are published where the manifest points", () => {
  for (const size of [16, 32, 64, 80, 128]) {
    expect(readFileSync(join(out, "assets", `icon-${size}.png`))).toEqual(readFileSync(join(ROOT, "assets", `icon-${size}.png`)));
  }
  const support = read("support.html");
  expect(support).toContain("Rådsplan – hjälp");
  expect(support).toContain("Rådsplan – help");
});
