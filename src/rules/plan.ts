// PLAN rules: the chain Brå finds most often broken, prioritised problem → goal →
// activity → indicator → follow-up, and the consistency of each link (goal
// hierarchy, activity dates and status, indicator baselines, targets and values).

import { RULE_MESSAGES, type GoalRef, type RowRef } from "../i18n/rules";
import type { Finding } from "../workbook/findings";
import type { ListKey } from "../workbook/layout";
import { hasColumns, idOf, type ActivityRow, type GoalRow, type IndicatorRow, type RuleContext } from "./context";
import { columnName, finding, itemName, sheetName } from "./finding";
import { groupRef } from "./org";

type Level = ListKey<"goalLevel">;

function goalRef(g: GoalRow): GoalRef {
  return { id: idOf(g.values.goalId) ?? `#${g.row}`, name: g.values.goal, level: g.values.level };
}
const activityRef = (a: ActivityRow): RowRef => ({ id: idOf(a.values.activityId) ?? `#${a.row}`, name: a.values.activity });
const indicatorRef = (i: IndicatorRow): RowRef => ({ id: idOf(i.values.indicatorId) ?? `#${i.row}`, name: i.values.indicator });

/** The level a goal's parent must have (Delmål under Mål under Övergripande mål); null for no parent. */
const PARENT_LEVEL: Record<Level, Level | null> = { overall: null, goal: "overall", subGoal: "goal" };

/** Goals below the top level: Mål and Delmål. */
const isMeasurableLevel = (g: GoalRow) => g.values.level === "goal" || g.values.level === "subGoal";

/**
 * Each cycle of the goal hierarchy once, as the goals in parent order starting at the
 * one highest up the sheet. Every goal is walked once (linear in the number of goals).
 */
function goalCycles(ctx: RuleContext): GoalRow[][] {
  const state = new Map<GoalRow, "walking" | "done">();
  const cycles: GoalRow[][] = [];
  for (const start of ctx.idx.goalsById.values()) {
    const path: GoalRow[] = [];
    let g: GoalRow | undefined = start;
    while (g && !state.has(g)) {
      state.set(g, "walking");
      path.push(g);
      const parent = idOf(g.values.parentGoal);
      g = parent === null ? undefined : ctx.idx.goalsById.get(parent);
    }
    if (g && state.get(g) === "walking") {
      const cycle = path.slice(path.indexOf(g));
      let top = 0;
      for (let i = 1; i < cycle.length; i++) if (cycle[i].row < cycle[top].row) top = i;
      cycles.push([...cycle.slice(top), ...cycle.slice(0, top)]);
    }
    for (const p of path) state.set(p, "done");
  }
  return cycles;
}

/** PLAN-01: every Mål and Delmål has a parent one level up; no Övergripande mål has one; no cycles. */
export function plan01(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Goals", "level", "parentGoal")) return [];
  const out: Finding[] = [];
  const column = columnName(ctx, "Goals", "parentGoal");
  const levelName = (l: Level) => itemName(ctx, "goalLevel", l);
  for (const g of ctx.plan.rows.Goals) {
    const level = g.values.level;
    if (level === null) continue;
    const ref = goalRef(g);
    const place = { table: "Goals" as const, row: g.row, column: "parentGoal" };
    const parentId = idOf(g.values.parentGoal);
    const expected = PARENT_LEVEL[level];
    if (parentId === null) {
      if (expected !== null) {
        const message = RULE_MESSAGES.goalWithoutParent({ goal: ref, parentLevel: levelName(expected), column });
        out.push(finding(ctx, "PLAN-01", place, message, [ref.id, "parent"], [ref.id, level, null]));
      }
      continue;
    }
    const parent = ctx.idx.goalsById.get(parentId);
    if (!parent) continue; // a dangling reference: DATA-05
    const parentLevel = parent.values.level;
    if (expected !== null && (parentLevel === null || parentLevel === expected)) continue;
    const message = RULE_MESSAGES.goalLevelOrder({
      goal: ref,
      levelLabel: levelName(level),
      parentId,
      parentLevelLabel: parentLevel === null ? null : levelName(parentLevel),
      expectedLabel: expected === null ? null : levelName(expected),
      column,
    });
    out.push(finding(ctx, "PLAN-01", place, message, [ref.id, "level"], [ref.id, level, parentId, parentLevel]));
  }
  for (const cycle of goalCycles(ctx)) {
    const ids = cycle.map((g) => goalRef(g).id);
    const message = RULE_MESSAGES.goalCycle({ ids, column });
    out.push(finding(ctx, "PLAN-01", { table: "Goals", row: cycle[0].row, column: "parentGoal" }, message, ["cycle", ids.join(">")], ids));
  }
  return out;
}

