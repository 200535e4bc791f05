import { LAYOUT_VERSION, LISTS, TABLES, TABLE_BY_NAME } from "../src/workbook/layout";

describe("workbook layout", () => {
  it("has the eleven planning tables of workbook.md with unique Swedish and English headers", () => {
    expect(TABLES.map((t) => t.name)).toEqual([
      "Groups", "Members", "Documents", "Problems", "Goals", "Activities", "Indicators", "Measurements", "Comparisons", "Budget", "Meetings",
    ]);
    for (const t of TABLES) {
      const sv = t.columns.map((c) => c.sv.toLowerCase());
      const en = t.columns.map((c) => c.en.toLowerCase());
      expect(new Set(sv).size).toBe(sv.length);
      expect(new Set(en).size).toBe(en.length);
    }
  });
  it("marks what layout version 2 added (Kolada-KPI, Jämförelsevärden) and nothing else as optional in older workbooks", () => {
    const added = TABLES.flatMap((t) => [
      ...("since" in t ? [`${t.name}@${t.since}`] : []),
      ...(t.columns as readonly { key: string; since?: number }[]).filter((c) => c.since).map((c) => `${t.name}.${c.key}@${c.since}`),
    ]);
    expect(added).toEqual(["Indicators.koladaKpi@2", "Comparisons@2"]);
    expect(LAYOUT_VERSION).toBe(2);
    expect(TABLE_BY_NAME.Indicators.columns.find((c) => c.key === "koladaKpi")).toMatchObject({ sv: "Kolada-KPI", en: "Kolada KPI" });
  });
  it("points every reference at a table with an ID column and every list column at a list", () => {
    for (const t of TABLES) {
      for (const col of t.columns as readonly { type: string; ref?: string; list?: string }[]) {
        if (col.type === "ref") expect((TABLE_BY_NAME as Record<string, { idColumn?: string }>)[col.ref!].idColumn).toBeDefined();
        if (col.type === "list") expect(LISTS[col.list as keyof typeof LISTS]).toBeDefined();
      }
    }
  });
});
