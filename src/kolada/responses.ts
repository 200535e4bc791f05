// Kolada API v3's response shapes (its public documentation: a page is
// { count, values, next_page? | next_url? }), checked with zod, and turned into
// Rådsplan's plain values: the gender total "T" of each KPI, area and year, a null
// or "missing" value kept as missing, never as 0. Pure: no network here.

import { z } from "zod";
import type { KoladaArea, KoladaKpi, KoladaValue, ValueStatus } from "./types";

/** One page of any list the API returns. */
export const pageSchema = z.object({
  count: z.number().optional(),
  values: z.array(z.unknown()),
  next_page: z.string().nullish(),
  next_url: z.string().nullish(),
});
export type Page = z.infer<typeof pageSchema>;

/** The URL of the page after this one, if the API says there is one. */
export function nextPageUrl(page: Page): string | undefined {
  return page.next_page || page.next_url || undefined;
}

const dataPoint = z.object({
  gender: z.string().optional(),
  count: z.number().nullish(),
  status: z.string().nullish(),
  value: z.number().nullish(),
});

const dataRow = z.object({
  kpi: z.string(),
  municipality: z.string(),
  period: z.union([z.number(), z.string()]),
  values: z.array(dataPoint),
});

const kpiRow = z.object({ id: z.string(), title: z.string(), description: z.string().nullish() }).passthrough();
const areaRow = z.object({ id: z.string(), title: z.string() }).passthrough();
const groupRow = z.object({
  id: z.string(),
  title: z.string(),
  members: z.array(z.union([z.string(), z.object({ id: z.string() }).passthrough()])).optional(),
});

/** A value's status: Kolada's "Missing" (or no value) is missing; a status that says preliminary is preliminary. */
export function valueStatus(status: string | null | undefined, value: number | null | undefined): ValueStatus {
  const s = (status ?? "").trim().toLowerCase();
  if (value === null || value === undefined || !Number.isFinite(value) || s === "missing") return "missing";
  return s.startsWith("prel") ? "preliminary" : "final";
}

/** Rows of a list page that match `schema`; rows of another shape are skipped (counted in `skipped`). */
function rowsOf<T>(values: readonly unknown[], schema: z.ZodType<T>): { rows: T[]; skipped: number } {
  const rows: T[] = [];
  let skipped = 0;
  for (const v of values) {
    const r = schema.safeParse(v);
    if (r.success) rows.push(r.data);
    else skipped++;
  }
  return { rows, skipped };
}

/** The gender totals ("T", or the only value of a KPI not divided by gender) of a data page. */
export function dataValues(values: readonly unknown[]): KoladaValue[] {
  const out: KoladaValue[] = [];
  for (const row of rowsOf(values, dataRow).rows) {
    const year = Number(row.period);
    if (!Number.isInteger(year)) continue;
    const total = row.values.find((p) => (p.gender ?? "T").toUpperCase() === "T");
    const value = total?.value ?? null;
    out.push({ kpi: row.kpi.toUpperCase(), area: row.municipality, year, value: valueStatus(total?.status, value) === "missing" ? null : value, status: valueStatus(total?.status, value) });
  }
  return out;
}

export function kpiValues(values: readonly unknown[]): KoladaKpi[] {
  return rowsOf(values, kpiRow).rows.map((k) => ({ id: k.id.toUpperCase(), title: k.title, ...(k.description ? { description: k.description } : {}) }));
}

export function areaValues(values: readonly unknown[]): KoladaArea[] {
  return rowsOf(values, areaRow).rows.map((a) => ({ id: a.id, title: a.title }));
}

export function groupValues(values: readonly unknown[]): { id: string; title: string; members: string[] }[] {
  return rowsOf(values, groupRow).rows.map((g) => ({
    id: g.id,
    title: g.title,
    members: (g.members ?? []).map((m) => (typeof m === "string" ? m : m.id)),
  }));
}