/** PLAN-02: every Övergripande mål has at least one Mål under it. */
export function plan02(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Goals", "level", "parentGoal")) return [];
  const out: Finding[] = [];
  for (const g of ctx.plan.rows.Goals) {
    const id = idOf(g.values.goalId);
    if (g.values.level !== "overall" || id === null) continue;
    if ((ctx.idx.childGoals.get(id) ?? []).some((c) => c.values.level === "goal")) continue;
    const message = RULE_MESSAGES.overallNotBrokenDown({ goal: goalRef(g), goalLevelLabel: itemName(ctx, "goalLevel", "goal"), sheet: sheetName(ctx, "Goals") });
    out.push(finding(ctx, "PLAN-02", { table: "Goals", row: g.row, column: "goalId" }, message, [id], [id]));
  }
  return out;
}

/** PLAN-03 and PLAN-04: every Mål and Delmål has rows pointing at it in another table. */
function goalsWithout(
  ctx: RuleContext,
  rule: "PLAN-03" | "PLAN-04",
  linked: Map<string, unknown[]>,
  message: (goal: GoalRef) => Finding["message"],
): Finding[] {
  const out: Finding[] = [];
  for (const g of ctx.plan.rows.Goals) {
    const id = idOf(g.values.goalId);
    if (id === null || !isMeasurableLevel(g) || (linked.get(id)?.length ?? 0) > 0) continue;
    out.push(finding(ctx, rule, { table: "Goals", row: g.row, column: "goalId" }, message(goalRef(g)), [id], [id, g.values.level]));
  }
  return out;
}

export function plan03(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Goals", "level") || !hasColumns(ctx, "Indicators", "goalId")) return [];
  const sheet = sheetName(ctx, "Indicators");
  return goalsWithout(ctx, "PLAN-03", ctx.idx.indicatorsByGoal, (goal) => RULE_MESSAGES.goalWithoutIndicator({ goal, sheet }));
}

export function plan04(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Goals", "level") || !hasColumns(ctx, "Activities", "goalId")) return [];
  const sheet = sheetName(ctx, "Activities");
  return goalsWithout(ctx, "PLAN-04", ctx.idx.activitiesByGoal, (goal) => RULE_MESSAGES.goalWithoutActivity({ goal, sheet }));
}

/** PLAN-05: every Mål and Delmål traces to a Problem, itself or through its parents. */
export function plan05(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Goals", "level", "parentGoal", "problemId")) return [];
  const traced = new Map<GoalRow, boolean>();
  const traces = (start: GoalRow): boolean => {
    const path: GoalRow[] = [];
    const onPath = new Set<GoalRow>();
    let g: GoalRow | undefined = start;
    let result = false;
    while (g) {
      const known = traced.get(g);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (onPath.has(g)) break; // a cycle without a problem: PLAN-01 reports the cycle
      if (idOf(g.values.problemId) !== null) {
        result = true;
        break;
      }
      path.push(g);
      onPath.add(g);
      const parent = idOf(g.values.parentGoal);
      g = parent === null ? undefined : ctx.idx.goalsById.get(parent);
    }
    for (const p of path) traced.set(p, result);
    return result;
  };
  const out: Finding[] = [];
  const column = columnName(ctx, "Goals", "problemId");
  const problemsSheet = sheetName(ctx, "Problems");
  for (const g of ctx.plan.rows.Goals) {
    if (!isMeasurableLevel(g) || traces(g)) continue;
    const ref = goalRef(g);
    const message = RULE_MESSAGES.goalWithoutProblem({ goal: ref, column, problemsSheet });
    out.push(finding(ctx, "PLAN-05", { table: "Goals", row: g.row, column: "problemId" }, message, [ref.id], [ref.id, idOf(g.values.parentGoal)]));
  }
  return out;
}

/** PLAN-06: every prioritised problem (every row of Problem) has Orsaksanalys gjord = Ja. */
export function plan06(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Problems", "rootCauseAnalysis")) return [];
  const out: Finding[] = [];
  for (const p of ctx.plan.rows.Problems) {
    if (p.values.rootCauseAnalysis === true) continue;
    const ref = { id: idOf(p.values.problemId) ?? `#${p.row}`, name: p.values.problem };
    const message = RULE_MESSAGES.noRootCauseAnalysis({ problem: ref, column: columnName(ctx, "Problems", "rootCauseAnalysis"), yes: itemName(ctx, "yesno", "yes") });
    out.push(finding(ctx, "PLAN-06", { table: "Problems", row: p.row, column: "rootCauseAnalysis" }, message, [ref.id], [ref.id, p.values.rootCauseAnalysis]));
  }
  return out;
}

