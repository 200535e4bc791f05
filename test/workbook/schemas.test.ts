import fc from "fast-check";
import { LISTS, TABLES, type ColumnDef } from "../../src/workbook/layout";
import { isoToSerial, parseCell, serialToIso } from "../../src/workbook/parse";
import { ROW_SCHEMAS, columnSchemas } from "../../src/workbook/schemas";

const nullRow = (columns: readonly ColumnDef[]) => Object.fromEntries(columns.map((c) => [c.key, null]));

/** Cell values as people and Office.js produce them, biased towards each type's shapes. */
const cellValue = fc.oneof(
  fc.string(),
  fc.double({ noNaN: true }),
  fc.integer({ min: -100000, max: 3000000 }),
  fc.boolean(),
  fc.constantFrom("Ja", "nej", "Styrgrupp", "2025-03-01", "1 234,50 kr", "16,2 %", "\u22125", "a@example.se", "1/3/2025", "2025", "Index 0-6", "  "),
  fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${m}-${d}`),
);

describe("row schemas derived from the layout", () => {
  it("have exactly the layout's columns for every table", () => {
    for (const t of TABLES) expect(Object.keys(columnSchemas(t.name)).sort()).toEqual(t.columns.map((c) => c.key).sort());
  });

  it("reject an empty required column and accept an empty optional one", () => {
    for (const t of TABLES) {
      for (const col of t.columns as readonly ColumnDef[]) {
        const schema = columnSchemas(t.name)[col.key];
        expect(schema.safeParse(null).success).toBe(!col.required);
      }
    }
    expect(ROW_SCHEMAS.Meetings.safeParse({ groupId: "G1", date: "2025-03-01", type: null, minutes: null }).success).toBe(true);
    expect(ROW_SCHEMAS.Meetings.safeParse({ groupId: "G1", date: null, type: null, minutes: null }).success).toBe(false);
    expect(ROW_SCHEMAS.Groups.safeParse(nullRow(TABLES[0].columns)).success).toBe(false);
  });

  it("accept every list key and nothing else in list columns", () => {
    const type = columnSchemas("Groups").type;
    for (const item of LISTS.groupType) expect(type.safeParse(item.key).success).toBe(true);
    expect(type.safeParse("Styrgrupp").success).toBe(false);
  });

  it("check years, dates and amounts", () => {
    const m = columnSchemas("Measurements");
    expect(m.year.safeParse(2025).success).toBe(true);
    expect(m.year.safeParse(1899).success).toBe(false);
    expect(m.year.safeParse(2025.5).success).toBe(false);
    expect(columnSchemas("Meetings").date.safeParse("1/3/2025").success).toBe(false);
    expect(columnSchemas("Activities").budget.safeParse("25 000").success).toBe(false);
  });

  it("accept whatever the value parsers produce (parsers and schemas agree)", () => {
    const columns = TABLES.flatMap((t) => (t.columns as readonly ColumnDef[]).map((col) => ({ table: t.name, col })));
    fc.assert(
      fc.property(fc.constantFrom(...columns), cellValue, ({ table, col }, raw) => {
        const r = parseCell(col, raw);
        if (r.ok && r.value !== null) expect(columnSchemas(table)[col.key].safeParse(r.value).success).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("Excel date serials", () => {
  it("round-trip through ISO dates for every day from 1900-03-01 to 2200-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: isoToSerial("2200-12-31") }), (serial) => {
        const iso = serialToIso(serial)!;
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(isoToSerial(iso)).toBe(serial);
        expect(new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });
  it("match Excel's well-known serials", () => {
    expect(isoToSerial("2025-03-01")).toBe(45717);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(serialToIso(2958465)).toBeNull(); // 9999-12-31: outside the years Rådsplan accepts
    expect(serialToIso(60)).toBeNull(); // Excel's fictitious 1900-02-29
  });
});
