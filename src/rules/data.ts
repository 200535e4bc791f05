// DATA rules: whether the workbook can be read at all. DATA-01/02/04/06 come from
// the problems parsePlan recorded; DATA-03 (duplicates) and DATA-05 (references to
// IDs that do not exist) are computed here, for every ID and reference column of the layout.

import { RULE_MESSAGES } from "../i18n/rules";
import { areaKey, comparisonRowKey, normalizeKpiId, parseIdList } from "../workbook/koladaIds";
import type { Finding } from "../workbook/findings";
import { TABLES, type TableName } from "../workbook/layout";
import type { ParseProblemKind, PlanRow } from "../workbook/plan";
import type { RuleId } from "./catalog";
import { hasColumns, idOf, type RuleContext } from "./context";
import { columnName, finding, sheetName } from "./finding";

type AnyRow = PlanRow<TableName>;
const valuesOf = (r: AnyRow) => r.values as Record<string, unknown>;

const PROBLEM_RULE: Record<ParseProblemKind, RuleId> = {
  unreadable: "DATA-01",
  required: "DATA-02",
  notInList: "DATA-04",
  missingTable: "DATA-06",
  missingColumn: "DATA-06",
  duplicateColumn: "DATA-06",
};

/** One finding per problem parsePlan recorded of the given kinds, pointing where parsePlan pointed. */
function fromProblems(ctx: RuleContext, rule: RuleId): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.plan.problems) {
    if (PROBLEM_RULE[p.kind] !== rule) continue;
    const f = finding(ctx, rule, { table: p.table }, p.message, [p.table, p.row, p.column], [p.kind, p.raw ?? null]);
    delete f.sheet;
    delete f.cell;
    if (typeof p.sheet === "string" && p.sheet !== "") {
      f.sheet = p.sheet;
      if (typeof p.cell === "string" && p.cell !== "") f.cell = p.cell;
    }
    out.push(f);
  }
  return out;
}

export const data01 = (ctx: RuleContext) => fromProblems(ctx, "DATA-01");
export const data02 = (ctx: RuleContext) => fromProblems(ctx, "DATA-02");
export const data04 = (ctx: RuleContext) => fromProblems(ctx, "DATA-04");
export const data06 = (ctx: RuleContext) => fromProblems(ctx, "DATA-06");

/**
 * Rows whose composite key (built by `keyOf`) an earlier row already has, each with
 * that earlier row's sheet row.
 */
function laterDuplicates<R extends { row: number }>(rows: readonly R[], keyOf: (r: R) => string | null): { row: R; firstRow: number }[] {
  const seen = new Map<string, number>();
  const dups: { row: R; firstRow: number }[] = [];
  for (const r of rows) {
    const k = keyOf(r);
    if (k === null) continue;
    const firstRow = seen.get(k);
    if (firstRow === undefined) seen.set(k, r.row);
    else dups.push({ row: r, firstRow });
  }
  return dups;
}

/** DATA-03: a duplicate ID, (Indikator-ID, År) measurement, (Indikator-ID, År, Område) comparison value or budget year. */
export function data03(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of TABLES) {
    if (!("idColumn" in t) || !hasColumns(ctx, t.name, t.idColumn)) continue;
    const idColumn = t.idColumn;
    for (const { row, firstRow } of laterDuplicates(ctx.plan.rows[t.name] as AnyRow[], (r) => idOf(valuesOf(r)[idColumn]))) {
      const id = idOf(valuesOf(row)[idColumn])!;
      const message = RULE_MESSAGES.duplicateId({ column: columnName(ctx, t.name, idColumn), id, sheet: sheetName(ctx, t.name), firstRow });
      out.push(finding(ctx, "DATA-03", { table: t.name, row: row.row, column: idColumn }, message, [t.name, id, row.row], [id, firstRow, row.row]));
    }
  }
  if (hasColumns(ctx, "Measurements", "indicatorId", "year")) {
    for (const row of ctx.plan.rows.Measurements) {
      const indicatorId = idOf(row.values.indicatorId);
      const year = row.values.year;
      if (indicatorId === null || year === null) continue;
      const firstRow = ctx.idx.measurementRows.get(indicatorId)?.get(year);
      if (firstRow === undefined || firstRow === row.row) continue;
      const message = RULE_MESSAGES.duplicateMeasurement({ indicatorId, year, sheet: sheetName(ctx, "Measurements"), firstRow });
      out.push(finding(ctx, "DATA-03", { table: "Measurements", row: row.row, column: "year" }, message, ["Measurements", indicatorId, year, row.row], [indicatorId, year, firstRow, row.row]));
    }
  }
  if (hasColumns(ctx, "Comparisons", "indicatorId", "year", "area")) {
    const comparisonKey = (r: PlanRow<"Comparisons">) => {
      const indicatorId = idOf(r.values.indicatorId);
      const area = idOf(r.values.area);
      return indicatorId === null || area === null || r.values.year === null ? null : comparisonRowKey(indicatorId, r.values.year, area);
    };
    for (const { row, firstRow } of laterDuplicates(ctx.plan.rows.Comparisons, comparisonKey)) {
      const indicatorId = idOf(row.values.indicatorId)!;
      const year = row.values.year!;
      const area = idOf(row.values.area)!;
      const message = RULE_MESSAGES.duplicateComparison({ indicatorId, year, area, sheet: sheetName(ctx, "Comparisons"), firstRow });
      out.push(finding(ctx, "DATA-03", { table: "Comparisons", row: row.row, column: "year" }, message, ["Comparisons", indicatorId, year, areaKey(area), row.row], [indicatorId, year, area, firstRow, row.row]));
    }
  }
  if (hasColumns(ctx, "Budget", "year")) {
    const yearKey = (r: PlanRow<"Budget">) => (typeof r.values.year === "number" ? String(r.values.year) : null);
    for (const { row, firstRow } of laterDuplicates(ctx.plan.rows.Budget, yearKey)) {
      const year = row.values.year!;
      const message = RULE_MESSAGES.duplicateBudgetYear({ year, sheet: sheetName(ctx, "Budget"), firstRow });
      out.push(finding(ctx, "DATA-03", { table: "Budget", row: row.row, column: "year" }, message, ["Budget", year, row.row], [year, firstRow, row.row]));
    }
  }
  return out;
}

