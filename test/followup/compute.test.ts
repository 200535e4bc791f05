// Follow-up logic on small hand-written plans: indicator assessment and its edge
// cases, goal roll-up through sub-goals, budget sums and meetings.

import { computeFollowUp } from "../../src/followup/compute";
import { assessIndicator, progressTowardsTarget, trendOf } from "../../src/followup/indicators";
import type { RowValues } from "../../src/workbook/layout";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import { planOf } from "./planFixture";

type IndicatorRow = Partial<RowValues<"Indicators">>;

const crimeIndicator: IndicatorRow = {
  indicatorId: "I1",
  indicator: "Anmälda brott per 100 000 invånare",
  goalId: "M1",
  unit: "per100k",
  direction: "lower",
  baseYear: 2020,
  baseValue: 9300,
  targetYear: 2026,
  targetValue: 8000,
};

function indicatorOnly(indicator: IndicatorRow & { indicatorId: string }, measurements: [number, number][]) {
  const plan = planOf({
    Goals: [{ goalId: "M1", goal: "Minska brottsligheten", level: "goal" }],
    Indicators: [{ ...crimeIndicator, ...indicator }],
    Measurements: measurements.map(([year, value]) => ({ indicatorId: indicator.indicatorId, year, value })),
  });
  return computeFollowUp(plan, 2025).indicators[0];
}

