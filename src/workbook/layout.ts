// The planning workbook's layout as data: every sheet, table, column, type and
// allowed list (see docs/workbook.md). The single source of truth from which
// sheet creation, dropdowns, parsing and the checks are derived.

import type { Lang, Text } from "../base/text";

export type { Lang, Text } from "../base/text";

/**
 * The layout version create structure records. Version 2 added the Indicators table's
 * Kolada-KPI column and the Comparisons table (Jämförelsevärden); parts with a `since`
 * above a workbook's recorded version are optional there, so version 1 workbooks keep working.
 */
export const LAYOUT_VERSION = 2;

/** How a column's cells are read and formatted. */
export type ColumnType =
  | "id" // short user-chosen identifier, text
  | "text"
  | "ref" // an ID of another table (see ColumnDef.ref)
  | "list" // one of an allowed list (see ColumnDef.list)
  | "date" // a calendar date, parsed to ISO "YYYY-MM-DD"
  | "year" // a calendar year, integer 1900–2200
  | "integer"
  | "number"
  | "money" // kronor
  | "email"
  | "yesno"; // Ja/Nej, Yes/No

export interface ListItem {
  /** Stable, language-neutral key used in code. */
  key: string;
  sv: string;
  en: string;
}

export const LISTS = {
  groupType: [
    { key: "steering", sv: "Styrgrupp", en: "Steering group" },
    { key: "preparatory", sv: "Beredningsgrupp", en: "Preparatory group" },
    { key: "working", sv: "Arbetsgrupp", en: "Working group" },
    { key: "localCouncil", sv: "Lokalt råd", en: "Local council" },
    { key: "coordination", sv: "Samordningsfunktion", en: "Coordinating function" },
    { key: "other", sv: "Övrig", en: "Other" },
  ],
  memberRole: [
    { key: "chair", sv: "Ordförande", en: "Chair" },
    { key: "viceChair", sv: "Vice ordförande", en: "Vice chair" },
    { key: "convener", sv: "Sammankallande", en: "Convener" },
    { key: "member", sv: "Ledamot", en: "Member" },
    { key: "secretary", sv: "Sekreterare", en: "Secretary" },
    { key: "deputy", sv: "Ersättare", en: "Deputy" },
    { key: "coopted", sv: "Adjungerad", en: "Co-opted" },
  ],
  memberTitle: [
    { key: "boardChair", sv: "Kommunstyrelsens ordförande", en: "Chair of the municipal executive board" },
    { key: "municipalDirector", sv: "Kommundirektör", en: "Municipal director" },
    { key: "policeAreaHead", sv: "Lokalpolisområdeschef", en: "Head of the local police area" },
    { key: "municipalPolice", sv: "Kommunpolis", en: "Municipal police officer" },
    { key: "coordinator", sv: "Samordnare", en: "Coordinator" },
    { key: "departmentHead", sv: "Förvaltningschef", en: "Head of department" },
    { key: "committeeChair", sv: "Nämndordförande", en: "Committee chair" },
    { key: "other", sv: "Annan", en: "Other" },
  ],
  organisation: [
    { key: "municipality", sv: "Kommun", en: "Municipality" },
    { key: "police", sv: "Polis", en: "Police" },
    { key: "region", sv: "Region", en: "Region" },
    { key: "propertyOwner", sv: "Fastighetsägare", en: "Property owner" },
    { key: "civilSociety", sv: "Civilsamhälle", en: "Civil society" },
    { key: "university", sv: "Lärosäte", en: "University" },
    { key: "business", sv: "Näringsliv", en: "Business" },
    { key: "other", sv: "Annan", en: "Other" },
  ],
  memberKind: [
    { key: "elected", sv: "Förtroendevald", en: "Elected official" },
    { key: "civilServant", sv: "Tjänsteperson", en: "Civil servant" },
  ],
  documentType: [
    { key: "collaborationAgreement", sv: "Samverkansöverenskommelse", en: "Collaboration agreement" },
    { key: "missionPlan", sv: "Uppdragsplan", en: "Mission plan" },
    { key: "citizenPromise", sv: "Medborgarlöfte", en: "Citizen promise" },
    { key: "situationReport", sv: "Lägesbild", en: "Situation report" },
    { key: "actionPlan", sv: "Åtgärdsplan", en: "Action plan" },
    { key: "plan", sv: "Handlingsplan", en: "Plan of action" },
    { key: "other", sv: "Annat", en: "Other" },
  ],
  goalLevel: [
    { key: "overall", sv: "Övergripande mål", en: "Overall goal" },
    { key: "goal", sv: "Mål", en: "Goal" },
    { key: "subGoal", sv: "Delmål", en: "Sub-goal" },
  ],
  goalType: [
    { key: "effect", sv: "Effektmål", en: "Effect goal" },
    { key: "process", sv: "Processmål", en: "Process goal" },
    { key: "output", sv: "Produktionsmål", en: "Output goal" },
  ],
  activityStatus: [
    { key: "planned", sv: "Planerad", en: "Planned" },
    { key: "ongoing", sv: "Pågår", en: "Ongoing" },
    { key: "done", sv: "Genomförd", en: "Completed" },
    { key: "delayed", sv: "Försenad", en: "Delayed" },
    { key: "cancelled", sv: "Inställd", en: "Cancelled" },
  ],
  unit: [
    { key: "count", sv: "Antal", en: "Count" },
    { key: "per100k", sv: "Per 100 000 invånare", en: "Per 100,000 inhabitants" },
    { key: "percent", sv: "Procent", en: "Percent" },
    { key: "index06", sv: "Index 0–6", en: "Index 0–6" },
    { key: "kronor", sv: "Kronor", en: "Kronor" },
    { key: "other", sv: "Annan", en: "Other" },
  ],
  direction: [
    { key: "lower", sv: "Lägre är bättre", en: "Lower is better" },
    { key: "higher", sv: "Högre är bättre", en: "Higher is better" },
  ],
  indicatorSource: [
    { key: "bra", sv: "Brå", en: "Brå" },
    { key: "ntu", sv: "NTU", en: "NTU" },
    { key: "policeSurvey", sv: "Polisens trygghetsmätning", en: "Police safety survey" },
    { key: "kolada", sv: "Kolada", en: "Kolada" },
    { key: "can", sv: "CAN", en: "CAN" },
    { key: "own", sv: "Egen mätning", en: "Own measurement" },
  ],
  meetingType: [
    { key: "ordinary", sv: "Ordinarie", en: "Ordinary" },
    { key: "extra", sv: "Extra", en: "Extra" },
  ],
  yesno: [
    { key: "yes", sv: "Ja", en: "Yes" },
    { key: "no", sv: "Nej", en: "No" },
  ],
} as const satisfies Record<string, readonly ListItem[]>;

