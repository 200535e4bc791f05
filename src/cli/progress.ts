// Progress of a long check on stderr: shown on a terminal (one line, rewritten
// in place) or, when asked for with --progress, as plain lines. Never on stdout,
// so --json output stays clean.

import { outcomeText } from "../i18n/cli";
import type { Lang } from "../workbook/layout";
import type { CliIo } from "./io";
import { say } from "./say";

export interface Progress {
  /** Announces that file `i` (1-based) of `n` is being worked on. */
  step(i: number, n: number, file: string): void;
  /** Clears the progress line, before the results are printed. */
  done(): void;
}

const CLEAR_LINE = "\r\x1b[K";

export function progressOn(io: CliIo, asked: boolean, lang: Lang | undefined): Progress {
  const live = io.stderrIsTTY;
  if (!live && !asked) return { step: () => undefined, done: () => undefined };
  let shown = false;
  return {
    step(i, n, file) {
      const text = say(outcomeText.progress, lang, { i, n, file });
      io.stderr.write(live ? `${CLEAR_LINE}${text}` : `${text}\n`);
      shown = true;
    },
    done() {
      if (live && shown) io.stderr.write(CLEAR_LINE);
      shown = false;
    },
  };
}
