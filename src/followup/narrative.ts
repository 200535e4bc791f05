// The annual report's generated paragraphs: for each goal, the budget, the
// organisation, the documents, the citizen promises and the summary, short
// deterministic text stating what the figures say (nothing the data does not).
// The words are in src/i18n/narrative.ts; this module decides which clauses are
// said, from the same AnnualReport the tables are made from. An indicator's
// sentence is a list of clauses (INDICATOR_CLAUSES) so that further clauses, such
// as a comparison with the national value, can be added without touching the rest.

import type { Lang, Text } from "../workbook/layout";
import { listText, narrativeText as N, shareText, valueText } from "../i18n/narrative";
import type { ActivityFollowUp, ActivityStatus, AnnualReport, Assessment, GoalFollowUp, IndicatorFollowUp, StatusCounts } from "./types";
import { ASSESSMENTS } from "./goals";
import { STATUSES } from "./activities";
import { labelled } from "./tableModel";
import { comparisonPhrase } from "./comparisons";
import { tr } from "../i18n";
import { comparisonText } from "../i18n/comparison";

/** What a clause may need besides the indicator: the follow-up year and the language. */
export interface ClauseContext {
  year: number;
  lang: Lang;
}

/** One clause of an indicator's sentence, or null when it has nothing to say. */
export type IndicatorClause = (i: IndicatorFollowUp, ctx: ClauseContext) => string | null;

/** "X (I1) var 8 690 år 2025 (uppgiften för 2026 finns inte ännu) mot basvärdet … och målvärdet …" */
const measuredClause: IndicatorClause = (i, { year, lang }) => {
  const label = labelled(i.indicatorId, i.name);
  if (i.value === null || i.valueYear === null) return N.noValue(label, year)[lang];
  const value = valueText(i.value, i.unit, lang);
  const late = i.valueYear < year ? ` ${N.notYetOut(year)[lang]}` : "";
  const base = i.baseValue !== null ? { value: valueText(i.baseValue, i.unit, lang), year: i.baseYear } : null;
  const target = i.targetValue !== null ? { value: valueText(i.targetValue, i.unit, lang), year: i.targetYear } : null;
  const against = N.against(base, target)[lang];
  return `${N.measured(label, value, i.valueYear)[lang]}${late}${against ? ` ${against}` : ""}`;
};

/** "Det är lägre än 2024 (8 820), en förbättring" */
const trendClause: IndicatorClause = (i, { lang }) => {
  if (!i.trend || i.previousValue === null || i.previousYear === null) return null;
  return N.trend(i.trend.move, i.trend.verdict, valueText(i.previousValue, i.unit, lang), i.previousYear)[lang];
};

/** "Indikatorn bedöms som på väg, 76 % av vägen från basvärdet till målet" */
const assessmentClause: IndicatorClause = (i, { lang }) => {
  if (i.assessment === "noValue") return null;
  const share = i.assessment !== "achieved" && i.progressShown !== null && i.progress !== null && i.progress > 0 ? shareText(i.progressShown, lang) : null;
  return N.assessment(i.assessment, share)[lang];
};

/** "År 2025 var värdet lägre än riket (13 150)": the latest value against Jämförelsevärden of the same year. */
const comparisonClause: IndicatorClause = (i, { lang }) => {
  if (i.valueYear === null) return null;
  const phrase = comparisonPhrase(i.value, i.valueYear, i.comparisons ?? [], lang);
  return phrase ? tr(comparisonText.sentence, lang, { year: i.valueYear, phrase }) : null;
};

/** The clauses of an indicator's sentences, in order; each non-null one becomes a sentence. */
export const INDICATOR_CLAUSES: IndicatorClause[] = [measuredClause, trendClause, comparisonClause, assessmentClause];

