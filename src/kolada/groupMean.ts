// A municipality group's figure as Kolada shows it: the unweighted mean of its
// member municipalities' values for each KPI and year, over the members that have
// one (how many is kept, so the note can say "12 av 14 kommuner"). Pure.

import type { KoladaGroup, KoladaValue, ValueStatus } from "./types";

export function groupMeans(group: KoladaGroup, memberValues: readonly KoladaValue[], kpis: readonly string[], years: readonly number[]): KoladaValue[] {
  const members = new Set(group.members);
  const byKey = new Map<string, KoladaValue[]>();
  for (const v of memberValues) {
    if (!members.has(v.area) || v.value === null) continue;
    const key = `${v.kpi}|${v.year}`;
    const list = byKey.get(key);
    if (list) list.push(v);
    else byKey.set(key, [v]);
  }
  const out: KoladaValue[] = [];
  for (const kpi of kpis) {
    for (const year of years) {
      const found = byKey.get(`${kpi}|${year}`) ?? [];
      const total = members.size;
      if (found.length === 0) {
        out.push({ kpi, area: group.id, year, value: null, status: "missing", members: { withValue: 0, total } });
        continue;
      }
      const mean = found.reduce((s, v) => s + (v.value as number), 0) / found.length;
      const status: ValueStatus = found.some((v) => v.status === "preliminary") ? "preliminary" : "final";
      out.push({ kpi, area: group.id, year, value: Math.round(mean * 100) / 100, status, members: { withValue: found.length, total } });
    }
  }
  return out;
}