/** PLAN-07: every problem is addressed by some goal. */
export function plan07(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Goals", "problemId")) return [];
  const out: Finding[] = [];
  for (const p of ctx.plan.rows.Problems) {
    const id = idOf(p.values.problemId);
    if (id === null || ctx.idx.goalsByProblem.has(id)) continue;
    const message = RULE_MESSAGES.problemWithoutGoal({ problem: { id, name: p.values.problem }, goalsSheet: sheetName(ctx, "Goals"), column: columnName(ctx, "Goals", "problemId") });
    out.push(finding(ctx, "PLAN-07", { table: "Problems", row: p.row, column: "problemId" }, message, [id], [id]));
  }
  return out;
}

/** PLAN-08: no activity ends before it starts. */
export function plan08(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const a of ctx.plan.rows.Activities) {
    const { start, end } = a.values;
    if (start === null || end === null || end >= start) continue;
    const ref = activityRef(a);
    const message = RULE_MESSAGES.activityEndsBeforeStart({
      activity: ref,
      start,
      end,
      startColumn: columnName(ctx, "Activities", "start"),
      endColumn: columnName(ctx, "Activities", "end"),
    });
    out.push(finding(ctx, "PLAN-08", { table: "Activities", row: a.row, column: "end" }, message, [a.row], [start, end]));
  }
  return out;
}

/** PLAN-09: no activity is past its Slut without being Genomförd or Inställd, or Genomförd before its Start. */
export function plan09(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const ref = ctx.referenceDate;
  const statusColumn = columnName(ctx, "Activities", "status");
  const label = (s: ListKey<"activityStatus">) => itemName(ctx, "activityStatus", s);
  for (const a of ctx.plan.rows.Activities) {
    const { start, end, status } = a.values;
    if (status === null) continue;
    if (end !== null && end < ref && status !== "done" && status !== "cancelled") {
      const act = activityRef(a);
      const message = RULE_MESSAGES.activityLate({ activity: act, end, statusLabel: label(status), column: statusColumn, doneLabel: label("done"), cancelledLabel: label("cancelled") });
      out.push(finding(ctx, "PLAN-09", { table: "Activities", row: a.row, column: "status" }, message, [act.id, "late"], [act.id, end, status]));
    } else if (status === "done" && start !== null && start > ref) {
      const act = activityRef(a);
      const message = RULE_MESSAGES.activityDoneBeforeStart({ activity: act, start, statusLabel: label(status), column: columnName(ctx, "Activities", "start") });
      out.push(finding(ctx, "PLAN-09", { table: "Activities", row: a.row, column: "start" }, message, [act.id, "future"], [act.id, start, status]));
    }
  }
  return out;
}

/** PLAN-10: no activity is assigned to a styrgrupp. */
export function plan10(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const a of ctx.plan.rows.Activities) {
    const gid = idOf(a.values.responsibleGroup);
    const g = gid === null ? undefined : ctx.idx.groupsById.get(gid);
    if (!g || g.values.type !== "steering") continue;
    const act = activityRef(a);
    const message = RULE_MESSAGES.activityInSteeringGroup({
      activity: act,
      group: groupRef(g),
      column: columnName(ctx, "Activities", "responsibleGroup"),
    });
    out.push(finding(ctx, "PLAN-10", { table: "Activities", row: a.row, column: "responsibleGroup" }, message, [act.id], [act.id, gid]));
  }
  return out;
}

/** PLAN-11: every indicator has a baseline and a target, and Målår is not before Basår. */
export function plan11(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Indicators", "baseYear", "baseValue", "targetYear", "targetValue")) return [];
  const out: Finding[] = [];
  const col = (k: string) => columnName(ctx, "Indicators", k);
  for (const i of ctx.plan.rows.Indicators) {
    const { baseYear, baseValue, targetYear, targetValue } = i.values;
    const ind = indicatorRef(i);
    const at = (column: string) => ({ table: "Indicators" as const, row: i.row, column });
    if (baseYear === null || baseValue === null) {
      const message = RULE_MESSAGES.indicatorNoBaseline({ indicator: ind, yearColumn: col("baseYear"), valueColumn: col("baseValue") });
      out.push(finding(ctx, "PLAN-11", at(baseYear === null ? "baseYear" : "baseValue"), message, [ind.id, "baseline"], [ind.id, baseYear, baseValue]));
    }
    if (targetYear === null || targetValue === null) {
      const message = RULE_MESSAGES.indicatorNoTarget({ indicator: ind, yearColumn: col("targetYear"), valueColumn: col("targetValue") });
      out.push(finding(ctx, "PLAN-11", at(targetYear === null ? "targetYear" : "targetValue"), message, [ind.id, "target"], [ind.id, targetYear, targetValue]));
    }
    if (baseYear !== null && targetYear !== null && targetYear < baseYear) {
      const message = RULE_MESSAGES.indicatorTargetBeforeBase({ indicator: ind, baseYear, targetYear, targetColumn: col("targetYear") });
      out.push(finding(ctx, "PLAN-11", at("targetYear"), message, [ind.id, "order"], [ind.id, baseYear, targetYear]));
    }
  }
  return out;
}

