// Which activities belong to a follow-up year, and the activity rows in the
// follow-up's plain form (budget year, over-budget flag).

import type { PlanRow } from "../workbook/plan";
import type { ActivityFollowUp, ActivityStatus, StatusCounts } from "./types";
import { LISTS } from "../workbook/layout";

/** The calendar year of an ISO date "YYYY-MM-DD", or null. */
export function yearOfDate(iso: string | null): number | null {
  if (!iso) return null;
  const y = Number(iso.slice(0, 4));
  return Number.isInteger(y) ? y : null;
}

/** An activity's budget year: its Budgetår, else the year of its Start (as rule BUD-01 defines it). */
export function budgetYearOf(a: { budgetYear: number | null; start: string | null }): number | null {
  return a.budgetYear ?? yearOfDate(a.start);
}

/**
 * An activity belongs to follow-up year Y when
 *   - its budget year is Y, or
 *   - it has dates and the span [Start … Slut] overlaps Y (a missing end counts as the
 *     start and a missing start as the end, so a one-dated activity belongs to that date's year), or
 *   - it has no budget year and no dates at all (an undated activity is reported every year
 *     rather than vanish from the follow-up).
 */
export function activityInYear(a: ActivityFollowUp, year: number): boolean {
  if (a.budgetYear === year) return true;
  const from = yearOfDate(a.start ?? a.end);
  const to = yearOfDate(a.end ?? a.start);
  if (from !== null && to !== null) return from <= year && year <= to;
  return a.budgetYear === null;
}

export function activityFromRow(r: PlanRow<"Activities">): ActivityFollowUp | null {
  const v = r.values;
  if (!v.activityId) return null;
  return {
    activityId: v.activityId,
    name: v.activity ?? "",
    goalId: v.goalId,
    groupId: v.responsibleGroup,
    responsiblePerson: v.responsiblePerson,
    status: v.status,
    start: v.start,
    end: v.end,
    budgetYear: budgetYearOf(v),
    budget: v.budget,
    spent: v.spent,
    hours: v.hours,
    citizenPromiseId: v.citizenPromise,
    comment: v.comment,
    // Utfall above Budget, as rule BUD-03 reads it (no Budget (kr), nothing to exceed).
    overBudget: v.spent !== null && v.budget !== null && v.spent > v.budget,
  };
}

export const STATUSES: readonly ActivityStatus[] = LISTS.activityStatus.map((s) => s.key);

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Counts activities per status; activities without a readable status are not counted. */
export function countStatuses(activities: readonly ActivityFollowUp[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const a of activities) if (a.status) counts[a.status] += 1;
  return counts;
}
