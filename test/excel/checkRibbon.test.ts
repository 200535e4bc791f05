// The ribbon's "Kontrollera" button: its logic on the in-memory Excel (the summary
// line it reports, the Kontroll sheet shown with its title selected), the button in
// manifest.xml naming a registered command, and the registered command run the way
// the function file runs it.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "../../src/commands/associate";
import { RIBBON_COMMANDS, type RibbonContext } from "../../src/commands/registry";
import { ribbonCheck } from "../../src/commands/runCheck";
import { EXAMPLE_GAPS } from "../../src/workbook/example";
import { exampleWorkbook } from "../followup/memoryPlan";
import { sheetValues } from "./checkFixtures";
import { typeInto } from "./hostWorkbook";

const NOW = new Date(2026, 2, 15, 9, 5);
const contextOf = (wb: Awaited<ReturnType<typeof exampleWorkbook>>, lang: RibbonContext["lang"] = "sv"): RibbonContext => ({
  run: wb.run,
  caps: wb.capabilities,
  lang,
});

describe("ribbonCheck", () => {
  it("returns the summary line, and shows the Kontroll sheet with that summary as its selected title", async () => {
    const wb = await exampleWorkbook("sv");
    const n = EXAMPLE_GAPS.length;
    expect(await ribbonCheck(contextOf(wb), NOW)).toBe(`Kontroll klar: 0 fel, ${n} varningar, 0 info. Resultatet finns på bladet Kontroll.`);
    expect(wb.stats.syncs).toBe(2);
    expect(wb.selection).toEqual({ sheet: "Kontroll", address: "A1" });
    expect(sheetValues(wb, "Kontroll")[0][0]).toBe(`Kontroll: 0 fel, ${n} varningar, 0 info`);
    // Judged as of the day it runs: today is the reference date.
    expect(sheetValues(wb, "Kontroll")[1][0]).toBe("Referensdatum 2026-03-15 · uppföljningsår 2025 · skapad 2026-03-15 09:05");
  });

  it("speaks the user's language and counts errors", async () => {
    const wb = await exampleWorkbook("sv");
    await typeInto(wb, "Aktiviteter", "K2", [[-5]]); // negative staff hours: BUD-05, an error
    expect(await ribbonCheck(contextOf(wb, "en"), NOW)).toBe(
      `Check done: 1 error, ${EXAMPLE_GAPS.length} warnings, 0 info. The result is on the sheet Checks.`,
    );
    expect(wb.selection).toEqual({ sheet: "Checks", address: "A1" });
  });

  it("says where to look when no sheet could be written", async () => {
    const wb = await exampleWorkbook("sv");
    for (const name of ["Kontroll", ...Array.from({ length: 8 }, (_, i) => `Kontroll (${i + 2})`)]) await typeInto(wb, name, "A1", [["min"]]);
    expect(await ribbonCheck(contextOf(wb), NOW)).toMatch(/^Kontroll klar: 0 fel, \d+ varningar, 0 info\. Resultatet kunde inte skrivas/);
  });
});

describe("the Kontrollera button", () => {
  it("is an ExecuteFunction button in the manifest whose function is a registered command", () => {
    const xml = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    const control = /<Control xsi:type="Button" id="Radsplan\.RunCheck">([\s\S]*?)<\/Control>/.exec(xml)?.[1];
    expect(control).toBeDefined();
    expect(control).toContain('<Action xsi:type="ExecuteFunction">');
    const fn = /<FunctionName>([^<]+)<\/FunctionName>/.exec(control!)?.[1];
    expect(RIBBON_COMMANDS.map((c) => c.id)).toContain(fn);
    expect(xml).toMatch(/<bt:String id="RunCheck\.Label" DefaultValue="Kontrollera">\s*<bt:Override Locale="en-US" Value="Check plan" \/>/);
  });

  it("runs the check through the function file's runner and completes its event", async () => {
    const wb = await exampleWorkbook("sv");
    const command = RIBBON_COMMANDS.find((c) => c.id === "runCheck")!;
    const info = jest.spyOn(console, "info").mockImplementation(() => undefined);
    let completed = 0;
    try {
      const failure = await runCommand(command, { completed: () => void (completed += 1) }, () => contextOf(wb));
      expect(failure).toBeUndefined();
      expect(completed).toBe(1);
      expect(info).toHaveBeenCalledWith(expect.stringMatching(/^Rådsplan runCheck: Kontroll klar: 0 fel, \d+ varningar/));
      expect(wb.selection?.sheet).toBe("Kontroll");
    } finally {
      info.mockRestore();
    }
  });
});
