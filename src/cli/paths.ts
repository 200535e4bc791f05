// File names on the command line: resolved against the CLI's working directory.

import * as path from "node:path";
import type { CliIo } from "./io";

/** The absolute path of a file name as typed. */
export function resolvePath(io: CliIo, file: string): string {
  return path.resolve(io.cwd, file);
}
