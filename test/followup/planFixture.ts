// Builds a parsed Plan from a few hand-written rows (every column not given is empty),
// for follow-up tests that do not need the workbook parser.

import { TABLES, type Lang, type RowValues, type TableName } from "../../src/workbook/layout";
import type { Plan, PlanRow } from "../../src/workbook/plan";

export type PlanRows = { [T in TableName]?: Partial<RowValues<T>>[] };

export function planOf(rows: PlanRows, lang: Lang = "sv"): Plan {
  const tables = {} as Plan["tables"];
  const all = {} as Plan["rows"];
  for (const t of TABLES) {
    const given = (rows[t.name] ?? []) as Record<string, unknown>[];
    (tables as Record<string, unknown>)[t.name] = {
      name: t.name,
      sheet: t.sheet[lang],
      headerRow: 1,
      firstColumn: 0,
      columns: Object.fromEntries(t.columns.map((c, i) => [c.key, i])),
      rowCount: given.length,
    };
    (all as Record<string, unknown>)[t.name] = given.map((g, i) => ({
      row: i + 2,
      values: Object.fromEntries(t.columns.map((c) => [c.key, g[c.key] ?? null])),
      raw: {},
    })) as PlanRow<typeof t.name>[];
  }
  return { lang, tables, rows: all, problems: [] };
}
