// The end-to-end tests need Debian's Chromium; where it is missing they fail
// (never skip) with the command that installs it.

import { assertChromium, CHROMIUM_PATH } from "./support/chromium";

test("a missing Chromium fails with the command that installs it", () => {
  expect(() => assertChromium("/nonexistent/chromium")).toThrow(/apt-get install -y chromium/);
});

test("Chromium is installed where the tests look for it", () => {
  expect(() => assertChromium()).not.toThrow();
  expect(CHROMIUM_PATH).toBe("/usr/bin/chromium");
});
