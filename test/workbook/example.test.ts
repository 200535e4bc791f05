import { EXAMPLE_FOLLOW_UP_YEAR, EXAMPLE_GAPS, EXAMPLE_REFERENCE_DATE, examplePlanRows, exampleSettings } from "../../src/workbook/example";
import { LISTS, META_SHEET, SETTINGS_TABLE, TABLES, type Lang } from "../../src/workbook/layout";
import { SETTINGS_COLUMNS, metaHeaders, readSettings, settingsRows } from "../../src/workbook/meta";
import { parsePlan } from "../../src/workbook/parsePlan";
import type { Plan } from "../../src/workbook/plan";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";

/** The example as the create-sample command would leave it in a workbook. */
function exampleSnapshot(lang: Lang): WorkbookSnapshot {
  const rows = examplePlanRows(lang, EXAMPLE_REFERENCE_DATE);
  return {
    sheets: TABLES.map((t) => ({ name: t.sheet[lang], visibility: "Visible" })),
    tables: [
      ...TABLES.map((t) => ({ name: t.name, sheet: t.sheet[lang], headerRow: 1, firstColumn: 0, headers: t.columns.map((c) => c[lang]), rows: rows[t.name] })),
      { name: SETTINGS_TABLE, sheet: META_SHEET, headerRow: 1, firstColumn: 0, headers: metaHeaders(SETTINGS_COLUMNS, lang), rows: settingsRows(exampleSettings(lang)) },
    ],
  };
}

const plans: Record<Lang, Plan> = { sv: parsePlan(exampleSnapshot("sv")), en: parsePlan(exampleSnapshot("en")) };
const plan = plans.sv;
const ids = <T extends { values: Record<string, unknown> }>(rows: T[], key: string) => rows.map((r) => r.values[key]);

