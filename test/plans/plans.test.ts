// Every command's plan, run without any Excel: a WorkbookRead made by hand in, the
// edits and result out (plans/command.ts). The runner's part (one read sync, one
// write) is tested with the in-memory Excel in test/excel and test/officejs.

import { UserError } from "../../src/base/userError";
import { acknowledgeCommand, unacknowledgeCommand } from "../../src/plans/acks";
import { checkCommand } from "../../src/plans/check";
import { emptyRead, SNAPSHOT_READ } from "../../src/plans/command";
import { exampleCommand } from "../../src/plans/example";
import { followUpCommand } from "../../src/plans/followUp";
import { selectCommand } from "../../src/plans/select";
import { structureCommand } from "../../src/plans/structure";
import type { Finding } from "../../src/workbook/findings";
import { ACKS_TABLE, TABLES } from "../../src/workbook/layout";
import { ACKS_COLUMNS } from "../../src/workbook/meta";
import type { TableSnapshot } from "../../src/workbook/snapshot";
import { snapshotOf, tableOf } from "../support/snapshots";

const caps = { isSetSupported: () => true };
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).message;
  }
  throw new Error("expected a UserError");
};

const finding: Finding = {
  rule: "ORG-05",
  severity: "warning",
  message: { sv: "m", en: "m" },
  guidance: { sv: "g", en: "g" },
  key: "ORG-05|G1",
  fingerprint: "abc",
};

function acksTable(rows: string[][], extra: Partial<TableSnapshot> = {}): TableSnapshot {
  return { name: ACKS_TABLE, sheet: "_Rådsplan", headerRow: 1, firstColumn: 3, headers: ACKS_COLUMNS.map((c) => c.sv), rows, ...extra };
}

describe("plans without Excel", () => {
  it("select reads nothing and activates the cell", () => {
    expect(selectCommand.read({ sheet: "Mål", address: "C5" })).toEqual({});
    expect(selectCommand.plan(emptyRead(), { sheet: "Mål", address: "C5" }).edits).toEqual([{ kind: "activate", sheet: "Mål", cell: "C5" }]);
  });

  it("structure on an empty workbook adds every planning table, reading the snapshot", () => {
    const { edits, result } = structureCommand.plan(emptyRead(), { lang: "sv", caps });
    expect(result.addedTables).toEqual(expect.arrayContaining(TABLES.map((t) => t.name)));
    expect(edits.some((e) => e.kind === "addTable")).toBe(true);
    expect(structureCommand.read({ lang: "sv", caps })).toBe(SNAPSHOT_READ);
  });

  it("example refuses a workbook whose planning tables hold data, and rows below a table that hold something", () => {
    const filled = snapshotOf([tableOf("Groups", [["G1", "Styrgrupp"]])]);
    const at = { lang: "sv" as const, caps, referenceDate: "2026-03-15" };
    expect(refusal(() => exampleCommand.plan(emptyRead({ snapshot: filled }), at)).en).toMatch(/already holds data|holds data/i);
    const empty = snapshotOf([]);
    const below = new Map([["Groups", [["something"], [""]]]]);
    expect(refusal(() => exampleCommand.plan(emptyRead({ snapshot: empty, below }), at)).en).toMatch(/Groups/);
    expect(exampleCommand.read(at).below?.find((b) => b.table === "Groups")?.rows).toBeGreaterThan(1);
  });

  it("check refuses a bad reference date before reading, and only probes sheets when it writes", () => {
    expect(refusal(() => checkCommand.read({ referenceDate: "2025-13-40", lang: "sv", caps })).sv).toMatch(/2025-13-40/);
    expect(checkCommand.read({ referenceDate: "2026-03-15", lang: "sv", caps, write: false }).probeSheets).toBeUndefined();
    const { edits, result } = checkCommand.plan(emptyRead({ snapshot: snapshotOf([]) }), { referenceDate: "2026-03-15", lang: "sv", caps, write: false });
    expect(edits).toEqual([]);
    expect(result.followUpYear).toBe(2025);
    expect(result.sheet).toBeNull();
  });

  it("check writes beside a user's own sheet named Kontroll, never over it", () => {
    const read = emptyRead({ snapshot: snapshotOf([]), existing: [{ name: "Kontroll", tables: [] }], allTables: [] });
    const { edits, result } = checkCommand.plan(read, { referenceDate: "2026-03-15", lang: "sv", caps, now: new Date(2026, 2, 15, 10, 0) });
    expect(result.sheet).toBe("Kontroll (2)");
    expect(edits.some((e) => e.kind === "deleteSheet")).toBe(false);
    expect(edits.find((e) => e.kind === "addSheet")).toMatchObject({ sheet: "Kontroll (2)" });
    expect(result.notices.map((n) => n.en).join(" ")).toMatch(/Kontroll \(2\)/);
  });

  it("acknowledging writes one row: the first blank one, else the row below (which must be free)", () => {
    const options = { finding, justification: "Small municipality", by: "Eva", date: "2026-03-15", caps };
    const withBlank = emptyRead({ snapshot: { sheets: [], tables: [acksTable([["ORG-01", "k", "", "j", "", ""], ["", "", "", "", "", ""]])] } });
    const planned = acknowledgeCommand.plan(withBlank, options);
    expect(planned.result.row).toBe(3);
    expect(planned.edits.every((e) => e.kind === "setValues" && e.address.endsWith("3"))).toBe(true);
    expect(planned.edits.find((e) => e.kind === "setValues" && e.address === "G3")).toMatchObject({ values: [["Small municipality"]] });

    const full = { sheets: [], tables: [acksTable([["ORG-01", "k", "", "j", "", ""]])] };
    const grows = acknowledgeCommand.plan(emptyRead({ snapshot: full, below: new Map([[ACKS_TABLE, [["", "", "", "", "", ""]]]]) }), options);
    expect(grows.edits.at(-1)).toMatchObject({ kind: "resizeTable", address: "D1:I3" });
    expect(refusal(() => acknowledgeCommand.plan(emptyRead({ snapshot: full, below: new Map([[ACKS_TABLE, [["mine", "", "", "", "", ""]]]]) }), options)).en).toMatch(/_Rådsplan/);
    expect(refusal(() => acknowledgeCommand.plan(emptyRead(), options)).en).toMatch(/acknowledg/i);
    expect(refusal(() => acknowledgeCommand.read({ ...options, finding: { ...finding, severity: "error" } })).en).toMatch(/ORG-05/);
  });

  it("taking an acknowledgement back blanks its rows and nothing else", () => {
    const read = emptyRead({ snapshot: { sheets: [], tables: [acksTable([["ORG-01", "k", "", "j", "", ""], ["ORG-05", "ORG-05|G1", "old", "j", "", ""]])] } });
    const { edits, result } = unacknowledgeCommand.plan(read, { finding });
    expect(result.removed).toBe(1);
    expect(edits).toHaveLength(ACKS_COLUMNS.length);
    expect(edits.every((e) => e.kind === "setValues" && e.address.endsWith("3") && e.values[0][0] === "")).toBe(true);
  });

  it("follow-up refuses no sheets chosen before reading, and a workbook without any planning table", () => {
    expect(refusal(() => followUpCommand.read({ year: 2025, lang: "sv", sheets: [] })).en).toBeTruthy();
    expect(refusal(() => followUpCommand.plan(emptyRead(), { year: 2025, lang: "sv", sheets: ["followUp"] })).en).toMatch(/plan/i);
  });
});
