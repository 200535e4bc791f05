// What Hämta statistik works with, as plain data: Kolada's key figures (KPIs),
// areas (municipalities, Riket, municipality groups), the yearly values fetched for
// them, and what one fetch asked for and brought back. Pure types, no I/O.

/** How Kolada marks a value: published, preliminary, or missing (no value for that year). */
export type ValueStatus = "final" | "preliminary" | "missing";

/** One yearly total (gender "T") of a KPI for an area. */
export interface KoladaValue {
  kpi: string;
  /** Municipality id ("2480"), "0000" for Riket, or a municipality group id. */
  area: string;
  year: number;
  /** null when Kolada has no value (never 0 in its place). */
  value: number | null;
  status: ValueStatus;
  /** For a municipality group: how many of its members had a value (the mean is over those). */
  members?: { withValue: number; total: number };
}

export interface KoladaKpi {
  id: string;
  title: string;
  description?: string;
}

export interface KoladaArea {
  id: string;
  title: string;
}

export interface KoladaGroup extends KoladaArea {
  /** The member municipalities' ids. */
  members: string[];
}

/** What one fetch asks Kolada for: every linked KPI over the years, for the municipality, Riket and a group. */
export interface FetchRequest {
  municipality: string;
  /** A municipality group id, or undefined for none. */
  group?: string;
  kpis: string[];
  years: number[];
}

/** What one fetch brought back. */
export interface FetchResult {
  request: FetchRequest;
  /** ISO date of the fetch, for the rows' "hämtad" note. */
  fetchedOn: string;
  municipality: KoladaArea;
  group?: KoladaGroup;
  /** The KPIs Kolada knows, by id. */
  kpis: KoladaKpi[];
  /** Requested KPI ids Kolada does not know. */
  unknownKpis: string[];
  /** Values of the municipality, of Riket ("0000") and of the group (its members' unweighted mean). */
  values: KoladaValue[];
}

/** How far a fetch has come: requests made of those planned (the plan can grow with paging). */
export interface FetchProgress {
  done: number;
  total: number;
}
