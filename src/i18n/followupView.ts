// User-facing text of the task pane's Uppföljning view: the year choice, key
// figures, goal assessments, the buttons that write the follow-up sheets and
// download the Word report, and the budget view for finance staff. Every text in
// Swedish and English (a text with a count in its two forms, see ./plural.ts);
// `{name}` marks a placeholder that tr()/useT() fills in.
// (Assessment names come from ./followup.ts, shared with the sheets and Word.)

import type { Text } from "../base/text";
import { NOUNS } from "./nouns";
import type { Plural } from "./plural";

/** The view as a whole: heading, year, loading, the sub-tabs. */
export const followUpView = {
  heading: { sv: "Uppföljning och verksamhetsberättelse", en: "Follow-up and annual report" },
  intro: {
    sv: "Se hur målen ligger till ett visst år, skriv uppföljningsbladet med diagram och verksamhetsberättelsen, eller ladda ner berättelsen som Word. Dina data ändras inte.",
    en: "See how the goals stand in a given year, write the follow-up sheet with charts and the annual report, or download the report as Word. Your data is not changed.",
  },
  year: { sv: "Uppföljningsår", en: "Follow-up year" },
  yearHint: {
    sv: "Förval: föregående år under januari–mars, annars innevarande år.",
    en: "Default: the previous year in January–March, else the current year.",
  },
  reload: { sv: "Läs in igen", en: "Read again" },
  loading: { sv: "Läser uppföljningen för {year}…", en: "Reading the follow-up for {year}…" },
  loadFailed: { sv: "Uppföljningen kunde inte läsas", en: "The follow-up could not be read" },
  parts: { sv: "Visa", en: "Show" },
  tabOverview: { sv: "Översikt", en: "Overview" },
  tabBudget: { sv: "Budget", en: "Budget" },
  emptyPlanTitle: { sv: "Inget att följa upp ännu", en: "Nothing to follow up yet" },
  emptyPlan: {
    sv: "Planen har inga mål, indikatorer eller aktiviteter för {year}. Fyll i planeringsbladen (eller exempelplanen under Struktur) och välj Läs in igen.",
    en: "The plan has no goals, indicators or activities for {year}. Fill in the planning sheets (or the example plan under Structure) and choose Read again.",
  },
} as const satisfies Record<string, Text>;

/** Key figures and goal assessments ("Översikt"); the figures' names are the report's (reportText.keyFigures). */
export const overviewText = {
  keyFiguresHeading: { sv: "Nyckeltal {year}", en: "Key figures {year}" },
  activitiesDone: { one: { sv: "{n} genomförd", en: "{n} completed" }, other: { sv: "{n} genomförda", en: "{n} completed" } },
  /** Counted by {planned}. */
  meetingsOfPlanned: {
    one: { sv: "{held} av {planned} planerat", en: "{held} of {planned} planned" },
    other: { sv: "{held} av {planned} planerade", en: "{held} of {planned} planned" },
  },
  /** An amount the plan does not give (no earmarked budget for the year). */
  none: { sv: "saknas", en: "none" },
  goalsHeading: { sv: "Målens bedömning {year}", en: "Goal assessments {year}" },
  assessmentCounts: { sv: "Indikatorer per bedömning", en: "Indicators per assessment" },
  noGoals: { sv: "Planen har inga mål ännu.", en: "The plan has no goals yet." },
  noIndicators: { sv: "Inga indikatorer", en: "No indicators" },
  indicatorCount: NOUNS.indicators,
} as const satisfies Record<string, Text | Plural>;

