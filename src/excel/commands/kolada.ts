// The Excel side of Hämta statistik (Kolada): read what to fetch, show the change
// preview for fetched values, and fill them in with one write. The thinking is
// in src/kolada/fill.ts and the network in src/net/kolada.ts; this runner reads
// (one sync, with the cells below the tables that would grow), plans and applies.
// A workbook that lacks layout version 2's parts gets them first (create
// structure's own plan), then is read again.

import { koladaNotices } from "../../i18n/kolada";
import { fillText } from "../../i18n";
import { fetchRequest, hasKoladaStructure, koladaTargets, planKoladaFill, planLinkKpi, previewKolada, type KoladaPreview, type KoladaTarget, type KoladaWriteResult, type TargetOptions } from "../../kolada/fill";
import { normalizeGroupId, normalizeKpiId, normalizeMunicipalityId } from "../../kolada/ids";
import type { FetchRequest, FetchResult } from "../../kolada/types";
import type { Lang, TableName, Text } from "../../workbook/layout";
import { readSettings, SETTINGS_TABLE } from "../../workbook/meta";
import { findTable } from "../../workbook/parse/headers";
import { parsePlan } from "../../workbook/parsePlan";
import type { Plan } from "../../workbook/plan";
import type { Settings } from "../../workbook/settings";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { planTableWrites, rowsNeeded } from "../../workbook/structure";
import type { Capabilities, ExcelRunner } from "../api";
import { applyEdits } from "../applyEdits";
import { blockedTable, queueBelowTables } from "../belowTables";
import { UserError } from "../errors";
import { queueSnapshotRead, readSnapshot } from "../readSnapshot";
import { addNotice } from "../requirements";
import { writeStructure } from "./createStructure";

export interface KoladaIndicator {
  indicatorId: string;
  indicator: string;
  /** The Kolada-KPI cell as typed ("" when empty). */
  kpi: string;
  baseYear: number | null;
}

/** What the task pane and the CLI need before fetching. */
export interface KoladaState {
  lang: Lang;
  settings: Pick<Settings, "koladaMunicipality" | "koladaGroup" | "koladaUrl">;
  indicators: KoladaIndicator[];
  targets: KoladaTarget[];
  /** The workbook lacks the Kolada-KPI column, the Comparisons table or the settings (create structure adds them). */
  needsStructure: boolean;
}

function stateOf(snapshot: WorkbookSnapshot, options: TargetOptions): { plan: Plan; state: KoladaState } {
  const plan = parsePlan(snapshot);
  const settings = readSettings(snapshot);
  const state: KoladaState = {
    lang: plan.lang,
    settings: { koladaMunicipality: settings.koladaMunicipality, koladaGroup: settings.koladaGroup, koladaUrl: settings.koladaUrl },
    indicators: plan.rows.Indicators.flatMap((r) =>
      r.values.indicatorId ? [{ indicatorId: r.values.indicatorId, indicator: r.values.indicator ?? "", kpi: String(r.raw.koladaKpi ?? "").trim(), baseYear: r.values.baseYear }] : [],
    ),
    targets: koladaTargets(plan, options),
    needsStructure: !hasKoladaStructure(plan, findTable(snapshot, SETTINGS_TABLE) !== undefined),
  };
  return { plan, state };
}

/** The indicators, their KPIs and the Kolada settings (one sync). */
export function readKoladaState(run: ExcelRunner, options: TargetOptions): Promise<KoladaState> {
  return run(async (context) => stateOf(await readSnapshot(context), options).state);
}

/** The request for a state and the municipality / group chosen; throws a UserError when something is missing. */
export function requestFor(state: KoladaState, municipality: string, group?: string): FetchRequest {
  if (!municipality.trim()) throw new UserError(koladaNotices.needsMunicipality);
  const id = normalizeMunicipalityId(municipality);
  if (!id) throw new UserError(fillText(koladaNotices.badMunicipality, () => ({ value: municipality })));
  const groupId = group?.trim() ? normalizeGroupId(group) : undefined;
  if (group?.trim() && !groupId) throw new UserError(fillText(koladaNotices.badGroup, () => ({ value: group })));
  if (state.targets.length === 0) throw new UserError(state.indicators.length || !state.needsStructure ? koladaNotices.noLinkedIndicators : koladaNotices.noIndicatorsTable);
  return fetchRequest(state.targets, id, groupId ?? undefined);
}

