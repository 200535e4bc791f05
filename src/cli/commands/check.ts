// `radsplan check <file.xlsx>... [--year] [--date] [--json] [--lang]`: the
// task pane's check on one or more files, read-only. Prints each file's findings
// (or one JSON array), a summary table for several files, and exits 0 without
// errors, 1 with errors, 2 when a file could not be read.

import { tr } from "../../i18n";
import { outcomeText } from "../../i18n/cli";
import { defaultFollowUpYear } from "../../rules";
import type { Lang } from "../../workbook/layout";
import type { Command } from "../args";
import { readInput } from "../files";
import {
  countSeverities,
  findingJson,
  formatFindings,
  formatSummary,
  type CheckedFinding,
  type FindingJson,
  type SummaryRow,
} from "../findingsOutput";
import { EXIT_ERRORS, EXIT_FAILED, EXIT_OK } from "../exit";
import type { CliIo } from "../io";
import { progressOn } from "../progress";
import { reasonOf } from "../reason";
import { loadWorkbook } from "../workbook";
import { resolvePath } from "../paths";
import { checkWorkbook } from "../checkWorkbook";

type CheckCommand = Extract<Command, { kind: "check" }>;

interface FileResult {
  findings: CheckedFinding[];
  /** The language the findings are printed in: --lang, else the workbook's own. */
  lang: Lang;
}

async function checkFile(cmd: CheckCommand, io: CliIo, file: string, referenceDate: string, followUpYear: number): Promise<FileResult> {
  const input = await readInput(resolvePath(io, file), file);
  const wb = await loadWorkbook(input.bytes, file);
  const { findings, lang } = await checkWorkbook(wb.run, { referenceDate, followUpYear });
  return { findings, lang: cmd.lang ?? lang };
}

export async function runCheck(cmd: CheckCommand, io: CliIo): Promise<number> {
  const referenceDate = cmd.date ?? io.today();
  const followUpYear = cmd.year ?? defaultFollowUpYear(referenceDate);
  const several = cmd.files.length > 1;
  const progress = progressOn(io, cmd.progress, cmd.lang);
  const summary: SummaryRow[] = [];
  const json: FindingJson[] = [];
  let outputLang: Lang | undefined = cmd.lang;
  let exit = EXIT_OK;

  for (const [i, file] of cmd.files.entries()) {
    progress.step(i + 1, cmd.files.length, file);
    let result: FileResult;
    try {
      result = await checkFile(cmd, io, file, referenceDate, followUpYear);
    } catch (err) {
      progress.done();
      io.stderr.write(`radsplan: ${reasonOf(err, cmd.lang)}\n`);
      summary.push({ file, counts: null });
      exit = EXIT_FAILED;
      continue;
    }
    const { findings, lang } = result;
    outputLang ??= lang;
    const counts = countSeverities(findings);
    summary.push({ file, counts });
    if (counts.error > 0 && exit === EXIT_OK) exit = EXIT_ERRORS;
    if (cmd.json) {
      json.push(...findings.map((f) => findingJson(f, lang, several ? file : undefined)));
      continue;
    }
    progress.done();
    const heading = `${file} · ${tr(outcomeText.checkRun, lang, { date: referenceDate, year: followUpYear })}`;
    io.stdout.write([heading, ...formatFindings(findings, lang), ""].join("\n") + "\n");
  }
  progress.done();

  if (cmd.json) io.stdout.write(JSON.stringify(json, null, 2) + "\n");
  else if (several) io.stdout.write(formatSummary(summary, outputLang ?? "sv").join("\n") + "\n");
  return exit;
}
