// One of several runs saving the same file at the same moment, as a child
// process (test/cli/concurrency.test.ts): reads the file, says "ready", waits
// for "go" on stdin (sent once every run has read it), and saves its own
// content through writeAtomic, refused when the file changed since it was
// read. Prints "saved" or the refusal's reason.
//
// Usage: node -r tsx/cjs saveContender.ts <file> <id>

import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { writeAtomic } from "../../src/cli/files";
import { CliFailure } from "../../src/cli/say";

const [file, id] = process.argv.slice(2);
const bytes = readFileSync(file);
const s = statSync(file);
const stamp = { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode, sha256: createHash("sha256").update(bytes).digest("hex") };
// a few megabytes, so that saving takes long enough for the runs to overlap
const data = Buffer.concat([Buffer.from(`saved by run ${id}\n`), Buffer.alloc(4 * 1024 * 1024, id)]);

process.stdout.write("ready\n");
process.stdin.once("data", () => {
  process.stdin.pause();
  writeAtomic(file, data, { expect: stamp }).then(
    () => process.stdout.write("saved\n"),
    (err: unknown) => process.stdout.write(err instanceof CliFailure ? `refused: ${err.reason.en}\n` : `error: ${String(err)}\n`),
  );
});
