// The command line `radsplan`: reads the arguments, runs init, check or report
// on .xlsx files through the in-memory Excel, and returns the exit code. Every
// failure ends as a one-line reason on stderr, never as an exception.
// `main` is what tests call in-process; ./entry.ts runs it for a real process.

import { tr } from "../i18n";
import { argText, help } from "../i18n/cli";
import type { Lang } from "../workbook/layout";
import { parseCommand, requestedLang, type Command } from "./args";
import { checkCommand } from "./commands/check";
import { initCommand } from "./commands/init";
import { koladaCommand } from "./commands/kolada";
import { reportCommand } from "./commands/report";
import { EXIT_FAILED, EXIT_OK } from "./exit";
import type { CliIo } from "./io";
import { exitCodeOf, reasonOf } from "./reason";
import { VERSION } from "./version";

/** Help parts in the chosen language, else in Swedish and then in English. */
function inLangs(parts: (keyof typeof help)[], lang: Lang | undefined): string {
  const one = (l: Lang) => parts.map((p) => tr(help[p], l)).join("\n\n");
  return lang ? one(lang) : `${one("sv")}\n\n${one("en")}`;
}

function run(command: Command, io: CliIo): Promise<number> | number {
  switch (command.kind) {
    case "help":
      io.stdout.write(inLangs(["title", "usage", "details"], command.lang) + "\n");
      return EXIT_OK;
    case "version":
      io.stdout.write(`radsplan ${VERSION}\n`);
      return EXIT_OK;
    case "init":
      return initCommand(command, io);
    case "check":
      return checkCommand(command, io);
    case "report":
      return reportCommand(command, io);
    case "kolada":
      return koladaCommand(command, io);
  }
}

/** Runs `radsplan <argv>`; resolves to the exit code (0, 1 or 2) and never rejects. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = requestedLang(argv);
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    const hint = lang ? tr(argText.usageHint, lang) : `${argText.usageHint.sv} / ${argText.usageHint.en}`;
    io.stderr.write(`radsplan: ${reasonOf(err, lang)}\n\n${inLangs(["usage"], lang)}\n\n${hint}\n`);
    return EXIT_FAILED;
  }
  try {
    return await run(command, io);
  } catch (err) {
    io.stderr.write(`radsplan: ${reasonOf(err, lang)}\n`);
    return exitCodeOf(err);
  }
}
