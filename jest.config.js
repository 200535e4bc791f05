// Jest: TypeScript through ts-jest; Node by default, jsdom for task-pane tests (*.dom.test.tsx).
/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true }, diagnostics: false }];
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.dom.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/dom.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
