// The check command end to end on the in-memory Excel: two syncs and requests under
// 5 MB whatever the plan's size, the Kontroll sheet rebuilt on every run, the user's
// sheets left exactly as they were, and user text that can never become a formula.

import { runCheck } from "../../src/excel/commands/check";
import { UserError } from "../../src/excel/errors";
import { REQUEST_LIMIT_BYTES } from "../../src/host";
import { formatNumber } from "../../src/i18n";
import { EXAMPLE_GAPS } from "../../src/workbook/example";
import { add, cleanRows, set, type Rows } from "../rules/fixture";
import { exampleWorkbook } from "../followup/memoryPlan";
import { exampleCheck, planWorkbook, sheetValues, userPicture } from "./checkFixtures";
import { formatCells, sheetOf, typeInto } from "./hostWorkbook";

const titleOf = (wb: Parameters<typeof sheetValues>[0], sheet = "Kontroll") => sheetValues(wb, sheet)[0][0];

describe("runCheck on the example plan", () => {
  it("finds the example's gaps and writes them to the Kontroll sheet in two syncs", async () => {
    const wb = await exampleWorkbook("sv");
    const result = await exampleCheck(wb);

    expect(result.findings.map((f) => f.rule).sort()).toEqual(EXAMPLE_GAPS.map((g) => g.rule).sort());
    expect(result.summary).toEqual({ error: 0, warning: EXAMPLE_GAPS.length, info: 0, acknowledged: 0 });
    expect(result.syncs).toBe(2);
    expect(wb.stats.syncs).toBe(2);
    expect(result.sheet).toBe("Kontroll");
    expect(result.listed).toBe(result.findings.length);
    expect(result.notices).toEqual([]);

    const values = sheetValues(wb, "Kontroll");
    expect(values[0][0]).toBe(`Kontroll: 0 fel, ${EXAMPLE_GAPS.length} varningar, 0 info`);
    expect(values[1][0]).toBe("Referensdatum 2026-03-15 · uppföljningsår 2025 · skapad 2026-03-15 10:30");
    // One row per finding below the header row (row 5), message and cell link as shown.
    const rows = values.slice(5, 5 + result.findings.length);
    expect(rows.map((r) => r[1])).toEqual(result.findings.map((f) => f.rule));
    expect(rows.map((r) => r[2])).toEqual(result.findings.map((f) => f.message.sv));
    const kontroll = sheetOf(wb, "Kontroll");
    expect(kontroll.formulaAt(5, 4)).toBe(`=HYPERLINK("#'${result.findings[0].sheet}'!${result.findings[0].cell}","${result.findings[0].sheet}!${result.findings[0].cell}")`);
    expect(wb.model.table("RadsplanChecks")?.sheet.name).toBe("Kontroll");
  });

  it("rebuilds the sheet on a second run with the same content, and never adds a second one", async () => {
    const wb = await exampleWorkbook("sv");
    await exampleCheck(wb);
    const first = sheetValues(wb, "Kontroll");
    const firstTable = wb.model.table("RadsplanChecks")!.rect;
    // The user types into the generated sheet; the next run replaces it all the same.
    await typeInto(wb, "Kontroll", "C20", [["anteckning"]]);
    wb.resetStats();

    const again = await exampleCheck(wb);
    expect(again.syncs).toBe(2);
    expect(sheetValues(wb, "Kontroll")).toEqual(first);
    expect(wb.model.table("RadsplanChecks")!.rect).toEqual(firstTable);
    expect(wb.model.sheetNames().filter((n) => /Kontroll|Checks/.test(n))).toEqual(["Kontroll"]);
  });

  it("changes no value or format on any of the user's sheets", async () => {
    const wb = await exampleWorkbook("sv");
    await formatCells(wb, "Grupper", "B2:C3", { fill: "#FFEEAA", bold: true });
    await formatCells(wb, "Budget", "B2", { numberFormat: "#,##0.00" });
    await typeInto(wb, "Anteckningar", "A1:B2", [["egen", 1], ["text", "=1+1"]]);
    const before = userPicture(wb);

    await exampleCheck(wb);
    await exampleCheck(wb, { lang: "en" });

    expect(userPicture(wb)).toEqual(before);
  });

  it("follows the pane's language: the English run replaces the Swedish sheet with a Checks sheet", async () => {
    const wb = await exampleWorkbook("sv");
    await exampleCheck(wb);
    const result = await exampleCheck(wb, { lang: "en" });
    expect(result.sheet).toBe("Checks");
    expect(wb.model.sheet("Kontroll")).toBeUndefined();
    expect(titleOf(wb, "Checks")).toBe(`Checks: 0 errors, ${EXAMPLE_GAPS.length} warnings, 0 info`);
    expect(sheetValues(wb, "Checks")[5][2]).toBe(result.findings[0].message.en);
  });

  it("leaves a user's own sheet named Kontroll alone and writes to Kontroll (2), saying so", async () => {
    const wb = await exampleWorkbook("sv");
    await typeInto(wb, "Kontroll", "A1", [["Min egen kontrollista"]]);
    const result = await exampleCheck(wb);
    expect(result.sheet).toBe("Kontroll (2)");
    expect(sheetValues(wb, "Kontroll")).toEqual([["Min egen kontrollista"]]);
    expect(titleOf(wb, "Kontroll (2)")).toMatch(/^Kontroll: 0 fel/);
    expect(result.notices.map((n) => n.sv)).toEqual([expect.stringContaining('Bladet "Kontroll" är ditt eget')]);

    // The next run finds its own sheet again.
    const again = await exampleCheck(wb);
    expect(again.sheet).toBe("Kontroll (2)");
    expect(wb.model.sheetNames().filter((n) => n.startsWith("Kontroll"))).toEqual(["Kontroll", "Kontroll (2)"]);
  });

  it("with write: false reads once and writes nothing", async () => {
    const wb = await exampleWorkbook("sv");
    const before = wb.model.sheetNames();
    const result = await exampleCheck(wb, { write: false });
    expect(result.syncs).toBe(1);
    expect(wb.stats.syncs).toBe(1);
    expect(result.sheet).toBeNull();
    expect(result.findings).toHaveLength(EXAMPLE_GAPS.length);
    expect(wb.model.sheetNames()).toEqual(before);
  });

  it("works on Excel 2019 (ExcelApi 1.7)", async () => {
    const wb = await exampleWorkbook("sv", "1.7");
    const result = await exampleCheck(wb);
    expect(result.syncs).toBe(2);
    expect(titleOf(wb)).toBe(`Kontroll: 0 fel, ${EXAMPLE_GAPS.length} varningar, 0 info`);
  });

  it("refuses a reference date or follow-up year it cannot read, saying what to type, before touching Excel", async () => {
    const wb = await exampleWorkbook("sv");
    const refusal = (p: Promise<unknown>) => p.then(() => null, (err: unknown) => err);
    const badDate = await refusal(exampleCheck(wb, { referenceDate: "1/3/2025" }));
    expect(badDate).toBeInstanceOf(UserError);
    expect((badDate as UserError).message.sv).toContain("ÅÅÅÅ-MM-DD");
    expect((badDate as UserError).message.en).toContain("YYYY-MM-DD");
    const badYear = await refusal(exampleCheck(wb, { followUpYear: 25 }));
    expect((badYear as UserError).message.en).toContain("four-digit year");
    expect(wb.stats.syncs).toBe(0);
  });

  it("uses the default follow-up year of rules.md when none is given", async () => {
    const wb = await exampleWorkbook("sv");
    expect((await exampleCheck(wb, { referenceDate: "2026-03-31", followUpYear: undefined })).followUpYear).toBe(2025);
    expect((await exampleCheck(wb, { referenceDate: "2026-04-01", followUpYear: undefined })).followUpYear).toBe(2026);
  });
});

