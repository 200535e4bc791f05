// The benchmark's plans: the requested size, the same rows for the same seed, a
// workbook the check reads as a sound plan with a small, realistic share of
// findings; and the check and the follow-up on the base-size plan within their
// sync and request budgets.

import { BASE_SIZE, BENCH_FOLLOW_UP_YEAR, BENCH_REFERENCE_DATE, generatePlan, rowCount, scaledSize } from "../../bench/generatePlan";
import { workbookWithPlan } from "../../bench/writePlan";
import { runCheck } from "../../src/excel/commands/check";
import { generateFollowUp } from "../../src/excel/commands/followUp";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { MemoryWorkbook, REQUEST_LIMIT_BYTES } from "../../src/host";
import { TABLES } from "../../src/workbook/layout";
import { parsePlan } from "../../src/workbook/parsePlan";

const checkOptions = (wb: MemoryWorkbook) => ({ referenceDate: BENCH_REFERENCE_DATE, followUpYear: BENCH_FOLLOW_UP_YEAR, lang: "sv" as const, caps: wb.capabilities });

describe("generatePlan", () => {
  it("gives every table the rows the scale asks for, each row as wide as its table", () => {
    for (const scale of [0.1, 0.5]) {
      const { rows, size } = generatePlan(scale);
      expect(size).toEqual(scaledSize(scale));
      expect(size.activities).toBe(Math.round(BASE_SIZE.activities * scale));
      expect(rows.Groups).toHaveLength(size.groups);
      expect(rows.Members).toHaveLength(size.members);
      expect(rows.Goals).toHaveLength(size.goals);
      expect(rows.Activities).toHaveLength(size.activities);
      expect(rows.Indicators).toHaveLength(size.indicators);
      expect(rows.Measurements).toHaveLength(size.measurements);
      expect(rows.Meetings).toHaveLength(size.meetings);
      for (const t of TABLES) for (const row of rows[t.name]) expect(row).toHaveLength(t.columns.length);
    }
  });

  it("gives the same rows for the same seed and other rows for another seed", () => {
    const a = generatePlan(0.05, { seed: 7 });
    expect(generatePlan(0.05, { seed: 7 }).rows).toEqual(a.rows);
    const b = generatePlan(0.05, { seed: 8 });
    expect(rowCount(b.rows)).toBe(rowCount(a.rows));
    expect(b.rows.Activities).not.toEqual(a.rows.Activities);
  });

  it("refuses a scale that is not a positive number", () => {
    expect(() => generatePlan(0)).toThrow(RangeError);
    expect(() => generatePlan(Number.NaN)).toThrow(RangeError);
  });

  it("makes a workbook the check reads as a sound plan with a small share of findings in every area", async () => {
    const generated = generatePlan(0.2);
    const wb = await workbookWithPlan(generated);
    const plan = parsePlan(await wb.run((context) => readSnapshot(context)));
    for (const t of TABLES) expect(plan.rows[t.name]).toHaveLength(generated.rows[t.name].length);
    expect(plan.problems.filter((p) => p.kind === "missingTable" || p.kind === "missingColumn")).toEqual([]);

    const { findings } = await runCheck(wb.run, { ...checkOptions(wb), write: false });
    const rows = rowCount(generated.rows);
    // Realistic: some findings, but far fewer than rows; references nearly always resolve.
    expect(findings.length).toBeGreaterThan(rows * 0.005);
    expect(findings.length).toBeLessThan(rows * 0.05);
    expect(findings.filter((f) => f.rule === "DATA-05").length).toBeLessThan(rows * 0.005);
    const areas = new Set(findings.map((f) => f.rule.split("-")[0]));
    expect([...areas].sort()).toEqual(["BUD", "DATA", "DOC", "ORG", "PLAN"]);
    // The skeleton is sound: one styrgrupp, one beredningsgrupp, a coordinating function, a valid agreement.
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of ["ORG-01", "ORG-03", "ORG-09", "DOC-01", "DOC-03", "DOC-04"]) expect(rules.has(rule)).toBe(false);
  }, 120_000);
});

describe("the check on the base-size plan", () => {
  it("reads once and writes the whole Kontroll sheet once, every request under 5 MB", async () => {
    const generated = generatePlan(1);
    const wb = await workbookWithPlan(generated);
    const result = await runCheck(wb.run, checkOptions(wb));
    expect(result.syncs).toBeLessThanOrEqual(2);
    expect(wb.stats.syncs).toBeLessThanOrEqual(2);
    expect(wb.stats.largestPayloadBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.listed).toBe(result.findings.length);
    const used = wb.model.sheet(result.sheet!)!.usedRange!;
    expect(used.r1 - used.r0 + 1).toBeGreaterThan(result.findings.length);
  }, 300_000);
});

describe("the follow-up on the base-size plan", () => {
  it("reads once and writes each of its two sheets in one request under 5 MB", async () => {
    const wb = await workbookWithPlan(generatePlan(1));
    const result = await generateFollowUp(wb.run, { year: BENCH_FOLLOW_UP_YEAR, lang: "sv", caps: wb.capabilities, sheets: ["followUp", "report"] });
    expect(result.sheets).toHaveLength(2);
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(wb.stats.syncs).toBe(result.syncs);
    expect(wb.stats.largestPayloadBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    // 2 000 indicators: the first 200 are charted, and the pane says so
    expect(wb.model.sheet(result.sheets[0])!.charts.filter((c) => c.type === "LineMarkers")).toHaveLength(200);
    expect(result.notices.map((n) => n.en).join("\n")).toContain("draws charts for the first 200 of the plan's 2,000 indicators");
  }, 300_000);
});