/** Sentences joined: each ends with a full stop. */
function sentences(parts: readonly (string | null)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`)
    .join(" ");
}

/** An indicator in sentences: its latest value against baseline and target, the direction and the assessment. */
export function indicatorSentences(i: IndicatorFollowUp, ctx: ClauseContext, clauses: readonly IndicatorClause[] = INDICATOR_CLAUSES): string {
  return sentences(clauses.map((c) => c(i, ctx)));
}

function statusCounts(s: StatusCounts): [ActivityStatus, number][] {
  const order: ActivityStatus[] = ["done", "ongoing", "delayed", "planned", "cancelled"];
  return order.filter((k) => s[k] > 0).map((k) => [k, s[k]]);
}

const total = (s: StatusCounts) => STATUSES.reduce((n, k) => n + s[k], 0);

/**
 * Activities late by `asOf`: Försenad, or past their Slut and neither Genomförd nor Inställd.
 * `asOf` is the day the report is made; by default the end of the follow-up year.
 */
function lateActivities(acts: readonly ActivityFollowUp[], asOf: string): ActivityFollowUp[] {
  return acts.filter((a) => a.status === "delayed" || (a.end !== null && a.end < asOf && a.status !== "done" && a.status !== "cancelled"));
}

export interface NarrativeOptions {
  /** The day the report is made ("YYYY-MM-DD"): activities past their end by then count as late. Default: the follow-up year's last day. */
  asOf?: string;
}

/** The report's indicators and activities by their own goal, indexed once for all paragraphs. */
export interface GoalIndex {
  indicators: Map<string, IndicatorFollowUp[]>;
  activities: Map<string, ActivityFollowUp[]>;
}

function byGoal<T extends { goalId: string | null }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    if (item.goalId === null) continue;
    const list = out.get(item.goalId);
    if (list) list.push(item);
    else out.set(item.goalId, [item]);
  }
  return out;
}

export function goalIndex(r: AnnualReport): GoalIndex {
  return { indicators: byGoal(r.indicators), activities: byGoal(r.activities) };
}

/** A goal's paragraph: its indicators one by one, its roll-up assessment and its activities. */
export function goalParagraph(r: AnnualReport, g: GoalFollowUp, lang: Lang, options: NarrativeOptions = {}, index: GoalIndex = goalIndex(r)): string {
  const ctx = { year: r.year, lang };
  const own = index.indicators.get(g.goalId) ?? [];
  const below = g.indicatorIds.length - own.length;
  const word = N.goalWord(g.level);
  const parts: string[] = [sentences([N.indicatorsOf(word, own.length, below)[lang]])];
  for (const i of own) parts.push(indicatorSentences(i, ctx));
  if (g.assessment !== null && g.indicatorIds.length > 1) {
    const counts = ASSESSMENTS.filter((a) => g.assessments[a] > 0).map((a): [Assessment, number] => [a, g.assessments[a]]);
    parts.push(sentences([N.goalAssessment(word, g.assessment, counts, g.indicatorIds.length)[lang]]));
  }
  const ownActs = index.activities.get(g.goalId) ?? [];
  const ownCount = total(g.ownStatus);
  const statusList = (s: StatusCounts) => N.statusList(statusCounts(s), lang);
  const activityParts: (string | null)[] = [
    ownCount > 0 ? N.activities(word, r.year, ownCount, statusList(g.ownStatus), false)[lang] : N.noActivities(word, r.year)[lang],
    total(g.status) > ownCount ? N.activities(word, r.year, total(g.status), statusList(g.status), true)[lang] : null,
  ];
  const late = lateActivities(ownActs, options.asOf ?? `${r.year}-12-31`);
  if (late.length > 0) activityParts.push(N.late(late.map((a) => labelled(a.activityId, a.name)))[lang]);
  parts.push(sentences(activityParts));
  return parts.join(" ");
}

/** The budget paragraph: earmarked, allocated, spent, what remains, who went over and the staff hours. */
export function budgetParagraph(r: AnnualReport, lang: Lang): string {
  const b = r.budget.year;
  const overIds = new Set(r.budget.overBudget);
  const over = r.activities.filter((a) => overIds.has(a.activityId));
  return sentences([
    b.earmarked !== null ? N.earmarked(r.year, b.earmarked)[lang] : N.noEarmark(r.year)[lang],
    N.allocatedSpent(b.allocated, b.spent, r.activities.length)[lang],
    b.remaining !== null && b.unallocated !== null ? N.remaining(b.remaining, b.unallocated)[lang] : null,
    over.length > 0 ? N.overBudget(over.map((a) => N.overBudgetItem(labelled(a.activityId, a.name), a.spent ?? 0, a.budget ?? 0)[lang]))[lang] : null,
    b.hours > 0 ? N.hours(b.hours)[lang] : null,
  ]);
}

/** The organisation paragraph: the groups, and meetings held against planned. */
export function organisationParagraph(r: AnnualReport, lang: Lang): string {
  const seats = r.groups.reduce((n, g) => n + g.members.length, 0);
  const planned = r.meetings.filter((m) => m.planned !== null);
  const fewer = planned.filter((m) => m.held < m.planned!);
  return sentences([
    N.groups(r.groups.length, seats)[lang],
    N.meetings(r.year, r.meetings.reduce((n, m) => n + m.held, 0), planned.reduce((n, m) => n + m.planned!, 0))[lang],
    fewer.length === 0
      ? planned.length > 0
        ? N.allMet(planned.length)[lang]
        : null
      : N.fewer(fewer.map((m) => N.heldOf(labelled(m.groupId, m.name), m.held, m.planned!)[lang]))[lang],
  ]);
}

/** The documents paragraph: how many are in force, and which are overdue or expired. */
export function documentsParagraph(r: AnnualReport, lang: Lang): string {
  const valid = r.documents.filter((d) => d.status === "valid").length;
  return sentences([
    N.documents(r.documents.length, valid)[lang],
    ...r.documents.filter((d) => d.status === "followUpDue").map((d) => N.followUpDue(labelled(d.documentId, d.title), d.nextFollowUp)[lang]),
    ...r.documents.filter((d) => d.status === "expired").map((d) => N.expired(labelled(d.documentId, d.title), d.validUntil)[lang]),
  ]);
}

/** The citizen promises paragraph: each promise's linked activities by status. */
export function citizenPromisesParagraph(r: AnnualReport, lang: Lang): string {
  return sentences(
    r.citizenPromises.map((p) => {
      const counts = Object.fromEntries(STATUSES.map((s) => [s, p.activities.filter((a) => a.status === s).length])) as StatusCounts;
      return N.citizenPromise(labelled(p.documentId, p.title), p.activities.length, N.statusList(statusCounts(counts), lang), r.year)[lang];
    }),
  );
}

/** The summary paragraph: the indicators by assessment, the activities by status and the budget used. */
export function summaryParagraph(r: AnnualReport, lang: Lang): string {
  const k = r.keyFigures;
  const assessed = ASSESSMENTS.filter((a) => k.assessments[a] > 0).map((a) => N.assessmentCount(a, k.assessments[a], lang));
  const statuses: Text = { sv: N.statusList(statusCounts(k.status), "sv"), en: N.statusList(statusCounts(k.status), "en") };
  return sentences([
    k.indicators > 0 ? N.summaryIndicators(r.year, k.indicators, k.goals, listText(assessed, lang))[lang] : null,
    k.activities > 0 ? N.summaryActivities(k.activities, statuses)[lang] : null,
    k.earmarked !== null ? N.summaryBudget(k.earmarked, k.spent)[lang] : null,
  ]);
}

/** Every paragraph of the report, by section, as the sheet and the Word report show them. */
export interface ReportNarrative {
  summary: string;
  organisation: string;
  goals: Map<string, string>;
  budget: string;
  documents: string;
  citizenPromises: string;
}

export function reportNarrative(r: AnnualReport, lang: Lang, options: NarrativeOptions = {}): ReportNarrative {
  const index = goalIndex(r);
  return {
    summary: summaryParagraph(r, lang),
    organisation: organisationParagraph(r, lang),
    goals: new Map(r.goals.map((g) => [g.goalId, goalParagraph(r, g, lang, options, index)])),
    budget: budgetParagraph(r, lang),
    documents: documentsParagraph(r, lang),
    citizenPromises: citizenPromisesParagraph(r, lang),
  };
}
