// The follow-up's user-facing strings in Swedish and English: assessments and
// trends, the Uppföljning sheet, the annual report (sheet and Word), and the
// follow-up command's notices. Texts with values are functions returning Text.

import type { Text } from "../base/text";
import { formatNumber } from "./format";
import { plural } from "./plural";

/** Keyed by followup/types' Assessment (and below by TrendMove, TrendVerdict, DocumentStatus): indexing with a value it lacks fails the type check. */
export const assessmentText = {
  achieved: { sv: "Uppnått", en: "Achieved" },
  onTrack: { sv: "På väg", en: "On track" },
  notOnTrack: { sv: "Ej på väg", en: "Not on track" },
  noValue: { sv: "Saknar mätvärde", en: "No value" },
  unknown: { sv: "Kan inte bedömas", en: "Cannot be assessed" },
} satisfies Record<string, Text>;

export const trendMoveText = {
  up: { sv: "Ökar", en: "Rising" },
  down: { sv: "Minskar", en: "Falling" },
  flat: { sv: "Oförändrad", en: "Unchanged" },
} satisfies Record<string, Text>;

export const trendVerdictText = {
  better: { sv: "bättre", en: "better" },
  worse: { sv: "sämre", en: "worse" },
  same: { sv: "", en: "" },
  unknown: { sv: "", en: "" },
} satisfies Record<string, Text>;

export const documentStatusText = {
  valid: { sv: "Gällande", en: "In force" },
  followUpDue: { sv: "Uppföljning försenad", en: "Follow-up overdue" },
  expired: { sv: "Har gått ut", en: "Expired" },
  notDecided: { sv: "Ej beslutad", en: "Not decided" },
} satisfies Record<string, Text>;

/** Column headers shared by the sheets and the Word report. */
export const col = {
  indicator: { sv: "Indikator", en: "Indicator" },
  goalId: { sv: "Mål-ID", en: "Goal ID" },
  goal: { sv: "Mål", en: "Goal" },
  goalAssessment: { sv: "Målets bedömning", en: "Goal assessment" },
  unit: { sv: "Enhet", en: "Unit" },
  baseYear: { sv: "Basår", en: "Base year" },
  baseValue: { sv: "Basvärde", en: "Baseline" },
  targetYear: { sv: "Målår", en: "Target year" },
  targetValue: { sv: "Målvärde", en: "Target" },
  latestValue: { sv: "Senaste mätning (år)", en: "Latest measurement (year)" },
  previousValue: { sv: "Föregående mätning", en: "Previous measurement" },
  trend: { sv: "Trend", en: "Trend" },
  progress: { sv: "Andel av vägen till målet", en: "Share of the way to the target" },
  assessment: { sv: "Bedömning", en: "Assessment" },
  year: { sv: "År", en: "Year" },
  value: { sv: "Värde", en: "Value" },
  activity: { sv: "Aktivitet", en: "Activity" },
  responsibleGroup: { sv: "Ansvarig grupp", en: "Responsible group" },
  status: { sv: "Status", en: "Status" },
  budget: { sv: "Budget (kr)", en: "Budget (SEK)" },
  spent: { sv: "Utfall (kr)", en: "Spent (SEK)" },
  hours: { sv: "Arbetstimmar", en: "Staff hours" },
  comment: { sv: "Kommentar", en: "Comment" },
  earmarked: { sv: "Öronmärkt budget (kr)", en: "Earmarked budget (SEK)" },
  allocated: { sv: "Fördelat till aktiviteter (kr)", en: "Allocated to activities (SEK)" },
  remaining: { sv: "Kvar (kr)", en: "Remaining (SEK)" },
  unallocated: { sv: "Ej fördelat (kr)", en: "Unallocated (SEK)" },
  group: { sv: "Grupp", en: "Group" },
  groupType: { sv: "Typ", en: "Type" },
  chair: { sv: "Ordförande", en: "Chair" },
  convener: { sv: "Sammankallande", en: "Convener" },
  members: { sv: "Ledamöter", en: "Members" },
  meetingsHeld: { sv: "Hållna möten", en: "Meetings held" },
  meetingsPlanned: { sv: "Planerade möten", en: "Meetings planned" },
  document: { sv: "Dokument", en: "Document" },
  documentType: { sv: "Typ", en: "Type" },
  decidedBy: { sv: "Beslutat av", en: "Decided by" },
  decisionDate: { sv: "Beslutsdatum", en: "Decision date" },
  validUntil: { sv: "Giltigt till", en: "Valid until" },
  lastFollowUp: { sv: "Senast uppföljd", en: "Last followed up" },
  nextFollowUp: { sv: "Nästa uppföljning", en: "Next follow-up" },
  citizenPromise: { sv: "Medborgarlöfte", en: "Citizen promise" },
  keyFigure: { sv: "Nyckeltal", en: "Key figure" },
} as const;

