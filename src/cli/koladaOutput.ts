// How `radsplan kolada` prints the change preview: per indicator, the rows to add
// per table and area with their years and values, the values that differ from the
// user's side by side (kept), and the years Kolada lacks (not written).

import { tr } from "../i18n";
import { koladaOutText } from "../i18n/cli";
import { formatNumber } from "../i18n/format";
import type { KoladaChange, KoladaPreview } from "../kolada/fill";
import { TABLE_BY_NAME, type Lang } from "../workbook/layout";

const value = (v: number, lang: Lang) => formatNumber(v, lang, 6);

function line(lang: Lang, changes: readonly KoladaChange[]): string[] {
  const out: string[] = [];
  const byArea = new Map<string, KoladaChange[]>();
  for (const c of changes) byArea.set(c.area, [...(byArea.get(c.area) ?? []), c]);
  for (const [area, list] of byArea) {
    const role = list[0].role;
    const table = TABLE_BY_NAME[role === "municipality" ? "Measurements" : "Comparisons"].sheet[lang];
    const shown = role === "municipality" ? "" : ` (${area})`;
    const adds = list.filter((c) => c.kind === "add");
    if (adds.length) {
      const items = adds.map((c) => `${c.year} ${value(c.kolada!, lang)}${c.status === "preliminary" ? ` ${tr(koladaOutText.preliminary, lang)}` : ""}`).join(" · ");
      out.push(tr(koladaOutText.add, lang, { table, area: shown, items }));
    }
    const differs = list.filter((c) => c.kind === "differs");
    if (differs.length) {
      const items = differs
        .map((c) => tr(koladaOutText.differsItem, lang, { year: c.year, yours: typeof c.yours === "number" ? value(c.yours, lang) : String(c.yours ?? ""), kolada: value(c.kolada!, lang) }))
        .join(" · ");
      out.push(tr(koladaOutText.differs, lang, { area: ` (${area})`, items }));
    }
    const missing = list.filter((c) => c.kind === "missing");
    if (missing.length) out.push(tr(koladaOutText.missing, lang, { area: ` (${area})`, years: missing.map((c) => c.year).join(", ") }));
  }
  return out;
}

/** The preview as lines in `lang`. */
export function previewLines(preview: KoladaPreview, url: string, lang: Lang): string[] {
  const areas = [`${preview.municipality.title} (${preview.municipality.id})`, "Riket", ...(preview.group ? [`${preview.group.title} (${preview.group.id})`] : [])].join(", ");
  const lines = [tr(koladaOutText.heading, lang, { url, areas, date: preview.fetchedOn })];
  const byIndicator = new Map<string, KoladaChange[]>();
  for (const c of preview.changes) byIndicator.set(c.indicatorId, [...(byIndicator.get(c.indicatorId) ?? []), c]);
  for (const [id, changes] of byIndicator) {
    lines.push(tr(koladaOutText.indicator, lang, { id, name: changes[0].indicator, kpi: changes[0].kpi }));
    const body = line(lang, changes);
    lines.push(...(body.length ? body : [tr(koladaOutText.nothing, lang)]));
  }
  return lines;
}
