// Goal roll-up: each goal's indicators and activities counted together with
// those of every goal below it (a goal with only sub-goals thus rolls up its
// sub-goals' indicators), in goal-tree order.

import type { PlanRow } from "../workbook/plan";
import type { ActivityFollowUp, Assessment, GoalFollowUp, IndicatorFollowUp } from "./types";
import { countStatuses } from "./activities";

export const ASSESSMENTS: readonly Assessment[] = ["achieved", "onTrack", "notOnTrack", "noValue", "unknown"];

export function countAssessments(indicators: readonly IndicatorFollowUp[]): Record<Assessment, number> {
  const counts = Object.fromEntries(ASSESSMENTS.map((a) => [a, 0])) as Record<Assessment, number>;
  for (const i of indicators) counts[i.assessment] += 1;
  return counts;
}

/**
 * A goal's assessment from its indicators' ("weakest link"):
 *   null        no indicators;
 *   noValue     no indicator has a value for the year;
 *   notOnTrack  at least one assessable indicator is Ej på väg;
 *   achieved    every assessable indicator is Uppnått;
 *   onTrack     otherwise (every assessable one is Uppnått or På väg, not all Uppnått);
 *   unknown     values exist but none is assessable (Riktning missing).
 * Indicators without a value for the year do not pull a goal down; they show in the counts.
 */
export function rollUpAssessment(c: Record<Assessment, number>): Assessment | null {
  const assessable = c.achieved + c.onTrack + c.notOnTrack;
  if (assessable + c.noValue + c.unknown === 0) return null;
  if (assessable === 0) return c.unknown > 0 ? "unknown" : "noValue";
  if (c.notOnTrack > 0) return "notOnTrack";
  return c.achieved === assessable ? "achieved" : "onTrack";
}

interface GoalNode {
  row: PlanRow<"Goals">;
  id: string;
  depth: number;
}

/**
 * Goals in tree order: each goal without a (known) parent in sheet order, each followed
 * by its children in sheet order, depth first. Goals caught in a cycle (rule PLAN-01)
 * are listed as roots so that nothing disappears.
 */
function treeOrder(rows: readonly PlanRow<"Goals">[]): { nodes: GoalNode[]; children: Map<string, string[]> } {
  const withId = rows.filter((r) => r.values.goalId);
  const ids = new Set(withId.map((r) => r.values.goalId!));
  const children = new Map<string, string[]>();
  for (const r of withId) {
    const p = r.values.parentGoal;
    if (!p || !ids.has(p) || p === r.values.goalId) continue;
    const siblings = children.get(p);
    if (siblings) siblings.push(r.values.goalId!);
    else children.set(p, [r.values.goalId!]);
  }
  const byId = new Map(withId.map((r) => [r.values.goalId!, r]));
  const nodes: GoalNode[] = [];
  const seen = new Set<string>();
  const visit = (id: string, depth: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    nodes.push({ row: byId.get(id)!, id, depth });
    for (const c of children.get(id) ?? []) visit(c, depth + 1);
  };
  for (const r of withId) if (!r.values.parentGoal || !ids.has(r.values.parentGoal)) visit(r.values.goalId!, 0);
  for (const r of withId) visit(r.values.goalId!, 0); // cycles
  return { nodes, children };
}

/** The goal and every goal below it (cycle-safe). */
function subtree(id: string, children: Map<string, string[]>): Set<string> {
  const out = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const g = stack.pop()!;
    if (out.has(g)) continue;
    out.add(g);
    stack.push(...(children.get(g) ?? []));
  }
  return out;
}

/** Positions of the items in `items` per goal ID, ascending. */
function positionsByGoal(items: readonly { goalId: string | null }[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (item.goalId === null) return;
    const list = out.get(item.goalId);
    if (list) list.push(i);
    else out.set(item.goalId, [i]);
  });
  return out;
}

/** The items of any goal in `goals`, in their original order (as a filter over `items` would give them). */
function itemsOf<T>(items: readonly T[], positions: Map<string, number[]>, goals: Set<string>): T[] {
  const at: number[] = [];
  for (const g of goals) for (const i of positions.get(g) ?? []) at.push(i);
  if (goals.size > 1) at.sort((a, b) => a - b);
  return at.map((i) => items[i]);
}

export function followUpGoals(
  rows: readonly PlanRow<"Goals">[],
  indicators: readonly IndicatorFollowUp[],
  activities: readonly ActivityFollowUp[],
): GoalFollowUp[] {
  const { nodes, children } = treeOrder(rows);
  // Indexed once, so that each goal costs its subtree's items rather than a pass over all of them.
  const indicatorsAt = positionsByGoal(indicators);
  const activitiesAt = positionsByGoal(activities);
  return nodes.map(({ row, id, depth }) => {
    const goals = subtree(id, children);
    const inds = itemsOf(indicators, indicatorsAt, goals);
    const assessments = countAssessments(inds);
    const acts = itemsOf(activities, activitiesAt, goals);
    return {
      goalId: id,
      name: row.values.goal ?? "",
      level: row.values.level,
      parentGoalId: row.values.parentGoal,
      depth,
      indicatorIds: inds.map((i) => i.indicatorId),
      assessments,
      assessment: rollUpAssessment(assessments),
      ownStatus: countStatuses(acts.filter((a) => a.goalId === id)),
      status: countStatuses(acts),
    };
  });
}
