// ESLint flat config (`npm run lint` runs this, then the type check):
// - JavaScript's and typescript-eslint's recommended rules for src/, test/ and bench/,
//   and for the CommonJS config files at the root (webpack.config.js, jest.config.js);
// - Microsoft's Office add-in rules (eslint-plugin-office-addins' recommended set) on
//   all TypeScript, as errors;
// - the layers of src/ as failing checks: LAYERS says which folders each folder may
//   import, and the pure core (CORE) imports no UI, ExcelJS or Office.js package and
//   names no Office.js global (Excel, Office, OfficeExtension). An import against the
//   direction fails (test/lint/boundaries.test.ts proves it on deliberately wrong imports).

import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/**
 * Microsoft's Office add-in rules (eslint-plugin-office-addins): the office-addins/*
 * rules of its recommended config, every one an error so that a finding fails lint.
 * Its other settings (Prettier, its own parser) are not taken: its flat config
 * resolves the typescript-eslint parser to undefined under ESLint 9, so the parser
 * is set explicitly below. The rules follow a variable named `context`, as
 * Office.js's samples name the RequestContext; our code does too.
 */
const officeRecommended = officeAddins.configs.recommended.find((c) => c.plugins?.["office-addins"]);
const OFFICE_RULES = Object.fromEntries(
  Object.keys(officeRecommended.rules)
    .filter((rule) => rule.startsWith("office-addins/"))
    .map((rule) => [rule, "error"]),
);

/**
 * Folder under src/ -> the folders its files may import besides its own. Bottom to top:
 * base <- i18n <- workbook <- rules, followup, kolada <- plans <- excel <- taskpane, commands, cli, preview;
 * host (the in-memory Excel) stands on base alone; net (the network: Kolada's API) on base, i18n, workbook
 * and kolada, used by taskpane, cli and preview, never by the core.
 */
export const LAYERS = {
  base: [],
  i18n: ["base"],
  workbook: ["base", "i18n"],
  rules: ["base", "i18n", "workbook"],
  followup: ["base", "i18n", "workbook"],
  kolada: ["base", "i18n", "workbook"],
  plans: ["base", "i18n", "workbook", "rules", "followup", "kolada"],
  host: ["base"],
  net: ["base", "i18n", "workbook", "kolada"],
  excel: ["base", "i18n", "workbook", "rules", "followup", "kolada", "plans"],
  taskpane: ["base", "i18n", "workbook", "rules", "followup", "kolada", "plans", "excel", "net"],
  commands: ["base", "i18n", "workbook", "rules", "followup", "kolada", "plans", "excel"],
  cli: ["base", "i18n", "workbook", "rules", "followup", "kolada", "plans", "excel", "host", "net"],
  preview: ["base", "i18n", "workbook", "rules", "followup", "kolada", "plans", "excel", "host", "taskpane", "net"],
};

/** The pure core: plain TypeScript, testable without Excel, a browser or a UI. */
export const CORE = ["base", "i18n", "workbook", "rules", "followup", "kolada", "plans"];

/** Packages the core must not import: the UI, the .xlsx engine, Office's own code. */
const CORE_PACKAGES = ["react", "react-dom", "@fluentui/.*", "exceljs", "jszip", "@microsoft/.*", "office-addin-.*"];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The lint blocks of one folder: one per directory depth, as relative imports reach src/ by as many "../". */
function layerBlocks(folder, allowed) {
  const forbidden = Object.keys(LAYERS).filter((f) => f !== folder && !allowed.includes(f));
  const blocks = [];
  for (let depth = 0; depth < 5; depth++) {
    const up = escape("../".repeat(depth + 1));
    const patterns = [];
    if (forbidden.length > 0) {
      patterns.push({
        regex: `^${up}(${forbidden.join("|")})(/|$)`,
        message: `src/${folder}/ may import only ${allowed.length ? allowed.join(", ") : "nothing of src/"} (layers: eslint.config.mjs, README "How it is built").`,
      });
    }
    // Nothing reaches out of src/ but the package manifest.
    patterns.push({ regex: `^${up}\\.\\./(?!package\\.json$)`, message: "src/ does not import from outside src/." });
    if (CORE.includes(folder)) {
      patterns.push({
        regex: `^(${CORE_PACKAGES.join("|")})(/|$)`,
        message: `src/${folder}/ is the pure core: no UI, ExcelJS or Office.js (README "How it is built").`,
      });
    }
    const files = [`src/${folder}/${"*/".repeat(depth)}*.{ts,tsx}`];
    blocks.push({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });
  }
  if (CORE.includes(folder)) {
    const message = `src/${folder}/ is the pure core: Office.js is used only under src/excel/ (README "How it is built").`;
    blocks.push({
      files: [`src/${folder}/**/*.{ts,tsx}`],
      rules: {
        "no-restricted-syntax": [
          "error",
          { selector: "MemberExpression > Identifier.object[name=/^(Excel|Office|OfficeExtension)$/]", message },
          { selector: "TSQualifiedName > Identifier.left[name=/^(Excel|Office|OfficeExtension)$/]", message },
        ],
      },
    });
  }
  return blocks;
}

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: {
      // TypeScript checks names itself (including Office.js's globals).
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  ...Object.entries(LAYERS).flatMap(([folder, allowed]) => layerBlocks(folder, allowed)),
  {
    // Everything that may touch Office.js: the Excel layer and its callers, the
    // in-memory Excel, the benchmark's Office.js replay and the tests.
    files: ["src/**/*.{ts,tsx}", "bench/**/*.ts", "test/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeRecommended.plugins["office-addins"] },
    languageOptions: { parser: tseslint.parser },
    rules: OFFICE_RULES,
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", URL: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
