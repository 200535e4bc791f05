// Acknowledgements: an acknowledged warning stays visible and marked on a re-run,
// drops off as soon as the data it rests on changes, and errors never take one.

import { ackRowFor, applyAcks, liveAcks, type Ack } from "../../src/rules/acks";
import { runChecks } from "../../src/rules";
import { ACKS_TABLE, META_SHEET } from "../../src/workbook/layout";
import { ACKS_COLUMNS, readAcks } from "../../src/workbook/meta";
import { parsePlan } from "../../src/workbook/parsePlan";
import { check, cleanRows, REF_DATE, set } from "./fixture";
import { snapshotFrom } from "../support/snapshots";

/** A plan whose styrgrupp has only civil servants: one finding, ORG-11 (info). */
function smallCouncil() {
  const rows = cleanRows();
  set(rows, "Members", 0, "kind", "Tjänsteperson");
  return rows;
}

function acknowledge(rule: string) {
  const f = check(smallCouncil()).find((x) => x.rule === rule)!;
  const r = ackRowFor(f, "  Vi är en liten kommun och styrgruppen är tjänstemannaledd.  ", "Sara Holm", "2025-02-10");
  if (!r.ok) throw new Error(r.message.en);
  return r;
}

describe("acknowledgements", () => {
  it("survive a re-run of the same workbook and mark the finding", () => {
    const { ack } = acknowledge("ORG-11");
    const again = applyAcks(check(smallCouncil()), [ack]);
    const f = again.find((x) => x.rule === "ORG-11")!;
    expect(f.acknowledged).toEqual({
      justification: "Vi är en liten kommun och styrgruppen är tjänstemannaledd.",
      by: "Sara Holm",
      date: "2025-02-10",
    });
    expect(again).toHaveLength(1);
  });

  it("survive rows being inserted above the subject, since keys name IDs, not rows", () => {
    const { ack } = acknowledge("ORG-11");
    const rows = smallCouncil();
    rows.Members!.unshift(["Ny Person", "G2", "Ledamot", "Annan", "Kommun", "", "Förtroendevald", "", "", ""]);
    rows.Groups!.unshift(["G0", "Ny grupp", "Övrig", "", "", "", "", "", "Nej", ""]);
    rows.Members!.push(["Gun Ny", "G0", "Ledamot", "Annan", "Kommun", "", "", "", "", ""]);
    const f = applyAcks(check(rows), [ack]).find((x) => x.rule === "ORG-11")!;
    expect(f.cell).toBe("A3");
    expect(f.acknowledged?.by).toBe("Sara Holm");
  });

  it("survive being written to the acks table and read back", () => {
    const { row } = acknowledge("ORG-11");
    const snapshot = snapshotFrom(smallCouncil());
    snapshot.sheets.push({ name: META_SHEET, visibility: "VeryHidden" });
    snapshot.tables.push({ name: ACKS_TABLE, sheet: META_SHEET, headerRow: 1, firstColumn: 0, headers: ACKS_COLUMNS.map((c) => c.sv), rows: [row] });
    const findings = runChecks(parsePlan(snapshot), { referenceDate: REF_DATE });
    const f = applyAcks(findings, readAcks(snapshot)).find((x) => x.rule === "ORG-11")!;
    expect(f.acknowledged?.justification).toBe("Vi är en liten kommun och styrgruppen är tjänstemannaledd.");
  });

  it("drop off when the data the finding rests on changes", () => {
    const { ack } = acknowledge("ORG-11");
    // The styrgrupp now has only elected officials: still ORG-11 for G1, but other data.
    const rows = smallCouncil();
    for (const i of [0, 1, 2]) set(rows, "Members", i, "kind", "Förtroendevald");
    const findings = check(rows);
    const f = applyAcks(findings, [ack]).find((x) => x.rule === "ORG-11")!;
    expect(f.key).toBe(ack.key);
    expect(f.fingerprint).not.toBe(ack.fingerprint);
    expect(f.acknowledged).toBeUndefined();
    expect(liveAcks(findings, [ack])).toEqual([]);
  });

  it("are not kept once the finding is gone", () => {
    const { ack } = acknowledge("ORG-11");
    const findings = check(cleanRows());
    expect(applyAcks(findings, [ack])).toEqual([]);
    expect(liveAcks(findings, [ack])).toEqual([]);
  });

  it("never apply to errors, even with a matching key and fingerprint", () => {
    const rows = set(cleanRows(), "Activities", "A2", "goalId", "M9");
    const error = check(rows).find((x) => x.rule === "DATA-05")!;
    const forged: Ack = { rule: error.rule, key: error.key, fingerprint: error.fingerprint, justification: "x", by: "y", date: "2025-01-01" };
    expect(applyAcks([error], [forged])[0].acknowledged).toBeUndefined();
    const r = ackRowFor(error, "Det stämmer ändå", "Sara", "2025-02-10");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.sv).toContain("kan inte kvitteras");
      expect(r.message.en).toContain("cannot be acknowledged");
    }
  });

  it("need a justification and an ISO date, and say so in both languages", () => {
    const f = check(smallCouncil()).find((x) => x.rule === "ORG-11")!;
    const blank = ackRowFor(f, "   ", "Sara", "2025-02-10");
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(blank.message.sv).toContain("motivering");
    const badDate = ackRowFor(f, "Skäl", "Sara", "10/2/2025");
    expect(badDate.ok).toBe(false);
    if (!badDate.ok) expect(badDate.message.en).toContain("YYYY-MM-DD");
  });

  it("give the row the check command appends to the acks table, in its column order", () => {
    const { ack, row } = acknowledge("ORG-11");
    expect(row).toEqual(ACKS_COLUMNS.map((c) => ack[c.key]));
    expect(row[0]).toBe("ORG-11");
    expect(row[1]).toBe("ORG-11|G1");
  });

  it("use the latest of several acks for the same finding", () => {
    const { ack } = acknowledge("ORG-11");
    const older = { ...ack, justification: "Gammal motivering", date: "2024-01-01" };
    const newer = { ...ack, justification: "Ny motivering", date: "2025-02-12" };
    const f = applyAcks(check(smallCouncil()), [newer, older]).find((x) => x.rule === "ORG-11")!;
    expect(f.acknowledged?.justification).toBe("Ny motivering");
  });
});
