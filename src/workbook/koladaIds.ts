// Kolada's identifiers as the workbook holds them: KPI ids (a letter and five digits,
// e.g. N07403), municipality ids (four digits, 0000 for Riket) and municipality group
// ids, the comma-separated id lists Rådsplan keeps in its settings, and the Område
// label that names Riket in Jämförelsevärden. Pure.

import { tr } from "../i18n";
import { koladaText } from "../i18n/kolada";
import type { Lang } from "../base/text";
import { labelKey } from "./parse/text";

/** Kolada's id for the whole country ("Riket"). */
export const RIKET_ID = "0000";

const KPI_ID = /^[A-Z]\d{5}$/;
const MUNICIPALITY_ID = /^\d{4}$/;
/** Municipality group ids, e.g. "G38060" (the API's ids are a letter and digits). */
const GROUP_ID = /^[A-Z]+\d+$/;

/** A KPI id as typed (spaces and letter case forgiven), or null when it is none. */
export function normalizeKpiId(raw: string | null | undefined): string | null {
  const id = (raw ?? "").trim().toUpperCase();
  return KPI_ID.test(id) ? id : null;
}

/** A municipality id as typed ("2480", " 2480 "), or null when it is none. */
export function normalizeMunicipalityId(raw: string | null | undefined): string | null {
  const id = (raw ?? "").trim();
  return MUNICIPALITY_ID.test(id) ? id : null;
}

/** A municipality group id as typed, or null when it is none. */
export function normalizeGroupId(raw: string | null | undefined): string | null {
  const id = (raw ?? "").trim().toUpperCase();
  return GROUP_ID.test(id) ? id : null;
}

/** The ids of a comma-separated setting ("N07403, N07401"), upper case, without blanks or repeats. */
export function parseIdList(raw: string | null | undefined): string[] {
  const ids = (raw ?? "").split(/[,;\s]+/).map((s) => s.trim().toUpperCase()).filter(Boolean);
  return [...new Set(ids)];
}

/** The setting value for a list of ids. */
export function formatIdList(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join(", ");
}

/** The Område label of Riket in a workbook of `lang` ("Riket"); either language's label is recognised. */
export const riketLabel = (lang: Lang): string => tr(koladaText.riket, lang);
const RIKET_KEYS = new Set([labelKey(koladaText.riket.sv), labelKey(koladaText.riket.en), labelKey("Sweden")]);

/** Whether an Område (Jämförelsevärden) names Riket. */
export function isRiket(area: string): boolean {
  return RIKET_KEYS.has(labelKey(area));
}

/**
 * The key two Områden are the same area by: "riket" for any spelling of Riket, else the
 * label with case, spaces and dashes folded ("Större  städer" = "större städer"). DATA-03,
 * the follow-up and Hämta statistik compare Jämförelsevärden rows by it.
 */
export function areaKey(area: string): string {
  return isRiket(area) ? "riket" : labelKey(area);
}

/** The key of a Jämförelsevärden row: its indicator, year and area (by areaKey), as DATA-03, the follow-up and Hämta statistik match rows. */
export function comparisonRowKey(indicatorId: string, year: number, area: string): string {
  return `${indicatorId}|${year}|${areaKey(area)}`;
}
