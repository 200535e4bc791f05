#!/usr/bin/env node
// The `radsplan` command. Runs the bundle `npm run build:cli` writes
// (dist-cli/radsplan.js, plain Node, no TypeScript needed) when it is there;
// otherwise, in a checkout without that build, the TypeScript sources through
// tsx. Set RADSPLAN_FROM_SOURCE=1 to use the sources even when a bundle exists.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const bundle = path.join(root, "dist-cli", "radsplan.js");
const source = path.join(root, "src", "cli", "entry.ts");

function fromSource() {
  // The project's tsconfig, wherever the command runs from: its paths map numfmt, whose
  // "require" entry names a file the package does not ship, to its CommonJS build.
  process.env.TSX_TSCONFIG_PATH ??= path.join(root, "tsconfig.json");
  try {
    require("tsx/cjs/api").register();
  } catch {
    process.stderr.write(
      "radsplan: Varken dist-cli/radsplan.js eller tsx finns. Kör npm run build:cli (eller npm install) och försök igen. / " +
        "Neither dist-cli/radsplan.js nor tsx is there. Run npm run build:cli (or npm install) and try again.\n",
    );
    process.exitCode = 2;
    return;
  }
  require(source);
}

if (process.env.RADSPLAN_FROM_SOURCE !== "1" && fs.existsSync(bundle)) require(bundle);
else fromSource();
