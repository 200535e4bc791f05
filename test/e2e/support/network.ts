// Keeps the browser off the network: Office.js requests to Microsoft's CDN are
// answered from the local @microsoft/office-js copy, telemetry and every other
// outside request is blocked (and recorded, so a test can assert on it).

import { promises as fs } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");
const TELEMETRY = /telemetry|aria|oteljs|events\.data\.microsoft|browser\.pipe|vortex|applicationinsights/i;

export interface NetworkLog {
  /** Office.js files served from the local copy. */
  office: string[];
  /** Requests refused (telemetry and anything not local). */
  blocked: string[];
}

/** Routes the context's requests: local server passes, the Office CDN is served locally, the rest is blocked. */
export async function isolateNetwork(context: BrowserContext, localBase: string): Promise<NetworkLog> {
  const log: NetworkLog = { office: [], blocked: [] };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(localBase) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (url.startsWith(OFFICE_CDN) && !TELEMETRY.test(url)) {
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      const file = path.resolve(OFFICE_DIST, rel);
      const body = file.startsWith(OFFICE_DIST + path.sep) ? await fs.readFile(file).catch(() => null) : null;
      if (body) {
        log.office.push(rel);
        return route.fulfill({ status: 200, contentType: file.endsWith(".js") ? "text/javascript" : undefined, body });
      }
    }
    log.blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return log;
}
