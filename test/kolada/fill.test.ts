// The fill's pure core without any Excel: which values count as the user's own
// (rounded as typed), what a preview lists, and the plan's refusals.

import { planKoladaFill, previewKolada, sameValue, koladaTargets } from "../../src/kolada/fill";
import type { FetchResult } from "../../src/kolada/types";
import { emptyRead } from "../../src/plans/command";
import { koladaFillCommand, NeedsStructure } from "../../src/plans/kolada";
import { parsePlan } from "../../src/workbook/parsePlan";
import { cleanRows, set } from "../rules/fixture";
import { snapshotFrom } from "../support/snapshots";

const fetched = (values: FetchResult["values"]): FetchResult => ({
  request: { municipality: "2480", kpis: ["N07403"], years: [2023, 2024] },
  fetchedOn: "2026-12-03",
  municipality: { id: "2480", title: "Umeå" },
  kpis: [{ id: "N07403", title: "Anmälda våldsbrott" }],
  unknownKpis: [],
  values,
});

describe("the fill's core", () => {
  it("takes a value typed rounded as the same as Kolada's, and any other as differing", () => {
    expect(sameValue(9305, 9305.4)).toBe(true);
    expect(sameValue(9305, 9305.6)).toBe(false);
    expect(sameValue(16.2, 16.24)).toBe(true);
    expect(sameValue(16.2, 16.3)).toBe(false);
  });

  it("lists adds, differing and missing values, and plans only the adds when nothing is ticked", () => {
    const rows = set(cleanRows(), "Indicators", "I1", "koladaKpi", "N07403");
    const plan = parsePlan(snapshotFrom(rows));
    const targets = koladaTargets(plan, { followUpYear: 2024, years: { from: 2022, to: 2024 } });
    const preview = previewKolada(plan, targets, fetched([
      { kpi: "N07403", area: "2480", year: 2022, value: 29, status: "final" },
      { kpi: "N07403", area: "2480", year: 2023, value: 27.04, status: "final" },
      { kpi: "N07403", area: "2480", year: 2024, value: 24, status: "preliminary" },
      { kpi: "N07403", area: "0000", year: 2024, value: null, status: "missing" },
    ]));
    const own = preview.changes.filter((c) => c.role === "municipality").map((c) => [c.year, c.kind]);
    expect(own).toEqual([[2022, "add"], [2023, "same"], [2024, "differs"]]);
    expect(preview.changes.filter((c) => c.role === "riket").map((c) => c.kind)).toEqual(["missing", "missing", "missing"]);
    const fill = planKoladaFill(plan, preview, { municipality: "2480", kpis: ["N07403"], years: [2022, 2023, 2024] }, new Set());
    expect(fill.appends).toEqual([{ table: "Measurements", rows: [{ indicatorId: "I1", year: 2022, value: 29, comment: "Kolada N07403, hämtad 2026-12-03" }] }]);
    expect(fill.edits).toEqual([]);
    expect(fill.result).toMatchObject({ kept: 1, replaced: 0, missing: 3 });
  });

  it("refuses a workbook without layout version 2's parts, so the runner completes the structure first", () => {
    const snapshot = snapshotFrom(cleanRows(), { omit: ["Comparisons"] });
    const options = { followUpYear: 2024, fetched: fetched([]), caps: { isSetSupported: () => true }, accept: new Set<string>() };
    expect(() => koladaFillCommand.plan(emptyRead({ snapshot }), options)).toThrow(NeedsStructure);
  });
});
