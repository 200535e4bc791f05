// Filling in from Kolada, losing nothing (pure): which indicators to fetch for and
// over which years, the change preview (rows to add per indicator and year, values
// that differ from what the user typed, values Kolada lacks), and the one write
// that adds the rows and replaces only the values the user ticked. The
// municipality's own values go to Mätvärden (Measurements), Riket's and the
// group's to Jämförelsevärden (Comparisons); every added row says where it came from.

import { plural, tr } from "../i18n";
import { koladaText } from "../i18n/kolada";
import { formatNumber } from "../i18n/format";
import type { Edit } from "../workbook/edits";
import type { Lang } from "../base/text";
import { cellAddress } from "../workbook/parse/address";
import type { Plan, PlanRow } from "../workbook/plan";
import type { CellValue } from "../workbook/snapshot";
import { comparisonRowKey, formatIdList, normalizeKpiId, RIKET_ID, riketLabel } from "../workbook/koladaIds";
import type { FetchRequest, FetchResult, KoladaValue, ValueStatus } from "./types";

/** An indicator linked to a Kolada KPI, and the years to fill in for it. */
export interface KoladaTarget {
  indicatorId: string;
  indicator: string;
  kpi: string;
  years: number[];
}

export interface TargetOptions {
  /** The follow-up year: the last year fetched. */
  followUpYear: number;
  /** A range that replaces each indicator's Basår..follow-up year (the CLI's --years). */
  years?: { from: number; to: number };
}

/** Years fetched for an indicator without a Basår: the ten up to the follow-up year. */
const DEFAULT_SPAN = 10;
/** At most this many years per indicator. */
const MAX_SPAN = 40;

function yearRange(from: number, to: number): number[] {
  if (to < from) return [];
  const start = Math.max(from, to - MAX_SPAN + 1);
  return Array.from({ length: to - start + 1 }, (_, i) => start + i);
}

/** Every indicator with a valid Kolada-KPI, with its years (Basår to the follow-up year, or the range given). */
export function koladaTargets(plan: Plan, options: TargetOptions): KoladaTarget[] {
  const out: KoladaTarget[] = [];
  const seen = new Set<string>();
  for (const r of plan.rows.Indicators) {
    const kpi = normalizeKpiId(r.values.koladaKpi);
    const indicatorId = r.values.indicatorId?.trim();
    if (!kpi || !indicatorId || seen.has(indicatorId)) continue;
    seen.add(indicatorId);
    const from = options.years?.from ?? r.values.baseYear ?? options.followUpYear - DEFAULT_SPAN + 1;
    const to = options.years?.to ?? options.followUpYear;
    out.push({ indicatorId, indicator: r.values.indicator ?? "", kpi, years: yearRange(from, to) });
  }
  return out;
}

/** The one request covering every target. */
export function fetchRequest(targets: readonly KoladaTarget[], municipality: string, group?: string): FetchRequest {
  const kpis = [...new Set(targets.map((t) => t.kpi))];
  const years = [...new Set(targets.flatMap((t) => t.years))].sort((a, b) => a - b);
  return { municipality, ...(group ? { group } : {}), kpis, years };
}

// --- the preview ------------------------------------------------------------------

export type ChangeKind = "add" | "differs" | "same" | "missing";
export type AreaRole = "municipality" | "riket" | "group";

export interface KoladaChange {
  /** Stable key of the change ("I1|2024|0000"): what the user ticks to replace a differing value. */
  key: string;
  indicatorId: string;
  indicator: string;
  kpi: string;
  year: number;
  role: AreaRole;
  /** The area as the workbook names it: the municipality, "Riket" or the group's title. */
  area: string;
  kind: ChangeKind;
  /** Kolada's value (null when missing). */
  kolada: number | null;
  status: ValueStatus;
  /** For the group: members with a value of all members. */
  members?: { withValue: number; total: number };
  /** The value in the workbook, as read (a number, or the text typed when unreadable). */
  yours?: CellValue;
  /** 1-based sheet row of the workbook's row for this indicator, year (and area). */
  row?: number;
}

export interface KoladaPreview {
  municipality: { id: string; title: string };
  group?: { id: string; title: string };
  changes: KoladaChange[];
  unknownKpis: string[];
  counts: Record<ChangeKind, number>;
  fetchedOn: string;
}

/** Decimals of a number as typed (at most 6). */
function decimals(n: number): number {
  const s = String(n);
  const i = s.indexOf(".");
  return i < 0 || s.includes("e") ? 0 : Math.min(s.length - i - 1, 6);
}