describe("indicator follow-up", () => {
  it("takes the year's value and the year before, and judges a fall as better when lower is better", () => {
    const i = indicatorOnly({ indicatorId: "I1" }, [[2023, 9100], [2024, 9000], [2025, 8650], [2026, 1]]);
    expect(i.value).toBe(8650);
    expect(i.valueYear).toBe(2025);
    expect(i.previousYear).toBe(2024);
    expect(i.previousValue).toBe(9000);
    expect(i.trend).toEqual({ move: "down", verdict: "better" });
    // (8650 − 9300) / (8000 − 9300) = −650 / −1300 = 0.5
    expect(i.progress).toBeCloseTo(0.5, 10);
    expect(i.assessment).toBe("onTrack");
    // a measurement after the follow-up year is not part of its series
    expect(i.series.map((m) => m.year)).toEqual([2023, 2024, 2025]);
  });

  it("says Saknar mätvärde when there is no measurement for the year at all", () => {
    const i = indicatorOnly({ indicatorId: "I1" }, []);
    expect(i.value).toBeNull();
    expect(i.trend).toBeNull();
    expect(i.progress).toBeNull();
    expect(i.assessment).toBe("noValue");
  });

  it("assesses the latest earlier value when the year has none, and names its year", () => {
    // Official statistics for 2025 are not out: 2024's 8 400 is assessed, against 2023's 9 000.
    const i = indicatorOnly({ indicatorId: "I1" }, [[2023, 9000], [2024, 8400]]);
    expect(i).toMatchObject({ value: 8400, valueYear: 2024, previousYear: 2023, previousValue: 9000 });
    expect(i.trend).toEqual({ move: "down", verdict: "better" });
    // (8400 − 9300) / (8000 − 9300) = 900 / 1300
    expect(i.progress).toBeCloseTo(900 / 1300, 10);
    expect(i.assessment).toBe("onTrack");
  });

  it("ignores a value measured only after the follow-up year", () => {
    const i = indicatorOnly({ indicatorId: "I1" }, [[2026, 7000]]);
    expect(i).toMatchObject({ value: null, valueYear: null, series: [], assessment: "noValue" });
  });

  it("uses the latest earlier value for higher-is-better indicators too, and a later value does not count", () => {
    const walks = { indicatorId: "I6", direction: "higher" as const, baseYear: 2022, baseValue: 6, targetYear: 2026, targetValue: 12 };
    const i = indicatorOnly(walks, [[2022, 6], [2023, 13], [2024, 11], [2027, 20]]);
    // 2024's 11 is assessed: below the target 12, better than the baseline 6, worse than 2023's 13
    expect(i).toMatchObject({ value: 11, valueYear: 2024, previousValue: 13, trend: { move: "down", verdict: "worse" }, assessment: "onTrack" });
    const reached = indicatorOnly(walks, [[2023, 12]]);
    expect(reached).toMatchObject({ value: 12, valueYear: 2023, assessment: "achieved", progressShown: 1 });
  });

  it("falls back to the last measurement before the year when the year before is missing", () => {
    const i = indicatorOnly({ indicatorId: "I1" }, [[2021, 9000], [2025, 9200]]);
    expect(i.previousYear).toBe(2021);
    expect(i.trend).toEqual({ move: "up", verdict: "worse" });
    // 9200 is still better than the baseline 9300: on track
    expect(i.assessment).toBe("onTrack");
  });

  it("is Uppnått when the target is reached exactly or passed, and progress goes past 1 unclamped", () => {
    expect(indicatorOnly({ indicatorId: "I1" }, [[2025, 8000]]).assessment).toBe("achieved");
    const passed = indicatorOnly({ indicatorId: "I1" }, [[2025, 7700]]);
    expect(passed.assessment).toBe("achieved");
    // (7700 − 9300) / (8000 − 9300) = 1600 / 1300
    expect(passed.progress).toBeCloseTo(1600 / 1300, 10);
    expect(passed.progressShown).toBe(1);
  });

  it("is Ej på väg when worse than the baseline and worse than last year, with progress shown as 0", () => {
    const i = indicatorOnly({ indicatorId: "I1" }, [[2024, 9400], [2025, 9500]]);
    expect(i.assessment).toBe("notOnTrack");
    // (9500 − 9300) / (8000 − 9300) = 200 / −1300
    expect(i.progress).toBeCloseTo(200 / -1300, 10);
    expect(i.progressShown).toBe(0);
  });

  it("is På väg when worse than the baseline but the last change is an improvement", () => {
    const i = indicatorOnly({ indicatorId: "I1" }, [[2024, 9600], [2025, 9450]]);
    expect(i.trend?.verdict).toBe("better");
    expect(i.assessment).toBe("onTrack");
  });

  it("reads higher-is-better indicators the other way round", () => {
    const safe = { indicatorId: "I2", direction: "higher" as const, unit: "percent" as const, baseValue: 60, targetValue: 75 };
    const rising = indicatorOnly(safe, [[2024, 62], [2025, 66]]);
    expect(rising.trend).toEqual({ move: "up", verdict: "better" });
    expect(rising.progress).toBeCloseTo(6 / 15, 10);
    expect(rising.assessment).toBe("onTrack");
    expect(indicatorOnly(safe, [[2024, 62], [2025, 58]]).assessment).toBe("notOnTrack");
    expect(indicatorOnly(safe, [[2025, 80]]).assessment).toBe("achieved");
  });

  it("handles a target already reached at the baseline (the target points the wrong way)", () => {
    // lower is better, baseline 80, target 100: reached from the start
    const ind = { indicatorId: "I3", baseValue: 80, targetValue: 100 };
    const stillBelow = indicatorOnly(ind, [[2025, 95]]);
    expect(stillBelow.assessment).toBe("achieved");
    expect(stillBelow.progress).toBe(1);
    const above = indicatorOnly(ind, [[2024, 110], [2025, 105]]);
    expect(above.progress).toBe(0);
    expect(above.assessment).toBe("onTrack"); // better than last year
    expect(indicatorOnly(ind, [[2024, 104], [2025, 105]]).assessment).toBe("notOnTrack");
  });

  it("handles a baseline equal to the target without dividing by zero", () => {
    const ind = { indicatorId: "I4", direction: "higher" as const, baseValue: 50, targetValue: 50 };
    const at = indicatorOnly(ind, [[2025, 50]]);
    expect(at.assessment).toBe("achieved");
    expect(at.progress).toBe(1);
    const below = indicatorOnly(ind, [[2025, 49]]);
    expect(below.progress).toBe(0);
    expect(Number.isFinite(below.progress)).toBe(true);
    expect(below.assessment).toBe("notOnTrack");
  });

  it("without a target, still tells På väg from Ej på väg by the baseline", () => {
    const ind = { indicatorId: "I5", targetValue: null, targetYear: null };
    expect(indicatorOnly(ind, [[2025, 9000]]).assessment).toBe("onTrack");
    expect(indicatorOnly(ind, [[2025, 9300]]).assessment).toBe("notOnTrack");
    expect(indicatorOnly(ind, [[2025, 9000]]).progress).toBeNull();
  });

  it("cannot judge a value without a Riktning", () => {
    expect(indicatorOnly({ indicatorId: "I6", direction: null }, [[2024, 1], [2025, 2]]).assessment).toBe("unknown");
  });
});