/** The Uppföljning sheet. */
export const followUpSheetText = {
  title: (year: number, municipality: string): Text => ({
    sv: `Uppföljning ${year}${municipality ? ` – ${municipality}` : ""}`,
    en: `Follow-up ${year}${municipality ? ` – ${municipality}` : ""}`,
  }),
  subtitle: { sv: "Indikatorer, aktiviteter, budget och möten", en: "Indicators, activities, budget and meetings" },
  generatedNote: {
    sv: "Skapat av Rådsplan från planeringsbladen. Bladet skrivs om vid nästa uppföljning: skriv inte här, ändra i planeringsbladen i stället.",
    en: "Created by Rådsplan from the planning sheets. The sheet is rewritten at the next follow-up: do not type here, change the planning sheets instead.",
  },
  indicatorsHeading: { sv: "Indikatorer", en: "Indicators" },
  chartDataHeading: { sv: "Diagramdata", en: "Chart data" },
  statusHeading: (year: number): Text => ({ sv: `Aktiviteter per status och mål ${year}`, en: `Activities by status and goal ${year}` }),
  budgetHeading: { sv: "Öronmärkt, fördelat och förbrukat per år", en: "Earmarked, allocated and spent per year" },
  meetingsHeading: (year: number): Text => ({ sv: `Möten ${year}: hållna och planerade`, en: `Meetings ${year}: held and planned` }),
  indicatorChartTitle: (id: string, name: string): Text => ({ sv: `${id} ${name}`, en: `${id} ${name}` }),
  measured: { sv: "Mätvärde", en: "Measured" },
  target: { sv: "Målvärde", en: "Target" },
  yearAxis: { sv: "År", en: "Year" },
  activitiesAxis: { sv: "Antal aktiviteter", en: "Number of activities" },
  kronorAxis: { sv: "Kronor", en: "SEK" },
  meetingsAxis: { sv: "Antal möten", en: "Number of meetings" },
  goalAxis: { sv: "Mål", en: "Goal" },
  groupAxis: { sv: "Grupp", en: "Group" },
  noIndicators: { sv: "Planen har inga indikatorer ännu.", en: "The plan has no indicators yet." },
  noActivities: (year: number): Text => ({ sv: `Inga aktiviteter hör till ${year}.`, en: `No activities belong to ${year}.` }),
  noBudget: { sv: "Ingen budget och inga aktiviteter med budget.", en: "No budget and no activities with a budget." },
  noMeetings: { sv: "Ingen grupp har planerade eller hållna möten.", en: "No group has planned or held meetings." },
  noMeasurements: { sv: "Inga mätvärden ännu.", en: "No measurements yet." },
  /** Under the indicator table when only the first `shown` indicators get a chart. */
  chartsLeftOut: (shown: number, total: number): Text => ({
    sv: `Diagram ritas för de ${formatNumber(shown, "sv")} första av ${formatNumber(total, "sv")} indikatorer; alla står i tabellen ovan.`,
    en: `Charts are drawn for the first ${formatNumber(shown, "en")} of ${formatNumber(total, "en")} indicators; all are in the table above.`,
  }),
};

