// Jest: TypeScript through ts-jest; Node by default, jsdom for task-pane tests (*.dom.test.tsx),
// and end-to-end tests in real Chromium (test/e2e/*.e2e.test.ts) against one production build.
/** @type {import('jest').Config} */
// numfmt's "require" entry names a file the package does not ship (dist/index.cjs); its CommonJS build is dist/index.js.
// The browser's chart assets (fetched by URL) are read from node_modules under jest.
const moduleNameMapper = { "^numfmt$": "<rootDir>/node_modules/numfmt/dist/index.js", "(^|/)chartAssets$": "<rootDir>/src/cli/chartAssets.ts" };
const tsJest = ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true }, diagnostics: false }];
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper,
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.dom.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/dom.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper,
    },
  ],
};
