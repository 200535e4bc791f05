// Runs once before the end-to-end tests: the production build they all serve
// (rebuilt only when a source or config file changed since the last one).

import { buildProductionIfStale, E2E_DIST } from "./support/build";

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const built = await buildProductionIfStale(E2E_DIST);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(built ? `e2e: production build in ${E2E_DIST} (${seconds} s)` : `e2e: the production build in ${E2E_DIST} is up to date`);
}