/** Whether the user's value is Kolada's, rounded as the user wrote it (9305 for 9305.4 is the same). */
export function sameValue(yours: number, kolada: number): boolean {
  const d = decimals(yours);
  const f = 10 ** d;
  return Math.abs(Math.round(kolada * f) / f - yours) < 1e-9 * Math.max(1, Math.abs(yours));
}

type Existing = { row: number; value: number | null; raw: CellValue; comment: CellValue };

function measurementIndex(plan: Plan): Map<string, Existing> {
  const map = new Map<string, Existing>();
  for (const r of plan.rows.Measurements) {
    const id = r.values.indicatorId?.trim();
    if (!id || r.values.year === null) continue;
    const key = `${id}|${r.values.year}`;
    if (!map.has(key)) map.set(key, existingOf(r));
  }
  return map;
}

function comparisonIndex(plan: Plan): Map<string, Existing> {
  const map = new Map<string, Existing>();
  for (const r of plan.rows.Comparisons) {
    const id = r.values.indicatorId?.trim();
    const area = r.values.area;
    if (!id || r.values.year === null || !area) continue;
    const key = comparisonRowKey(id, r.values.year, area);
    if (!map.has(key)) map.set(key, existingOf(r));
  }
  return map;
}

function existingOf(r: PlanRow<"Measurements"> | PlanRow<"Comparisons">): Existing {
  return { row: r.row, value: r.values.value, raw: r.raw.value ?? "", comment: r.raw.comment ?? "" };
}

/** What filling in `fetched` would change, change by change, in indicator, year and area order. */
export function previewKolada(plan: Plan, targets: readonly KoladaTarget[], fetched: FetchResult): KoladaPreview {
  const lang = plan.lang;
  const byKey = new Map<string, KoladaValue>();
  for (const v of fetched.values) byKey.set(`${v.kpi}|${v.area}|${v.year}`, v);
  const unknown = new Set(fetched.unknownKpis);
  const measurements = measurementIndex(plan);
  const comparisons = comparisonIndex(plan);
  const areas: { role: AreaRole; id: string; label: string }[] = [
    { role: "municipality", id: fetched.municipality.id, label: fetched.municipality.title },
    { role: "riket", id: RIKET_ID, label: riketLabel(lang) },
    ...(fetched.group ? [{ role: "group" as const, id: fetched.group.id, label: fetched.group.title }] : []),
  ];
  const changes: KoladaChange[] = [];
  for (const t of targets) {
    if (unknown.has(t.kpi)) continue;
    for (const year of t.years) {
      for (const area of areas) {
        const v = byKey.get(`${t.kpi}|${area.id}|${year}`);
        const existing =
          area.role === "municipality"
            ? measurements.get(`${t.indicatorId}|${year}`)
            : comparisons.get(comparisonRowKey(t.indicatorId, year, area.label));
        const kolada = v?.value ?? null;
        const status: ValueStatus = v?.status ?? "missing";
        let kind: ChangeKind;
        if (kolada === null) kind = "missing";
        else if (!existing) kind = "add";
        else kind = existing.value !== null && sameValue(existing.value, kolada) ? "same" : "differs";
        changes.push({
          key: `${t.indicatorId}|${year}|${area.id}`,
          indicatorId: t.indicatorId,
          indicator: t.indicator,
          kpi: t.kpi,
          year,
          role: area.role,
          area: area.label,
          kind,
          kolada,
          status,
          ...(v?.members ? { members: v.members } : {}),
          ...(existing ? { yours: existing.value ?? existing.raw, row: existing.row } : {}),
        });
      }
    }
  }
  const counts: Record<ChangeKind, number> = { add: 0, differs: 0, same: 0, missing: 0 };
  for (const c of changes) counts[c.kind]++;
  return {
    municipality: fetched.municipality,
    ...(fetched.group ? { group: { id: fetched.group.id, title: fetched.group.title } } : {}),
    changes,
    unknownKpis: fetched.unknownKpis,
    counts,
    fetchedOn: fetched.fetchedOn,
  };
}

// --- the write ---------------------------------------------------------------------

/** The Kommentar of a row from Kolada: "Kolada N07403, hämtad 2026-12-03" (preliminary and group means say so). */
export function sourceNote(change: KoladaChange, fetchedOn: string, lang: Lang): string {
  if (change.role === "group" && change.members) {
    return tr(plural(change.members.total, koladaText.sourceGroup), lang, { kpi: change.kpi, n: change.members.withValue, total: change.members.total, date: fetchedOn });
  }
  const text = change.status === "preliminary" ? koladaText.sourcePreliminary : koladaText.source;
  return tr(text, lang, { kpi: change.kpi, date: fetchedOn });
}