/** PLAN-12: a target points the way the indicator's Riktning says is better. */
export function plan12(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Indicators", "direction", "baseValue", "targetValue")) return [];
  const out: Finding[] = [];
  for (const i of ctx.plan.rows.Indicators) {
    const { direction, baseValue: base, targetValue: target } = i.values;
    if (direction === null || base === null || target === null) continue;
    const lower = direction === "lower";
    if (lower ? target <= base : target >= base) continue;
    const ind = indicatorRef(i);
    const message = RULE_MESSAGES.targetWrongWay({
      indicator: ind,
      directionLabel: itemName(ctx, "direction", direction),
      base,
      target,
      column: columnName(ctx, "Indicators", "targetValue"),
      lower,
    });
    out.push(finding(ctx, "PLAN-12", { table: "Indicators", row: i.row, column: "targetValue" }, message, [ind.id], [ind.id, direction, base, target]));
  }
  return out;
}

/** PLAN-13: every indicator has a measurement for the follow-up year. */
export function plan13(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Measurements", "indicatorId", "year")) return [];
  const out: Finding[] = [];
  const year = ctx.followUpYear;
  const valueAtRow = new Map(ctx.plan.rows.Measurements.map((m) => [m.row, m.values.value]));
  for (const i of ctx.plan.rows.Indicators) {
    const id = idOf(i.values.indicatorId);
    const years = id === null ? undefined : ctx.idx.measurementRows.get(id);
    if (id === null || years?.has(year)) continue;
    // The latest measurement there is before the year, which the follow-up assesses meanwhile.
    const earlier = [...(years?.keys() ?? [])].filter((y) => y < year);
    const latestYear = earlier.length > 0 ? Math.max(...earlier) : null;
    const latestValue = latestYear === null ? null : (valueAtRow.get(years!.get(latestYear)!) ?? null);
    const latest = latestYear !== null && typeof latestValue === "number" ? { year: latestYear, value: latestValue } : null;
    const message = RULE_MESSAGES.noMeasurement({ indicator: indicatorRef(i), year, sheet: sheetName(ctx, "Measurements"), latest });
    out.push(finding(ctx, "PLAN-13", { table: "Indicators", row: i.row, column: "indicatorId" }, message, [id, year], [id, year]));
  }
  return out;
}

/** The largest value a unit allows (Procent 0–100, Index 0–6); undefined for unbounded units. */
const UNIT_MAX: Partial<Record<ListKey<"unit">, number>> = { percent: 100, index06: 6 };

/** PLAN-14: Procent values lie in 0–100 and Index 0–6 values in 0–6 (measurements, baselines, targets). */
export function plan14(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const outside = (value: number | null, max: number): value is number => value !== null && (value < 0 || value > max);
  const maxOf = (i: IndicatorRow | undefined) => (i && i.values.unit !== null ? UNIT_MAX[i.values.unit] : undefined);
  const unitLabel = (i: IndicatorRow) => itemName(ctx, "unit", i.values.unit!);
  for (const i of ctx.plan.rows.Indicators) {
    const max = maxOf(i);
    if (max === undefined) continue;
    const id = idOf(i.values.indicatorId) ?? `#${i.row}`;
    for (const what of ["baseValue", "targetValue"] as const) {
      const value = i.values[what];
      if (!outside(value, max)) continue;
      const message = RULE_MESSAGES.valueOutOfRange({ indicator: id, value, unitLabel: unitLabel(i), max, what, year: null });
      out.push(finding(ctx, "PLAN-14", { table: "Indicators", row: i.row, column: what }, message, ["Indicators", i.row, what], [value, i.values.unit]));
    }
  }
  for (const m of ctx.plan.rows.Measurements) {
    const id = idOf(m.values.indicatorId);
    const indicator = id === null ? undefined : ctx.idx.indicatorsById.get(id);
    const max = maxOf(indicator);
    if (max === undefined || !outside(m.values.value, max)) continue;
    const message = RULE_MESSAGES.valueOutOfRange({ indicator: id!, value: m.values.value, unitLabel: unitLabel(indicator!), max, what: "measurement", year: m.values.year });
    out.push(finding(ctx, "PLAN-14", { table: "Measurements", row: m.row, column: "value" }, message, ["Measurements", m.row], [m.values.value, indicator!.values.unit]));
  }
  return out;
}
