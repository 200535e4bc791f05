// `radsplan report <file.xlsx> --year YYYY [--out <copy.xlsx>] [--docx <file.docx>]`:
// the task pane's follow-up on a file. Writes the Uppföljning and
// Verksamhetsberättelse sheets into --out (the input is then only read) or,
// without --out, into the input itself; --docx also writes the Word report, once
// the workbook is saved (a failure there says that the sheets are saved).

import { generateFollowUp, readFollowUp } from "../../excel/commands/followUp";
import { buildReportDocx } from "../../followup/docx";
import { loadChartAssets } from "../chartAssets";
import { tr } from "../../i18n";
import { argText, fileText, outcomeText } from "../../i18n/cli";
import type { Lang } from "../../workbook/layout";
import type { Command } from "../args";
import { EXIT_OK } from "../exit";
import { assertNew, hasExtension, readInput, realFile, removeLeftovers, writeAtomic } from "../files";
import type { CliIo } from "../io";
import { resolvePath } from "../paths";
import { saveWorkbook } from "../save";
import { CliFailure, errorDetail, fail } from "../say";
import { loadWorkbook } from "../workbook";

type ReportCommand = Extract<Command, { kind: "report" }>;

/** Refuses output names that would write the wrong kind of file, one file twice, or over another file (without --replace). */
async function checkOutputs(cmd: ReportCommand, io: CliIo): Promise<{ out: string | null; docx: string | null }> {
  const out = cmd.out === undefined ? null : resolvePath(io, cmd.out);
  const docx = cmd.docx === undefined ? null : resolvePath(io, cmd.docx);
  if (out && !hasExtension(out, "xlsx")) throw fail(argText.needsXlsxName, { file: cmd.out! });
  if (docx && !hasExtension(docx, "docx")) throw fail(argText.needsDocxName, { file: cmd.docx! });
  if (docx && (docx === out || docx === resolvePath(io, cmd.file))) throw fail(fileText.sameFile, { file: cmd.docx! });
  const input = await realFile(resolvePath(io, cmd.file));
  if (out && (await realFile(out)) !== input) await assertNew(out, cmd.out!, cmd.replace);
  if (docx) await assertNew(docx, cmd.docx!, cmd.replace);
  return { out, docx };
}

export async function reportCommand(cmd: ReportCommand, io: CliIo): Promise<number> {
  const { out, docx } = await checkOutputs(cmd, io);
  // The workbook is saved, and let go, before the Word report is made: a large plan's
  // workbook and its report each take hundreds of megabytes, and together would not fit.
  const { lines, report, lang, savedTo } = await writeSheets(cmd, io, out);
  if (docx) {
    try {
      const bytes = await buildReportDocx(report, lang, { chartAssets: loadChartAssets, asOf: io.today() });
      await writeAtomic(docx, bytes, { shown: cmd.docx, expect: cmd.replace ? undefined : null });
    } catch (err) {
      // The sheets are saved: say so, and that the Word report is not (a failed write says so itself).
      io.stdout.write(lines.join("\n") + "\n");
      throw err instanceof CliFailure ? err : fail(fileText.docxNotWritten, { file: cmd.docx!, workbook: savedTo, detail: errorDetail(err) });
    }
    lines.push(tr(outcomeText.reportDocx, lang, { file: cmd.docx! }));
  }
  io.stdout.write(lines.join("\n") + "\n");
  return EXIT_OK;
}

/** Writes the follow-up's sheets into --out or the input; returns what to say, and the report for the Word file. */
async function writeSheets(cmd: ReportCommand, io: CliIo, out: string | null) {
  const inputPath = resolvePath(io, cmd.file);
  await removeLeftovers(inputPath);
  if (out) await removeLeftovers(out);
  const input = await readInput(inputPath, cmd.file);
  const wb = await loadWorkbook(input.bytes, cmd.file);

  // The same two steps as the task pane's Uppföljning view: read the follow-up, then write its sheets.
  const view = await readFollowUp(wb.run, cmd.year);
  const lang: Lang = cmd.lang ?? view.followUp.lang;
  const result = await generateFollowUp(wb.run, { year: cmd.year, lang, caps: wb.caps, sheets: ["followUp", "report"] });

  const saved = await saveWorkbook(await wb.save(), { input, inputPath, inputShown: cmd.file, out, outShown: cmd.out, replace: cmd.replace, replacedSheets: result.sheets });
  const lines = [tr(outcomeText.reportSheets, lang, { sheets: result.sheets.join(", "), file: saved.shown })];
  for (const notice of [...result.notices, ...saved.notices]) lines.push(tr(outcomeText.notice, lang, { text: tr(notice, lang) }));
  return { lines, report: view.report, lang, savedTo: saved.shown };
}
