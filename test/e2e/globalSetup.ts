// Runs once before the end-to-end tests: the production build they all serve.

import { buildProduction, E2E_DIST } from "./support/build";

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  await buildProduction(E2E_DIST);
  console.log(`e2e: production build in ${E2E_DIST} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