/** The IDs of a table, and the same folded to lower case (for a "did you mean" hint). */
interface IdSet {
  exact: Set<string>;
  folded: Map<string, string>;
}

function idSet(ctx: RuleContext, table: TableName, idColumn: string): IdSet {
  const set: IdSet = { exact: new Set(), folded: new Map() };
  for (const r of ctx.plan.rows[table] as AnyRow[]) {
    const id = idOf(valuesOf(r)[idColumn]);
    if (id === null) continue;
    set.exact.add(id);
    if (!set.folded.has(id.toLowerCase())) set.folded.set(id.toLowerCase(), id);
  }
  return set;
}

/** DATA-05: a reference (any ref column of the layout) to an ID its table does not have. */
export function data05(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const sets = new Map<TableName, IdSet>();
  for (const t of TABLES) {
    for (const col of t.columns) {
      if (col.type !== "ref" || !hasColumns(ctx, t.name, col.key)) continue;
      const target = TABLES.find((x) => x.name === col.ref)!;
      if (!("idColumn" in target) || !hasColumns(ctx, target.name, target.idColumn)) continue;
      let ids = sets.get(target.name);
      if (!ids) sets.set(target.name, (ids = idSet(ctx, target.name, target.idColumn)));
      for (const r of ctx.plan.rows[t.name] as AnyRow[]) {
        const value = idOf(valuesOf(r)[col.key]);
        if (value === null || ids.exact.has(value)) continue;
        const message = RULE_MESSAGES.danglingRef({
          value,
          column: columnName(ctx, t.name, col.key),
          targetSheet: sheetName(ctx, target.name),
          targetColumn: columnName(ctx, target.name, target.idColumn),
          suggestion: ids.folded.get(value.toLowerCase()) ?? null,
        });
        out.push(finding(ctx, "DATA-05", { table: t.name, row: r.row, column: col.key }, message, [t.name, r.row, col.key], [value]));
      }
    }
  }
  return out;
}

/**
 * DATA-07 (layout version 2): an indicator's Kolada-KPI that is no Kolada KPI id (a letter
 * and five digits, e.g. N07403), or one Kolada did not know at the last fetch (the
 * koladaUnknownKpis setting Hämta statistik writes).
 */
export function data07(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Indicators", "koladaKpi")) return [];
  const unknown = new Set(parseIdList(ctx.settings.koladaUnknownKpis));
  const column = columnName(ctx, "Indicators", "koladaKpi");
  const out: Finding[] = [];
  for (const r of ctx.plan.rows.Indicators) {
    const raw = r.values.koladaKpi;
    if (raw === null) continue;
    const id = normalizeKpiId(raw);
    const indicatorId = idOf(r.values.indicatorId) ?? "";
    if (id !== null && !unknown.has(id)) continue;
    const message = id === null ? RULE_MESSAGES.notKpiId({ value: raw, column, indicatorId }) : RULE_MESSAGES.unknownKpi({ kpi: id, column, indicatorId });
    out.push(finding(ctx, "DATA-07", { table: "Indicators", row: r.row, column: "koladaKpi" }, message, ["Indicators", indicatorId, r.row], [raw, id !== null]));
  }
  return out;
}
