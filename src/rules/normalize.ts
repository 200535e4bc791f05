// Makes any input safe for the rules: a Plan as parsePlan builds it passes through
// unchanged (same row objects), while anything else (a hand-built or damaged plan,
// values of the wrong type, missing tables or rows) is coerced to the shape the
// Plan type promises: every table present (info or null), every value of its column's type or null.

import { LISTS, TABLES, type ColumnDef, type ListId, type TableName } from "../workbook/layout";
import type { ParseProblem, Plan, PlanRow, TableInfo } from "../workbook/plan";

type AnyRow = PlanRow<TableName>;
type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown, min: number): v is number => typeof v === "number" && Number.isInteger(v) && v >= min;

/** The shape of an ISO date; parsePlan only ever produces real ones, so the shape is enough here. */
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const NOT_BLANK = /\S/;

const LIST_KEYS = new Map<ListId, Set<string>>(
  (Object.keys(LISTS) as ListId[]).map((id) => [id, new Set(LISTS[id].map((i) => i.key as string))]),
);

/** Per column, a function giving a value as the column's type promises it, or null. */
function soundValueOf(col: ColumnDef): (v: unknown) => unknown {
  switch (col.type) {
    case "date":
      return (v) => (typeof v === "string" && ISO_SHAPE.test(v) ? v : null);
    case "year":
    case "integer":
    case "number":
    case "money":
      return (v) => (typeof v === "number" && Number.isFinite(v) ? v : null);
    case "yesno":
      return (v) => (typeof v === "boolean" ? v : null);
    case "list": {
      const keys = LIST_KEYS.get(col.list!)!;
      return (v) => (typeof v === "string" && keys.has(v) ? v : null);
    }
    default:
      return (v) => {
        if (typeof v === "string") return NOT_BLANK.test(v) ? v : null;
        return typeof v === "number" && Number.isFinite(v) ? String(v) : null;
      };
  }
}

function soundInfo(name: TableName, v: unknown): TableInfo | null {
  if (!isObject(v) || typeof v.sheet !== "string" || v.sheet === "" || !isCount(v.headerRow, 1) || !isCount(v.firstColumn, 0) || !isObject(v.columns)) return null;
  const columns: Record<string, number | undefined> = {};
  for (const [k, off] of Object.entries(v.columns)) if (isCount(off, 0)) columns[k] = off;
  const info: TableInfo = { name, sheet: v.sheet, headerRow: v.headerRow, firstColumn: v.firstColumn, columns, rowCount: isCount(v.rowCount, 0) ? v.rowCount : 0 };
  if (isCount(v.columnCount, 1)) info.columnCount = v.columnCount;
  return info;
}

function soundRows(columns: readonly ColumnDef[], v: unknown): AnyRow[] {
  if (!Array.isArray(v)) return [];
  const checks = columns.map((col) => [col.key, soundValueOf(col)] as const);
  const rows: AnyRow[] = [];
  for (const r of v) {
    if (!isObject(r) || !isCount(r.row, 2)) continue;
    const given = isObject(r.values) ? r.values : {};
    // copied only when something is off, so a plan from parsePlan costs no allocation
    let values: Loose | null = isObject(r.values) && isObject(r.raw) ? null : { ...given };
    for (const [key, sound] of checks) {
      const value = sound(given[key] ?? null);
      if (value !== given[key]) (values ??= { ...given })[key] = value;
    }
    rows.push((values ? { row: r.row, values, raw: isObject(r.raw) ? r.raw : {} } : r) as unknown as AnyRow);
  }
  return rows;
}

const TABLE_NAMES = new Set<string>(TABLES.map((t) => t.name));

function soundProblems(v: unknown): ParseProblem[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (p): p is ParseProblem =>
      isObject(p) && typeof p.kind === "string" && TABLE_NAMES.has(p.table as string) && isObject(p.message) && typeof p.message.sv === "string" && typeof p.message.en === "string",
  );
}

/** A plan the rules can rely on, whatever came in. */
export function normalizePlan(input: unknown): Plan {
  const p: Loose = isObject(input) ? input : {};
  const tables = (isObject(p.tables) ? p.tables : {}) as Loose;
  const rows = (isObject(p.rows) ? p.rows : {}) as Loose;
  const plan = { lang: p.lang === "en" ? "en" : "sv", tables: {}, rows: {}, problems: soundProblems(p.problems) } as Plan;
  for (const t of TABLES) {
    (plan.tables as Record<TableName, TableInfo | null>)[t.name] = soundInfo(t.name, tables[t.name]);
    (plan.rows as Record<TableName, AnyRow[]>)[t.name] = soundRows(t.columns, rows[t.name]);
  }
  return plan;
}
