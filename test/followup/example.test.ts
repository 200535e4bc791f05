// Golden follow-up of the Umebrå example plan for 2025. Every expectation is worked
// out by hand from the example's rows (src/workbook/example.ts), as noted beside it.

import { buildAnnualReport } from "../../src/followup/annualReport";
import { computeFollowUp } from "../../src/followup/compute";
import { EXAMPLE_FOLLOW_UP_YEAR, EXAMPLE_REFERENCE_DATE, exampleFollowUpYear, examplePlanRows, exampleSettings } from "../../src/workbook/example";
import { TABLES, type Lang } from "../../src/workbook/layout";
import { parsePlan } from "../../src/workbook/parsePlan";
import { snapshotOf, tableOf } from "../support/snapshots";

function examplePlan(lang: Lang, referenceDate = EXAMPLE_REFERENCE_DATE) {
  const rows = examplePlanRows(lang, referenceDate);
  return parsePlan(snapshotOf(TABLES.map((t) => tableOf(t.name, rows[t.name], { lang })), { lang }));
}

const YEAR = EXAMPLE_FOLLOW_UP_YEAR;
const fu = computeFollowUp(examplePlan("sv"), YEAR);
const ind = (id: string) => fu.indicators.find((i) => i.indicatorId === id)!;
const goal = (id: string) => fu.goals.find((g) => g.goalId === id)!;

describe("follow-up of the example plan, 2025", () => {
  it("is the year the example is made for", () => {
    expect(YEAR).toBe(2025);
  });

  it("takes each indicator's 2025 value and the one before", () => {
    // I1 series from 2020: 9305, 9110, 9240, 8960, 8820, 8690
    expect(ind("I1")).toMatchObject({ value: 8690, previousYear: 2024, previousValue: 8820, trend: { move: "down", verdict: "better" } });
    // I4 series from 2019: …, 14.9 (2024), 14.6 (2025)
    expect(ind("I4")).toMatchObject({ value: 14.6, previousValue: 14.9 });
    // I6 (higher is better) 6, 8, 10, 11 from 2022
    expect(ind("I6")).toMatchObject({ value: 11, previousValue: 10, trend: { move: "up", verdict: "better" } });
    // I8 stops at 2024 (10.6): 2025's CAN figures are not in, so 2024's value is assessed against 2023's 11
    expect(ind("I8")).toMatchObject({ value: 10.6, valueYear: 2024, previousYear: 2023, previousValue: 11, trend: { move: "down", verdict: "better" } });
    expect(ind("I1").valueYear).toBe(2025);
  });

  it("computes progress from baseline towards target", () => {
    // I1: (8690 − 9305) / (8500 − 9305) = 615 / 805
    expect(ind("I1").progress).toBeCloseTo(615 / 805, 10);
    // I2: (176 − 212) / (170 − 212) = 36 / 42
    expect(ind("I2").progress).toBeCloseTo(36 / 42, 10);
    // I3: (2.9 − 3.4) / (2.8 − 3.4) = 0.5 / 0.6
    expect(ind("I3").progress).toBeCloseTo(0.5 / 0.6, 10);
    // I7 (higher): (6 − 2) / (8 − 2)
    expect(ind("I7").progress).toBeCloseTo(4 / 6, 10);
    // I10: (4.7 − 5.2) / (4 − 5.2) = 0.5 / 1.2
    expect(ind("I10").progress).toBeCloseTo(0.5 / 1.2, 10);
  });

  it("assesses every indicator På väg (all improved, none at target yet), I8 on its 2024 value", () => {
    const byAssessment = Object.fromEntries(fu.indicators.map((i) => [i.indicatorId, i.assessment]));
    expect(byAssessment).toEqual({
      I1: "onTrack", I2: "onTrack", I3: "onTrack", I4: "onTrack", I5: "onTrack",
      I6: "onTrack", I7: "onTrack", I8: "onTrack", I9: "onTrack", I10: "onTrack",
    });
  });

  it("rolls goals up through their sub-goals", () => {
    expect(goal("M0").indicatorIds).toHaveLength(10);
    expect(goal("M1").indicatorIds).toEqual(["I1", "I2", "I3"]); // own I1, M1.1's I2, M1.2's I3
    expect(goal("M2").indicatorIds).toEqual(["I4", "I5", "I6", "I7"]);
    expect(goal("M3.1").assessment).toBe("onTrack"); // only I8, on its 2024 value
    expect(goal("M3").assessment).toBe("onTrack"); // I9 and I8 on track
    // 2025's activities are A1–A11; M1's subtree holds A1, A2, A3 (done) and A4 (ongoing)
    expect(goal("M1").status).toEqual({ planned: 0, ongoing: 1, done: 3, delayed: 0, cancelled: 0 });
    expect(goal("M1.1").ownStatus.done).toBe(2);
  });

  it("sums the 2025 budget from A1–A11", () => {
    expect(fu.activities.map((a) => a.activityId)).toEqual(["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11"]);
    // budgets 50 000 + 600 000 + 80 000 + 40 000 + 60 000 + 30 000 + 20 000 + 70 000 + 120 000 + 150 000 + 45 000
    // spent   42 000 + 585 000 + 96 500 + 31 000 + 55 000 + 27 500 + 18 000 + 41 000 + 112 000 + 140 000 + 39 000
    // hours   320 + 150 + 240 + 210 + 280 + 90 + 60 + 160 + 300 + 420 + 120
    expect(fu.budget.year).toEqual({ earmarked: 2000000, allocated: 1265000, spent: 1187000, remaining: 813000, unallocated: 735000, hours: 2350 });
    expect(fu.budget.overBudget).toEqual(["A3"]); // 96 500 kr spent of 80 000
    expect(fu.budget.years.map((y) => [y.year, y.earmarked, y.allocated, y.spent])).toEqual([
      [2023, 1800000, 60000, 58000], // A14
      [2024, 1900000, 95000, 92000], // A12 + A13
      [2025, 2000000, 1265000, 1187000],
      [2026, 2100000, 170000, 17000], // A15 + A16 + A17
    ]);
    expect(fu.budget.byGoal.find((g) => g.goalId === "M1.1")).toEqual({ goalId: "M1.1", name: "Minska våldsbrotten i centrum helgnätter", allocated: 680000, spent: 681500, hours: 390 });
    expect(fu.budget.byGoal.map((g) => g.goalId)).toEqual(["M1", "M1.1", "M1.2", "M2", "M2.1", "M2.2", "M3", "M3.1", "M4"]);
  });

  it("counts meetings held in 2025 against the plan", () => {
    expect(fu.meetings.map((m) => [m.groupId, m.held, m.planned])).toEqual([
      ["G1", 2, 2],
      ["G2", 5, 5],
      ["G4", 4, 4],
      ["G5", 4, 4],
      ["G7", 5, 4], // one extra meeting on 2025-11-05
      ["G8", 4, 4],
      ["G9", 4, 4],
    ]);
  });

  it("gives the same numbers from the English workbook", () => {
    const en = computeFollowUp(examplePlan("en"), YEAR);
    const withoutNames = (b: typeof fu.budget) => ({ ...b, byGoal: b.byGoal.map(({ name: _name, ...g }) => g) });
    expect(withoutNames(en.budget)).toEqual(withoutNames(fu.budget));
    expect(en.indicators.map((i) => i.assessment)).toEqual(fu.indicators.map((i) => i.assessment));
  });
});

