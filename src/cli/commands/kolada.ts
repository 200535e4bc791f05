// `radsplan kolada <file.xlsx> --municipality <id> [--years 2015-2025] [--group <id>]
// [--year YYYY] [--out copy.xlsx] [--dry-run]`: the task pane's Hämta statistik on a
// file. Fetches through the same module (src/net/kolada.ts; the address from
// RADSPLAN_KOLADA_URL, else the workbook's koladaUrl setting, else the public API),
// prints the change preview, then fills in with the same command and saves through
// the CLI's one save path. Values that differ from the user's are never replaced here.

import { fillFromKolada, readKoladaState } from "../../excel/commands/kolada";
import { tr } from "../../i18n";
import { argText, koladaOutText, koladaWrittenText, outcomeText } from "../../i18n/cli";
import { requestFor } from "../../plans/kolada";
import { previewKolada } from "../../kolada/fill";
import { KoladaClient } from "../../net/kolada";
import { defaultFollowUpYear } from "../../rules/dates";
import type { Command } from "../args";
import { previewLines } from "../koladaOutput";
import { EXIT_OK } from "../exit";
import { assertNew, hasExtension, readInput, realFile, removeLeftovers } from "../files";
import type { CliIo } from "../io";
import { resolvePath } from "../paths";
import { saveWorkbook } from "../save";
import { fail } from "../say";
import { loadWorkbook } from "../workbook";
import { parsePlan } from "../../workbook/parsePlan";
import { readSnapshot } from "../../excel/readSnapshot";

type KoladaCommand = Extract<Command, { kind: "kolada" }>;

export async function koladaCommand(cmd: KoladaCommand, io: CliIo): Promise<number> {
  const out = cmd.out === undefined ? null : resolvePath(io, cmd.out);
  if (out && !hasExtension(out, "xlsx")) throw fail(argText.needsXlsxName, { file: cmd.out! });
  const inputPath = resolvePath(io, cmd.file);
  if (out && !cmd.dryRun && (await realFile(out)) !== (await realFile(inputPath))) await assertNew(out, cmd.out!, cmd.replace);
  await removeLeftovers(inputPath);
  if (out) await removeLeftovers(out);
  const input = await readInput(inputPath, cmd.file);
  const wb = await loadWorkbook(input.bytes, cmd.file);

  const options = { followUpYear: cmd.year ?? defaultFollowUpYear(cmd.date ?? io.today()), ...(cmd.years ? { years: cmd.years } : {}) };
  const state = await readKoladaState(wb.run, options);
  const lang = cmd.lang ?? state.lang;
  const request = requestFor(state, cmd.municipality ?? state.settings.koladaMunicipality, cmd.group ?? (state.settings.koladaGroup || undefined));
  const client = new KoladaClient({ baseUrl: io.env?.RADSPLAN_KOLADA_URL || state.settings.koladaUrl, today: io.today });
  const fetched = await client.fetchStatistics(request);

  const preview = previewKolada(parsePlan(await wb.run((c) => readSnapshot(c))), state.targets, fetched);
  const lines = previewLines(preview, client.base, lang);
  if (cmd.dryRun) {
    lines.push(tr(koladaOutText.dryRun, lang));
    io.stdout.write(lines.join("\n") + "\n");
    return EXIT_OK;
  }
  const result = await fillFromKolada(wb.run, fetched, { ...options, caps: wb.caps, accept: new Set(), lang });
  const changed = result.addedMeasurements + result.addedComparisons > 0 || state.needsStructure || out !== null;
  const notices = [...result.notices];
  let shown = cmd.out ?? cmd.file;
  if (changed) {
    const saved = await saveWorkbook(await wb.save(), { input, inputPath, inputShown: cmd.file, out, outShown: cmd.out, replace: cmd.replace });
    notices.push(...saved.notices);
    shown = saved.shown;
    lines.push(tr(koladaWrittenText({ measurements: result.addedMeasurements, comparisons: result.addedComparisons, kept: result.kept }, shown), lang));
  } else lines.push(tr(koladaOutText.unchanged, lang, { file: shown }));
  for (const notice of notices) lines.push(tr(outcomeText.notice, lang, { text: tr(notice, lang) }));
  io.stdout.write(lines.join("\n") + "\n");
  return EXIT_OK;
}
