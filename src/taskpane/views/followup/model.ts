// The Uppföljning view's picture of the follow-up, as plain functions: which
// years to offer, the budget per goal with what remains of each allocation, the
// activities over budget with their amounts, and the budget findings of a check.

import type { AckedFinding } from "../../../rules/acks";
import { ruleArea } from "../../../rules";
import type { FollowUp } from "../../../followup/types";

/** Years on either side of the default that the year choice always offers. */
const YEARS_BEFORE = 10;
const YEARS_AFTER = 1;

/**
 * The years to choose from, newest first: the default year with the ten before and
 * the one after it, plus every year the plan's budget or measurements name.
 */
export function yearChoices(defaultYear: number, followUp: FollowUp | null): number[] {
  const years = new Set<number>();
  for (let y = defaultYear - YEARS_BEFORE; y <= defaultYear + YEARS_AFTER; y++) years.add(y);
  if (followUp) {
    years.add(followUp.year);
    for (const b of followUp.budget.years) years.add(b.year);
    for (const i of followUp.indicators) for (const m of i.series) years.add(m.year);
  }
  return [...years].sort((a, b) => b - a);
}

/** Kronor rounded to whole öre, so that differences of decimals never show noise. */
const ore = (kr: number) => Math.round(kr * 100) / 100;

export interface GoalBudgetRow {
  goalId: string;
  name: string;
  allocated: number;
  spent: number;
  /** allocated − spent: negative when the goal's activities spent more than they were given. */
  remaining: number;
}

/** The follow-up year's budget per goal (the goals' order), with what remains of each allocation. */
export function goalBudgetRows(followUp: FollowUp): GoalBudgetRow[] {
  return followUp.budget.byGoal.map((g) => ({
    goalId: g.goalId,
    name: g.name,
    allocated: g.allocated,
    spent: g.spent,
    remaining: ore(g.allocated - g.spent),
  }));
}

export interface OverBudgetActivity {
  activityId: string;
  name: string;
  budget: number;
  spent: number;
  /** spent − budget, always positive. */
  over: number;
}

/** The follow-up year's activities whose Utfall exceeds their Budget, in the plan's order. */
export function overBudgetActivities(followUp: FollowUp): OverBudgetActivity[] {
  const ids = new Set(followUp.budget.overBudget);
  return followUp.activities
    .filter((a) => ids.has(a.activityId) && a.budget !== null && a.spent !== null)
    .map((a) => ({ activityId: a.activityId, name: a.name, budget: a.budget!, spent: a.spent!, over: ore(a.spent! - a.budget!) }));
}

/** The findings of the budget rules (BUD-01…BUD-05), in the check's order. */
export function budgetFindings(findings: readonly AckedFinding[]): AckedFinding[] {
  return findings.filter((f) => ruleArea(f.rule) === "BUD");
}
