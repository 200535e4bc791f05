// `radsplan check <file.xlsx>... [--year] [--date] [--json] [--lang]`: the
// add-in's check command on one or more files, read-only (it is run without
// writing the Kontroll sheet, and the file is never saved). Prints each file's
// findings (or one JSON array), a summary table for several files, and exits
// 0 without errors, 1 with errors, 2 when a file could not be read.

import { runCheck, type CheckSummary } from "../../excel/commands/check";
import type { AckedFinding } from "../../rules/acks";
import { defaultFollowUpYear } from "../../rules";
import { tr } from "../../i18n";
import { outcomeText } from "../../i18n/cli";
import type { Lang } from "../../workbook/layout";
import type { Command } from "../args";
import { EXIT_ERRORS, EXIT_FAILED, EXIT_OK } from "../exit";
import { readInput } from "../files";
import { findingJson, formatFindings, formatSummary, type FindingJson, type SummaryRow } from "../findingsOutput";
import type { CliIo } from "../io";
import { resolvePath } from "../paths";
import { progressOn } from "../progress";
import { reasonOf } from "../reason";
import { loadWorkbook, workbookLanguage } from "../workbook";

type CheckCommand = Extract<Command, { kind: "check" }>;

interface FileResult {
  findings: AckedFinding[];
  summary: CheckSummary;
  /** The language the findings are printed in: --lang, else the workbook's own. */
  lang: Lang;
}

async function checkFile(cmd: CheckCommand, io: CliIo, file: string, dates: { referenceDate: string; followUpYear: number }): Promise<FileResult> {
  const input = await readInput(resolvePath(io, file), file);
  const wb = await loadWorkbook(input.bytes, file);
  const lang = cmd.lang ?? (await workbookLanguage(wb));
  const { findings, summary } = await runCheck(wb.run, { ...dates, lang, caps: wb.caps, write: false });
  return { findings, summary, lang };
}

export async function checkCommand(cmd: CheckCommand, io: CliIo): Promise<number> {
  const referenceDate = cmd.date ?? io.today();
  const dates = { referenceDate, followUpYear: cmd.year ?? defaultFollowUpYear(referenceDate) };
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
      result = await checkFile(cmd, io, file, dates);
    } catch (err) {
      progress.done();
      io.stderr.write(`radsplan: ${reasonOf(err, cmd.lang)}\n`);
      summary.push({ file, counts: null });
      exit = EXIT_FAILED;
      continue;
    }
    const { findings, lang } = result;
    outputLang ??= lang;
    summary.push({ file, counts: result.summary });
    if (result.summary.error > 0 && exit === EXIT_OK) exit = EXIT_ERRORS;
    if (cmd.json) {
      json.push(...findings.map((f) => findingJson(f, lang, several ? file : undefined)));
      continue;
    }
    progress.done();
    const heading = `${file} · ${tr(outcomeText.checkRun, lang, { date: dates.referenceDate, year: dates.followUpYear })}`;
    io.stdout.write([heading, ...formatFindings(findings, result.summary, lang), ""].join("\n") + "\n");
  }
  progress.done();

  if (cmd.json) io.stdout.write(JSON.stringify(json, null, 2) + "\n");
  else if (several) io.stdout.write(formatSummary(summary, outputLang ?? "sv").join("\n") + "\n");
  return exit;
}
