// Sizing requests and splitting too-large writes; the characters-to-points conversion.
import { parseA1 } from "../../src/base/a1";
import { charsToPoints } from "../../src/base/textFit";
import { payloadBytes, splitEdit } from "../../src/plans/payload";
import type { Edit } from "../../src/workbook/edits";

describe("splitEdit", () => {
  it("cuts a large value write into contiguous row bands under the limit, losing nothing", () => {
    const values = Array.from({ length: 1000 }, (_, r) => [`rad ${r} ` + "å".repeat(50), r, r % 2 === 0]);
    const edit: Edit = { kind: "setValues", sheet: "Data", address: "C5:E1004", values, text: true };
    const limit = 20_000;
    const parts = splitEdit(edit, limit) as Extract<Edit, { kind: "setValues" }>[];
    expect(parts.length).toBeGreaterThan(1);
    let nextRow = 5;
    for (const part of parts) {
      expect(payloadBytes(part)).toBeLessThanOrEqual(limit);
      const block = parseA1(part.address)!;
      expect(block).toMatchObject({ firstRow: nextRow, firstColumn: 2, columnCount: 3, rowCount: part.values.length });
      expect(part.text).toBe(true);
      nextRow += part.values.length;
    }
    expect(parts.flatMap((p) => p.values)).toEqual(values);
  });

  it("keeps a number format over a huge range whole: it is one value, however many rows", () => {
    const edit: Edit = { kind: "setNumberFormat", sheet: "Data", address: "B2:D400001", format: '#,##0 "kr"' };
    expect(splitEdit(edit, 1_000)).toEqual([edit]);
    expect(payloadBytes(edit)).toBeLessThan(1_000);
  });

  it("leaves small writes and other edits whole", () => {
    const small: Edit = { kind: "setValues", sheet: "S", address: "A1:B1", values: [["a", "b"]] };
    expect(splitEdit(small, 1000)).toEqual([small]);
    const format: Edit = { kind: "freezeRows", sheet: "S", rows: 1 };
    expect(splitEdit(format, 1)).toEqual([format]);
  });
});

describe("charsToPoints", () => {
  it("matches Excel: the default 8.43 characters are 48 pt, and wider columns grow by 5.25 pt a character", () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 1);
    expect(charsToPoints(12) - charsToPoints(11)).toBeCloseTo(5.25, 5);
    expect(charsToPoints(0)).toBe(0);
  });
});