export interface KoladaWriteResult {
  /** Rows added to Mätvärden and to Jämförelsevärden. */
  addedMeasurements: number;
  addedComparisons: number;
  /** Differing values replaced because the user ticked them. */
  replaced: number;
  /** Differing values left as the user typed them. */
  kept: number;
  /** Values Kolada does not have (nothing written for them). */
  missing: number;
  unknownKpis: string[];
}

export interface KoladaWritePlan {
  /** Rows to append per table, values by column key. */
  appends: { table: "Measurements" | "Comparisons"; rows: Record<string, CellValue>[] }[];
  /** Cell edits that replace the ticked values (value and, appended to, the Kommentar). */
  edits: Edit[];
  /** Settings to record: the municipality, the group and the KPIs Kolada did not know. */
  settings: [string, CellValue][];
  result: KoladaWriteResult;
}

/**
 * The rows and cell edits that fill in `preview`: every "add" becomes a row with its
 * source in Kommentar; a "differs" is replaced only when its key is in `accept`, its
 * old value kept in the Kommentar; missing values are written nowhere.
 */
export function planKoladaFill(plan: Plan, preview: KoladaPreview, request: FetchRequest, accept: ReadonlySet<string>): KoladaWritePlan {
  const lang = plan.lang;
  const measurements: Record<string, CellValue>[] = [];
  const comparisons: Record<string, CellValue>[] = [];
  const edits: Edit[] = [];
  const result: KoladaWriteResult = { addedMeasurements: 0, addedComparisons: 0, replaced: 0, kept: 0, missing: 0, unknownKpis: preview.unknownKpis };
  for (const c of preview.changes) {
    if (c.kind === "missing") result.missing++;
    if (c.kind === "same" || c.kind === "missing" || c.kolada === null) continue;
    const note = sourceNote(c, preview.fetchedOn, lang);
    if (c.kind === "add") {
      const row = { indicatorId: c.indicatorId, year: c.year, value: c.kolada, comment: note };
      if (c.role === "municipality") measurements.push(row);
      else comparisons.push({ ...row, area: c.area });
      continue;
    }
    if (!accept.has(c.key)) {
      result.kept++;
      continue;
    }
    const table = c.role === "municipality" ? "Measurements" : "Comparisons";
    const info = plan.tables[table];
    if (!info || c.row === undefined) continue;
    const old = plan.rows[table].find((r) => r.row === c.row);
    const oldComment = String(old?.raw.comment ?? "").trim();
    const shownOld = typeof c.yours === "number" ? formatNumber(c.yours, lang, 6) : String(c.yours ?? "");
    const replacedNote = tr(koladaText.replaced, lang, { source: note, old: shownOld });
    edits.push({ kind: "setValues", sheet: info.sheet, address: cellAddress(info, c.row, "value"), values: [[c.kolada]] });
    if (info.columns.comment !== undefined) {
      edits.push({ kind: "setValues", sheet: info.sheet, address: cellAddress(info, c.row, "comment"), values: [[oldComment ? `${oldComment}; ${replacedNote}` : replacedNote]], text: true });
    }
    result.replaced++;
  }
  result.addedMeasurements = measurements.length;
  result.addedComparisons = comparisons.length;
  const appends: KoladaWritePlan["appends"] = [];
  if (measurements.length) appends.push({ table: "Measurements", rows: measurements });
  if (comparisons.length) appends.push({ table: "Comparisons", rows: comparisons });
  const settings: [string, CellValue][] = [
    ["koladaMunicipality", request.municipality],
    ["koladaGroup", request.group ?? ""],
    ["koladaUnknownKpis", formatIdList(preview.unknownKpis)],
  ];
  return { appends, edits, settings, result };
}

/** Whether a workbook has what filling in needs: the Kolada-KPI column, the Comparisons table and the settings. */
export function hasKoladaStructure(plan: Plan, hasSettings: boolean): boolean {
  return plan.tables.Indicators?.columns.koladaKpi !== undefined && plan.tables.Comparisons !== null && plan.tables.Measurements !== null && hasSettings;
}

/** The cell edit that links an indicator to a KPI (its Kolada-KPI cell), or null when the indicator or column is missing. */
export function planLinkKpi(plan: Plan, indicatorId: string, kpi: string): Edit | null {
  const info = plan.tables.Indicators;
  const row = plan.rows.Indicators.find((r) => r.values.indicatorId?.trim() === indicatorId.trim());
  if (!info || !row || info.columns.koladaKpi === undefined) return null;
  return { kind: "setValues", sheet: info.sheet, address: cellAddress(info, row.row, "koladaKpi"), values: [[kpi]], text: true };
}