describe("annual report of the example plan, 2025", () => {
  const report = buildAnnualReport(examplePlan("sv"), YEAR, exampleSettings("sv"));

  it("shows Umebrå's chair, convener, 19 members and five meetings of five", () => {
    const g2 = report.groups.find((g) => g.groupId === "G2")!;
    expect(g2).toMatchObject({ chair: "Kommunstyrelsens ordförande", convener: "Processledare 1 Umebrå", meetingsHeld: 5, meetingsPlanned: 5 });
    expect(g2.members).toHaveLength(7 + 12); // seven named roles plus six committees × (chair + head of department)
  });

  it("has the key figures of the year", () => {
    expect(report.municipality).toBe("Umeå");
    expect(report.keyFigures).toMatchObject({
      goals: 10, indicators: 10, activities: 11, meetingsHeld: 28, meetingsPlanned: 27,
      earmarked: 2000000, allocated: 1265000, spent: 1187000, remaining: 813000, hours: 2350,
    });
    expect(report.keyFigures.status).toEqual({ planned: 0, ongoing: 3, done: 8, delayed: 0, cancelled: 0 });
    expect(report.keyFigures.assessments).toMatchObject({ onTrack: 10, noValue: 0, achieved: 0 });
  });

  it("lists the five documents in force and the citizen promise D3 with its three activities", () => {
    expect(report.documents.map((d) => [d.documentId, d.status])).toEqual([["D1", "valid"], ["D2", "valid"], ["D3", "valid"], ["D4", "valid"], ["D5", "valid"]]);
    expect(report.citizenPromises).toHaveLength(1);
    expect(report.citizenPromises[0].activities.map((a) => [a.activityId, a.status])).toEqual([["A4", "ongoing"], ["A5", "done"], ["A6", "done"]]);
  });
});

describe.each(["2027-01-15", "2027-06-15", "2026-12-03"])("follow-up of the example generated at %s, in its default follow-up year", (date) => {
  const year = exampleFollowUpYear(date);
  const at = computeFollowUp(examplePlan("sv", date), year, exampleSettings("sv"));

  it("assesses every indicator (no Saknar mätvärde), each on a value of the year or, for I8, the year before", () => {
    expect(at.indicators.filter((i) => i.assessment === "noValue")).toEqual([]);
    expect(at.indicators.map((i) => [i.indicatorId, i.valueYear])).toEqual(
      ["I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10"].map((id) => [id, id === "I8" ? year - 1 : year]),
    );
    // the same figures as the example as written (2025), moved in time
    expect(at.indicators.map((i) => [i.value, i.assessment])).toEqual(fu.indicators.map((i) => [i.value, i.assessment]));
  });

  it("has the year's activities, budget and meetings", () => {
    expect(at.activities.map((a) => a.activityId)).toEqual(["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11"]);
    expect(at.budget.year).toEqual(fu.budget.year);
    expect(at.meetings.map((m) => m.held)).toEqual(computeFollowUp(examplePlan("sv"), YEAR, exampleSettings("sv")).meetings.map((m) => m.held));
  });
});
