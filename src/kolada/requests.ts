// The paths Hämta statistik asks Kolada API v3 for, ids and years split into
// requests of at most MAX_IDS each (the API's documented limit is about 25).
// Pure: builds strings, sends nothing.

/** The public Kolada API. */
export const KOLADA_URL = "https://api.kolada.se/v3";
/** At most this many ids (or years) in one request. */
export const MAX_IDS = 25;

/** `items` in runs of at most `size`. */
export function chunks<T>(items: readonly T[], size = MAX_IDS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const list = (ids: readonly (string | number)[]) => ids.map((id) => encodeURIComponent(String(id))).join(",");

/** The base URL to call: the configured one without trailing slashes, else the public API. */
export function baseUrl(configured: string | undefined): string {
  const url = (configured ?? "").trim().replace(/\/+$/, "");
  return url || KOLADA_URL;
}

/** Data paths for every KPI × area × year, each with at most MAX_IDS KPIs, areas and years. */
export function dataPaths(kpis: readonly string[], areas: readonly string[], years: readonly number[]): string[] {
  const paths: string[] = [];
  for (const k of chunks(kpis)) for (const a of chunks(areas)) for (const y of chunks(years)) paths.push(`/data/kpi/${list(k)}/municipality/${list(a)}/year/${list(y)}`);
  return paths;
}

/** Metadata paths of KPIs by id (unknown ids are simply absent from the answer). */
export function kpiPaths(kpis: readonly string[]): string[] {
  return chunks(kpis).map((k) => `/kpi/${list(k)}`);
}

export const kpiSearchPath = (title: string) => `/kpi?title=${encodeURIComponent(title.trim())}`;
export const municipalitySearchPath = (title: string) => `/municipality?title=${encodeURIComponent(title.trim())}`;
export const municipalityPath = (id: string) => `/municipality/${encodeURIComponent(id)}`;
export const groupSearchPath = (title: string) => `/municipality_groups?title=${encodeURIComponent(title.trim())}`;
export const groupPath = (id: string) => `/municipality_groups/${encodeURIComponent(id)}`;
