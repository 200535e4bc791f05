// The plans of Hämta statistik (Kolada), in the one command shape: what to fetch
// (koladaStateCommand), the preview of fetched values (koladaPreviewCommand), the
// fill (koladaFillCommand: reads the cells below the tables it may grow), linking
// an indicator to a KPI and recording the chosen settings. The thinking about
// values is in kolada/fill.ts; the network is in net/kolada.ts, which no plan imports.

import type { Capabilities } from "../base/capabilities";
import type { Lang, Text } from "../base/text";
import { UserError } from "../base/userError";
import { fillText } from "../i18n";
import { koladaNotices } from "../i18n/kolada";
import { fetchRequest, hasKoladaStructure, koladaTargets, planKoladaFill, planLinkKpi, previewKolada, type KoladaPreview, type KoladaTarget, type KoladaWriteResult, type TargetOptions } from "../kolada/fill";
import { normalizeGroupId, normalizeKpiId, normalizeMunicipalityId } from "../workbook/koladaIds";
import type { FetchRequest, FetchResult } from "../kolada/types";
import { blockedTable } from "../workbook/below";
import { readSettings, SETTINGS_TABLE } from "../workbook/meta";
import { findTable } from "../workbook/parse/headers";
import { parsePlan } from "../workbook/parsePlan";
import type { Plan } from "../workbook/plan";
import type { Settings } from "../workbook/settings";
import type { CellValue, WorkbookSnapshot } from "../workbook/snapshot";
import { planTableWrites, rowsNeeded } from "../workbook/structure";
import { SNAPSHOT_READ, type Command } from "./command";

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

function koladaState(snapshot: WorkbookSnapshot, options: TargetOptions): { plan: Plan; state: KoladaState } {
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

/** The indicators, their KPIs and the Kolada settings (reads, writes nothing). */
export const koladaStateCommand: Command<TargetOptions, KoladaState> = {
  read: () => SNAPSHOT_READ,
  plan: ({ snapshot }, options) => ({ edits: [], result: koladaState(snapshot, options).state }),
};

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

/** The preview of fetched values against the workbook as read (writes nothing). */
export const koladaPreviewCommand: Command<TargetOptions & { fetched: FetchResult }, KoladaPreview> = {
  read: () => SNAPSHOT_READ,
  plan({ snapshot }, { fetched, ...options }) {
    const { plan, state } = koladaState(snapshot, options);
    return { edits: [], result: previewKolada(plan, state.targets, fetched) };
  },
};

export interface KoladaFillOptions extends TargetOptions {
  fetched: FetchResult;
  caps: Capabilities;
  /** The keys of differing values the user ticked to replace. */
  accept: ReadonlySet<string>;
}

export interface KoladaFillResult extends KoladaWriteResult {
  preview: KoladaPreview;
  notices: Text[];
}

/** The fill's refusal when the workbook lacks layout version 2's parts: the runner then runs create structure and fills again. */
export class NeedsStructure extends UserError {
  constructor() {
    super(koladaNotices.noIndicatorsTable);
  }
}

/**
 * The fill: the rows the preview lists added, only the ticked differing values
 * replaced, the municipality, group and unknown KPIs recorded in the settings. Reads
 * as many rows below Mätvärden and Jämförelsevärden as it could add, and refuses (a
 * UserError, nothing written) when a table would grow over cells that hold something
 * or when the workbook lacks layout version 2's parts.
 */
export const koladaFillCommand: Command<KoladaFillOptions, KoladaFillResult> = {
  read({ fetched }) {
    const own = fetched.values.filter((v) => v.area === fetched.request.municipality).length;
    const below = [
      { table: "Measurements", rows: own },
      { table: "Comparisons", rows: fetched.values.length - own },
    ].filter((b) => b.rows > 0);
    return { ...SNAPSHOT_READ, below };
  },
  plan({ snapshot, below }, options) {
    const { plan, state } = koladaState(snapshot, options);
    if (state.needsStructure) throw new NeedsStructure();
    const preview = previewKolada(plan, state.targets, options.fetched);
    const fill = planKoladaFill(plan, preview, options.fetched.request, options.accept);
    const needed: Record<string, number> = {};
    for (const a of fill.appends) {
      const table = findTable(snapshot, a.table)!;
      // the rows go below the data, where a shown total row (its label, its SUBTOTAL) is
      if (table.showTotals) throw new UserError(fillText(koladaNotices.totalsRow, () => ({ table: table.name, sheet: table.sheet })));
      needed[a.table] = rowsNeeded(table, a.rows.length);
    }
    const blocked = blockedTable(snapshot, below, needed);
    if (blocked) throw new UserError(fillText(koladaNotices.blocked, () => ({ table: blocked.name, sheet: blocked.sheet })));
    const edits = [...fill.edits, ...planTableWrites(snapshot, { lang: plan.lang, caps: options.caps }, { appends: fill.appends, settings: fill.settings as [keyof Settings, CellValue][] })];
    const notices: Text[] = [];
    if (fill.result.unknownKpis.length) notices.push(fillText(koladaNotices.unknownKpis, () => ({ kpis: fill.result.unknownKpis.join(", ") })));
    return { edits, result: { ...fill.result, preview, notices } };
  },
};

/** Links an indicator to a KPI: its Kolada-KPI cell. */
export const linkKpiCommand: Command<{ indicatorId: string; kpi: string }, null> = {
  read: () => SNAPSHOT_READ,
  plan({ snapshot }, { indicatorId, kpi }) {
    const id = normalizeKpiId(kpi);
    const edit = id ? planLinkKpi(parsePlan(snapshot), indicatorId, id) : null;
    if (!edit) throw new UserError(fillText(koladaNotices.noSuchIndicator, () => ({ id: indicatorId })));
    return { edits: [edit], result: null };
  },
};

/** Records the Kolada settings chosen (municipality, group, base URL). */
export const koladaSettingsCommand: Command<{ values: Partial<KoladaState["settings"]>; caps: Capabilities }, null> = {
  read: () => SNAPSHOT_READ,
  plan({ snapshot }, { values, caps }) {
    const settings = (Object.entries(values) as [keyof Settings, string][]).filter(([, v]) => v !== undefined);
    return { edits: planTableWrites(snapshot, { lang: parsePlan(snapshot).lang, caps }, { settings }), result: null };
  },
};
