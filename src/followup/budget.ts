// Budget follow-up: per year the earmarked budget, what the activities were
// allocated and spent and the staff hours they took, and the same per goal
// for the follow-up year. An activity's year is its budget year (Budgetår,
// else the year of Start), as the BUD rules read it.

import type { PlanRow } from "../workbook/plan";
import type { ActivityFollowUp, BudgetFigures, BudgetYear, FollowUp, GoalBudget } from "./types";

/** Sums of kronor are rounded to whole öre so that floating-point noise never shows. */
function sum(values: readonly (number | null)[]): number {
  return Math.round(values.reduce<number>((s, v) => s + (v ?? 0), 0) * 100) / 100;
}

/**
 * One year's figures:
 *   allocated   = Σ Budget (kr) of the activities whose budget year is the year
 *   spent       = Σ Utfall (kr) of the same activities
 *   hours       = Σ Arbetstimmar of the same activities
 *   remaining   = earmarked − spent       (null without an earmarked budget)
 *   unallocated = earmarked − allocated   (null without an earmarked budget)
 * Every activity counts, cancelled ones included, as rule BUD-02 counts them.
 */
export function budgetFigures(earmarked: number | null, activities: readonly ActivityFollowUp[]): BudgetFigures {
  const allocated = sum(activities.map((a) => a.budget));
  const spent = sum(activities.map((a) => a.spent));
  return {
    earmarked,
    allocated,
    spent,
    remaining: earmarked === null ? null : sum([earmarked, -spent]),
    unallocated: earmarked === null ? null : sum([earmarked, -allocated]),
    hours: sum(activities.map((a) => a.hours)),
  };
}

export function followUpBudget(
  budgetRows: readonly PlanRow<"Budget">[],
  activities: readonly ActivityFollowUp[],
  goalNames: ReadonlyMap<string, string>,
  year: number,
): FollowUp["budget"] {
  // The first row of a year counts; a second one is a DATA-03 error the checks report.
  const earmarks = new Map<number, number | null>();
  for (const r of budgetRows) {
    const y = r.values.year;
    if (y !== null && !earmarks.has(y)) earmarks.set(y, r.values.earmarked);
  }
  const ofYear = (y: number) => activities.filter((a) => a.budgetYear === y);
  const yearSet = new Set<number>([...earmarks.keys()]);
  for (const a of activities) if (a.budgetYear !== null) yearSet.add(a.budgetYear);
  const years: BudgetYear[] = [...yearSet]
    .sort((a, b) => a - b)
    .map((y) => ({ year: y, ...budgetFigures(earmarks.get(y) ?? null, ofYear(y)) }));

  const thisYear = ofYear(year);
  const ofGoal = new Map<string, ActivityFollowUp[]>();
  for (const a of thisYear) {
    const list = ofGoal.get(a.goalId ?? "");
    if (list) list.push(a);
    else ofGoal.set(a.goalId ?? "", [a]);
  }
  const rank = goalRanks(goalNames);
  const goalIds = [...ofGoal.keys()].sort((a, b) => rank(a) - rank(b));
  const byGoal: GoalBudget[] = goalIds.map((goalId) => {
    const f = budgetFigures(null, ofGoal.get(goalId)!);
    return { goalId, name: goalNames.get(goalId) ?? "", allocated: f.allocated, spent: f.spent, hours: f.hours };
  });
  return {
    years,
    year: budgetFigures(earmarks.get(year) ?? null, thisYear),
    byGoal,
    overBudget: thisYear.filter((a) => a.overBudget).map((a) => a.activityId),
  };
}

/** Position in the goal order; unknown goals (and activities without one) last. */
function goalRanks(goalNames: ReadonlyMap<string, string>): (id: string) => number {
  const position = new Map<string, number>();
  for (const id of goalNames.keys()) if (!position.has(id)) position.set(id, position.size);
  return (id) => position.get(id) ?? position.size;
}
