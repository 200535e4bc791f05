// The plans of Hämta statistik (pure): from what was read (the snapshot and the
// cells below the tables that would grow) to the edits and the result. What to
// fetch (koladaState), the preview of fetched values, the fill, linking an
// indicator to a KPI and recording the chosen settings. The runner in
// excel/commands/kolada.ts reads, calls these and writes; the network is elsewhere.

import type { Capabilities } from "../excel/api";
import { UserError } from "../excel/errors";
import { fillText } from "../i18n";
import { koladaNotices } from "../i18n/kolada";
import { blockedTable } from "../workbook/below";
import type { Edit } from "../workbook/edits";
import type { Lang, Text } from "../workbook/layout";
import { readSettings, SETTINGS_TABLE } from "../workbook/meta";
import { findTable } from "../workbook/parse/headers";
import { parsePlan } from "../workbook/parsePlan";
import type { Plan } from "../workbook/plan";
import type { Settings } from "../workbook/settings";
import type { CellValue, WorkbookSnapshot } from "../workbook/snapshot";
import { planTableWrites, rowsNeeded } from "../workbook/structure";
import { fetchRequest, hasKoladaStructure, koladaTargets, planKoladaFill, planLinkKpi, previewKolada, type KoladaPreview, type KoladaTarget, type KoladaWriteResult, type TargetOptions } from "./fill";
import { normalizeGroupId, normalizeKpiId, normalizeMunicipalityId } from "./ids";
import type { FetchRequest, FetchResult } from "./types";

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

export function koladaState(snapshot: WorkbookSnapshot, options: TargetOptions): { plan: Plan; state: KoladaState } {
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

/** The preview of fetched values against the workbook as read. */
export function planPreview(snapshot: WorkbookSnapshot, fetched: FetchResult, options: TargetOptions): KoladaPreview {
  const { plan, state } = koladaState(snapshot, options);
  return previewKolada(plan, state.targets, fetched);
}

export interface KoladaFillOptions extends TargetOptions {
  caps: Capabilities;
  /** The keys of differing values the user ticked to replace. */
  accept: ReadonlySet<string>;
}

export interface KoladaFillResult extends KoladaWriteResult {
  preview: KoladaPreview;
  notices: Text[];
}

/** The cells below the tables a fill may grow, as many rows as it could add to each (its upper bound). */
export function belowForFill(fetched: FetchResult): { table: string; rows: number }[] {
  const own = fetched.values.filter((v) => v.area === fetched.request.municipality).length;
  return [
    { table: "Measurements", rows: own },
    { table: "Comparisons", rows: fetched.values.length - own },
  ];
}

/**
 * The fill: the rows the preview lists added, only the ticked differing values
 * replaced, the municipality, group and unknown KPIs recorded in the settings.
 * Refuses (a UserError, nothing written) when a table would grow over cells that
 * hold something, or when the workbook lacks layout version 2's parts.
 */
export function planFill(snapshot: WorkbookSnapshot, below: ReadonlyMap<string, CellValue[][]>, fetched: FetchResult, options: KoladaFillOptions): { edits: Edit[]; result: KoladaFillResult } {
  const { plan, state } = koladaState(snapshot, options);
  if (state.needsStructure) throw new UserError(koladaNotices.noIndicatorsTable);
  const preview = previewKolada(plan, state.targets, fetched);
  const fill = planKoladaFill(plan, preview, fetched.request, options.accept);
  const needed: Record<string, number> = {};
  for (const a of fill.appends) needed[a.table] = rowsNeeded(findTable(snapshot, a.table)!, a.rows.length);
  const blocked = blockedTable(snapshot, below, needed);
  if (blocked) throw new UserError(fillText(koladaNotices.blocked, () => ({ table: blocked.name, sheet: blocked.sheet })));
  const edits = [...fill.edits, ...planTableWrites(snapshot, { lang: plan.lang, caps: options.caps }, { appends: fill.appends, settings: fill.settings as [keyof Settings, CellValue][] })];
  const notices: Text[] = [];
  if (fill.result.unknownKpis.length) notices.push(fillText(koladaNotices.unknownKpis, () => ({ kpis: fill.result.unknownKpis.join(", ") })));
  return { edits, result: { ...fill.result, preview, notices } };
}

/** Links an indicator to a KPI: its Kolada-KPI cell. */
export function planLink(snapshot: WorkbookSnapshot, indicatorId: string, kpi: string): Edit[] {
  const id = normalizeKpiId(kpi);
  const edit = id ? planLinkKpi(parsePlan(snapshot), indicatorId, id) : null;
  if (!edit) throw new UserError(fillText(koladaNotices.noSuchIndicator, () => ({ id: indicatorId })));
  return [edit];
}

/** Records the Kolada settings chosen (municipality, group, base URL). */
export function planKoladaSettings(snapshot: WorkbookSnapshot, values: Partial<KoladaState["settings"]>, caps: Capabilities): Edit[] {
  const settings = (Object.entries(values) as [keyof Settings, string][]).filter(([, v]) => v !== undefined);
  return planTableWrites(snapshot, { lang: parsePlan(snapshot).lang, caps }, { settings });
}
