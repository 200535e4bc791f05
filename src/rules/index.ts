// The check: runs every rule of docs/rules.md over a parsed plan and returns the
// findings in a deterministic order (severity, the layout's sheet order, row, rule).
// Never throws: odd input is normalised first and a rule that fails anyway becomes
// a finding that says so, instead of taking the whole check down.

import { RULE_MESSAGES } from "../i18n/rules";
import type { Finding } from "../workbook/findings";
import { TABLES, type TableName } from "../workbook/layout";
import type { Plan } from "../workbook/plan";
import { DEFAULT_SETTINGS, type Settings } from "../workbook/settings";
import { bud01, bud02, bud03, bud04, bud05 } from "./budget";
import { RULE_IDS, ruleRank, severityRank, type RuleId } from "./catalog";
import { buildIndex, type RuleContext } from "./context";
import { data01, data02, data03, data04, data05, data06, data07 } from "./data";
import { defaultFollowUpYear, isIsoDate, todayIso } from "./dates";
import { doc01, doc02, doc03, doc04, doc05, doc06 } from "./doc";
import { finding } from "./finding";
import { normalizePlan } from "./normalize";
import { org01, org02, org03, org04, org05, org06, org07, org08, org09, org10, org11, org12, org13, org14, org15, org16 } from "./org";
import { plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08, plan09, plan10, plan11, plan12, plan13, plan14 } from "./plan";

export { AREAS, RULE_IDS, RULE_INFO, ruleArea, type AreaId, type RuleId } from "./catalog";
export { defaultFollowUpYear } from "./dates";
export type { RuleContext } from "./context";

export type Rule = (ctx: RuleContext) => Finding[];

/** Every rule by id, in catalogue order. */
export const RULES: Record<RuleId, Rule> = {
  "DATA-01": data01, "DATA-02": data02, "DATA-03": data03, "DATA-04": data04, "DATA-05": data05, "DATA-06": data06, "DATA-07": data07,
  "ORG-01": org01, "ORG-02": org02, "ORG-03": org03, "ORG-04": org04, "ORG-05": org05, "ORG-06": org06, "ORG-07": org07, "ORG-08": org08,
  "ORG-09": org09, "ORG-10": org10, "ORG-11": org11, "ORG-12": org12, "ORG-13": org13, "ORG-14": org14, "ORG-15": org15, "ORG-16": org16,
  "DOC-01": doc01, "DOC-02": doc02, "DOC-03": doc03, "DOC-04": doc04, "DOC-05": doc05, "DOC-06": doc06,
  "PLAN-01": plan01, "PLAN-02": plan02, "PLAN-03": plan03, "PLAN-04": plan04, "PLAN-05": plan05, "PLAN-06": plan06, "PLAN-07": plan07,
  "PLAN-08": plan08, "PLAN-09": plan09, "PLAN-10": plan10, "PLAN-11": plan11, "PLAN-12": plan12, "PLAN-13": plan13, "PLAN-14": plan14,
  "BUD-01": bud01, "BUD-02": bud02, "BUD-03": bud03, "BUD-04": bud04, "BUD-05": bud05,
};

export interface CheckOptions {
  /** ISO "YYYY-MM-DD"; anything else means today. */
  referenceDate: string;
  /** Default: defaultFollowUpYear(referenceDate). */
  followUpYear?: number;
  settings?: Settings;
}

/** The run's context: options made sound, plan normalised, indexes built once. */
export function buildContext(plan: Plan, options: CheckOptions): RuleContext {
  const referenceDate = isIsoDate(options?.referenceDate) ? options.referenceDate : todayIso();
  const year = options?.followUpYear;
  const followUpYear = typeof year === "number" && Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : defaultFollowUpYear(referenceDate);
  const settings = { ...DEFAULT_SETTINGS, ...(options?.settings ?? {}) };
  const sound = normalizePlan(plan);
  return { plan: sound, referenceDate, followUpYear, settings, idx: buildIndex(sound, referenceDate, followUpYear) };
}

const TABLE_RANK = new Map<TableName, number>(TABLES.map((t, i) => [t.name, i]));
const tableRank = (f: Finding) => (f.table ? (TABLE_RANK.get(f.table) ?? -1) : -1);
const rowOf = (f: Finding) => (f.cell ? Number(/\d+/.exec(f.cell)?.[0] ?? 0) : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A finding with its sort ranks: severity, sheet order, row, rule. */
interface Ranked {
  f: Finding;
  n: [number, number, number, number];
}

const ranked = (f: Finding): Ranked => ({ f, n: [severityRank(f.severity), tableRank(f), rowOf(f), ruleRank(f.rule)] });

const compareRanked = (a: Ranked, b: Ranked): number =>
  a.n[0] - b.n[0] || a.n[1] - b.n[1] || a.n[2] - b.n[2] || a.n[3] - b.n[3] || byText(a.f.cell ?? "", b.f.cell ?? "") || byText(a.f.key, b.f.key);

/** Severity, then the layout's sheet order, then row, then rule, then cell and key. */
export const compareFindings = (a: Finding, b: Finding): number => compareRanked(ranked(a), ranked(b));

/** The findings in compareFindings' order, each one's ranks worked out once. */
const sortFindings = (findings: Finding[]): Finding[] => findings.map(ranked).sort(compareRanked).map((r) => r.f);

/** Makes keys unique within the run: a repeated key gets "#2", "#3"... in order. */
function uniqueKeys(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = (seen.get(f.key) ?? 0) + 1;
    seen.set(f.key, n);
    if (n > 1) f.key = `${f.key}#${n}`;
  }
}

/** Runs every rule on the plan. Deterministic, linear in the plan's rows, and never throws. */
export function runChecks(plan: Plan, options: CheckOptions): Finding[] {
  let ctx: RuleContext;
  try {
    ctx = buildContext(plan, options);
  } catch {
    ctx = buildContext(normalizePlan(null), options);
  }
  const findings: Finding[] = [];
  for (const id of RULE_IDS) {
    try {
      for (const f of RULES[id](ctx)) findings.push(f);
    } catch {
      const failed = finding(ctx, id, { table: "Groups" }, RULE_MESSAGES.ruleFailed({ rule: id }), ["failed"], [id]);
      delete failed.sheet;
      delete failed.cell;
      delete failed.table;
      findings.push(failed);
    }
  }
  const sorted = sortFindings(findings);
  uniqueKeys(sorted);
  return sorted;
}
