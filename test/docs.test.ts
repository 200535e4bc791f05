// The specification under docs/ stays true to the code: every rule of the catalogue is
// in docs/rules.md with its severity (a rule the page has and the catalogue lacks must
// be marked as belonging to a later layout version), and every planning table, sheet
// name, column header and list label of the layout is in docs/workbook.md.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULE_INFO } from "../src/rules/catalog";
import { LISTS, TABLES, type ListItem } from "../src/workbook/layout";

const doc = (name: string) => readFileSync(join(__dirname, "../docs", name), "utf8");

/** The rows of the page's rule tables: id -> { severity, the whole row }. */
function documentedRules(): Map<string, { severity: string; row: string }> {
  const rules = new Map<string, { severity: string; row: string }>();
  for (const row of doc("rules.md").split("\n")) {
    const m = /^\| ([A-Z]+-\d{2}) \| (error|warning|info) \|/.exec(row);
    if (m) rules.set(m[1], { severity: m[2], row });
  }
  return rules;
}

describe("docs/rules.md", () => {
  const documented = documentedRules();

  it.each(Object.entries(RULE_INFO))("documents %s with its severity", (id, info) => {
    expect(documented.get(id)?.severity).toBe(info.severity);
  });

  it("documents no rule the catalogue lacks, except one marked for a later layout version", () => {
    for (const [id, { row }] of documented) {
      if (!(id in RULE_INFO)) expect(row).toMatch(/layout version \d/);
    }
  });
});

describe("docs/workbook.md", () => {
  const page = doc("workbook.md");
  const rowOf = (table: string) => page.split("\n").find((line) => line.includes(`| \`${table}\` |`)) ?? "";

  it.each(TABLES.map((t) => [t.name, t] as const))("documents the %s table: its sheet names and every column", (name, t) => {
    const row = rowOf(name);
    expect(row).toContain(`${t.sheet.sv} / ${t.sheet.en}`);
    for (const c of t.columns) expect(row).toContain(c.sv);
  });

  it.each(Object.entries(LISTS))("documents the list %s with every Swedish label", (id, items) => {
    const row = page.split("\n").find((line) => line.startsWith(`| \`${id}\` |`)) ?? "";
    for (const item of items as readonly ListItem[]) expect(row).toContain(item.sv);
  });
});
