// Hämta statistik on Excel: src/kolada/plan.ts's plans, read and written here.
// One read and one write per command; a workbook that lacks layout version 2's
// parts first gets them from create structure's own plan (one more read and write).

import { koladaNotices } from "../../i18n/kolada";
import type { TargetOptions } from "../../kolada/fill";
import type { KoladaPreview } from "../../kolada/fill";
import { belowForFill, koladaState, planFill, planKoladaSettings, planLink, planPreview, type KoladaFillOptions, type KoladaFillResult, type KoladaState } from "../../kolada/plan";
import type { FetchResult } from "../../kolada/types";
import type { Lang } from "../../workbook/layout";
import type { Capabilities, ExcelRunner } from "../api";
import { applyEdits } from "../applyEdits";
import { queueBelowTables } from "../belowTables";
import { queueSnapshotRead, readSnapshot } from "../readSnapshot";
import { addNotice } from "../requirements";
import { writeStructure } from "./createStructure";

export type { KoladaState, KoladaFillResult } from "../../kolada/plan";

/** The indicators, their KPIs and the Kolada settings (one sync). */
export function readKoladaState(run: ExcelRunner, options: TargetOptions): Promise<KoladaState> {
  return run(async (context) => koladaState(await readSnapshot(context), options).state);
}

/** The change preview of fetched values against the workbook as it is now (one sync). */
export function previewFetched(run: ExcelRunner, fetched: FetchResult, options: TargetOptions): Promise<KoladaPreview> {
  return run(async (context) => planPreview(await readSnapshot(context), fetched, options));
}

/** Fills in fetched values (see planFill); completes layout version 2 first when the workbook lacks it. */
export function fillFromKolada(run: ExcelRunner, fetched: FetchResult, options: KoladaFillOptions & { lang: Lang }): Promise<KoladaFillResult & { syncs: number }> {
  return run(async (context) => {
    let syncs = 0;
    const read = async () => {
      const snapshot = queueSnapshotRead(context);
      const below = queueBelowTables(context, belowForFill(fetched));
      await context.sync();
      syncs++;
      return { snapshot: snapshot(), below: below() };
    };
    let { snapshot, below } = await read();
    const notices = [];
    if (koladaState(snapshot, options).state.needsStructure) {
      const report = await writeStructure(context, snapshot, { lang: options.lang, caps: options.caps });
      syncs += report.syncs - 1;
      notices.push(koladaNotices.structureUpgraded, ...report.notices);
      ({ snapshot, below } = await read());
    }
    const { edits, result } = planFill(snapshot, below, fetched, options);
    const applied = await applyEdits(context, edits, options.caps);
    for (const n of [...result.notices, ...applied.notices]) addNotice(notices, n);
    return { ...result, notices, syncs: syncs + applied.syncs };
  });
}

/** Writes a KPI id into an indicator's Kolada-KPI cell (one read, one write). */
export function linkKpi(run: ExcelRunner, indicatorId: string, kpi: string, caps: Capabilities): Promise<void> {
  return run(async (context) => {
    await applyEdits(context, planLink(await readSnapshot(context), indicatorId, kpi), caps);
  });
}

/** Records the Kolada settings chosen in the pane (municipality, group, base URL); one read, one write. */
export function saveKoladaSettings(run: ExcelRunner, values: Partial<KoladaState["settings"]>, caps: Capabilities): Promise<void> {
  return run(async (context) => {
    const edits = planKoladaSettings(await readSnapshot(context), values, caps);
    if (edits.length) await applyEdits(context, edits, caps);
  });
}