describe("user text that looks like a formula", () => {
  const tricky = ['=HYPERLINK("http://x","y")', "+1", "-2", "@a", "=1+1"];

  it("ends up as text in the Kontroll sheet", async () => {
    const rows = cleanRows();
    // IDs and a group type typed as text (the apostrophe keeps them text in the user's sheet too)...
    set(rows, "Groups", "G3", "type", `'${tricky[0]}`);
    tricky.forEach((id, i) => add(rows, "Groups", { groupId: `'${id}`, name: `Grupp ${i}`, type: "Arbetsgrupp", appointedBy: "G2" }));
    set(rows, "Activities", "A1", "spent", 60000);
    set(rows, "Documents", "D2", "decidedBy", "");
    // ...and sheets renamed so that the Kontroll sheet's Blad column starts with them.
    const wb = await planWorkbook(rows, "sv", { Groups: "+1", Activities: "@a", Documents: "-2", Indicators: "=1+1" });
    expect(sheetOf(wb, "+1").formulaAt(3, 2)).toBeUndefined();

    const result = await runCheck(wb.run, { referenceDate: "2025-02-15", lang: "sv", caps: wb.capabilities });
    for (const s of ["+1", "@a", "-2"]) expect(result.findings.some((f) => f.sheet === s)).toBe(true);
    const sheet = sheetOf(wb, "Kontroll");
    const used = sheet.usedRange!;
    const texts: string[] = [];
    for (let r = used.r0; r <= used.r1; r++) {
      for (let c = used.c0; c <= used.c1; c++) {
        // Only the generated cell links (column E) are formulas.
        if (c !== 4) expect({ r, c, formula: sheet.formulaAt(r, c) }).toEqual({ r, c, formula: undefined });
        texts.push(String(sheet.valueAt(r, c)));
      }
    }
    for (const s of tricky) expect(texts.some((t) => t.includes(s))).toBe(true);
    // Every text is stored exactly as the check wrote it, the sheet names included.
    const body = sheetValues(wb, "Kontroll").slice(5);
    expect(body.map((r) => r[2])).toEqual(result.findings.map((f) => f.message.sv));
    expect(body.map((r) => r[3])).toEqual(result.findings.map((f) => f.sheet ?? ""));
    // A cell link on a renamed sheet still jumps there.
    const onPlus = body.findIndex((r) => r[3] === "+1");
    const f = result.findings[onPlus];
    expect(sheet.formulaAt(5 + onPlus, 4)).toBe(`=HYPERLINK("#'+1'!${f.cell}","+1!${f.cell}")`);
  });
});