/** The change preview of fetched values against the workbook as it is now (one sync). */
export function previewFetched(run: ExcelRunner, fetched: FetchResult, options: TargetOptions): Promise<KoladaPreview> {
  return run(async (context) => {
    const { plan, state } = stateOf(await readSnapshot(context), options);
    return previewKolada(plan, state.targets, fetched);
  });
}

export interface KoladaFillOptions extends TargetOptions {
  caps: Capabilities;
  /** The keys of differing values the user ticked to replace. */
  accept: ReadonlySet<string>;
  /** The language for a structure the workbook lacks entirely. */
  lang: Lang;
}

export interface KoladaFillResult extends KoladaWriteResult {
  preview: KoladaPreview;
  notices: Text[];
  syncs: number;
}

/** Upper bounds of the rows a fill adds per table: what the probe below the tables reads. */
function rowBounds(fetched: FetchResult): Partial<Record<TableName, number>> {
  const own = fetched.values.filter((v) => v.area === fetched.request.municipality).length;
  return { Measurements: own, Comparisons: fetched.values.length - own };
}

/**
 * Fills in the fetched values: adds the rows the preview lists, replaces only the
 * ticked differing values, records the municipality, group and unknown KPIs in the
 * settings. One read and one write (a workbook lacking layout version 2 first gets
 * it: one more read and write). Refuses, changing nothing, when a table would grow
 * over cells that hold something.
 */
export function fillFromKolada(run: ExcelRunner, fetched: FetchResult, options: KoladaFillOptions): Promise<KoladaFillResult> {
  return run(async (context) => {
    const notices: Text[] = [];
    let syncs = 0;
    const bounds = rowBounds(fetched);
    const read = async () => {
      const build = queueSnapshotRead(context);
      const below = queueBelowTables(context, bounds);
      await context.sync();
      syncs++;
      return { snapshot: build(), below };
    };
    let { snapshot, below } = await read();
    let { plan, state } = stateOf(snapshot, options);
    if (state.needsStructure) {
      const report = await writeStructure(context, snapshot, { lang: options.lang, caps: options.caps });
      syncs += report.syncs - 1;
      notices.push(koladaNotices.structureUpgraded, ...report.notices);
      ({ snapshot, below } = await read());
      ({ plan, state } = stateOf(snapshot, options));
    }
    const preview = previewKolada(plan, state.targets, fetched);
    const fill = planKoladaFill(plan, preview, fetched.request, options.accept);
    const needed: Partial<Record<TableName, number>> = {};
    for (const a of fill.appends) {
      const table = findTable(snapshot, a.table);
      if (table) needed[a.table] = rowsNeeded(table, a.rows.length);
    }
    const blocked = blockedTable(snapshot, below, needed);
    if (blocked) throw new UserError(fillText(koladaNotices.blocked, () => ({ table: blocked.name, sheet: blocked.sheet })));
    const edits = [
      ...fill.edits,
      ...planTableWrites(snapshot, { lang: plan.lang, caps: options.caps }, { appends: fill.appends, settings: fill.settings as [keyof Settings, string][] }),
    ];
    const applied = await applyEdits(context, edits, options.caps);
    for (const n of applied.notices) addNotice(notices, n);
    if (fill.result.unknownKpis.length) notices.push(fillText(koladaNotices.unknownKpis, () => ({ kpis: fill.result.unknownKpis.join(", ") })));
    return { ...fill.result, preview, notices, syncs: syncs + applied.syncs };
  });
}

/** Writes a KPI id into an indicator's Kolada-KPI cell (one read, one write). */
export function linkKpi(run: ExcelRunner, indicatorId: string, kpi: string, caps: Capabilities): Promise<void> {
  return run(async (context) => {
    const id = normalizeKpiId(kpi);
    const plan = parsePlan(await readSnapshot(context));
    const edit = id ? planLinkKpi(plan, indicatorId, id) : null;
    if (!edit) throw new UserError(fillText(koladaNotices.noSuchIndicator, () => ({ id: indicatorId })));
    await applyEdits(context, [edit], caps);
  });
}

/** Records the Kolada settings chosen in the pane (municipality, group, base URL); one read, one write. */
export function saveKoladaSettings(run: ExcelRunner, values: Partial<KoladaState["settings"]>, caps: Capabilities): Promise<void> {
  return run(async (context) => {
    const snapshot = await readSnapshot(context);
    const settings = (Object.entries(values) as [keyof Settings, string][]).filter(([, v]) => v !== undefined);
    const edits = planTableWrites(snapshot, { lang: parsePlan(snapshot).lang, caps }, { settings });
    if (edits.length) await applyEdits(context, edits, caps);
  });
}
