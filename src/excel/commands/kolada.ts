// Hämta statistik on Excel: plans/kolada.ts run by runCommand. One read and one
// write per command; a workbook that lacks layout version 2's parts first gets
// them from create structure (one more read and write).

import type { Capabilities } from "../../base/capabilities";
import type { Lang, Text } from "../../base/text";
import { koladaNotices } from "../../i18n/kolada";
import type { KoladaPreview, TargetOptions } from "../../kolada/fill";
import type { FetchResult } from "../../kolada/types";
import { koladaFillCommand, NeedsStructure, koladaPreviewCommand, koladaSettingsCommand, koladaStateCommand, linkKpiCommand, type KoladaFillResult, type KoladaState } from "../../plans/kolada";
import type { ExcelRunner } from "../api";
import { runCommand, withWriteNotices } from "../runCommand";
import { createStructure } from "./createStructure";

export type { KoladaState, KoladaFillResult } from "../../plans/kolada";

const READ_ONLY = { caps: { isSetSupported: () => false } };

/** The indicators, their KPIs and the Kolada settings (one sync). */
export async function readKoladaState(run: ExcelRunner, options: TargetOptions): Promise<KoladaState> {
  return (await runCommand(run, koladaStateCommand, options, READ_ONLY)).result;
}

/** The change preview of fetched values against the workbook as it is now (one sync). */
export async function previewFetched(run: ExcelRunner, fetched: FetchResult, options: TargetOptions): Promise<KoladaPreview> {
  return (await runCommand(run, koladaPreviewCommand, { ...options, fetched }, READ_ONLY)).result;
}

/** Fills in fetched values (plans/kolada.ts); completes layout version 2 first when the workbook lacks it. */
export async function fillFromKolada(
  run: ExcelRunner,
  fetched: FetchResult,
  options: TargetOptions & { caps: Capabilities; accept: ReadonlySet<string>; lang: Lang },
): Promise<KoladaFillResult & { syncs: number }> {
  let syncs = 0;
  const notices: Text[] = [];
  const fill = () => runCommand(run, koladaFillCommand, { ...options, fetched }, options);
  let done: Awaited<ReturnType<typeof fill>>;
  try {
    done = await fill();
  } catch (err) {
    if (!(err instanceof NeedsStructure)) throw err;
    syncs += 1; // the fill's read, which found the structure lacking
    const report = await createStructure(run, { lang: options.lang, caps: options.caps });
    syncs += report.syncs;
    notices.push(koladaNotices.structureUpgraded, ...report.notices);
    done = await fill();
  }
  const { result, written } = done;
  return { ...result, notices: withWriteNotices([...notices, ...result.notices], written), syncs: syncs + written.syncs };
}

/** Writes a KPI id into an indicator's Kolada-KPI cell (one read, one write). */
export async function linkKpi(run: ExcelRunner, indicatorId: string, kpi: string, caps: Capabilities): Promise<void> {
  await runCommand(run, linkKpiCommand, { indicatorId, kpi }, { caps });
}

/** Records the Kolada settings chosen in the pane (municipality, group, base URL); one read, one write. */
export async function saveKoladaSettings(run: ExcelRunner, values: Partial<KoladaState["settings"]>, caps: Capabilities): Promise<void> {
  await runCommand(run, koladaSettingsCommand, { values, caps }, { caps });
}
