// `npm run lint` (eslint.config.mjs) is a failing check of the layers of src/ and of
// Microsoft's Office add-in rules: it rejects each deliberately wrong fixture in
// test/lint/fixtures and accepts the allowed ones, and its layer table covers every
// folder of src/ without a cycle.

import { execFileSync } from "node:child_process";
import { join } from "node:path";

interface LintRun {
  fixtures: Record<string, string[]>;
  layers: Record<string, string[]>;
  folders: string[];
}

const run: LintRun = JSON.parse(execFileSync(process.execPath, [join(__dirname, "lintFixtures.mjs")], { encoding: "utf8" }));

describe("lint enforces the layers", () => {
  it.each([
    ["rules-imports-excel.ts.txt", "no-restricted-imports"],
    ["workbook-imports-react.ts.txt", "no-restricted-imports"],
    ["i18n-imports-followup.ts.txt", "no-restricted-imports"],
    ["commands-imports-taskpane.ts.txt", "no-restricted-imports"],
    ["followup-uses-office.ts.txt", "no-restricted-syntax"],
  ])("fails %s", (fixture, rule) => {
    expect(run.fixtures[fixture]).toContain(rule);
  });

  it.each([
    ["excel-sync-in-loop.ts.txt", "office-addins/no-context-sync-in-loop"],
    ["excel-read-before-load.ts.txt", "office-addins/load-object-before-read"],
  ])("runs Microsoft's Office add-in rules: fails %s", (fixture, rule) => {
    expect(run.fixtures[fixture]).toContain(rule);
  });

  it.each(["host-imports-exceljs-ok.ts.txt", "excel-imports-plans-ok.ts.txt"])("passes %s", (fixture) => {
    expect(run.fixtures[fixture]).toEqual([]);
  });

  it("places every folder of src/ in a layer", () => {
    expect(Object.keys(run.layers).sort()).toEqual([...run.folders].sort());
  });

  it("has no cycle between folders: each folder's imports sit strictly below it", () => {
    const depth = new Map<string, number>();
    const visiting = new Set<string>();
    const level = (folder: string): number => {
      if (depth.has(folder)) return depth.get(folder)!;
      if (visiting.has(folder)) throw new Error(`cycle through ${folder}`);
      visiting.add(folder);
      const d = 1 + Math.max(0, ...run.layers[folder].map(level));
      visiting.delete(folder);
      depth.set(folder, d);
      return d;
    };
    for (const folder of Object.keys(run.layers)) {
      for (const below of run.layers[folder]) expect(level(below)).toBeLessThan(level(folder));
    }
  });
});