/** The buttons that write the sheets and download the Word report, their progress and results. */
export const actionText = {
  heading: { sv: "Skriv och ladda ner", en: "Write and download" },
  writeFollowUp: { sv: "Skriv uppföljningsbladet", en: "Write the follow-up sheet" },
  writeFollowUpHint: {
    sv: "Bladet Uppföljning med indikatorer, diagram, budget och möten för {year}.",
    en: "The Follow-up sheet with indicators, charts, budget and meetings for {year}.",
  },
  writeReport: { sv: "Skriv verksamhetsberättelse {year}", en: "Write annual report {year}" },
  writeReportHint: {
    sv: "Ett utskriftsklart blad med verksamhetsberättelsen för {year}.",
    en: "A print-ready sheet with the annual report for {year}.",
  },
  download: { sv: "Ladda ner Word", en: "Download Word" },
  downloadHint: {
    sv: "Verksamhetsberättelsen för {year} som Word-dokument ({file}).",
    en: "The annual report for {year} as a Word document ({file}).",
  },
  writingFollowUp: { sv: "Skriver uppföljningsbladet…", en: "Writing the follow-up sheet…" },
  writingReport: { sv: "Skriver verksamhetsberättelsen…", en: "Writing the annual report…" },
  buildingWord: { sv: "Skapar Word-dokumentet…", en: "Creating the Word document…" },
  written: { sv: "Bladet {sheet} är skrivet.", en: "The sheet {sheet} has been written." },
  downloaded: { sv: "Word-dokumentet {file} är nedladdat.", en: "The Word document {file} has been downloaded." },
  writeFollowUpFailed: { sv: "Uppföljningsbladet kunde inte skrivas", en: "The follow-up sheet could not be written" },
  writeReportFailed: { sv: "Verksamhetsberättelsen kunde inte skrivas", en: "The annual report could not be written" },
  downloadFailed: { sv: "Word-dokumentet kunde inte skapas", en: "The Word document could not be created" },
  noticesTitle: { sv: "Att känna till", en: "Good to know" },
  /** The downloaded file's name, without characters a file system may refuse. */
  fileName: { sv: "Verksamhetsberattelse-{year}.docx", en: "Annual-report-{year}.docx" },
} as const satisfies Record<string, Text>;

/** The budget view for finance staff. */
export const budgetText = {
  heading: { sv: "Budget {year}", en: "Budget {year}" },
  intro: {
    sv: "Den öronmärkta budgeten mot aktiviteternas budget och utfall. En aktivitet räknas till sitt budgetår (annars året den startar).",
    en: "The earmarked budget against the activities' budget and spending. An activity counts towards its budget year (else the year it starts).",
  },
  yearsCaption: { sv: "Per år", en: "Per year" },
  goalsCaption: { sv: "Per mål {year}", en: "Per goal {year}" },
  year: { sv: "År", en: "Year" },
  goal: { sv: "Mål", en: "Goal" },
  earmarked: { sv: "Öronmärkt", en: "Earmarked" },
  allocated: { sv: "Fördelat", en: "Allocated" },
  spent: { sv: "Utfall", en: "Spent" },
  remaining: { sv: "Kvar", en: "Remaining" },
  remainingHint: {
    sv: "Per år: öronmärkt minus utfall. Per mål: fördelat minus utfall.",
    en: "Per year: earmarked minus spent. Per goal: allocated minus spent.",
  },
  overspent: { sv: "Överskridet", en: "Overspent" },
  noGoal: { sv: "(utan mål)", en: "(no goal)" },
  noBudget: { sv: "Ingen budget och inga aktiviteter med budget.", en: "No budget and no activities with a budget." },
  noGoalBudget: { sv: "Inga aktiviteter har budgetår {year}.", en: "No activities have the budget year {year}." },
  overBudgetHeading: { sv: "Aktiviteter över budget {year}", en: "Activities over budget {year}" },
  noOverBudget: { sv: "Ingen aktivitet har högre utfall än budget.", en: "No activity has spent more than its budget." },
  overBudgetLine: {
    sv: "budget {budget}, utfall {spent}, {over} över",
    en: "budget {budget}, spent {spent}, {over} over",
  },
  findingsHeading: { sv: "Budgetkontroller", en: "Budget checks" },
  findingsHint: {
    sv: "Kontrollerna BUD-01–BUD-05 för hela planen. Klicka eller tryck Enter på ett fynd för att markera cellen.",
    en: "The checks BUD-01–BUD-05 for the whole plan. Click a finding or press Enter on it to select its cell.",
  },
  noFindings: { sv: "Budgetkontrollerna hittade inget att anmärka på.", en: "The budget checks found nothing to remark on." },
  changingAck: { sv: "Sparar kvitteringen…", en: "Saving the acknowledgement…" },
  unackFailed: { sv: "Kvitteringen kunde inte tas bort", en: "The acknowledgement could not be removed" },
  selected: { sv: "Markerade {place} i arbetsboken.", en: "Selected {place} in the workbook." },
  selectFailed: { sv: "Cellen kunde inte markeras", en: "The cell could not be selected" },
} as const satisfies Record<string, Text>;
