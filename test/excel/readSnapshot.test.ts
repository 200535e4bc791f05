// Reading the workbook in one sync, and jumping to a cell.
import { createStructure } from "../../src/excel/commands/createStructure";
import { selectCell } from "../../src/excel/navigation";
import { queueSnapshotRead, readSnapshot } from "../../src/excel/readSnapshot";
import { toUserMessage } from "../../src/excel/errors";
import { emptyWorkbook, makeTable, typeInto } from "./hostWorkbook";

describe("readSnapshot", () => {
  it("reads sheets and every planning table, wherever it stands, in exactly one sync", async () => {
    const wb = emptyWorkbook();
    await typeInto(wb, "Ekonomi", "C5:F7", [
      ["År", "Öronmärkt budget (kr)", "Beslutat av", "Kommentar"],
      [2025, 850000, "KS", ""],
      [2026, 900000, "", "Preliminärt"],
    ]);
    await makeTable(wb, "Ekonomi", "C5:F7", "Budget");
    await typeInto(wb, "Grupper", "A1", [["Egen anteckning"]]);
    wb.resetStats();

    const snapshot = await wb.run((context) => readSnapshot(context));

    expect(wb.stats.syncs).toBe(1);
    expect(snapshot.tables).toEqual([
      {
        name: "Budget",
        sheet: "Ekonomi",
        headerRow: 5,
        firstColumn: 2,
        headers: ["År", "Öronmärkt budget (kr)", "Beslutat av", "Kommentar"],
        rows: [
          [2025, 850000, "KS", ""],
          [2026, 900000, "", "Preliminärt"],
        ],
        style: "TableStyleMedium2",
      },
    ]);
    expect(snapshot.sheets).toEqual([
      { name: "Sheet1", visibility: "Visible" },
      { name: "Ekonomi", visibility: "Visible" },
      { name: "Grupper", visibility: "Visible", empty: false },
    ]);
  });

  it("lets a command add its own loads to the same sync", async () => {
    const wb = emptyWorkbook();
    await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });
    wb.resetStats();
    const { snapshot, active } = await wb.run(async (context) => {
      const build = queueSnapshotRead(context);
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return { snapshot: build(), active: sheet.name };
    });
    expect(wb.stats.syncs).toBe(1);
    expect(active).toBe(wb.model.activeSheet.name);
    expect(snapshot.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["Groups", "Meetings", "RadsplanSettings", "RadsplanAcks"]));
    expect(snapshot.sheets.find((s) => s.name === "_Rådsplan")).toMatchObject({ visibility: "Hidden", empty: false });
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const wb = emptyWorkbook();
    await createStructure(wb.run, { lang: "sv", caps: wb.capabilities });
    wb.resetStats();
    await selectCell(wb.run, "Aktiviteter", "H2");
    expect(wb.stats.syncs).toBe(1);
    expect(wb.selection).toEqual({ sheet: "Aktiviteter", address: "H2" });
  });

  it("fails on a missing sheet with an error that maps to a message saying what to do", async () => {
    const wb = emptyWorkbook();
    const error = await selectCell(wb.run, "Finns inte", "A1").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ItemNotFound" });
    expect(toUserMessage(error).en).toMatch(/Create structure/);
  });
});
