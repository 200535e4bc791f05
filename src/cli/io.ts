// The command line's connection to the world: where output goes, whether
// stderr is a terminal, the working directory and today's date. main() takes
// one of these, so tests run the CLI in-process with captured output.

import { localIsoDate } from "../plans/clock";

export interface Writer {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  /** Whether stderr is a terminal (progress is shown there only then, or with --progress). */
  stderrIsTTY: boolean;
  /** Relative file names are resolved against this directory. */
  cwd: string;
  /** Today (local calendar date) as "YYYY-MM-DD": the default reference date of check. */
  today: () => string;
  /** Environment variables (RADSPLAN_KOLADA_URL); none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The real process's streams, directory and clock. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    today: () => localIsoDate(),
    env: process.env,
  };
}
