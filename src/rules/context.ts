// What every rule receives: the parsed plan, the run's dates and settings, and
// indexes over the plan (groups by id, members in force per group, goals' children,
// measurements per indicator...) built once per run in linear time, so that no rule
// ever scans one table inside a loop over another.

import type { ListKey, TableName } from "../workbook/layout";
import type { Plan, PlanRow } from "../workbook/plan";
import type { Settings } from "../workbook/settings";
import { inForceOn, yearEnd, yearOf, yearStart } from "./dates";

export type GroupRow = PlanRow<"Groups">;
export type MemberRow = PlanRow<"Members">;
export type DocumentRow = PlanRow<"Documents">;
export type GoalRow = PlanRow<"Goals">;
export type ActivityRow = PlanRow<"Activities">;
export type IndicatorRow = PlanRow<"Indicators">;
export type BudgetRow = PlanRow<"Budget">;

export interface PlanIndex {
  /** First row of each Grupp-ID (duplicates are DATA-03's business). */
  groupsById: Map<string, GroupRow>;
  groupsByType: Map<ListKey<"groupType">, GroupRow[]>;
  /** Members per Grupp-ID, and those in force on the reference date. */
  membersByGroup: Map<string, MemberRow[]>;
  membersInForceByGroup: Map<string, MemberRow[]>;
  documentsByType: Map<ListKey<"documentType">, DocumentRow[]>;
  goalsById: Map<string, GoalRow>;
  /** Goals per Överordnat mål. */
  childGoals: Map<string, GoalRow[]>;
  /** Goals per Problem-ID. */
  goalsByProblem: Map<string, GoalRow[]>;
  activitiesByGoal: Map<string, ActivityRow[]>;
  activitiesByGroup: Map<string, ActivityRow[]>;
  indicatorsById: Map<string, IndicatorRow>;
  indicatorsByGoal: Map<string, IndicatorRow[]>;
  /** Per Indikator-ID, the years measured, each with the sheet row of its first measurement. */
  measurementRows: Map<string, Map<number, number>>;
  /** Meetings held in the follow-up year, per Grupp-ID. */
  meetingsInFollowUpYear: Map<string, number>;
  /** First Budget row of each year. */
  budgetByYear: Map<number, BudgetRow>;
  /** The activities' Budget (kr) and Utfall (kr) summed per year (see activityYear). */
  activityTotalsByYear: Map<number, YearTotals>;
}

export interface YearTotals {
  budget: number;
  spent: number;
  /** Activities with a Budget (kr) other than zero. */
  budgeted: number;
}

export interface RuleContext {
  plan: Plan;
  /** ISO "YYYY-MM-DD": dates are judged against it. */
  referenceDate: string;
  followUpYear: number;
  settings: Settings;
  idx: PlanIndex;
}

/** An ID cell's value as text, trimmed; null when empty. IDs are compared exactly as typed. */
export function idOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return value; // already trimmed
  const s = String(value).trim();
  return s === "" ? null : s;
}

/** Free text compared the way people mean it: spaces squashed, case folded. */
export function textKey(value: unknown): string | null {
  const s = idOf(value);
  return s === null ? null : s.replace(/\s+/g, " ").toLowerCase();
}

function push<K, V>(map: Map<K, V[]>, key: K | null, value: V): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function first<K, V>(map: Map<K, V>, key: K | null, value: V): void {
  if (key !== null && !map.has(key)) map.set(key, value);
}

/** The year an activity's budget belongs to: its Budgetår, else the year of its Start. */
function activityYear(a: ActivityRow): number | null {
  const v = a.values;
  if (typeof v.budgetYear === "number") return v.budgetYear;
  return typeof v.start === "string" ? yearOf(v.start) : null;
}

/** Whether a member is in force on a date (docs/rules.md: Från empty or on/before, Till empty or on/after). */
function memberInForce(m: MemberRow, date: string): boolean {
  return inForceOn(m.values.from, m.values.to, date);
}

/** Builds every index in one pass per table. */
export function buildIndex(plan: Plan, referenceDate: string, followUpYear: number): PlanIndex {
  const rows = plan.rows;
  const idx: PlanIndex = {
    groupsById: new Map(),
    groupsByType: new Map(),
    membersByGroup: new Map(),
    membersInForceByGroup: new Map(),
    documentsByType: new Map(),
    goalsById: new Map(),
    childGoals: new Map(),
    goalsByProblem: new Map(),
    activitiesByGoal: new Map(),
    activitiesByGroup: new Map(),
    indicatorsById: new Map(),
    indicatorsByGoal: new Map(),
    measurementRows: new Map(),
    meetingsInFollowUpYear: new Map(),
    budgetByYear: new Map(),
    activityTotalsByYear: new Map(),
  };
  for (const g of rows.Groups) {
    first(idx.groupsById, idOf(g.values.groupId), g);
    push(idx.groupsByType, g.values.type, g);
  }
  for (const m of rows.Members) {
    const gid = idOf(m.values.groupId);
    push(idx.membersByGroup, gid, m);
    if (memberInForce(m, referenceDate)) push(idx.membersInForceByGroup, gid, m);
  }
  for (const d of rows.Documents) push(idx.documentsByType, d.values.type, d);
  for (const g of rows.Goals) {
    first(idx.goalsById, idOf(g.values.goalId), g);
    push(idx.childGoals, idOf(g.values.parentGoal), g);
    push(idx.goalsByProblem, idOf(g.values.problemId), g);
  }
  for (const a of rows.Activities) {
    push(idx.activitiesByGoal, idOf(a.values.goalId), a);
    push(idx.activitiesByGroup, idOf(a.values.responsibleGroup), a);
    const year = activityYear(a);
    if (year === null) continue;
    const t = idx.activityTotalsByYear.get(year) ?? { budget: 0, spent: 0, budgeted: 0 };
    if (a.values.budget !== null) {
      t.budget += a.values.budget;
      if (a.values.budget !== 0) t.budgeted++;
    }
    if (a.values.spent !== null) t.spent += a.values.spent;
    idx.activityTotalsByYear.set(year, t);
  }
  for (const i of rows.Indicators) {
    first(idx.indicatorsById, idOf(i.values.indicatorId), i);
    push(idx.indicatorsByGoal, idOf(i.values.goalId), i);
  }
  for (const m of rows.Measurements) {
    const id = idOf(m.values.indicatorId);
    if (id === null || typeof m.values.year !== "number") continue;
    let years = idx.measurementRows.get(id);
    if (!years) idx.measurementRows.set(id, (years = new Map()));
    if (!years.has(m.values.year)) years.set(m.values.year, m.row);
  }
  const from = yearStart(followUpYear);
  const to = yearEnd(followUpYear);
  for (const m of rows.Meetings) {
    const id = idOf(m.values.groupId);
    const date = m.values.date;
    if (id === null || typeof date !== "string" || date < from || date > to) continue;
    idx.meetingsInFollowUpYear.set(id, (idx.meetingsInFollowUpYear.get(id) ?? 0) + 1);
  }
  for (const b of rows.Budget) if (typeof b.values.year === "number") first(idx.budgetByYear, b.values.year, b);
  return idx;
}

/** True when the plan has the table and every named column of it (else DATA-06 speaks and the rule keeps quiet). */
export function hasColumns(ctx: RuleContext, table: TableName, ...columns: string[]): boolean {
  const info = ctx.plan.tables[table];
  if (!info) return false;
  for (const c of columns) if (info.columns[c] === undefined) return false;
  return true;
}