describe("the formulas on their own", () => {
  it("treats floating-point noise as no change", () => {
    expect(trendOf(0.1 + 0.2, 0.3, "higher")).toEqual({ move: "flat", verdict: "same" });
    expect(progressTowardsTarget(0.1 + 0.2, 0, 0.3, "higher").progress).toBeCloseTo(1, 12);
    expect(assessIndicator({ direction: "higher", value: 0.1 + 0.2, previousValue: null, baseValue: 0, targetValue: 0.3 })).toBe("achieved");
  });
});

describe("goal roll-up", () => {
  const plan = planOf({
    Goals: [
      { goalId: "Ö1", goal: "Umeå växer utan utsatta områden", level: "overall" },
      { goalId: "M1", goal: "Minska brottsligheten", level: "goal", parentGoal: "Ö1" },
      { goalId: "D1", goal: "Färre bostadsinbrott", level: "subGoal", parentGoal: "M1" },
      { goalId: "D2", goal: "Färre rån", level: "subGoal", parentGoal: "M1" },
      { goalId: "M2", goal: "Öka tryggheten", level: "goal", parentGoal: "Ö1" },
    ],
    Indicators: [
      { indicatorId: "I1", indicator: "Bostadsinbrott", goalId: "D1", direction: "lower", baseValue: 100, targetValue: 80 },
      { indicatorId: "I2", indicator: "Rån", goalId: "D2", direction: "lower", baseValue: 50, targetValue: 40 },
      { indicatorId: "I3", indicator: "Otrygghet", goalId: "M2", direction: "lower", baseValue: 30, targetValue: 20 },
    ],
    Measurements: [
      { indicatorId: "I1", year: 2025, value: 75 }, // achieved
      { indicatorId: "I2", year: 2025, value: 45 }, // on track
      // I3 has no value
    ],
    Activities: [
      { activityId: "A1", activity: "Trygghetsvandring", goalId: "D1", status: "done", budgetYear: 2025, budget: 10000, spent: 12000, hours: 20 },
      { activityId: "A2", activity: "Grannsamverkan", goalId: "D2", status: "ongoing", start: "2025-02-01", budget: 5000, spent: 1000 },
      { activityId: "A3", activity: "Enkät", goalId: "M2", status: "planned", start: "2026-01-10", budget: 7000 },
      { activityId: "A4", activity: "Nattvandring", goalId: "M1", status: "cancelled", start: "2024-05-01", end: "2025-06-30", budgetYear: 2024, budget: 3000 },
    ],
    Budget: [
      { year: 2025, earmarked: 20000 },
      { year: 2026, earmarked: 25000 },
    ],
  });
  const fu = computeFollowUp(plan, 2025);
  const goal = (id: string) => fu.goals.find((g) => g.goalId === id)!;

  it("lists goals in tree order with their depth", () => {
    expect(fu.goals.map((g) => [g.goalId, g.depth])).toEqual([["Ö1", 0], ["M1", 1], ["D1", 2], ["D2", 2], ["M2", 1]]);
  });

  it("rolls a goal with only sub-goals up from its sub-goals' indicators", () => {
    expect(goal("M1").indicatorIds).toEqual(["I1", "I2"]);
    expect(goal("M1").assessments.achieved).toBe(1);
    expect(goal("M1").assessments.onTrack).toBe(1);
    expect(goal("M1").assessment).toBe("onTrack");
    expect(goal("D1").assessment).toBe("achieved");
    expect(goal("M2").assessment).toBe("noValue");
    // the overall goal: I1 achieved, I2 on track, I3 without value -> on track
    expect(goal("Ö1").indicatorIds).toEqual(["I1", "I2", "I3"]);
    expect(goal("Ö1").assessment).toBe("onTrack");
  });

  it("counts the year's activities per status, own and rolled up", () => {
    // A3 starts 2026: not in 2025. A4 spans into 2025 though budgeted 2024.
    expect(fu.activities.map((a) => a.activityId)).toEqual(["A1", "A2", "A4"]);
    expect(goal("M1").ownStatus).toEqual({ planned: 0, ongoing: 0, done: 0, delayed: 0, cancelled: 1 });
    expect(goal("M1").status).toEqual({ planned: 0, ongoing: 1, done: 1, delayed: 0, cancelled: 1 });
    expect(goal("M2").status.planned).toBe(0);
  });

  it("sums the budget by budget year (Budgetår, else the year of Start)", () => {
    // 2025: A1 (Budgetår 2025) and A2 (Start 2025): 10 000 + 5 000 allocated, 12 000 + 1 000 spent
    expect(fu.budget.year).toEqual({ earmarked: 20000, allocated: 15000, spent: 13000, remaining: 7000, unallocated: 5000, hours: 20 });
    expect(fu.budget.years.map((y) => [y.year, y.earmarked, y.allocated])).toEqual([
      [2024, null, 3000],
      [2025, 20000, 15000],
      [2026, 25000, 7000],
    ]);
    expect(fu.budget.years[0].remaining).toBeNull();
    expect(fu.budget.byGoal).toEqual([
      { goalId: "D1", name: "Färre bostadsinbrott", allocated: 10000, spent: 12000, hours: 20 },
      { goalId: "D2", name: "Färre rån", allocated: 5000, spent: 1000, hours: 0 },
    ]);
    expect(fu.budget.overBudget).toEqual(["A1"]);
  });

  it("survives a cycle in the goal hierarchy without losing a goal", () => {
    const cyclic = planOf({
      Goals: [
        { goalId: "X", goal: "X", level: "goal", parentGoal: "Y" },
        { goalId: "Y", goal: "Y", level: "goal", parentGoal: "X" },
      ],
    });
    expect(computeFollowUp(cyclic, 2025).goals.map((g) => g.goalId).sort()).toEqual(["X", "Y"]);
  });
});