describe("the example plan", () => {
  it.each(["sv", "en"] as Lang[])("parses with zero problems in %s, every table filled", (lang) => {
    expect(plans[lang].problems).toEqual([]);
    expect(plans[lang].lang).toBe(lang);
    for (const t of TABLES) expect(plans[lang].rows[t.name].length).toBeGreaterThan(0);
    expect(readSettings(exampleSnapshot(lang))).toEqual(exampleSettings(lang));
  });

  it("reads the same in both languages", () => {
    for (const t of TABLES) {
      const listKeys = (p: Plan) => p.rows[t.name].map((r) => t.columns.filter((c) => c.type !== "text").map((c) => (r.values as Record<string, unknown>)[c.key]));
      expect(listKeys(plans.en)).toEqual(listKeys(plans.sv));
    }
  });

  it("is typed as a coordinator types it: dates as serials, amounts as numbers, list values as the language's labels", () => {
    const [a1] = examplePlanRows("sv", EXAMPLE_REFERENCE_DATE).Activities;
    expect(a1.slice(5, 10)).toEqual([45664, 45736, "Genomförd", 50000, 42000]);
    const [g1] = examplePlanRows("en", EXAMPLE_REFERENCE_DATE).Groups;
    expect(g1[2]).toBe("Steering group");
    expect(g1[8]).toBe("Yes");
    for (const t of TABLES) for (const row of examplePlanRows("sv", EXAMPLE_REFERENCE_DATE)[t.name]) expect(row).toHaveLength(t.columns.length);
  });

  it("models Umebrå: styrgrupp, council with six committees, coordinating function under Kommunstyrelsen", () => {
    const groups = new Map(plan.rows.Groups.map((g) => [g.values.groupId, g.values]));
    const members = (groupId: string) => plan.rows.Members.filter((m) => m.values.groupId === groupId).map((m) => m.values);
    expect(groups.get("G1")).toMatchObject({ type: "steering", decisionMandate: true });
    expect(members("G1").map((m) => m.title).sort()).toEqual(["boardChair", "municipalDirector", "policeAreaHead"]);
    expect(groups.get("G2")).toMatchObject({ type: "preparatory", plannedMeetings: 5 });
    const council = members("G2");
    const departments = (title: string) => new Set(council.filter((m) => m.title === title).map((m) => m.department));
    expect(departments("departmentHead").size).toBe(6);
    expect(departments("committeeChair")).toEqual(departments("departmentHead"));
    expect(council.filter((m) => m.organisation === "region")).toHaveLength(2);
    expect(council.find((m) => m.role === "chair")!.title).toBe("boardChair");
    expect(groups.get("G3")).toMatchObject({ type: "coordination", placement: "Kommunstyrelsen" });
    expect(members("G3").filter((m) => m.title === "coordinator")).toHaveLength(3);
    expect(members("G6").find((m) => m.role === "convener")!.organisation).toBe("police");
    expect(plan.rows.Groups.filter((g) => g.values.type === "localCouncil").map((g) => g.values.plannedMeetings)).toEqual([4, 4]);
  });

  it("holds the indicators and figures of the guidance, the budget 2023–2026 and the five kinds of document", () => {
    const indicators = new Map(plan.rows.Indicators.map((i) => [i.values.indicatorId, i.values]));
    expect(indicators.get("I1")).toMatchObject({ unit: "per100k", baseYear: 2020, baseValue: 9305 });
    expect(indicators.get("I4")).toMatchObject({ unit: "percent", source: "ntu", baseValue: 16.2 });
    expect(new Set(plan.rows.Indicators.map((i) => i.values.source))).toEqual(new Set(["bra", "ntu", "policeSurvey", "can", "own"]));
    expect(ids(plan.rows.Budget, "year")).toEqual([2023, 2024, 2025, 2026]);
    expect(new Set(ids(plan.rows.Documents, "type"))).toEqual(new Set(["collaborationAgreement", "missionPlan", "citizenPromise", "situationReport", "actionPlan"]));
    expect(plan.rows.Goals.filter((g) => g.values.level === "goal")).toHaveLength(4);
  });

  it("names no real people: role titles only, e-mail at example.se", () => {
    for (const m of plan.rows.Members) if (m.values.email) expect(m.values.email).toMatch(/@example\.se$/);
  });

  describe("holds exactly the deliberate gaps it lists", () => {
    const ref = EXAMPLE_REFERENCE_DATE;
    const year = EXAMPLE_FOLLOW_UP_YEAR;

    it("lists 4–6 gaps of rules that exist, each in the table it names", () => {
      expect(EXAMPLE_GAPS.length).toBeGreaterThanOrEqual(4);
      expect(EXAMPLE_GAPS.length).toBeLessThanOrEqual(6);
      expect(EXAMPLE_GAPS.map((g) => g.rule).sort()).toEqual(["BUD-03", "DOC-02", "ORG-07", "PLAN-06", "PLAN-13"]);
    });

    it("ORG-07: exactly one working group lacks Slutdatum; the others end after the reference date", () => {
      const working = plan.rows.Groups.filter((g) => g.values.type === "working");
      expect(working.filter((g) => g.values.endDate === null).map((g) => g.values.groupId)).toEqual(["G9"]);
      for (const g of working) if (g.values.endDate) expect(g.values.endDate > ref).toBe(true);
    });

    it("DOC-02: exactly one document's next follow-up has passed", () => {
      const passed = plan.rows.Documents.filter((d) => d.values.nextFollowUp === null || d.values.nextFollowUp < ref);
      expect(passed.map((d) => d.values.documentId)).toEqual(["D3"]);
    });

    it("PLAN-06: exactly one problem lacks a root-cause analysis", () => {
      expect(plan.rows.Problems.filter((p) => p.values.rootCauseAnalysis !== true).map((p) => p.values.problemId)).toEqual(["P5"]);
    });

    it("PLAN-13: exactly one indicator lacks a measurement for the follow-up year", () => {
      const measured = new Set(plan.rows.Measurements.filter((m) => m.values.year === year).map((m) => m.values.indicatorId));
      expect(plan.rows.Indicators.map((i) => i.values.indicatorId).filter((id) => !measured.has(id))).toEqual(["I8"]);
    });

    it("BUD-03: exactly one activity has spent more than its budget, yet every year stays within its earmark", () => {
      expect(plan.rows.Activities.filter((a) => (a.values.spent ?? 0) > (a.values.budget ?? 0)).map((a) => a.values.activityId)).toEqual(["A3"]);
      const earmark = new Map(plan.rows.Budget.map((b) => [b.values.year, b.values.earmarked!]));
      const sums = new Map<number, { budget: number; spent: number }>();
      for (const a of plan.rows.Activities) {
        const y = a.values.budgetYear!;
        const s = sums.get(y) ?? { budget: 0, spent: 0 };
        sums.set(y, { budget: s.budget + (a.values.budget ?? 0), spent: s.spent + (a.values.spent ?? 0) });
      }
      for (const [y, s] of sums) {
        expect(earmark.has(y)).toBe(true);
        expect(s.budget).toBeLessThanOrEqual(earmark.get(y)!);
        expect(s.spent).toBeLessThanOrEqual(earmark.get(y)!);
      }
    });

    it("and keeps the chain whole elsewhere: every Mål and Delmål has an indicator and an activity; groups met as planned", () => {
      const measuredGoals = new Set(ids(plan.rows.Indicators, "goalId"));
      const activeGoals = new Set(ids(plan.rows.Activities, "goalId"));
      for (const g of plan.rows.Goals.filter((g) => g.values.level !== "overall")) {
        expect(measuredGoals.has(g.values.goalId)).toBe(true);
        expect(activeGoals.has(g.values.goalId)).toBe(true);
      }
      for (const g of plan.rows.Groups) {
        const held = plan.rows.Meetings.filter((m) => m.values.groupId === g.values.groupId && m.values.date!.startsWith(String(year))).length;
        expect(held).toBeGreaterThanOrEqual(g.values.plannedMeetings ?? 0);
      }
      const late = plan.rows.Activities.filter((a) => a.values.end! < ref && a.values.status !== "done");
      expect(late).toEqual([]);
    });
  });

  it("uses only list values the layout knows (checked through the labels in both languages)", () => {
    for (const lang of ["sv", "en"] as Lang[]) {
      const labels = new Set<string>(Object.values(LISTS).flatMap((l) => l.map((i) => i[lang])));
      const rows = examplePlanRows(lang, EXAMPLE_REFERENCE_DATE);
      for (const t of TABLES)
        t.columns.forEach((c, i) => {
          if (c.type === "list") for (const row of rows[t.name]) if (row[i] !== "") expect(labels.has(String(row[i]))).toBe(true);
        });
    }
  });
});