/** A plan of 20 000 activities and 60 000 measurements in which every activity points at a goal that does not exist. */
function brokenLargePlan(): Rows {
  const rows = cleanRows();
  for (let a = 1; a <= 20_000; a++) {
    add(rows, "Activities", {
      activityId: `X${a}`, activity: `Aktivitet ${a} med en längre beskrivning`, goalId: `SAKNAS${a}`, responsibleGroup: "G3",
      start: "2024-01-01", end: "2024-12-31", status: "Genomförd", budget: 1, spent: 1, budgetYear: 2024,
    });
  }
  for (let i = 1; i <= 2_000; i++) add(rows, "Indicators", { indicatorId: `J${i}`, indicator: `Indikator ${i}`, goalId: "M1", unit: "Antal", direction: "Lägre är bättre", baseYear: 2020, baseValue: 5, targetYear: 2026, targetValue: 1 });
  for (let i = 1; i <= 2_000; i++) for (let y = 0; y < 30; y++) add(rows, "Measurements", { indicatorId: `J${i}`, year: 1995 + y, value: y });
  return rows;
}

describe("a large plan", () => {
  let wb: Awaited<ReturnType<typeof planWorkbook>>;
  beforeAll(async () => {
    wb = await planWorkbook(brokenLargePlan());
  }, 120_000);

  it("is checked in at most two syncs with no request over 5 MB, the sheet listing the most serious findings that fit", async () => {
    wb.resetStats();
    const result = await runCheck(wb.run, { referenceDate: "2025-02-15", lang: "sv", caps: wb.capabilities });

    expect(result.findings.filter((f) => f.rule === "DATA-05").length).toBeGreaterThanOrEqual(20_000);
    expect(wb.stats.syncs).toBeLessThanOrEqual(2);
    expect(result.syncs).toBe(wb.stats.syncs);
    expect(wb.stats.largestPayloadBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(result.largestPayloadBytes).toBeLessThan(REQUEST_LIMIT_BYTES);

    // Too many findings for one request: the sheet lists the first ones (errors first) and its title counts them all.
    expect(result.listed).toBeGreaterThan(1000);
    expect(result.listed).toBeLessThan(result.findings.length);
    const values = sheetValues(wb, "Kontroll");
    // Counts as Swedish writes numbers ("20 000 fel"), as the pane shows them.
    const sv = (n: number) => formatNumber(n, "sv");
    expect(values[0][0]).toBe(`Kontroll: ${sv(result.summary.error)} fel, ${sv(result.summary.warning)} varningar, ${sv(result.summary.info)} info`);
    expect(values[2][0]).toContain(`de ${sv(result.listed)} allvarligaste av ${sv(result.findings.length)} fynd`);
    expect(values.slice(5).map((r) => r[1])).toEqual(result.findings.slice(0, result.listed).map((f) => f.rule));
    expect(result.notices.map((n) => n.en)).toEqual([expect.stringContaining(`lists the ${formatNumber(result.listed, "en")} most serious`)]);
  }, 120_000);

  it("a lower request size keeps the same two syncs, with fewer findings listed", async () => {
    wb.resetStats();
    const result = await runCheck(wb.run, { referenceDate: "2025-02-15", lang: "sv", caps: wb.capabilities, splitBytes: 300_000 });
    expect(wb.stats.syncs).toBe(2);
    expect(wb.stats.largestPayloadBytes).toBeLessThanOrEqual(300_000);
    expect(result.listed).toBeGreaterThan(100);
    expect(sheetValues(wb, "Kontroll").length).toBe(5 + result.listed);
  }, 120_000);
});