describe("meetings", () => {
  it("counts meetings held in the year against the planned number", () => {
    const plan = planOf({
      Groups: [
        { groupId: "G1", name: "Umebrå", type: "preparatory", plannedMeetings: 5 },
        { groupId: "G2", name: "Arbetsgrupp utan plan", type: "working" },
        { groupId: "G3", name: "EST", type: "working" },
      ],
      Meetings: [
        { groupId: "G1", date: "2025-02-10" },
        { groupId: "G1", date: "2025-12-31" },
        { groupId: "G1", date: "2024-12-31" },
        { groupId: "G3", date: "2025-03-03" },
      ],
    });
    expect(computeFollowUp(plan, 2025).meetings).toEqual([
      { groupId: "G1", name: "Umebrå", type: "preparatory", held: 2, planned: 5 },
      { groupId: "G3", name: "EST", type: "working", held: 1, planned: null },
    ]);
  });

  it("expects the workbook's meetings per year for a group type when the group states none", () => {
    const plan = planOf({
      Groups: [
        { groupId: "L1", name: "Lokalt råd Ålidhem", type: "localCouncil" },
        { groupId: "L2", name: "Lokalt råd Holmsund", type: "localCouncil", plannedMeetings: 2 },
        { groupId: "W1", name: "Arbetsgrupp", type: "working" },
      ],
      Meetings: [{ groupId: "L1", date: "2025-05-05" }],
    });
    const settings = { ...DEFAULT_SETTINGS, meetingsLocalCouncil: 4 };
    expect(computeFollowUp(plan, 2025, settings).meetings).toEqual([
      { groupId: "L1", name: "Lokalt råd Ålidhem", type: "localCouncil", held: 1, planned: 4 },
      { groupId: "L2", name: "Lokalt råd Holmsund", type: "localCouncil", held: 0, planned: 2 },
    ]);
  });
});
