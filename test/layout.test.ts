import { LISTS, TABLES, TABLE_BY_NAME } from "../src/workbook/layout";

describe("workbook layout", () => {
  it("has the ten planning tables of workbook.md with unique Swedish and English headers", () => {
    expect(TABLES.map((t) => t.name)).toEqual([
      "Groups", "Members", "Documents", "Problems", "Goals", "Activities", "Indicators", "Measurements", "Budget", "Meetings",
    ]);
    for (const t of TABLES) {
      const sv = t.columns.map((c) => c.sv.toLowerCase());
      const en = t.columns.map((c) => c.en.toLowerCase());
      expect(new Set(sv).size).toBe(sv.length);
      expect(new Set(en).size).toBe(en.length);
    }
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
