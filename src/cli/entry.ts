// Runs the command line in a real process: `npm run radsplan -- …`, bin/radsplan.js
// and the bundled dist-cli/radsplan.js all start here. The exit code is set, not
// forced, so stdout is flushed completely before the process ends.

import { setFlagsFromString } from "node:v8";
import { processIo } from "./io";
import { main } from "./main";

// V8 lets the heap grow to up to four times what a full collection left before the
// next one; reading, checking and saving a large plan make garbage fast enough that
// this alone took `report --docx` at 50 000 activities past 1.7 GB with 0.2–0.4 GB in
// use. Half again what is in use is room enough: `report --out` at that size peaked at
// 0.61 GB instead of 1.1–1.2 GB, for about a tenth more CPU time (twice what is in use:
// 0.68–0.79 GB, 3 % more). Unlike a fixed heap limit, it never stops a run.
setFlagsFromString("--heap-growing-percent=50");

// A reader that stops early (`radsplan check … | head`) closes the pipe: end quietly then.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") throw err;
  process.exit(process.exitCode ?? 0);
});

void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
