// Acknowledging findings in the workbook: kept in Rådsplan's acks table, marked on
// every later run and after saving and reopening the .xlsx, dropped when the data
// behind the finding changes, refused for errors and without a justification, and
// taken back again. Each command reads once and writes once.

import { workbookPicture } from "../support/workbookPicture";
import { acknowledgeFinding, unacknowledgeFinding } from "../../src/excel/commands/acks";
import type { CheckResult } from "../../src/excel/commands/check";
import { UserError } from "../../src/excel/errors";
import { MemoryWorkbook } from "../../src/host";
import { ACKS_TABLE, META_SHEET } from "../../src/workbook/layout";
import { exampleWorkbook } from "../followup/memoryPlan";
import { exampleCheck, sheetValues } from "./checkFixtures";
import { sheetOf, tableBody, typeInto } from "./hostWorkbook";

const DATE = "2026-03-16";
const refusal = (p: Promise<unknown>) => p.then(() => null, (err: unknown) => err as UserError);
const byRule = (result: CheckResult, rule: string) => {
  const found = result.findings.find((f) => f.rule === rule);
  if (!found) throw new Error(`no ${rule} among ${result.findings.map((f) => f.rule).join(", ")}`);
  return found;
};
/** The non-blank rows of the acks table. */
const ackRows = (wb: MemoryWorkbook) => tableBody(wb, ACKS_TABLE).filter((r) => r.some((v) => v !== ""));

describe("acknowledgeFinding", () => {
  it("writes the acknowledgement in the workbook in two syncs; the next run shows it acknowledged, on the Kontroll sheet too", async () => {
    const wb = await exampleWorkbook("sv");
    const first = await exampleCheck(wb);
    const finding = byRule(first, "ORG-07");
    wb.resetStats();

    const saved = await acknowledgeFinding(wb.run, finding, "  Gruppen arbetar tills vidare.  ", "Anna Ek", { caps: wb.capabilities, date: DATE });
    expect(saved.syncs).toBeLessThanOrEqual(2);
    expect(wb.stats.syncs).toBe(saved.syncs);
    expect(ackRows(wb)).toEqual([["ORG-07", finding.key, finding.fingerprint, "Gruppen arbetar tills vidare.", "Anna Ek", DATE]]);
    expect(wb.model.table(ACKS_TABLE)!.sheet.name).toBe(META_SHEET);

    const again = await exampleCheck(wb);
    expect(byRule(again, "ORG-07").acknowledged).toEqual({ justification: "Gruppen arbetar tills vidare.", by: "Anna Ek", date: DATE });
    expect(again.findings.filter((f) => f.acknowledged)).toHaveLength(1);
    expect(again.summary).toMatchObject({ warning: first.summary.warning, acknowledged: 1 });
    const kontroll = sheetValues(wb, "Kontroll");
    expect(kontroll[0][0]).toBe(`Kontroll: 0 fel, ${first.summary.warning} varningar, 0 info (1 kvitterad)`);
    const row = kontroll.find((r) => r[1] === "ORG-07")!;
    expect(row[6]).toBe(`Ja: Gruppen arbetar tills vidare. (Anna Ek, ${DATE})`);
  });

  it("survives saving and reopening the workbook as .xlsx", async () => {
    const wb = await exampleWorkbook("sv");
    const finding = byRule(await exampleCheck(wb), "PLAN-06");
    await acknowledgeFinding(wb.run, finding, "Orsaksanalys görs 2026.", "", { caps: wb.capabilities, date: DATE });

    const reopened = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    const result = await exampleCheck(reopened);
    expect(byRule(result, "PLAN-06").acknowledged).toEqual({ justification: "Orsaksanalys görs 2026.", by: "", date: DATE });
    expect(result.summary.acknowledged).toBe(1);
  });

  it("drops off when the data behind the finding changes, and holds while other data changes", async () => {
    const wb = await exampleWorkbook("sv");
    const finding = byRule(await exampleCheck(wb), "BUD-03");
    await acknowledgeFinding(wb.run, finding, "Extra kvällar beslutades i juni.", "Per", { caps: wb.capabilities, date: DATE });

    // Another activity's comment changes: the acknowledgement still holds.
    await typeInto(wb, "Aktiviteter", "N2", [["ny kommentar"]]);
    expect(byRule(await exampleCheck(wb), "BUD-03").acknowledged).toBeDefined();

    // The overspent activity's Utfall changes: still over budget, but no longer what was acknowledged.
    const cell = finding.cell!;
    await typeInto(wb, "Aktiviteter", cell, [[99000]]);
    const after = await exampleCheck(wb);
    expect(byRule(after, "BUD-03").acknowledged).toBeUndefined();
    expect(after.summary.acknowledged).toBe(0);
  });

  it("refuses an error, saying why, and writes nothing", async () => {
    const wb = await exampleWorkbook("sv");
    await typeInto(wb, "Aktiviteter", "C2", [["M99"]]);
    const error = byRule(await exampleCheck(wb), "DATA-05");
    expect(error.severity).toBe("error");
    const before = workbookPicture(wb);
    wb.resetStats();

    const refused = await refusal(acknowledgeFinding(wb.run, error, "Vi vill ändå", "Anna", { caps: wb.capabilities }));
    expect(refused).toBeInstanceOf(UserError);
    expect(refused!.message.sv).toBe("DATA-05 är ett fel och kan inte kvitteras: arbetsboken är inkonsekvent. Rätta uppgiften i stället.");
    expect(refused!.message.en).toContain("cannot be acknowledged");
    expect(wb.stats.syncs).toBe(0);
    expect(workbookPicture(wb)).toEqual(before);
  });

  it("refuses an empty justification, saying what to write", async () => {
    const wb = await exampleWorkbook("sv");
    const finding = byRule(await exampleCheck(wb), "DOC-02");
    const refused = await refusal(acknowledgeFinding(wb.run, finding, "   ", "Anna", { caps: wb.capabilities }));
    expect(refused!.message.sv).toMatch(/^Skriv en motivering/);
    expect(refused!.message.en).toMatch(/^Write a justification/);
    expect(ackRows(wb)).toEqual([]);
  });

  it.each([
    ["resizing the table (ExcelApi 1.17)", undefined],
    ["re-making the table over the larger range (ExcelApi 1.7)", "1.7"],
  ])("grows the acks table below itself by %s, keeping the rows it has", async (_, apiVersion) => {
    const wb = await exampleWorkbook("sv", apiVersion);
    const result = await exampleCheck(wb);
    const table = () => wb.model.table(ACKS_TABLE)!;
    const top = table().rect;
    for (const [i, f] of result.findings.entries()) {
      wb.resetStats();
      const saved = await acknowledgeFinding(wb.run, f, `Motivering ${i}`, "Anna", { caps: wb.capabilities, date: DATE });
      expect(wb.stats.syncs).toBeLessThanOrEqual(2);
      expect(saved.row).toBe(top.r0 + 2 + i);
    }
    expect(table().rect).toEqual({ ...top, r1: top.r0 + result.findings.length });
    expect(table().style).toBe("TableStyleMedium2");
    expect(ackRows(wb).map((r) => r[3])).toEqual(result.findings.map((_, i) => `Motivering ${i}`));
    const again = await exampleCheck(wb);
    expect(again.findings.every((f) => f.acknowledged)).toBe(true);
  });

  it("acknowledging the same finding again updates its row instead of adding one", async () => {
    const wb = await exampleWorkbook("sv");
    const finding = byRule(await exampleCheck(wb), "PLAN-13");
    await acknowledgeFinding(wb.run, finding, "Första", "Anna", { caps: wb.capabilities, date: DATE });
    await acknowledgeFinding(wb.run, finding, "Andra", "Per", { caps: wb.capabilities, date: "2026-03-17" });
    expect(ackRows(wb)).toEqual([["PLAN-13", finding.key, finding.fingerprint, "Andra", "Per", "2026-03-17"]]);
  });

  it("never writes over what stands below the acks table: it refuses and changes nothing", async () => {
    const wb = await exampleWorkbook("sv");
    const result = await exampleCheck(wb);
    await acknowledgeFinding(wb.run, result.findings[0], "Första", "Anna", { caps: wb.capabilities, date: DATE });
    const below = `D${wb.model.table(ACKS_TABLE)!.rect.r1 + 2}`;
    await typeInto(wb, META_SHEET, below, [["någons anteckning"]]);
    const before = workbookPicture(wb);

    const refused = await refusal(acknowledgeFinding(wb.run, result.findings[1], "Andra", "Anna", { caps: wb.capabilities, date: DATE }));
    expect(refused!.message.sv).toContain(`raden under kvitteringstabellen på bladet "${META_SHEET}"`);
    expect(refused!.message.en).toContain("Nothing was changed");
    expect(workbookPicture(wb)).toEqual(before);
    expect(sheetOf(wb, META_SHEET).cellAt(below).value).toBe("någons anteckning");
  });

  it("refuses, saying what to do, when the workbook has no acks table", async () => {
    const wb = await exampleWorkbook("sv");
    const finding = byRule(await exampleCheck(wb), "DOC-02");
    await wb.run(async (context) => {
      context.workbook.tables.getItem(ACKS_TABLE).delete();
      await context.sync();
    });
    const refused = await refusal(acknowledgeFinding(wb.run, finding, "Motivering", "Anna", { caps: wb.capabilities }));
    expect(refused).toBeInstanceOf(UserError);
    expect(refused!.message.sv).toContain("Skapa planeringsstruktur");
    expect(refused!.message.en).toContain("Create planning structure");
  });
});

