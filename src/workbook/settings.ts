// Workbook-level settings Rådsplan keeps in its hidden meta sheet, with defaults.

import type { Lang } from "./layout";

export interface Settings {
  /** Layout version the structure was created with (0 when never created). */
  layoutVersion: number;
  /** Language the planning sheets were created in. */
  lang: Lang;
  /** DOC-03: the newest lägesbild may be at most this many years old (SOU 2021:49). */
  situationReportMaxAgeYears: number;
  /** Municipality name, used in report headers. */
  municipality: string;
  /**
   * ORG-12 and the follow-up: meetings a group of this type should hold per year when its own
   * "Planerade möten per år" is empty (0 = no expectation). E.g. 4 for local councils, as in Umeå.
   */
  meetingsSteering: number;
  meetingsPreparatory: number;
  meetingsWorking: number;
  meetingsLocalCouncil: number;
  /** Hämta statistik: the municipality's Kolada id (four digits, e.g. "2480" for Umeå); "" until chosen. */
  koladaMunicipality: string;
  /** Hämta statistik: an optional Kolada municipality group to compare with (its id); "" for none. */
  koladaGroup: string;
  /** Hämta statistik: the Kolada API's base URL when not the public one (a proxy); "" for https://api.kolada.se/v3. */
  koladaUrl: string;
  /** DATA-07: the KPI ids Kolada did not know at the last fetch, comma-separated. Written by Hämta statistik. */
  koladaUnknownKpis: string;
}

export const DEFAULT_SETTINGS: Settings = {
  layoutVersion: 0,
  lang: "sv",
  situationReportMaxAgeYears: 2,
  municipality: "",
  meetingsSteering: 0,
  meetingsPreparatory: 0,
  meetingsWorking: 0,
  meetingsLocalCouncil: 0,
  koladaMunicipality: "",
  koladaGroup: "",
  koladaUrl: "",
  koladaUnknownKpis: "",
};

const MEETING_SETTING: Partial<Record<string, keyof Settings>> = {
  steering: "meetingsSteering",
  preparatory: "meetingsPreparatory",
  working: "meetingsWorking",
  localCouncil: "meetingsLocalCouncil",
};

/**
 * Meetings a group should hold in a year: its own "Planerade möten per år" when filled,
 * else the workbook's setting for its type; null when neither sets a positive number.
 */
export function plannedMeetingsFor(groupType: string | null, ownPlanned: number | null, settings: Settings): number | null {
  if (typeof ownPlanned === "number") return ownPlanned > 0 ? ownPlanned : null;
  const key = groupType ? MEETING_SETTING[groupType] : undefined;
  const fallback = key ? Number(settings[key]) : 0;
  return Number.isFinite(fallback) && fallback > 0 ? fallback : null;
}
