// BUD rules: the earmarked crime-prevention budget against the activities'
// Budget (kr) and Utfall (kr), per year (an activity's Budgetår, else the year of
// its Start), and amounts that cannot be negative.

import { RULE_MESSAGES } from "../i18n/rules";
import type { Finding } from "../workbook/findings";
import { hasColumns, idOf, type RuleContext } from "./context";
import { columnName, finding, sheetName } from "./finding";

/** Kronor compared in whole öre, so that sums of decimals do not drift past a limit. */
const ore = (kr: number) => Math.round(kr * 100);

/** BUD-01: every year in which activities have a budget has an earmarked budget row. */
export function bud01(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Budget", "year") || !hasColumns(ctx, "Activities", "budget")) return [];
  const out: Finding[] = [];
  for (const [year, t] of ctx.idx.activityTotalsByYear) {
    if (t.budgeted === 0 || ctx.idx.budgetByYear.has(year)) continue;
    const message = RULE_MESSAGES.noBudgetRow({ year, count: t.budgeted, sheet: sheetName(ctx, "Budget") });
    out.push(finding(ctx, "BUD-01", { table: "Budget" }, message, [year], [year]));
  }
  return out;
}

/** BUD-02 and BUD-04: a year's activity budgets, or amounts spent, exceed the earmarked budget. */
function overEarmarked(ctx: RuleContext, rule: "BUD-02" | "BUD-04", column: "budget" | "spent"): Finding[] {
  if (!hasColumns(ctx, "Budget", "year", "earmarked") || !hasColumns(ctx, "Activities", column)) return [];
  const out: Finding[] = [];
  for (const [year, t] of ctx.idx.activityTotalsByYear) {
    const row = ctx.idx.budgetByYear.get(year);
    const earmarked = row?.values.earmarked;
    const sum = t[column];
    if (!row || earmarked === null || earmarked === undefined || ore(sum) <= ore(earmarked)) continue;
    const message = rule === "BUD-02"
      ? RULE_MESSAGES.budgetOverEarmarked({ year, sum, earmarked, activitiesSheet: sheetName(ctx, "Activities") })
      : RULE_MESSAGES.spentOverEarmarked({ year, sum, earmarked });
    out.push(finding(ctx, rule, { table: "Budget", row: row.row, column: "earmarked" }, message, [year], [year, ore(sum), ore(earmarked)]));
  }
  return out;
}

export const bud02 = (ctx: RuleContext) => overEarmarked(ctx, "BUD-02", "budget");

/** BUD-03: no activity spends more than its budget. */
export function bud03(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const a of ctx.plan.rows.Activities) {
    const { budget, spent } = a.values;
    if (budget === null || spent === null || ore(spent) <= ore(budget)) continue;
    const id = idOf(a.values.activityId) ?? `#${a.row}`;
    const message = RULE_MESSAGES.spentOverBudget({ activity: { id, name: a.values.activity }, spent, budget });
    out.push(finding(ctx, "BUD-03", { table: "Activities", row: a.row, column: "spent" }, message, [id], [id, ore(spent), ore(budget)]));
  }
  return out;
}

export const bud04 = (ctx: RuleContext) => overEarmarked(ctx, "BUD-04", "spent");

/** BUD-05: no negative Budget (kr), Utfall (kr), Arbetstimmar or earmarked budget. */
export function bud05(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const negative = (table: "Activities" | "Budget", row: number, column: string, value: number | null) => {
    if (value === null || value >= 0) return;
    const message = RULE_MESSAGES.negativeAmount({ column: columnName(ctx, table, column), value });
    out.push(finding(ctx, "BUD-05", { table, row, column }, message, [table, row, column], [value]));
  };
  for (const a of ctx.plan.rows.Activities) {
    negative("Activities", a.row, "budget", a.values.budget);
    negative("Activities", a.row, "spent", a.values.spent);
    negative("Activities", a.row, "hours", a.values.hours);
  }
  for (const b of ctx.plan.rows.Budget) negative("Budget", b.row, "earmarked", b.values.earmarked);
  return out;
}