describe("unacknowledgeFinding", () => {
  it("blanks the acknowledgement's row in two syncs, the next run shows it open again, and the row is reused", async () => {
    const wb = await exampleWorkbook("sv");
    const result = await exampleCheck(wb);
    const [a, b, c] = result.findings;
    for (const f of [a, b]) await acknowledgeFinding(wb.run, f, `Om ${f.rule}`, "Anna", { caps: wb.capabilities, date: DATE });
    const rect = wb.model.table(ACKS_TABLE)!.rect;
    wb.resetStats();

    const removed = await unacknowledgeFinding(wb.run, a);
    expect(removed).toEqual({ removed: 1, syncs: 2 });
    expect(wb.stats.syncs).toBe(2);
    expect(ackRows(wb).map((r) => r[0])).toEqual([b.rule]);
    const again = await exampleCheck(wb);
    expect(again.findings.find((f) => f.key === a.key)?.acknowledged).toBeUndefined();
    expect(again.findings.find((f) => f.key === b.key)?.acknowledged).toBeDefined();

    // The blank row takes the next acknowledgement; the table does not grow.
    const saved = await acknowledgeFinding(wb.run, c, "Om den tredje", "Anna", { caps: wb.capabilities, date: DATE });
    expect(saved.row).toBe(rect.r0 + 2);
    expect(wb.model.table(ACKS_TABLE)!.rect).toEqual(rect);
  });

  it("does nothing, in one sync, for a finding that is not acknowledged", async () => {
    const wb = await exampleWorkbook("sv");
    const result = await exampleCheck(wb);
    const before = workbookPicture(wb);
    wb.resetStats();
    expect(await unacknowledgeFinding(wb.run, result.findings[0])).toEqual({ removed: 0, syncs: 1 });
    expect(wb.stats.syncs).toBe(1);
    expect(workbookPicture(wb)).toEqual(before);
  });
});