export type ListId = keyof typeof LISTS;
export type ListKey<L extends ListId> = (typeof LISTS)[L][number]["key"];

export type TableName =
  | "Groups"
  | "Members"
  | "Documents"
  | "Problems"
  | "Goals"
  | "Activities"
  | "Indicators"
  | "Measurements"
  | "Comparisons"
  | "Budget"
  | "Meetings";

export interface ColumnDef {
  /** Stable, language-neutral key used in code. */
  readonly key: string;
  readonly sv: string;
  readonly en: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** For type "list". */
  readonly list?: ListId;
  /** For type "ref": the referenced table (its ID column). */
  readonly ref?: TableName;
  /** Width in characters (Excel's unit of the default font's digit). */
  readonly width: number;
  /** The layout version that added this column (absent: version 1); optional in older workbooks. */
  readonly since?: number;
}

export interface TableDef {
  readonly name: TableName;
  readonly sheet: Text;
  /** Key of the column holding this table's ID, if it has one. */
  readonly idColumn?: string;
  readonly columns: readonly ColumnDef[];
  /** The layout version that added this table (absent: version 1); optional in older workbooks. */
  readonly since?: number;
}

const c = <const C extends ColumnDef>(col: C): C => col;

export const TABLES = [
  {
    name: "Groups",
    sheet: { sv: "Grupper", en: "Groups" },
    idColumn: "groupId",
    columns: [
      c({ key: "groupId", sv: "Grupp-ID", en: "Group ID", type: "id", required: true, width: 11 }),
      c({ key: "name", sv: "Namn", en: "Name", type: "text", required: true, width: 32 }),
      c({ key: "type", sv: "Typ", en: "Type", type: "list", list: "groupType", required: true, width: 20 }),
      c({ key: "appointedBy", sv: "Tillsatt av", en: "Appointed by", type: "ref", ref: "Groups", width: 12 }),
      c({ key: "mission", sv: "Uppdrag", en: "Mission", type: "text", width: 40 }),
      c({ key: "startDate", sv: "Startdatum", en: "Start date", type: "date", width: 12 }),
      c({ key: "endDate", sv: "Slutdatum", en: "End date", type: "date", width: 12 }),
      c({ key: "plannedMeetings", sv: "Planerade möten per år", en: "Planned meetings per year", type: "integer", width: 12 }),
      c({ key: "decisionMandate", sv: "Beslutsmandat", en: "Decision mandate", type: "yesno", width: 12 }),
      c({ key: "placement", sv: "Placering", en: "Placement", type: "text", width: 22 }),
    ],
  },
  {
    name: "Members",
    sheet: { sv: "Ledamöter", en: "Members" },
    columns: [
      c({ key: "name", sv: "Namn", en: "Name", type: "text", required: true, width: 26 }),
      c({ key: "groupId", sv: "Grupp-ID", en: "Group ID", type: "ref", ref: "Groups", required: true, width: 11 }),
      c({ key: "role", sv: "Roll i gruppen", en: "Role in the group", type: "list", list: "memberRole", required: true, width: 16 }),
      c({ key: "title", sv: "Befattning", en: "Position", type: "list", list: "memberTitle", width: 28 }),
      c({ key: "organisation", sv: "Organisation", en: "Organisation", type: "list", list: "organisation", required: true, width: 16 }),
      c({ key: "department", sv: "Förvaltning/nämnd", en: "Department/committee", type: "text", width: 26 }),
      c({ key: "kind", sv: "Förtroendevald/tjänsteperson", en: "Elected official/civil servant", type: "list", list: "memberKind", width: 18 }),
      c({ key: "email", sv: "E-post", en: "Email", type: "email", width: 28 }),
      c({ key: "from", sv: "Från", en: "From", type: "date", width: 12 }),
      c({ key: "to", sv: "Till", en: "To", type: "date", width: 12 }),
    ],
  },
  {
    name: "Documents",
    sheet: { sv: "Styrdokument", en: "Documents" },
    idColumn: "documentId",
    columns: [
      c({ key: "documentId", sv: "Dokument-ID", en: "Document ID", type: "id", required: true, width: 12 }),
      c({ key: "title", sv: "Titel", en: "Title", type: "text", required: true, width: 36 }),
      c({ key: "type", sv: "Typ", en: "Type", type: "list", list: "documentType", required: true, width: 24 }),
      c({ key: "parties", sv: "Parter", en: "Parties", type: "text", width: 24 }),
      c({ key: "decidedBy", sv: "Beslutat av", en: "Decided by", type: "text", width: 22 }),
      c({ key: "decisionDate", sv: "Beslutsdatum", en: "Decision date", type: "date", width: 12 }),
      c({ key: "validUntil", sv: "Giltigt till", en: "Valid until", type: "date", width: 12 }),
      c({ key: "lastFollowUp", sv: "Senast uppföljd", en: "Last followed up", type: "date", width: 12 }),
      c({ key: "nextFollowUp", sv: "Nästa uppföljning", en: "Next follow-up", type: "date", width: 12 }),
      c({ key: "responsibleGroup", sv: "Ansvarig grupp", en: "Responsible group", type: "ref", ref: "Groups", width: 12 }),
    ],
  },
  {
    name: "Problems",
    sheet: { sv: "Problem", en: "Problems" },
    idColumn: "problemId",
    columns: [
      c({ key: "problemId", sv: "Problem-ID", en: "Problem ID", type: "id", required: true, width: 11 }),
      c({ key: "problem", sv: "Problem", en: "Problem", type: "text", required: true, width: 40 }),
      c({ key: "area", sv: "Område", en: "Area", type: "text", width: 20 }),
      c({ key: "situationReport", sv: "Lägesbild (Dokument-ID)", en: "Situation report (Document ID)", type: "ref", ref: "Documents", width: 14 }),
      c({ key: "priority", sv: "Prioritet", en: "Priority", type: "integer", width: 10 }),
      c({ key: "rootCauseAnalysis", sv: "Orsaksanalys gjord", en: "Root-cause analysis done", type: "yesno", width: 12 }),
    ],
  },
  {
    name: "Goals",
    sheet: { sv: "Mål", en: "Goals" },
    idColumn: "goalId",
    columns: [
      c({ key: "goalId", sv: "Mål-ID", en: "Goal ID", type: "id", required: true, width: 9 }),
      c({ key: "goal", sv: "Mål", en: "Goal", type: "text", required: true, width: 44 }),
      c({ key: "level", sv: "Nivå", en: "Level", type: "list", list: "goalLevel", required: true, width: 18 }),
      c({ key: "parentGoal", sv: "Överordnat mål", en: "Parent goal", type: "ref", ref: "Goals", width: 10 }),
      c({ key: "goalType", sv: "Måltyp", en: "Goal type", type: "list", list: "goalType", width: 16 }),
      c({ key: "problemId", sv: "Problem-ID", en: "Problem ID", type: "ref", ref: "Problems", width: 11 }),
      c({ key: "focusArea", sv: "Fokusområde", en: "Focus area", type: "text", width: 20 }),
      c({ key: "sourceDocument", sv: "Källa (Dokument-ID)", en: "Source (Document ID)", type: "ref", ref: "Documents", width: 12 }),
      c({ key: "responsibleGroup", sv: "Ansvarig grupp", en: "Responsible group", type: "ref", ref: "Groups", width: 12 }),
    ],
  },
  {
    name: "Activities",
    sheet: { sv: "Aktiviteter", en: "Activities" },
    idColumn: "activityId",
    columns: [
      c({ key: "activityId", sv: "Aktivitets-ID", en: "Activity ID", type: "id", required: true, width: 11 }),
      c({ key: "activity", sv: "Aktivitet", en: "Activity", type: "text", required: true, width: 36 }),
      c({ key: "goalId", sv: "Mål-ID", en: "Goal ID", type: "ref", ref: "Goals", required: true, width: 9 }),
      c({ key: "responsibleGroup", sv: "Ansvarig grupp", en: "Responsible group", type: "ref", ref: "Groups", required: true, width: 12 }),
      c({ key: "responsiblePerson", sv: "Ansvarig person", en: "Responsible person", type: "text", width: 20 }),
      c({ key: "start", sv: "Start", en: "Start", type: "date", width: 12 }),
      c({ key: "end", sv: "Slut", en: "End", type: "date", width: 12 }),
      c({ key: "status", sv: "Status", en: "Status", type: "list", list: "activityStatus", required: true, width: 12 }),
      c({ key: "budget", sv: "Budget (kr)", en: "Budget (SEK)", type: "money", width: 14 }),
      c({ key: "spent", sv: "Utfall (kr)", en: "Spent (SEK)", type: "money", width: 14 }),
      c({ key: "hours", sv: "Arbetstimmar", en: "Staff hours", type: "number", width: 12 }),
      c({ key: "budgetYear", sv: "Budgetår", en: "Budget year", type: "year", width: 10 }),
      c({ key: "citizenPromise", sv: "Medborgarlöfte (Dokument-ID)", en: "Citizen promise (Document ID)", type: "ref", ref: "Documents", width: 14 }),
      c({ key: "comment", sv: "Kommentar", en: "Comment", type: "text", width: 30 }),
    ],
  },
  {
    name: "Indicators",
    sheet: { sv: "Indikatorer", en: "Indicators" },
    idColumn: "indicatorId",
    columns: [
      c({ key: "indicatorId", sv: "Indikator-ID", en: "Indicator ID", type: "id", required: true, width: 11 }),
      c({ key: "indicator", sv: "Indikator", en: "Indicator", type: "text", required: true, width: 40 }),
      c({ key: "goalId", sv: "Mål-ID", en: "Goal ID", type: "ref", ref: "Goals", required: true, width: 9 }),
      c({ key: "unit", sv: "Enhet", en: "Unit", type: "list", list: "unit", required: true, width: 20 }),
      c({ key: "direction", sv: "Riktning", en: "Direction", type: "list", list: "direction", required: true, width: 16 }),
      c({ key: "source", sv: "Källa", en: "Source", type: "list", list: "indicatorSource", width: 22 }),
      c({ key: "baseYear", sv: "Basår", en: "Base year", type: "year", width: 9 }),
      c({ key: "baseValue", sv: "Basvärde", en: "Baseline value", type: "number", width: 11 }),
      c({ key: "targetYear", sv: "Målår", en: "Target year", type: "year", width: 9 }),
      c({ key: "targetValue", sv: "Målvärde", en: "Target value", type: "number", width: 11 }),
      c({ key: "koladaKpi", sv: "Kolada-KPI", en: "Kolada KPI", type: "text", width: 11, since: 2 }),
    ],
  },
  {
    name: "Measurements",
    sheet: { sv: "Mätvärden", en: "Measurements" },
    columns: [
      c({ key: "indicatorId", sv: "Indikator-ID", en: "Indicator ID", type: "ref", ref: "Indicators", required: true, width: 11 }),
      c({ key: "year", sv: "År", en: "Year", type: "year", required: true, width: 8 }),
      c({ key: "value", sv: "Värde", en: "Value", type: "number", required: true, width: 12 }),
      c({ key: "comment", sv: "Kommentar", en: "Comment", type: "text", width: 36 }),
    ],
  },
  {
    // Official figures to compare with (Riket, a municipality group), one row per indicator,
    // year and area; kept apart from Measurements, which hold the municipality's own values.
    name: "Comparisons",
    sheet: { sv: "Jämförelsevärden", en: "Comparisons" },
    since: 2,
    columns: [
      c({ key: "indicatorId", sv: "Indikator-ID", en: "Indicator ID", type: "ref", ref: "Indicators", required: true, width: 11 }),
      c({ key: "year", sv: "År", en: "Year", type: "year", required: true, width: 8 }),
      c({ key: "area", sv: "Område", en: "Area", type: "text", required: true, width: 28 }),
      c({ key: "value", sv: "Värde", en: "Value", type: "number", required: true, width: 12 }),
      c({ key: "comment", sv: "Kommentar", en: "Comment", type: "text", width: 36 }),
    ],
  },
  {
    name: "Budget",
    sheet: { sv: "Budget", en: "Budget" },
    columns: [
      c({ key: "year", sv: "År", en: "Year", type: "year", required: true, width: 8 }),
      c({ key: "earmarked", sv: "Öronmärkt budget (kr)", en: "Earmarked budget (SEK)", type: "money", required: true, width: 18 }),
      c({ key: "decidedBy", sv: "Beslutat av", en: "Decided by", type: "text", width: 24 }),
      c({ key: "comment", sv: "Kommentar", en: "Comment", type: "text", width: 36 }),
    ],
  },
  {
    name: "Meetings",
    sheet: { sv: "Möten", en: "Meetings" },
    columns: [
      c({ key: "groupId", sv: "Grupp-ID", en: "Group ID", type: "ref", ref: "Groups", required: true, width: 11 }),
      c({ key: "date", sv: "Datum", en: "Date", type: "date", required: true, width: 12 }),
      c({ key: "type", sv: "Typ", en: "Type", type: "list", list: "meetingType", width: 12 }),
      c({ key: "minutes", sv: "Protokoll", en: "Minutes", type: "text", width: 30 }),
    ],
  },
] as const satisfies readonly TableDef[];