/** Under a table or data block that lists only its first `shown` rows, so that the sheet fits in one write to Excel. */
export const rowsLeftOutText = (shown: number, total: number): Text => ({
  sv: `Visar de ${formatNumber(shown, "sv")} första av ${formatNumber(total, "sv")} raderna: fler ryms inte i en skrivning till Excel. Alla finns i planeringsbladen och i Word-filen.`,
  en: `Showing the first ${formatNumber(shown, "en")} of ${formatNumber(total, "en")} rows: no more fit in one write to Excel. All are in the planning sheets and the Word file.`,
});

/** The annual report (sheet and Word). */
export const reportText = {
  title: (year: number): Text => ({ sv: `Verksamhetsberättelse ${year}`, en: `Annual report ${year}` }),
  subtitle: (municipality: string, year: number): Text => ({
    sv: `Det brottsförebyggande arbetet ${year}${municipality ? ` – ${municipality}` : ""}`,
    en: `Crime prevention work in ${year}${municipality ? ` – ${municipality}` : ""}`,
  }),
  /** Page header and footer; `municipality` already escaped for Excel's header codes. */
  pageHeader: (municipality: string, year: number): Text => ({
    sv: `${municipality ? `${municipality} – ` : ""}Verksamhetsberättelse ${year}`,
    en: `${municipality ? `${municipality} – ` : ""}Annual report ${year}`,
  }),
  pageFooter: (municipality: string, year: number): Text => ({
    sv: `${municipality ? `${municipality} ` : ""}${year} – sida &P av &N`,
    en: `${municipality ? `${municipality} ` : ""}${year} – page &P of &N`,
  }),
  generatedNote: {
    sv: "Skapad av Rådsplan från planeringsbladen. Bladet skrivs om när berättelsen skapas på nytt.",
    en: "Created by Rådsplan from the planning sheets. The sheet is rewritten when the report is created again.",
  },
  sections: {
    summary: { sv: "Sammanfattning", en: "Summary" },
    organisation: { sv: "Organisation", en: "Organisation" },
    goals: { sv: "Måluppfyllelse", en: "Goal attainment" },
    activities: { sv: "Aktiviteter per mål", en: "Activities per goal" },
    economy: { sv: "Ekonomi", en: "Finances" },
    economyByGoal: { sv: "Ekonomi per mål", en: "Finances per goal" },
    documents: { sv: "Styrdokument", en: "Governing documents" },
    citizenPromises: { sv: "Medborgarlöften", en: "Citizen promises" },
    goalIndicators: { sv: "Indikatorer", en: "Indicators" },
    goalActivities: (year: number): Text => ({ sv: `Aktiviteter ${year}`, en: `Activities ${year}` }),
    otherActivities: { sv: "Övriga aktiviteter", en: "Other activities" },
    moreGoals: { sv: "Övriga mål", en: "Further goals" },
    contents: { sv: "Innehåll", en: "Contents" },
  },
  keyFigures: {
    goals: { sv: "Mål", en: "Goals" },
    indicators: { sv: "Indikatorer", en: "Indicators" },
    activities: { sv: "Aktiviteter", en: "Activities" },
    overBudget: { sv: "Aktiviteter över budget", en: "Activities over budget" },
    meetingsHeld: { sv: "Hållna möten", en: "Meetings held" },
    meetingsPlanned: { sv: "Planerade möten", en: "Meetings planned" },
    earmarked: { sv: "Öronmärkt budget", en: "Earmarked budget" },
    allocated: { sv: "Fördelat till aktiviteter", en: "Allocated to activities" },
    spent: { sv: "Utfall", en: "Spent" },
    remaining: { sv: "Kvar av budgeten", en: "Budget remaining" },
    hours: { sv: "Arbetstimmar", en: "Staff hours" },
    indicatorsAt: (label: Text): Text => ({ sv: `Indikatorer: ${label.sv}`, en: `Indicators: ${label.en}` }),
    activitiesAt: (label: Text): Text => ({ sv: `Aktiviteter: ${label.sv}`, en: `Activities: ${label.en}` }),
  },
  none: {
    groups: { sv: "Inga grupper i planen.", en: "No groups in the plan." },
    goals: { sv: "Inga mål i planen.", en: "No goals in the plan." },
    activities: (year: number): Text => ({ sv: `Inga aktiviteter hör till ${year}.`, en: `No activities belong to ${year}.` }),
    economy: { sv: "Ingen budget för året.", en: "No budget for the year." },
    documents: { sv: "Inga styrdokument i planen.", en: "No governing documents in the plan." },
    citizenPromises: (year: number): Text => ({ sv: `Inga medborgarlöften gäller ${year}.`, en: `No citizen promises apply in ${year}.` }),
    noIndicator: { sv: "(ingen egen indikator)", en: "(no indicator of its own)" },
    noActivity: { sv: "(inga kopplade aktiviteter)", en: "(no linked activities)" },
    goalActivities: (year: number): Text => ({ sv: `Inga egna aktiviteter ${year}.`, en: `No activities of its own in ${year}.` }),
  },
  since: (year: number): Text => ({ sv: `sedan ${year}`, en: `since ${year}` }),
  /** On the report sheet when it gives only the first `shown` goals a subsection of their own. */
  moreGoalsNote: (shown: number, total: number): Text => ({
    sv: `Bladet ger de ${formatNumber(shown, "sv")} första av ${formatNumber(total, "sv")} målen text och tabeller; övriga måls indikatorer står under Måluppfyllelse och deras aktiviteter här nedan. Word-filen har text och diagram för alla mål.`,
    en: `The sheet gives the first ${formatNumber(shown, "en")} of ${formatNumber(total, "en")} goals their own text and tables; the other goals' indicators are under Goal attainment and their activities below. The Word file has text and charts for every goal.`,
  }),
  /** In the Word report when only the first `shown` indicators get a chart picture. */
  chartsLeftOut: (shown: number, total: number): Text => ({
    sv: `Diagram visas för de ${formatNumber(shown, "sv")} första av ${formatNumber(total, "sv")} indikatorerna; alla indikatorers värden står i tabellen och i texten under varje mål.`,
    en: `Charts are shown for the first ${formatNumber(shown, "en")} of ${formatNumber(total, "en")} indicators; every indicator's values are in the table and in the text under each goal.`,
  }),
  madeOn: (date: string): Text => ({ sv: `Upprättad ${date} med Rådsplan`, en: `Prepared on ${date} with Rådsplan` }),
};

