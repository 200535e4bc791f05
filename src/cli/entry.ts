// Runs the command line in a real process: `npm run radsplan -- …`, bin/radsplan.js
// and the bundled dist-cli/radsplan.js all start here. The exit code is set, not
// forced, so stdout is flushed completely before the process ends.

import { processIo } from "./io";
import { main } from "./main";

void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
