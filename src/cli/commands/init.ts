// `radsplan init <file.xlsx> [--lang sv|en] [--example]`: the task pane's
// "Create structure" (and "Fill in example plan") on a file. A missing file is
// created; an existing one gets only what it lacks and keeps everything else.

import { createStructure } from "../../excel/commands/createStructure";
import { insertExampleData } from "../../excel/commands/insertExample";
import { countText, tr } from "../../i18n";
import { argText, lossText, outcomeText } from "../../i18n/cli";
import { structure as structureText } from "../../i18n/ui";
import type { StructureReport } from "../../excel/api";
import type { Lang } from "../../workbook/layout";
import type { Command } from "../args";
import { assertNothingLost } from "../fidelity";
import { exists, hasExtension, readInput, removeLeftovers, writeAtomic } from "../files";
import { EXIT_OK } from "../exit";
import type { CliIo } from "../io";
import { fail } from "../say";
import { loadWorkbook, newWorkbook, workbookLanguage } from "../workbook";
import { resolvePath } from "../paths";

type InitCommand = Extract<Command, { kind: "init" }>;

/** What the structure command did, as lines in `lang`. */
function structureLines(report: StructureReport, lang: Lang): string[] {
  const lines: string[] = [];
  const list = (items: string[]) => items.join(", ");
  if (report.addedSheets.length) lines.push(tr(structureText.addedSheets, lang, { list: list(report.addedSheets) }));
  if (report.addedTables.length) lines.push(tr(structureText.addedTables, lang, { list: list(report.addedTables) }));
  if (report.addedColumns.length)
    lines.push(tr(structureText.addedColumns, lang, { list: list(report.addedColumns.map((c) => `${c.table}: ${c.header}`)) }));
  if (lines.length === 0) lines.push(tr(structureText.nothingAdded, lang));
  for (const notice of report.notices) lines.push(tr(outcomeText.notice, lang, { text: tr(notice, lang) }));
  return lines;
}

export async function initCommand(cmd: InitCommand, io: CliIo): Promise<number> {
  const path = resolvePath(io, cmd.file);
  if (!hasExtension(path, "xlsx")) throw fail(argText.needsXlsxName, { file: cmd.file });
  await removeLeftovers(path);
  const input = (await exists(path, cmd.file)) ? await readInput(path, cmd.file) : null;
  const wb = input ? await loadWorkbook(input.bytes, cmd.file) : newWorkbook();
  // The language to create in: as asked, else the workbook's own.
  const lang = cmd.lang ?? (await workbookLanguage(wb));

  // As the task pane's two buttons: the example command creates the structure it needs in the same write.
  // The example is generated for today (the reference date the check defaults to), so it is current.
  const example = cmd.example ? await insertExampleData(wb.run, { lang, caps: wb.caps, referenceDate: io.today() }) : null;
  const report = example ? example.report : await createStructure(wb.run, { lang, caps: wb.caps });
  const lines = structureLines(report, lang);
  if (example) lines.push(`${tr(structureText.exampleTitle, lang)}. ${tr(countText(example.rows, structureText.exampleRows), lang)}`);
  // The structure command syncs once to read and again only when it writes.
  const changed = !input || example !== null || report.syncs > 1;
  if (changed) {
    const bytes = await wb.save();
    if (input) await assertNothingLost(input.bytes, bytes, { file: cmd.file, advice: lossText.useAddin });
    await writeAtomic(path, bytes, { expect: input ? input.stamp : null, shown: cmd.file });
  }
  lines.push(tr(!input ? outcomeText.created : changed ? outcomeText.saved : outcomeText.unchanged, lang, { file: cmd.file }));
  io.stdout.write(lines.join("\n") + "\n");
  return EXIT_OK;
}