/** What the follow-up command tells the user. */
export const followUpNotices = {
  sheetNameTaken: (wanted: string, used: string): Text => ({
    sv: `Bladet "${wanted}" finns redan och skapades inte av Rådsplan. Det lämnades orört och resultatet skrevs till bladet "${used}".`,
    en: `The sheet "${wanted}" already exists and was not created by Rådsplan. It was left untouched and the result was written to the sheet "${used}".`,
  }),
  noFreeSheetName: (wanted: string): Text => ({
    sv: `Bladen "${wanted}" och dess numrerade varianter finns redan och skapades inte av Rådsplan, så ingenting skrevs. Byt namn på eller ta bort ett av dem och försök igen.`,
    en: `The sheet "${wanted}" and its numbered variants already exist and were not created by Rådsplan, so nothing was written. Rename or delete one of them and try again.`,
  }),
  badYear: (year: string): Text => ({
    sv: `Uppföljningsåret "${year}" är inget år mellan 1900 och 2200. Välj ett år, till exempel ${new Date().getFullYear()}.`,
    en: `The follow-up year "${year}" is not a year between 1900 and 2200. Choose a year, for example ${new Date().getFullYear()}.`,
  }),
  nothingChosen: {
    sv: "Välj minst ett blad att skapa: Uppföljning eller Verksamhetsberättelse.",
    en: "Choose at least one sheet to create: Follow-up or Annual report.",
  },
  noPlan: {
    sv: "Arbetsboken har inga planeringstabeller ännu, så det finns inget att följa upp. Skapa strukturen (eller fyll i exempelplanen) under Struktur och försök igen.",
    en: "The workbook has no planning tables yet, so there is nothing to follow up. Create the structure (or fill in the example plan) under Structure and try again.",
  },
  /** The `count` missing tables' sheet names, listed in each language. */
  missingTables: (count: number, sv: string, en: string): Text =>
    plural(count, {
      one: {
        sv: `Tabellen ${sv} saknas och räknades inte med. Skapa strukturen under Struktur för att lägga till den.`,
        en: `The table ${en} is missing and was left out. Create the structure under Structure to add it.`,
      },
      other: {
        sv: `Tabellerna ${sv} saknas och räknades inte med. Skapa strukturen under Struktur för att lägga till dem.`,
        en: `The tables ${en} are missing and were left out. Create the structure under Structure to add them.`,
      },
    }),
  /** The sheet's longest lists were cut to `maxRows` rows (rowsLeftOutText under each). */
  rowsLeftOut: (sheet: string, maxRows: number, leftOut: number): Text => {
    const notShown = plural(leftOut, {
      one: { sv: `${formatNumber(leftOut, "sv")} rad visas inte`, en: `${formatNumber(leftOut, "en")} row is not shown` },
      other: { sv: `${formatNumber(leftOut, "sv")} rader visas inte`, en: `${formatNumber(leftOut, "en")} rows are not shown` },
    });
    return {
      sv: `Planen är för stor för att hela bladet "${sheet}" ska rymmas i en skrivning till Excel: dess tabeller visar högst ${formatNumber(maxRows, "sv")} rader var, och ${notShown.sv}. Inget i planeringsbladen har ändrats, och Word-filen innehåller allt.`,
      en: `The plan is too large for the whole sheet "${sheet}" to fit in one write to Excel: its tables show at most ${formatNumber(maxRows, "en")} rows each, and ${notShown.en}. Nothing in the planning sheets was changed, and the Word file holds everything.`,
    };
  },
  chartsLeftOut: (sheet: string, shown: number, total: number): Text => ({
    sv: `Bladet "${sheet}" ritar diagram för de ${formatNumber(shown, "sv")} första av planens ${formatNumber(total, "sv")} indikatorer; alla indikatorer står i dess tabell.`,
    en: `The sheet "${sheet}" draws charts for the first ${formatNumber(shown, "en")} of the plan's ${formatNumber(total, "en")} indicators; every indicator is in its table.`,
  }),
  /** Columns the follow-up could not read (DATA-06): "Indikatorer: Målvärde, …". */
  columnsNotRead: (count: number, sv: string, en: string): Text =>
    plural(count, {
      one: {
        sv: `Kolumnen ${sv} kunde inte läsas (den saknas, eller dess rubrik finns två gånger) och räknades inte med. Kör Kontroll för att se var.`,
        en: `The column ${en} could not be read (it is missing, or its header appears twice) and was left out. Run Checks to see where.`,
      },
      other: {
        sv: `Kolumnerna ${sv} kunde inte läsas (de saknas, eller deras rubriker finns två gånger) och räknades inte med. Kör Kontroll för att se var.`,
        en: `The columns ${en} could not be read (they are missing, or their headers appear twice) and were left out. Run Checks to see where.`,
      },
    }),
  planProblems: (n: number): Text =>
    plural(n, {
      one: {
        sv: "Ett värde i planeringsbladen kunde inte läsas och räknades inte med. Kör Kontroll för att se vilket.",
        en: "One value in the planning sheets could not be read and was left out. Run Checks to see which.",
      },
      other: {
        sv: `${formatNumber(n, "sv")} värden i planeringsbladen kunde inte läsas och räknades inte med. Kör Kontroll för att se vilka.`,
        en: `${formatNumber(n, "en")} values in the planning sheets could not be read and were left out. Run Checks to see which.`,
      },
    }),
};
