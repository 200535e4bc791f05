// The follow-up's results as plain, serialisable data: what computeFollowUp and
// buildAnnualReport return and what the Uppföljning sheet, the annual report
// sheet, the Word export and the task pane render. Keys, never labels: every
// label is looked up in the chosen language at render time.

import type { Lang, ListKey } from "../workbook/layout";
import type { ComparisonSeries } from "./comparisons";

export type Direction = ListKey<"direction">;
export type ActivityStatus = ListKey<"activityStatus">;
export type Unit = ListKey<"unit">;

/** Which way the value moved since the previous measurement. */
export type TrendMove = "up" | "down" | "flat";
/** Whether that move is good news, given the indicator's Riktning. */
export type TrendVerdict = "better" | "worse" | "same" | "unknown";

/**
 * How an indicator stands in the follow-up year (see assessIndicator in indicators.ts
 * for the exact definitions).
 */
export type Assessment = "achieved" | "onTrack" | "notOnTrack" | "noValue" | "unknown";

export interface YearValue {
  year: number;
  value: number;
}

export interface IndicatorFollowUp {
  indicatorId: string;
  name: string;
  goalId: string | null;
  unit: Unit | null;
  direction: Direction | null;
  baseYear: number | null;
  baseValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  /** Every measurement up to and including the follow-up year, by year ascending. */
  series: YearValue[];
  /** The latest measurement in or before the follow-up year: the value assessed. */
  value: number | null;
  /** The year of `value` (the follow-up year or, when its statistics are not out yet, an earlier one). */
  valueYear: number | null;
  /** The measurement before that one (normally the year before) and its year. */
  previousYear: number | null;
  previousValue: number | null;
  trend: { move: TrendMove; verdict: TrendVerdict } | null;
  /** (value − base) / (target − base), unclamped; see progressTowardsTarget. */
  progress: number | null;
  /** progress clamped to 0…1 for bars and percentages. */
  progressShown: number | null;
  assessment: Assessment;
  /** Comparison values (Jämförelsevärden: Riket, a group), Riket first; empty when there are none. */
  comparisons?: ComparisonSeries[];
}

export type StatusCounts = Record<ActivityStatus, number>;

export interface GoalFollowUp {
  goalId: string;
  name: string;
  level: ListKey<"goalLevel"> | null;
  parentGoalId: string | null;
  /** Depth in the goal tree (0 for a goal without a parent). */
  depth: number;
  /** Indicator ids counted for this goal: its own and those of every goal below it. */
  indicatorIds: string[];
  /** How many of those indicators stand at each assessment. */
  assessments: Record<Assessment, number>;
  /** The goal's roll-up assessment (see rollUpAssessment in goals.ts); null without indicators. */
  assessment: Assessment | null;
  /** Status counts of the year's activities linked to this goal directly. */
  ownStatus: StatusCounts;
  /** Status counts of the year's activities of this goal and every goal below it. */
  status: StatusCounts;
}

export interface ActivityFollowUp {
  activityId: string;
  name: string;
  goalId: string | null;
  groupId: string | null;
  responsiblePerson: string | null;
  status: ActivityStatus | null;
  start: string | null;
  end: string | null;
  /** Budgetår, else the year of Start. */
  budgetYear: number | null;
  budget: number | null;
  spent: number | null;
  hours: number | null;
  citizenPromiseId: string | null;
  comment: string | null;
  /** Utfall (kr) above Budget (kr). */
  overBudget: boolean;
}

export interface BudgetFigures {
  /** Öronmärkt budget (kr); null when the Budget table has no row for the year. */
  earmarked: number | null;
  /** Σ Budget (kr) of the activities whose budget year is this year. */
  allocated: number;
  /** Σ Utfall (kr) of the same activities. */
  spent: number;
  /** earmarked − spent; null without an earmark. */
  remaining: number | null;
  /** earmarked − allocated; null without an earmark. */
  unallocated: number | null;
  /** Σ Arbetstimmar of the same activities. */
  hours: number;
}

export interface BudgetYear extends BudgetFigures {
  year: number;
}

export interface GoalBudget {
  goalId: string;
  name: string;
  allocated: number;
  spent: number;
  hours: number;
}

export interface MeetingFollowUp {
  groupId: string;
  name: string;
  type: ListKey<"groupType"> | null;
  held: number;
  /** Planerade möten per år; null when the group has none. */
  planned: number | null;
}

export interface FollowUp {
  year: number;
  /** The workbook's language, the default for rendering. */
  lang: Lang;
  indicators: IndicatorFollowUp[];
  goals: GoalFollowUp[];
  /** The activities that belong to the year (see activityInYear in activities.ts). */
  activities: ActivityFollowUp[];
  budget: {
    /** Every year the Budget table or an activity's budget year names, ascending. */
    years: BudgetYear[];
    /** The follow-up year's figures (zeros and nulls when nothing is there). */
    year: BudgetFigures;
    /** The follow-up year's allocation, spending and hours per goal (by the activities' own Mål-ID). */
    byGoal: GoalBudget[];
    /** The follow-up year's activities whose Utfall exceeds their Budget. */
    overBudget: string[];
  };
  meetings: MeetingFollowUp[];
}

// ---- The annual report (verksamhetsberättelse) ----

export interface ReportGroup {
  groupId: string;
  name: string;
  type: ListKey<"groupType"> | null;
  chair: string | null;
  convener: string | null;
  /** Names of the members in force during the year, in sheet order. */
  members: string[];
  meetingsHeld: number;
  meetingsPlanned: number | null;
}

export interface ReportDocument {
  documentId: string;
  title: string;
  type: ListKey<"documentType"> | null;
  decidedBy: string | null;
  decisionDate: string | null;
  validUntil: string | null;
  lastFollowUp: string | null;
  nextFollowUp: string | null;
  /** Where the document stands on the last day of the follow-up year. */
  status: DocumentStatus;
}

/** valid: in force and its follow-up not overdue; followUpDue: Nästa uppföljning missing or passed; expired: Giltigt till passed; notDecided: no Beslutsdatum. */
export type DocumentStatus = "valid" | "followUpDue" | "expired" | "notDecided";

export interface ReportCitizenPromise {
  documentId: string;
  title: string;
  activities: { activityId: string; name: string; status: ActivityStatus | null }[];
}

export interface KeyFigures {
  goals: number;
  indicators: number;
  /** Indicators per assessment. */
  assessments: Record<Assessment, number>;
  activities: number;
  /** Activities per status. */
  status: StatusCounts;
  meetingsHeld: number;
  meetingsPlanned: number;
  earmarked: number | null;
  allocated: number;
  spent: number;
  remaining: number | null;
  hours: number;
}

export interface AnnualReport {
  year: number;
  /** Municipality from the settings ("" when not set). */
  municipality: string;
  keyFigures: KeyFigures;
  groups: ReportGroup[];
  goals: GoalFollowUp[];
  indicators: IndicatorFollowUp[];
  activities: ActivityFollowUp[];
  budget: FollowUp["budget"];
  documents: ReportDocument[];
  citizenPromises: ReportCitizenPromise[];
  /** Group names by id, for showing an activity's responsible group. */
  groupNames: Record<string, string>;
  /** Meetings held against planned per group (planned from the group or the workbook's setting for its type). */
  meetings: MeetingFollowUp[];
}
