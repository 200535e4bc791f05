// The follow-up of one year, computed from the parsed plan: indicators,
// goals, activities, budget and meetings as plain serialisable data.
// The formulas are documented where they are computed: indicators.ts,
// goals.ts, activities.ts, budget.ts and meetings.ts.

import type { Plan } from "../workbook/plan";
import type { FollowUp, YearValue } from "./types";
import { activityFromRow, activityInYear } from "./activities";
import { followUpBudget } from "./budget";
import { followUpGoals } from "./goals";
import { comparisonsById } from "./comparisons";
import { followUpIndicator } from "./indicators";
import { followUpMeetings } from "./meetings";
import { DEFAULT_SETTINGS, type Settings } from "../workbook/settings";

/** Measurements per Indikator-ID (rows with an unreadable year or value are left out). */
function measurementsById(plan: Plan): Map<string, YearValue[]> {
  const out = new Map<string, YearValue[]>();
  for (const r of plan.rows.Measurements) {
    const { indicatorId, year, value } = r.values;
    if (!indicatorId || year === null || value === null) continue;
    const list = out.get(indicatorId);
    if (list) list.push({ year, value });
    else out.set(indicatorId, [{ year, value }]);
  }
  return out;
}

/** `settings` supply the expected meetings of groups without their own Planerade möten per år. */
export function computeFollowUp(plan: Plan, year: number, settings: Settings = DEFAULT_SETTINGS): FollowUp {
  const measurements = measurementsById(plan);
  const comparisons = comparisonsById(plan);
  const indicators = plan.rows.Indicators.filter((r) => r.values.indicatorId).map((r) => {
    const v = r.values;
    const ind = {
      indicatorId: v.indicatorId!,
      name: v.indicator ?? "",
      goalId: v.goalId,
      unit: v.unit,
      direction: v.direction,
      baseYear: v.baseYear,
      baseValue: v.baseValue,
      targetYear: v.targetYear,
      targetValue: v.targetValue,
    };
    return { ...followUpIndicator(ind, measurements.get(ind.indicatorId) ?? [], year), comparisons: comparisons.get(ind.indicatorId) ?? [] };
  });
  const allActivities = plan.rows.Activities.map(activityFromRow).filter((a) => a !== null);
  const activities = allActivities.filter((a) => activityInYear(a, year));
  const goals = followUpGoals(plan.rows.Goals, indicators, activities);
  const goalNames = new Map(goals.map((g) => [g.goalId, g.name]));
  return {
    year,
    lang: plan.lang,
    indicators,
    goals,
    activities,
    budget: followUpBudget(plan.rows.Budget, allActivities, goalNames, year),
    meetings: followUpMeetings(plan.rows.Groups, plan.rows.Meetings, year, settings),
  };
}