export type TableLayout<T extends TableName> = Extract<(typeof TABLES)[number], { name: T }>;

export const TABLE_BY_NAME: { readonly [T in TableName]: TableLayout<T> } = Object.fromEntries(
  TABLES.map((t) => [t.name, t]),
) as never;

/** The parsed value type of a column definition. */
export type ValueOf<C> = C extends { type: "list"; list: infer L extends ListId }
  ? ListKey<L>
  : C extends { type: "year" | "integer" | "number" | "money" }
    ? number
    : C extends { type: "yesno" }
      ? boolean
      : string; // id, text, ref, email, date (ISO "YYYY-MM-DD")

/** A parsed row of table T: every column key, null where the cell is empty or unreadable. */
export type RowValues<T extends TableName> = {
  [C in TableLayout<T>["columns"][number] as C["key"]]: ValueOf<C> | null;
};

export type ColumnKey<T extends TableName> = TableLayout<T>["columns"][number]["key"];

/** Excel number format (invariant, en-US syntax as Office.js expects) per column type. */
export const NUMBER_FORMATS: Record<ColumnType, string> = {
  id: "@",
  text: "@",
  ref: "@",
  list: "@",
  email: "@",
  yesno: "@",
  date: "yyyy-mm-dd",
  year: "0",
  integer: "0",
  number: "General",
  money: '#,##0 "kr"',
};

/** The generated sheets' names (rewritten on demand, never holding user input). */
export const GENERATED_SHEETS = {
  checks: { sv: "Kontroll", en: "Checks" },
  followUp: { sv: "Uppföljning", en: "Follow-up" },
  annualReport: { sv: "Verksamhetsberättelse", en: "Annual report" },
} as const satisfies Record<string, Text>;

/** The hidden sheet where Rådsplan keeps its own workbook-level data (settings, acknowledgements). */
export const META_SHEET = "_Rådsplan";
export const SETTINGS_TABLE = "RadsplanSettings";
export const ACKS_TABLE = "RadsplanAcks";

/** Whether a table or column of the layout is expected in a workbook of `layoutVersion` (0: never created). */
export function expectedIn(part: { readonly since?: number }, layoutVersion: number): boolean {
  return part.since === undefined || layoutVersion >= part.since;
}

export function columnHeader(col: Pick<ColumnDef, "sv" | "en">, lang: Lang): string {
  return col[lang];
}

export function listLabel(list: ListId, key: string, lang: Lang): string {
  const item = (LISTS[list] as readonly ListItem[]).find((i) => i.key === key);
  return item ? item[lang] : key;
}
