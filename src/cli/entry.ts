// Runs the command line in a real process: `npm run radsplan -- …`, bin/radsplan.js
// and the bundled dist-cli/radsplan.js all start here. The exit code is set, not
// forced, so stdout is flushed completely before the process ends.

import { processIo } from "./io";
import { main } from "./main";

// A reader that stops early (`radsplan check … | head`) closes the pipe: end quietly then.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") throw err;
  process.exit(process.exitCode ?? 0);
});

void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
