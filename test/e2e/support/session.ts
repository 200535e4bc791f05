// One test file's end-to-end session: the production build served on a random
// localhost port and Debian's Chromium with the network isolated, started
// before the file's tests and torn down after them.

import { existsSync } from "node:fs";
import path from "node:path";
import { E2E_DIST } from "./build";
import { assertChromium, launchChromium, type Browser } from "./chromium";
import { isolateNetwork, type NetworkLog } from "./network";
import { serveStatic, type StaticServer } from "./staticServer";

export interface Session {
  server: StaticServer;
  browser: Browser;
  network: NetworkLog;
}

/** Registers beforeAll/afterAll for a file that tests `page` of the build; returns the running session. */
export function servedBuild(page: string, viewport: { width: number; height: number }): () => Session {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    assertChromium();
    if (!existsSync(path.join(E2E_DIST, page))) throw new Error(`No ${page} in the production build ${E2E_DIST} (globalSetup builds it).`);
    server = await serveStatic(E2E_DIST);
    browser = await launchChromium({ viewport });
    session = { server, browser, network: await isolateNetwork(browser.context, server.url) };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (!session) throw new Error("The e2e session did not start (see the error in beforeAll).");
    return session;
  };
}
