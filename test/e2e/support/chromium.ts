// Starts Debian's Chromium (/usr/bin/chromium) through playwright-core, headless,
// with a new empty profile, and never downloads a browser. When Chromium is
// missing it fails with the command that installs it.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Throws a clear message when Debian's Chromium is not installed (at `executable`, /usr/bin/chromium by default). */
export function assertChromium(executable = CHROMIUM_PATH): void {
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium was not found at ${executable}. The end-to-end tests run in Debian's Chromium and never download a browser: ` +
        "install it with `apt-get install -y chromium` (as root), then run the tests again.",
    );
  }
}

/** Launches Chromium with a fresh user-data directory, removed again on close. */
export async function launchChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  assertChromium();
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "radsplan-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
