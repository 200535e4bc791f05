// Rådsplan's own hidden sheet (META_SHEET) and its two tables: the workbook-level
// settings (SETTINGS_TABLE, key/value rows) and the acknowledged findings (ACKS_TABLE).
// Their layout for the create command to write, and readers that never throw.

import { ACKS_TABLE, SETTINGS_TABLE, type ColumnDef, type Lang } from "./layout";
import { parseCell } from "./parse";
import { findTable, matchHeaders } from "./parse/headers";
import { isBlankRow, labelKey } from "./parse/text";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "./snapshot";

export { META_SHEET, SETTINGS_TABLE, ACKS_TABLE } from "./layout";

/** An acknowledged finding: a rule's finding the municipality has chosen to accept, with a reason. */
export interface Ack {
  rule: string;
  key: string;
  fingerprint: string;
  justification: string;
  by: string;
  /** ISO "YYYY-MM-DD" (or the text as typed when it is no readable date). */
  date: string;
}

export const SETTINGS_COLUMNS = [
  { key: "key", sv: "Nyckel", en: "Key", type: "text", required: true, width: 30 },
  { key: "value", sv: "Värde", en: "Value", type: "text", width: 30 },
] as const satisfies readonly ColumnDef[];

export const ACKS_COLUMNS = [
  { key: "rule", sv: "Regel", en: "Rule", type: "text", required: true, width: 10 },
  { key: "key", sv: "Nyckel", en: "Key", type: "text", required: true, width: 30 },
  { key: "fingerprint", sv: "Fingeravtryck", en: "Fingerprint", type: "text", width: 16 },
  { key: "justification", sv: "Motivering", en: "Justification", type: "text", width: 50 },
  { key: "by", sv: "Av", en: "By", type: "text", width: 20 },
  { key: "date", sv: "Datum", en: "Date", type: "date", width: 12 },
] as const satisfies readonly ColumnDef[];

/** The two meta tables, for the create command: table name and columns in order. */
export const META_TABLES = [
  { name: SETTINGS_TABLE, columns: SETTINGS_COLUMNS },
  { name: ACKS_TABLE, columns: ACKS_COLUMNS },
] as const;

/** Header texts of a meta table's columns in a language. */
export function metaHeaders(columns: readonly ColumnDef[], lang: Lang): string[] {
  return columns.map((c) => c[lang]);
}

/** The settings table's data rows (key, value), in the order of DEFAULT_SETTINGS. */
export function settingsRows(settings: Settings): CellValue[][] {
  return (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).map((k) => [k, settings[k]]);
}

/** An acknowledgement as a row of the acks table, in ACKS_COLUMNS order. */
export function ackRow(ack: Ack): CellValue[] {
  return ACKS_COLUMNS.map((c) => ack[c.key]);
}

/** Every non-blank row of a table as text/values by column key, matched by header. */
function metaRows(table: TableSnapshot | undefined, columns: readonly ColumnDef[]): Record<string, CellValue>[] {
  if (!table) return [];
  const { offsets } = matchHeaders(columns, table.headers);
  return table.rows
    .filter((row) => !isBlankRow(row))
    .map((row) => Object.fromEntries(columns.map((c) => [c.key, offsets[c.key] === undefined ? "" : row[offsets[c.key]!] ?? ""])));
}

/** A readable text value, or undefined. */
function text(raw: CellValue): string | undefined {
  const r = parseCell({ type: "text" }, raw);
  return r.ok && r.value !== null ? String(r.value) : undefined;
}

/** An integer at least `min`, or undefined. */
function integerFrom(min: number) {
  return (raw: CellValue): number | undefined => {
    const r = parseCell({ type: "integer" }, raw);
    return r.ok && typeof r.value === "number" && r.value >= min ? r.value : undefined;
  };
}

const LANGS: Record<string, Lang> = { sv: "sv", svenska: "sv", swedish: "sv", en: "en", engelska: "en", english: "en" };

/** How each setting is read from its Värde cell; undefined means "keep the default". */
const SETTING_READERS: { [K in keyof Settings]: (raw: CellValue) => Settings[K] | undefined } = {
  layoutVersion: integerFrom(0),
  lang: (raw) => LANGS[labelKey(String(raw))],
  situationReportMaxAgeYears: integerFrom(1),
  municipality: text,
  meetingsSteering: integerFrom(0),
  meetingsPreparatory: integerFrom(0),
  meetingsWorking: integerFrom(0),
  meetingsLocalCouncil: integerFrom(0),
  koladaMunicipality: text,
  koladaGroup: text,
  koladaUrl: text,
  koladaUnknownKpis: text,
};

/** The settings the workbook states, and only those (unreadable or absent ones left out). */
export function readSettingValues(snapshot: WorkbookSnapshot): Partial<Settings> {
  const readers = new Map(Object.entries(SETTING_READERS).map(([k, read]) => [labelKey(k), [k, read] as const]));
  const found: Partial<Record<keyof Settings, unknown>> = {};
  for (const row of metaRows(findTable(snapshot, SETTINGS_TABLE), SETTINGS_COLUMNS)) {
    const entry = readers.get(labelKey(String(row.key)));
    if (!entry) continue;
    const [key, read] = entry;
    const value = (read as (raw: CellValue) => unknown)(row.value);
    if (value !== undefined) found[key as keyof Settings] = value;
  }
  return found as Partial<Settings>;
}

/** The workbook's settings, defaults filled in. Never throws. */
export function readSettings(snapshot: WorkbookSnapshot): Settings {
  return { ...DEFAULT_SETTINGS, ...readSettingValues(snapshot) };
}

/** The acknowledged findings; rows without a rule or key are skipped. Never throws. */
export function readAcks(snapshot: WorkbookSnapshot): Ack[] {
  const acks: Ack[] = [];
  for (const row of metaRows(findTable(snapshot, ACKS_TABLE), ACKS_COLUMNS)) {
    const rule = text(row.rule);
    const key = text(row.key);
    if (!rule || !key) continue;
    const date = parseCell({ type: "date" }, row.date);
    acks.push({
      rule,
      key,
      fingerprint: text(row.fingerprint) ?? "",
      justification: text(row.justification) ?? "",
      by: text(row.by) ?? "",
      date: date.ok ? String(date.value ?? "") : (text(row.date) ?? ""),
    });
  }
  return acks;
}
