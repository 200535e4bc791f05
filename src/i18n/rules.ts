// Swedish and English texts of the checks: what each finding says is wrong and
// what to do, the guidance each rule rests on, the rule areas, the severities and
// the Kontroll sheet's labels. Names of sheets, columns and dropdown values come in
// as parameters, already in the workbook's own language, so users find them as written.

import type { Lang, Text } from "../base/text";
import { NOUNS } from "./nouns";
import { countText, plural, type Plural } from "./plural";

/* ------------------------------------------------------------------ helpers */

const MAX_NAME = 60;
const clip = (s: string) => (s.length > MAX_NAME ? s.slice(0, MAX_NAME - 1) + "…" : s);
/** Quotation in each language's typography (as in i18n/parse.ts). */
const qs = (s: string | number) => `”${s}”`;
const qe = (s: string | number) => `“${s}”`;

/** A row's subject: "”Name” (ID)" or just the ID when it has no name. */
function named(id: string, name: string | null | undefined): Text {
  const n = name?.trim();
  return n ? { sv: `${qs(clip(n))} (${id})`, en: `${qe(clip(n))} (${id})` } : { sv: id, en: id };
}

/** A subject with its noun: "Aktiviteten ”Nattvandringar” (A1)". */
const thing = (noun: Text, r: { id: string; name: string | null }): Text => {
  const n = named(r.id, r.name);
  return { sv: `${noun.sv} ${n.sv}`, en: `${noun.en} ${n.en}` };
};

/** The same text starting in lower case, for use mid-sentence. */
const lowerFirst = (t: Text): Text => ({ sv: t.sv.charAt(0).toLowerCase() + t.sv.slice(1), en: t.en.charAt(0).toLowerCase() + t.en.slice(1) });

const MONEY: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
};
const NUMBER: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};
/** "1 234 kr" / "SEK 1,234". */
const kr = (v: number): Text => ({ sv: `${MONEY.sv.format(v)} kr`, en: `SEK ${MONEY.en.format(v)}` });
const num = (v: number): Text => ({ sv: NUMBER.sv.format(v), en: NUMBER.en.format(v) });

/** "A, B och C" / "A, B and C". */
function listing(items: readonly string[]): Text {
  if (items.length <= 1) return { sv: items.join(""), en: items.join("") };
  const head = items.slice(0, -1).join(", ");
  const last = items[items.length - 1];
  return { sv: `${head} och ${last}`, en: `${head} and ${last}` };
}

/* ----------------------------------------------------------- subject forms */

export type GroupTypeKey = "steering" | "preparatory" | "working" | "localCouncil" | "coordination" | "other";

/** Definite nouns for a group of each type, capitalised for the start of a sentence. */
const GROUP_NOUN: Record<GroupTypeKey | "none", Text> = {
  steering: { sv: "Styrgruppen", en: "The steering group" },
  preparatory: { sv: "Beredningsgruppen", en: "The preparatory group" },
  working: { sv: "Arbetsgruppen", en: "The working group" },
  localCouncil: { sv: "Det lokala rådet", en: "The local council" },
  coordination: { sv: "Samordningsfunktionen", en: "The coordinating function" },
  other: { sv: "Gruppen", en: "The group" },
  none: { sv: "Gruppen", en: "The group" },
};

/** Mid-sentence, definite: "styrgruppen" / "the steering group". */
const groupNounLower = (type: GroupTypeKey | null): Text => lowerFirst(GROUP_NOUN[type ?? "none"]);

export interface GroupRef {
  id: string;
  name: string | null;
  type: GroupTypeKey | null;
}

/** "Styrgruppen ”Brottsförebyggande rådet” (G1)". */
const group = (g: GroupRef): Text => thing(GROUP_NOUN[g.type ?? "none"], g);

export type GoalLevelKey = "overall" | "goal" | "subGoal";

const GOAL_NOUN: Record<GoalLevelKey | "none", Text> = {
  overall: { sv: "Det övergripande målet", en: "The overall goal" },
  goal: { sv: "Målet", en: "The goal" },
  subGoal: { sv: "Delmålet", en: "The sub-goal" },
  none: { sv: "Målet", en: "The goal" },
};

export interface GoalRef {
  id: string;
  name: string | null;
  level: GoalLevelKey | null;
}

const goal = (g: GoalRef): Text => thing(GOAL_NOUN[g.level ?? "none"], g);

/** A row of a table with an ID: activity, indicator, problem, document. */
export interface RowRef {
  id: string;
  name: string | null;
}

const activity = (r: RowRef) => thing({ sv: "Aktiviteten", en: "The activity" }, r);
const indicator = (r: RowRef) => thing({ sv: "Indikatorn", en: "The indicator" }, r);
const problem = (r: RowRef) => thing({ sv: "Problemet", en: "The problem" }, r);
const document = (r: RowRef) => thing({ sv: "Dokumentet", en: "The document" }, r);

/** Job titles the organisation rules ask for, as prose (indefinite, definite). */
export type TitleKey = "policeAreaHead" | "boardChair" | "municipalDirector" | "municipalPolice" | "coordinator";
const TITLE_PROSE: Record<TitleKey, { a: Text; the: Text }> = {
  policeAreaHead: {
    a: { sv: "en lokalpolisområdeschef", en: "a head of the local police area" },
    the: { sv: "lokalpolisområdeschefen", en: "the head of the local police area" },
  },
  boardChair: {
    a: { sv: "kommunstyrelsens ordförande", en: "the chair of the municipal executive board" },
    the: { sv: "kommunstyrelsens ordförande", en: "the chair of the municipal executive board" },
  },
  municipalDirector: {
    a: { sv: "en kommundirektör", en: "a municipal director" },
    the: { sv: "kommundirektören", en: "the municipal director" },
  },
  municipalPolice: {
    a: { sv: "en kommunpolis", en: "a municipal police officer" },
    the: { sv: "kommunpolisen", en: "the municipal police officer" },
  },
  coordinator: {
    a: { sv: "en samordnare", en: "a coordinator" },
    the: { sv: "kommunens brottsförebyggande samordnare", en: "the municipality's crime-prevention coordinator" },
  },
};

/* ---------------------------------------------------------------- guidance */

export const GUIDANCE = {
  workbook: {
    sv: "Rådsplans arbetsbok: bladens struktur, kolumntyper och listor",
    en: "Rådsplan workbook: sheet structure, column types and lists",
  },
  braCollaboration: {
    sv: "Brå, Samverkan i lokalt brottsförebyggande arbete (3:e uppl.)",
    en: "Brå, Samverkan i lokalt brottsförebyggande arbete (Collaboration in local crime prevention, 3rd ed.)",
  },
  braFollowUp: {
    sv: "Brå, Samverkan i lokalt brottsförebyggande arbete: steg 5, uppföljning",
    en: "Brå, Samverkan i lokalt brottsförebyggande arbete: step 5, follow-up",
  },
  braGoals: {
    sv: "Brå, Samverkan i lokalt brottsförebyggande arbete: steg 4, mätbara mål och åtgärder",
    en: "Brå, Samverkan i lokalt brottsförebyggande arbete: step 4, measurable goals and measures",
  },
  braChain: {
    sv: "Brå, Samverkan i lokalt brottsförebyggande arbete: kedjan problem – mål – åtgärd – uppföljning",
    en: "Brå, Samverkan i lokalt brottsförebyggande arbete: the chain problem – goal – measure – follow-up",
  },
  braRootCause: {
    sv: "Brå, Orsaksanalys i lokalt brottsförebyggande arbete (2018)",
    en: "Brå, Orsaksanalys i lokalt brottsförebyggande arbete (Root-cause analysis, 2018)",
  },
  lawCoordination: {
    sv: "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete: samordningsfunktion",
    en: "Act (2023:196) on municipalities' responsibility for crime prevention: coordinating function",
  },
  lawAgreements: {
    sv: "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete: skriftliga överenskommelser; Brå, Samverkan i lokalt brottsförebyggande arbete",
    en: "Act (2023:196) on municipalities' responsibility for crime prevention: written agreements; Brå, Samverkan i lokalt brottsförebyggande arbete",
  },
  lawSituationReport: {
    sv: "Lag (2023:196) 4 § (lägesbild); SOU 2021:49 (uppdateras minst vartannat år); Brå, Kartläggning och lägesbild (2021)",
    en: "Act (2023:196) s. 4 (situation report); SOU 2021:49 (updated at least every other year); Brå, Kartläggning och lägesbild (2021)",
  },
  lawActionPlan: {
    sv: "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete: åtgärdsplan utifrån lägesbilden",
    en: "Act (2023:196) on municipalities' responsibility for crime prevention: action plan based on the situation report",
  },
  kolada: {
    sv: "Kolada (RKA), öppna nyckeltal för kommuner: KPI-id och API (api.kolada.se)",
    en: "Kolada (RKA), open key figures for municipalities: KPI ids and API (api.kolada.se)",
  },
} as const satisfies Record<string, Text>;

/* ------------------------------------------------------- areas, severities */

export const AREA_NAMES = {
  DATA: { sv: "Data", en: "Data" },
  ORG: { sv: "Organisation", en: "Organisation" },
  DOC: { sv: "Styrdokument och lagen", en: "Governing documents and the law" },
  PLAN: { sv: "Mål, problem, aktiviteter och indikatorer", en: "Goals, problems, activities and indicators" },
  BUD: { sv: "Budget", en: "Budget" },
} as const satisfies Record<string, Text>;

export const SEVERITY_NAMES = {
  error: { sv: "Fel", en: "Error" },
  warning: { sv: "Varning", en: "Warning" },
  info: { sv: "Info", en: "Info" },
} as const satisfies Record<string, Text>;

/* ------------------------------------------------------------ the messages */

/** Where a fix is made: a sheet name as it stands in the workbook. */
const onSheet = (sheet: string): Text => ({ sv: `på bladet ${sheet}`, en: `on the sheet ${sheet}` });

export const RULE_MESSAGES = {
  /* DATA */
  duplicateId(p: { column: string; id: string; sheet: string; firstRow: number }): Text {
    return {
      sv: `${p.column} ${qs(p.id)} finns redan på rad ${p.firstRow} ${onSheet(p.sheet).sv}. Ge varje rad ett eget ${p.column} eller ta bort dubbletten, så att hänvisningarna pekar på rätt rad.`,
      en: `${p.column} ${qe(p.id)} is already used on row ${p.firstRow} ${onSheet(p.sheet).en}. Give every row its own ${p.column} or delete the duplicate, so that references point at the right row.`,
    };
  },
  duplicateMeasurement(p: { indicatorId: string; year: number; sheet: string; firstRow: number }): Text {
    return {
      sv: `Indikatorn ${qs(p.indicatorId)} har redan ett mätvärde för ${p.year} på rad ${p.firstRow} ${onSheet(p.sheet).sv}. Behåll ett värde per indikator och år: rätta eller ta bort dubbletten.`,
      en: `Indicator ${qe(p.indicatorId)} already has a measurement for ${p.year} on row ${p.firstRow} ${onSheet(p.sheet).en}. Keep one value per indicator and year: correct or delete the duplicate.`,
    };
  },
  duplicateComparison(p: { indicatorId: string; year: number; area: string; sheet: string; firstRow: number }): Text {
    return {
      sv: `Indikatorn ${qs(p.indicatorId)} har redan ett jämförelsevärde för ${qs(p.area)} ${p.year} på rad ${p.firstRow} ${onSheet(p.sheet).sv}; uppföljningen använder den första raden med ett värde. Behåll ett värde per indikator, år och område: rätta eller ta bort dubbletten.`,
      en: `Indicator ${qe(p.indicatorId)} already has a comparison value for ${qe(p.area)} in ${p.year} on row ${p.firstRow} ${onSheet(p.sheet).en}; the follow-up uses the first row with a value. Keep one value per indicator, year and area: correct or delete the duplicate.`,
    };
  },
  duplicateBudgetYear(p: { year: number; sheet: string; firstRow: number }): Text {
    return {
      sv: `År ${p.year} har redan en budgetrad på rad ${p.firstRow} ${onSheet(p.sheet).sv}. Ha en rad per år: slå ihop beloppen på en rad och ta bort dubbletten.`,
      en: `Year ${p.year} already has a budget row on row ${p.firstRow} ${onSheet(p.sheet).en}. Keep one row per year: put the amounts on one row and delete the duplicate.`,
    };
  },
  danglingRef(p: { value: string; column: string; targetSheet: string; targetColumn: string; suggestion: string | null }): Text {
    const hint = p.suggestion ? { sv: ` Menade du ${qs(p.suggestion)}?`, en: ` Did you mean ${qe(p.suggestion)}?` } : { sv: "", en: "" };
    return {
      sv: `${qs(p.value)} i kolumnen ${p.column} finns inte som ${p.targetColumn} ${onSheet(p.targetSheet).sv}.${hint.sv} Välj ett befintligt ${p.targetColumn} i listan, eller lägg till raden ${onSheet(p.targetSheet).sv}.`,
      en: `${qe(p.value)} in the column ${p.column} does not exist as a ${p.targetColumn} ${onSheet(p.targetSheet).en}.${hint.en} Pick an existing ${p.targetColumn} from the list, or add the row ${onSheet(p.targetSheet).en}.`,
    };
  },
  notKpiId(p: { value: string; column: string; indicatorId: string }): Text {
    return {
      sv: `${qs(p.value)} i kolumnen ${p.column} (indikator ${p.indicatorId}) är inget Kolada-KPI. Ett KPI-id är en bokstav och fem siffror, till exempel N07403: sök fram nyckeltalet under Hämta statistik, eller lämna cellen tom.`,
      en: `${qe(p.value)} in the column ${p.column} (indicator ${p.indicatorId}) is not a Kolada KPI. A KPI id is a letter and five digits, for example N07403: look the key figure up under Fetch statistics, or leave the cell empty.`,
    };
  },
  unknownKpi(p: { kpi: string; column: string; indicatorId: string }): Text {
    return {
      sv: `Kolada kände inte till ${p.column} ${qs(p.kpi)} (indikator ${p.indicatorId}) vid senaste hämtningen. Kontrollera id:t eller sök fram nyckeltalet på nytt under Hämta statistik.`,
      en: `Kolada did not know the ${p.column} ${qe(p.kpi)} (indicator ${p.indicatorId}) at the last fetch. Check the id or look the key figure up again under Fetch statistics.`,
    };
  },
  ruleFailed(p: { rule: string }): Text {
    return {
      sv: `Kontrollen ${p.rule} kunde inte göras på den här arbetsboken. Kontrollera att bladen har Rådsplans struktur (knappen Skapa planeringsstruktur) och kör kontrollen igen.`,
      en: `The check ${p.rule} could not be run on this workbook. Make sure the sheets have Rådsplan's structure (the Create planning structure button) and run the check again.`,
    };
  },

  /* ORG */
  noSteeringGroup(p: { sheet: string; typeColumn: string; typeValue: string }): Text {
    return {
      sv: `Det finns ingen styrgrupp. Lägg till en grupp med ${p.typeColumn} ${p.typeValue} ${onSheet(p.sheet).sv}: styrgruppen förankrar arbetet, ger mandat och beslutar om åtgärder.`,
      en: `There is no steering group. Add a group with ${p.typeColumn} ${p.typeValue} ${onSheet(p.sheet).en}: the steering group anchors the work, gives the mandate and decides on measures.`,
    };
  },
  manySteeringGroups(p: { ids: string[]; sheet: string; typeColumn: string }): Text {
    const ids = listing(p.ids);
    return {
      sv: `Det finns ${p.ids.length} styrgrupper (${ids.sv}). Ha en styrgrupp: ändra ${p.typeColumn} för de övriga ${onSheet(p.sheet).sv}, eller slå ihop grupperna.`,
      en: `There are ${p.ids.length} steering groups (${ids.en}). Keep one steering group: change the ${p.typeColumn} of the others ${onSheet(p.sheet).en}, or merge the groups.`,
    };
  },
  groupLacksTitle(p: { group: GroupRef; title: TitleKey; titleLabel: string; titleColumn: string; sheet: string }): Text {
    const g = group(p.group);
    const t = TITLE_PROSE[p.title];
    const where = groupNounLower(p.group.type);
    return {
      sv: `${g.sv} saknar ${t.a.sv}. Lägg till ${t.the.sv} som ledamot i ${where.sv} ${onSheet(p.sheet).sv} (${p.titleColumn}: ${p.titleLabel}).`,
      en: `${g.en} has no ${t.a.en.replace(/^(a|the) /, "")}. Add ${t.the.en} as a member of ${where.en} ${onSheet(p.sheet).en} (${p.titleColumn}: ${p.titleLabel}).`,
    };
  },
  noPreparatoryGroup(p: { sheet: string; typeColumn: string; typeValue: string }): Text {
    return {
      sv: `Det finns ingen beredningsgrupp. Lägg till en grupp med ${p.typeColumn} ${p.typeValue} ${onSheet(p.sheet).sv}; det brottsförebyggande rådet kan vara beredningsgruppen. Den bereder styrgruppens beslut och tillsätter arbetsgrupperna.`,
      en: `There is no preparatory group. Add a group with ${p.typeColumn} ${p.typeValue} ${onSheet(p.sheet).en}; the crime-prevention council can be that group. It prepares the steering group's decisions and appoints the working groups.`,
    };
  },
  departmentLacksHead(p: { department: string; groupIds: string[]; preparatory: GroupRef; sheet: string; titleColumn: string; titleLabel: string; departmentColumn: string }): Text {
    const groups = listing(p.groupIds);
    const b = groupNounLower(p.preparatory.type);
    return {
      sv: `${qs(p.department)} ansvarar för aktiviteter genom ledamöter i ${groups.sv}, men har ingen förvaltningschef i ${b.sv} (${p.preparatory.id}). Lägg till förvaltningschefen som ledamot i ${b.sv} ${onSheet(p.sheet).sv} (${p.titleColumn}: ${p.titleLabel}, ${p.departmentColumn}: ${p.department}).`,
      en: `${qe(p.department)} is responsible for activities through members of ${groups.en}, but has no head of department in ${b.en} (${p.preparatory.id}). Add the head of department as a member of ${b.en} ${onSheet(p.sheet).en} (${p.titleColumn}: ${p.titleLabel}, ${p.departmentColumn}: ${p.department}).`,
    };
  },
  workingGroupNotAppointed(p: { group: GroupRef; appointedBy: string | null; column: string; sheet: string }): Text {
    const g = group(p.group);
    const now = p.appointedBy
      ? { sv: ` utan av ${p.appointedBy}`, en: ` but by ${p.appointedBy}` }
      : { sv: "", en: "" };
    return {
      sv: `${g.sv} är inte tillsatt av beredningsgruppen${now.sv}. Skriv beredningsgruppens ID i kolumnen ${p.column} ${onSheet(p.sheet).sv}: arbetsgrupper tillsätts av beredningsgruppen.`,
      en: `${g.en} is not appointed by the preparatory group${now.en}. Enter the preparatory group's ID in the column ${p.column} ${onSheet(p.sheet).en}: working groups are appointed by the preparatory group.`,
    };
  },
  workingGroupNoEnd(p: { group: GroupRef; column: string; sheet: string }): Text {
    const g = group(p.group);
    return {
      sv: `${g.sv} har inget slutdatum. Fyll i ${p.column} ${onSheet(p.sheet).sv}: arbetsgrupper sätts samman för en uppgift och är tidsbegränsade.`,
      en: `${g.en} has no end date. Fill in ${p.column} ${onSheet(p.sheet).en}: working groups are formed for a task and are time-limited.`,
    };
  },
  workingGroupNoMission(p: { group: GroupRef; column: string; sheet: string }): Text {
    const g = group(p.group);
    return {
      sv: `${g.sv} har inget uppdrag. Beskriv uppgiften som styrgruppen beslutat i kolumnen ${p.column} ${onSheet(p.sheet).sv}.`,
      en: `${g.en} has no mission. Describe the task the steering group decided in the column ${p.column} ${onSheet(p.sheet).en}.`,
    };
  },
  groupLacksRole(p: { group: GroupRef; role: "chair" | "convener"; roleLabel: string; roleColumn: string; sheet: string; date: string }): Text {
    const g = group(p.group);
    const who = p.role === "chair" ? { sv: "ordförande", en: "chair" } : { sv: "sammankallande", en: "convener" };
    const where = groupNounLower(p.group.type);
    return {
      sv: `${g.sv} har ingen ${who.sv} den ${p.date}. Ange vem som är ${who.sv} ${onSheet(p.sheet).sv} (${p.roleColumn}: ${p.roleLabel}), så att det är klart vem som leder och kallar ${where.sv}.`,
      en: `${g.en} has no ${who.en} on ${p.date}. Name the ${who.en} ${onSheet(p.sheet).en} (${p.roleColumn}: ${p.roleLabel}), so that it is clear who leads and convenes ${where.en}.`,
    };
  },
  noCoordination(p: { membersSheet: string; groupsSheet: string; titleHint: string; typeLabel: string }): Text {
    return {
      sv: `Det finns ingen samordnare och ingen samordningsfunktion, som lagen kräver. Lägg till samordnaren som ledamot ${onSheet(p.membersSheet).sv} (${p.titleHint}) eller en grupp av typen ${p.typeLabel} ${onSheet(p.groupsSheet).sv}.`,
      en: `There is no coordinator and no coordinating function, which the law requires. Add the coordinator as a member ${onSheet(p.membersSheet).en} (${p.titleHint}) or a group of the type ${p.typeLabel} ${onSheet(p.groupsSheet).en}.`,
    };
  },
  coordinationPlacement(p: { group: GroupRef; placement: string | null; column: string; sheet: string }): Text {
    const g = group(p.group);
    return p.placement
      ? {
          sv: `${g.sv} är placerad under ${qs(p.placement)}, inte under kommunstyrelsen. Det kan vara rätt, men placering under kommunstyrelsen brukar ge större genomslag; ta ställning och kvittera fyndet med en motivering.`,
          en: `${g.en} sits under ${qe(p.placement)}, not under the municipal executive board. That may be right, but placement under the board tends to give more impact; decide and acknowledge this finding with a justification.`,
        }
      : {
          sv: `${g.sv} har ingen placering angiven. Skriv var funktionen är placerad (till exempel Kommunstyrelsen) i kolumnen ${p.column} ${onSheet(p.sheet).sv}.`,
          en: `${g.en} has no placement. Enter where the function sits (for example the municipal executive board) in the column ${p.column} ${onSheet(p.sheet).en}.`,
        };
  },
  onlyOneKind(p: { group: GroupRef; kind: "elected" | "civilServant"; sheet: string; column: string }): Text {
    const g = group(p.group);
    const only = p.kind === "elected"
      ? { sv: "bara förtroendevalda", en: "only elected officials", other: { sv: "tjänstepersoner", en: "civil servants" } }
      : { sv: "bara tjänstepersoner", en: "only civil servants", other: { sv: "förtroendevalda", en: "elected officials" } };
    return {
      sv: `${g.sv} har ${only.sv} bland ledamöterna. Ta ställning till om även ${only.other.sv} ska ingå; lägg i så fall till dem ${onSheet(p.sheet).sv} (kolumnen ${p.column}), annars kvittera fyndet med en motivering.`,
      en: `${g.en} has ${only.en} among its members. Decide whether ${only.other.en} should sit in it too; if so add them ${onSheet(p.sheet).en} (the column ${p.column}), otherwise acknowledge this finding with a justification.`,
    };
  },
  tooFewMeetings(p: { group: GroupRef; held: number; planned: number; year: number; sheet: string }): Text {
    const g = group(p.group);
    return {
      sv: `${g.sv} höll ${countText(p.held, NOUNS.meetings).sv} ${p.year} men planerade ${p.planned}. För in mötena som hölls ${onSheet(p.sheet).sv}, eller se över hur ofta gruppen behöver träffas.`,
      en: `${g.en} held ${countText(p.held, NOUNS.meetings).en} in ${p.year} but planned ${p.planned}. Record the meetings that were held ${onSheet(p.sheet).en}, or review how often the group needs to meet.`,
    };
  },
  endedGroupOpenActivity(p: { group: GroupRef; endDate: string; activity: RowRef; statusLabel: string; sheet: string }): Text {
    const g = group(p.group);
    const a = lowerFirst(activity(p.activity));
    return {
      sv: `${g.sv} avslutades ${p.endDate}, men ${a.sv} står fortfarande som ${p.statusLabel}. Uppdatera aktivitetens status ${onSheet(p.sheet).sv}, flytta den till en annan grupp eller förläng gruppens slutdatum.`,
      en: `${g.en} ended on ${p.endDate}, but ${a.en} is still ${p.statusLabel}. Update the activity's status ${onSheet(p.sheet).en}, move it to another group or extend the group's end date.`,
    };
  },
  memberEndsBeforeStart(p: { name: string; groupId: string; from: string; to: string; fromColumn: string; toColumn: string }): Text {
    return {
      sv: `${qs(clip(p.name))} i ${p.groupId} har ${p.toColumn} ${p.to}, som är före ${p.fromColumn} ${p.from}. Rätta datumen så att ${p.toColumn} är samma dag eller senare än ${p.fromColumn}.`,
      en: `${qe(clip(p.name))} in ${p.groupId} has ${p.toColumn} ${p.to}, which is before ${p.fromColumn} ${p.from}. Correct the dates so that ${p.toColumn} is on or after ${p.fromColumn}.`,
    };
  },
  memberOutsideGroupLife(p: { name: string; group: GroupRef; column: string; date: string; groupStart: string | null; groupEnd: string | null; groupsSheet: string; groupDateColumns: string }): Text {
    const g = groupNounLower(p.group.type);
    const life = {
      sv: `${p.groupStart ?? "…"} – ${p.groupEnd ?? "…"}`,
      en: `${p.groupStart ?? "…"} – ${p.groupEnd ?? "…"}`,
    };
    return {
      sv: `${qs(clip(p.name))} har ${p.column} ${p.date}, utanför tiden då ${g.sv} ${p.group.id} finns (${life.sv}). Rätta ledamotens datum, eller gruppens ${p.groupDateColumns} ${onSheet(p.groupsSheet).sv}.`,
      en: `${qe(clip(p.name))} has ${p.column} ${p.date}, outside the time ${g.en} ${p.group.id} exists (${life.en}). Correct the member's dates, or the group's ${p.groupDateColumns} ${onSheet(p.groupsSheet).en}.`,
    };
  },
  groupWithoutMembers(p: { group: GroupRef; date: string; sheet: string }): Text {
    const g = group(p.group);
    return {
      sv: `${g.sv} har inga ledamöter den ${p.date}. Lägg till ledamöterna ${onSheet(p.sheet).sv}, eller ge gruppen ett slutdatum om den inte finns längre.`,
      en: `${g.en} has no members on ${p.date}. Add its members ${onSheet(p.sheet).en}, or give the group an end date if it no longer exists.`,
    };
  },
  noDecisionMandate(p: { column: string; sheet: string }): Text {
    return {
      sv: `Ingen grupp har beslutsmandat. Ta ställning till vem som fattar beslut och markera den gruppen med Ja i kolumnen ${p.column} ${onSheet(p.sheet).sv}.`,
      en: `No group holds decision mandate. Settle who takes decisions and mark that group Yes in the column ${p.column} ${onSheet(p.sheet).en}.`,
    };
  },

  /* DOC */
  noValidAgreement(p: { sheet: string; typeHint: string; lastExpiry: string | null }): Text {
    const was = p.lastExpiry
      ? { sv: ` Den senaste gällde till ${p.lastExpiry}.`, en: ` The latest was valid until ${p.lastExpiry}.` }
      : { sv: "", en: "" };
    return {
      sv: `Det finns ingen giltig samverkansöverenskommelse mellan kommunen och polisen.${was.sv} Teckna eller förnya överenskommelsen och för in den ${onSheet(p.sheet).sv} (${p.typeHint}).`,
      en: `There is no valid collaboration agreement between the municipality and the police.${was.en} Sign or renew the agreement and record it ${onSheet(p.sheet).en} (${p.typeHint}).`,
    };
  },
  followUpOverdue(p: { doc: RowRef; date: string; column: string; lastColumn: string; sheet: string }): Text {
    const d = document(p.doc);
    return {
      sv: `${d.sv} skulle ha följts upp ${p.date}. Följ upp dokumentet, fyll i ${p.lastColumn} och sätt ett nytt datum i ${p.column} ${onSheet(p.sheet).sv}.`,
      en: `${d.en} was due for follow-up on ${p.date}. Follow the document up, fill in ${p.lastColumn} and set a new date in ${p.column} ${onSheet(p.sheet).en}.`,
    };
  },
  noFollowUpDate(p: { doc: RowRef; column: string; sheet: string }): Text {
    const d = document(p.doc);
    return {
      sv: `${d.sv} har ingen planerad uppföljning. Varje styrdokument ska följas upp: sätt ett datum i ${p.column} ${onSheet(p.sheet).sv}.`,
      en: `${d.en} has no planned follow-up. Every governing document should be followed up: set a date in ${p.column} ${onSheet(p.sheet).en}.`,
    };
  },
  noSituationReport(p: { sheet: string; typeHint: string }): Text {
    return {
      sv: `Det finns ingen lägesbild. Lagen kräver att kommunen tar fram en lägesbild över brottsligheten; för in den ${onSheet(p.sheet).sv} (${p.typeHint}) med beslutsdatum.`,
      en: `There is no situation report. The law requires the municipality to produce a situation report on crime; record it ${onSheet(p.sheet).en} (${p.typeHint}) with its decision date.`,
    };
  },
  situationReportOld(p: { doc: RowRef; date: string; years: number; referenceDate: string }): Text {
    const d = document(p.doc);
    return {
      sv: `${d.sv}, den nyaste lägesbilden, är från ${p.date} och alltså äldre än ${p.years} år den ${p.referenceDate}. Uppdatera lägesbilden och för in den nya.`,
      en: `${d.en}, the newest situation report, dates from ${p.date} and is more than ${countText(p.years, NOUNS.years).en} old on ${p.referenceDate}. Update the situation report and record the new one.`,
    };
  },
  situationReportUndated(p: { doc: RowRef; column: string; sheet: string }): Text {
    const d = lowerFirst(document(p.doc));
    return {
      sv: `Ingen lägesbild har något datum, så det går inte att se om den är aktuell (${d.sv}). Fyll i ${p.column} ${onSheet(p.sheet).sv}.`,
      en: `No situation report has a date, so it cannot be told whether it is current (${d.en}). Fill in ${p.column} ${onSheet(p.sheet).en}.`,
    };
  },
  noActionPlan(p: { sheet: string; typeHint: string }): Text {
    return {
      sv: `Det finns ingen åtgärdsplan. Besluta en åtgärdsplan utifrån lägesbilden och för in den ${onSheet(p.sheet).sv} (${p.typeHint}).`,
      en: `There is no action plan. Adopt an action plan based on the situation report and record it ${onSheet(p.sheet).en} (${p.typeHint}).`,
    };
  },
  actionPlanOutdated(p: { plan: RowRef; planDate: string; report: RowRef; reportDate: string }): Text {
    const a = document(p.plan);
    const r = named(p.report.id, p.report.name);
    return {
      sv: `${a.sv}, den nyaste åtgärdsplanen, beslutades ${p.planDate}, före den nyaste lägesbilden ${r.sv} (${p.reportDate}). Se över åtgärdsplanen utifrån den nya lägesbilden och besluta en uppdaterad plan.`,
      en: `${a.en}, the newest action plan, was decided on ${p.planDate}, before the newest situation report ${r.en} (${p.reportDate}). Review the action plan in the light of the new situation report and adopt an updated plan.`,
    };
  },
  noCitizenPromise(p: { year: number; sheet: string; typeHint: string }): Text {
    return {
      sv: `Inget medborgarlöfte gällde under ${p.year}. Ta ställning till om kommunen och polisen ska ge medborgarlöften; för i så fall in dem ${onSheet(p.sheet).sv} (${p.typeHint}) med beslutsdatum.`,
      en: `No citizen promise was in force during ${p.year}. Decide whether the municipality and the police should make citizen promises; if so record them ${onSheet(p.sheet).en} (${p.typeHint}) with their decision date.`,
    };
  },
  noDecidedBy(p: { doc: RowRef; column: string; sheet: string }): Text {
    const d = document(p.doc);
    return {
      sv: `${d.sv} saknar uppgift om vem som beslutat det. Fyll i ${p.column} ${onSheet(p.sheet).sv}, så att det syns var mandatet ligger.`,
      en: `${d.en} does not say who decided it. Fill in ${p.column} ${onSheet(p.sheet).en}, so that it is clear where the mandate lies.`,
    };
  },

  /* PLAN */
  goalWithoutParent(p: { goal: GoalRef; parentLevel: string; column: string }): Text {
    const g = goal(p.goal);
    return {
      sv: `${g.sv} har inget överordnat mål. Välj i kolumnen ${p.column} vilket mål på nivån ${p.parentLevel} det bryter ner.`,
      en: `${g.en} has no parent goal. Pick in the column ${p.column} which goal at the level ${p.parentLevel} it breaks down.`,
    };
  },
  goalCycle(p: { ids: string[]; column: string }): Text {
    const chain = [...p.ids, p.ids[0]].join(" → ");
    return {
      sv: `Målen bildar en cirkel via ${p.column}: ${chain}. Ett mål kan inte ligga under sig självt; rätta ${p.column} så att kedjan slutar i ett övergripande mål.`,
      en: `The goals form a circle through ${p.column}: ${chain}. A goal cannot sit under itself; correct ${p.column} so that the chain ends in an overall goal.`,
    };
  },
  goalLevelOrder(p: { goal: GoalRef; levelLabel: string; parentId: string | null; parentLevelLabel: string | null; expectedLabel: string | null; column: string }): Text {
    const g = goal(p.goal);
    if (p.expectedLabel === null) {
      return {
        sv: `${g.sv} är ett övergripande mål men har ett överordnat mål (${p.parentId}). Töm ${p.column}, eller ändra målets nivå.`,
        en: `${g.en} is an overall goal but has a parent goal (${p.parentId}). Clear ${p.column}, or change the goal's level.`,
      };
    }
    return {
      sv: `${g.sv} (${p.levelLabel}) ligger under ${p.parentId} som är ${p.parentLevelLabel}, men ska ligga under ett mål på nivån ${p.expectedLabel} (Delmål under Mål under Övergripande mål). Rätta ${p.column} eller nivån.`,
      en: `${g.en} (${p.levelLabel}) sits under ${p.parentId}, which is ${p.parentLevelLabel}, but should sit under a goal at the level ${p.expectedLabel} (sub-goal under goal under overall goal). Correct ${p.column} or the level.`,
    };
  },
  overallNotBrokenDown(p: { goal: GoalRef; goalLevelLabel: string; sheet: string }): Text {
    const g = goal(p.goal);
    return {
      sv: `${g.sv} är inte nedbrutet i något mål. Lägg till minst ett mål på nivån ${p.goalLevelLabel} med det här som överordnat mål ${onSheet(p.sheet).sv}.`,
      en: `${g.en} is not broken down into any goal. Add at least one goal at the level ${p.goalLevelLabel} with this one as its parent ${onSheet(p.sheet).en}.`,
    };
  },
  goalWithoutIndicator(p: { goal: GoalRef; sheet: string }): Text {
    const g = goal(p.goal);
    return {
      sv: `${g.sv} har ingen indikator och går därför inte att följa upp. Lägg till en indikator för målet ${onSheet(p.sheet).sv}.`,
      en: `${g.en} has no indicator, so it cannot be followed up. Add an indicator for the goal ${onSheet(p.sheet).en}.`,
    };
  },
  goalWithoutActivity(p: { goal: GoalRef; sheet: string }): Text {
    const g = goal(p.goal);
    return {
      sv: `${g.sv} har ingen aktivitet. Lägg till de åtgärder som ska leda mot målet ${onSheet(p.sheet).sv}.`,
      en: `${g.en} has no activity. Add the measures that are to lead towards the goal ${onSheet(p.sheet).en}.`,
    };
  },
  goalWithoutProblem(p: { goal: GoalRef; column: string; problemsSheet: string }): Text {
    const g = goal(p.goal);
    return {
      sv: `${g.sv} kan inte härledas till något problem i lägesbilden, varken själv eller via sina överordnade mål. Ange i kolumnen ${p.column} vilket problem ${onSheet(p.problemsSheet).sv} målet ska lösa.`,
      en: `${g.en} does not trace to any problem in the situation report, neither itself nor through its parent goals. Enter in the column ${p.column} which problem ${onSheet(p.problemsSheet).en} the goal addresses.`,
    };
  },
  noRootCauseAnalysis(p: { problem: RowRef; column: string; yes: string }): Text {
    const pr = problem(p.problem);
    return {
      sv: `${pr.sv} är prioriterat men har ingen orsaksanalys. Gör en orsaksanalys innan åtgärder väljs och skriv sedan ${p.yes} i kolumnen ${p.column}.`,
      en: `${pr.en} is prioritised but has no root-cause analysis. Analyse its causes before choosing measures, then enter ${p.yes} in the column ${p.column}.`,
    };
  },
  problemWithoutGoal(p: { problem: RowRef; goalsSheet: string; column: string }): Text {
    const pr = problem(p.problem);
    return {
      sv: `${pr.sv} hanteras inte av något mål. Koppla ett mål till problemet ${onSheet(p.goalsSheet).sv} (kolumnen ${p.column}), eller ta bort problemet om det inte längre är prioriterat.`,
      en: `${pr.en} is addressed by no goal. Link a goal to the problem ${onSheet(p.goalsSheet).en} (the column ${p.column}), or remove the problem if it is no longer a priority.`,
    };
  },
  activityEndsBeforeStart(p: { activity: RowRef; start: string; end: string; endColumn: string; startColumn: string }): Text {
    const a = activity(p.activity);
    return {
      sv: `${a.sv} slutar ${p.end}, före sin start ${p.start}. Rätta ${p.startColumn} eller ${p.endColumn}.`,
      en: `${a.en} ends on ${p.end}, before its start on ${p.start}. Correct ${p.startColumn} or ${p.endColumn}.`,
    };
  },
  activityLate(p: { activity: RowRef; end: string; statusLabel: string; column: string; doneLabel: string; cancelledLabel: string }): Text {
    const a = activity(p.activity);
    return {
      sv: `${a.sv} skulle ha varit klar ${p.end} men har status ${p.statusLabel}. Uppdatera ${p.column} (${p.doneLabel} eller ${p.cancelledLabel}) eller flytta fram slutdatumet.`,
      en: `${a.en} was due on ${p.end} but has the status ${p.statusLabel}. Update ${p.column} (${p.doneLabel} or ${p.cancelledLabel}) or move the end date.`,
    };
  },
  activityDoneBeforeStart(p: { activity: RowRef; start: string; statusLabel: string; column: string }): Text {
    const a = activity(p.activity);
    return {
      sv: `${a.sv} har status ${p.statusLabel} men startar först ${p.start}. Rätta ${p.column} eller statusen.`,
      en: `${a.en} has the status ${p.statusLabel} but does not start until ${p.start}. Correct ${p.column} or the status.`,
    };
  },
  activityInSteeringGroup(p: { activity: RowRef; group: GroupRef; column: string }): Text {
    const a = activity(p.activity);
    return {
      sv: `${a.sv} ligger på styrgruppen (${p.group.id}). Styrgruppen beslutar och arbetsgrupperna genomför: ange en arbetsgrupp eller annan grupp i kolumnen ${p.column}.`,
      en: `${a.en} is assigned to the steering group (${p.group.id}). The steering group decides and working groups carry out: enter a working group or another group in the column ${p.column}.`,
    };
  },
  indicatorNoBaseline(p: { indicator: RowRef; yearColumn: string; valueColumn: string }): Text {
    const i = indicator(p.indicator);
    return {
      sv: `${i.sv} saknar utgångsläge. Fyll i ${p.yearColumn} och ${p.valueColumn}, så att förändringen går att mäta.`,
      en: `${i.en} has no baseline. Fill in ${p.yearColumn} and ${p.valueColumn}, so that change can be measured.`,
    };
  },
  indicatorNoTarget(p: { indicator: RowRef; yearColumn: string; valueColumn: string }): Text {
    const i = indicator(p.indicator);
    return {
      sv: `${i.sv} saknar målnivå. Fyll i ${p.yearColumn} och ${p.valueColumn}, så att det går att se om målet nås.`,
      en: `${i.en} has no target. Fill in ${p.yearColumn} and ${p.valueColumn}, so that it can be seen whether the goal is reached.`,
    };
  },
  indicatorTargetBeforeBase(p: { indicator: RowRef; baseYear: number; targetYear: number; targetColumn: string }): Text {
    const i = indicator(p.indicator);
    return {
      sv: `${i.sv} har målår ${p.targetYear}, före basåret ${p.baseYear}. Rätta ${p.targetColumn} så att det ligger efter basåret.`,
      en: `${i.en} has the target year ${p.targetYear}, before the base year ${p.baseYear}. Correct ${p.targetColumn} so that it comes after the base year.`,
    };
  },
  targetWrongWay(p: { indicator: RowRef; directionLabel: string; base: number; target: number; column: string; lower: boolean }): Text {
    const i = indicator(p.indicator);
    const b = num(p.base);
    const t = num(p.target);
    const side = p.lower ? { sv: "högre", en: "higher" } : { sv: "lägre", en: "lower" };
    return {
      sv: `${i.sv} har riktningen ${p.directionLabel}, men målvärdet ${t.sv} är ${side.sv} än basvärdet ${b.sv}. Rätta ${p.column} eller riktningen.`,
      en: `${i.en} has the direction ${p.directionLabel}, but the target value ${t.en} is ${side.en} than the baseline ${b.en}. Correct ${p.column} or the direction.`,
    };
  },
  noMeasurement(p: { indicator: RowRef; year: number; sheet: string; latest: { year: number; value: number } | null }): Text {
    const i = indicator(p.indicator);
    const latest = p.latest ? { value: num(p.latest.value), year: p.latest.year } : null;
    return {
      sv: `${i.sv} har inget mätvärde för uppföljningsåret ${p.year}${latest ? `; det senaste är ${latest.value.sv} (${latest.year}), som uppföljningen bedömer tills vidare` : ""}. För in värdet ${onSheet(p.sheet).sv} (en rad med indikatorn och året) när statistiken finns.`,
      en: `${i.en} has no measurement for the follow-up year ${p.year}${latest ? `; the latest is ${latest.value.en} (${latest.year}), which the follow-up assesses meanwhile` : ""}. Record the value ${onSheet(p.sheet).en} (one row with the indicator and the year) when the statistics are out.`,
    };
  },
  valueOutOfRange(p: { indicator: string; value: number; unitLabel: string; max: number; what: "measurement" | "baseValue" | "targetValue"; year: number | null }): Text {
    const v = num(p.value);
    const what = {
      measurement: { sv: `Mätvärdet för ${p.year}`, en: `The measurement for ${p.year}` },
      baseValue: { sv: "Basvärdet", en: "The baseline value" },
      targetValue: { sv: "Målvärdet", en: "The target value" },
    }[p.what];
    return {
      sv: `${what.sv} ${v.sv} för indikatorn ${p.indicator} (${p.unitLabel}) ligger utanför 0–${p.max}. Rätta värdet, eller indikatorns enhet om den är fel.`,
      en: `${what.en} ${v.en} of indicator ${p.indicator} (${p.unitLabel}) is outside 0–${p.max}. Correct the value, or the indicator's unit if that is wrong.`,
    };
  },

  /* BUD */
  noBudgetRow(p: { year: number; count: number; sheet: string }): Text {
    const add = { sv: `Lägg till en rad för ${p.year} ${onSheet(p.sheet).sv}.`, en: `Add a row for ${p.year} ${onSheet(p.sheet).en}.` };
    return plural(p.count, {
      one: {
        sv: `${p.count} aktivitet har budget för ${p.year}, men det finns ingen öronmärkt budget för året. ${add.sv}`,
        en: `${p.count} activity has a budget for ${p.year}, but there is no earmarked budget for that year. ${add.en}`,
      },
      other: {
        sv: `${p.count} aktiviteter har budget för ${p.year}, men det finns ingen öronmärkt budget för året. ${add.sv}`,
        en: `${p.count} activities have a budget for ${p.year}, but there is no earmarked budget for that year. ${add.en}`,
      },
    });
  },
  budgetOverEarmarked(p: { year: number; sum: number; earmarked: number; activitiesSheet: string }): Text {
    const s = kr(p.sum);
    const e = kr(p.earmarked);
    return {
      sv: `Aktiviteternas budget för ${p.year} är ${s.sv} sammanlagt, mer än den öronmärkta budgeten ${e.sv}. Minska aktiviteternas budget ${onSheet(p.activitiesSheet).sv} eller justera den öronmärkta budgeten efter beslut.`,
      en: `The activities' budgets for ${p.year} add up to ${s.en}, more than the earmarked budget of ${e.en}. Reduce the activities' budgets ${onSheet(p.activitiesSheet).en} or adjust the earmarked budget after a decision.`,
    };
  },
  spentOverBudget(p: { activity: RowRef; spent: number; budget: number }): Text {
    const a = activity(p.activity);
    const s = kr(p.spent);
    const b = kr(p.budget);
    return {
      sv: `${a.sv} har utfall ${s.sv}, mer än budgeten ${b.sv}. Kontrollera utfallet, eller besluta om mer budget och för in den.`,
      en: `${a.en} has spent ${s.en}, more than its budget of ${b.en}. Check the amount spent, or decide on a larger budget and enter it.`,
    };
  },
  spentOverEarmarked(p: { year: number; sum: number; earmarked: number }): Text {
    const s = kr(p.sum);
    const e = kr(p.earmarked);
    return {
      sv: `Aktiviteternas utfall för ${p.year} är ${s.sv} sammanlagt, mer än den öronmärkta budgeten ${e.sv}. Kontrollera utfallen och ta upp överskridandet med den som beslutat budgeten.`,
      en: `The activities spent ${s.en} in total in ${p.year}, more than the earmarked budget of ${e.en}. Check the amounts and raise the overspend with whoever decided the budget.`,
    };
  },
  negativeAmount(p: { column: string; value: number }): Text {
    const v = num(p.value);
    return {
      sv: `${p.column} är negativt (${v.sv}). Belopp och timmar kan inte vara negativa: skriv värdet utan minustecken.`,
      en: `${p.column} is negative (${v.en}). Amounts and hours cannot be negative: enter the value without a minus sign.`,
    };
  },
};

/* ------------------------------------------------------ the Kontroll sheet */

export const CHECKS_SHEET_TEXT = {
  title: { sv: "Kontroll", en: "Checks" },
  headers: {
    severity: { sv: "Allvarlighet", en: "Severity" },
    rule: { sv: "Regel", en: "Rule" },
    message: { sv: "Vad är fel och vad ska göras", en: "What is wrong and what to do" },
    sheet: { sv: "Blad", en: "Sheet" },
    cell: { sv: "Cell", en: "Cell" },
    guidance: { sv: "Vägledning", en: "Guidance" },
    acknowledged: { sv: "Kvitterad (motivering)", en: "Acknowledged (justification)" },
  },
  nothingFound: { sv: "Kontrollen hittade inget att anmärka på.", en: "The check found nothing to remark on." },
  generatedNote: {
    sv: "Bladet skapas om vid varje kontroll; skriv inget här som ska sparas.",
    en: "This sheet is rebuilt at every check; do not type anything here you want to keep.",
  },
} as const;

const SUMMARY_WORDS = {
  errors: { one: { sv: "{n} fel", en: "{n} error" }, other: { sv: "{n} fel", en: "{n} errors" } },
  warnings: { one: { sv: "{n} varning", en: "{n} warning" }, other: { sv: "{n} varningar", en: "{n} warnings" } },
  infos: { one: { sv: "{n} info", en: "{n} info" }, other: { sv: "{n} info", en: "{n} info" } },
  acknowledged: { one: { sv: "{n} kvitterad", en: "{n} acknowledged" }, other: { sv: "{n} kvitterade", en: "{n} acknowledged" } },
} as const satisfies Record<string, Plural>;

/** "3 fel, 7 varningar, 2 info" / "3 errors, 7 warnings, 2 info", plus acknowledged ones when there are any. */
export function summaryLine(c: { errors: number; warnings: number; infos: number; acknowledged: number }): Text {
  const [errors, warnings, infos, ack] = (["errors", "warnings", "infos", "acknowledged"] as const).map((k) => countText(c[k], SUMMARY_WORDS[k]));
  const line = (lang: Lang) => `${errors[lang]}, ${warnings[lang]}, ${infos[lang]}${c.acknowledged > 0 ? ` (${ack[lang]})` : ""}`;
  return { sv: line("sv"), en: line("en") };
}

/** "Referensdatum 2025-05-01 · uppföljningsår 2025 · skapad 2025-05-01 10:32". */
export function runLine(p: { referenceDate: string; followUpYear: number; generatedAt: string }): Text {
  return {
    sv: `Referensdatum ${p.referenceDate} · uppföljningsår ${p.followUpYear} · skapad ${p.generatedAt}`,
    en: `Reference date ${p.referenceDate} · follow-up year ${p.followUpYear} · generated ${p.generatedAt}`,
  };
}

/** "Ja: motivering (Anna, 2025-03-01)". */
export function acknowledgedCell(a: { justification: string; by: string; date: string }): Text {
  const who = [a.by, a.date].filter((s) => s.trim() !== "").join(", ");
  const tail = who ? ` (${who})` : "";
  return { sv: `Ja: ${a.justification}${tail}`, en: `Yes: ${a.justification}${tail}` };
}

export const ACK_MESSAGES = {
  errorsCannotBeAcknowledged(rule: string): Text {
    return {
      sv: `${rule} är ett fel och kan inte kvitteras: arbetsboken är inkonsekvent. Rätta uppgiften i stället.`,
      en: `${rule} is an error and cannot be acknowledged: the workbook is inconsistent. Correct the data instead.`,
    };
  },
  justificationRequired: {
    sv: "Skriv en motivering till varför fyndet kan kvitteras, till exempel varför kommunen gör på ett annat sätt.",
    en: "Write a justification for acknowledging the finding, for example why the municipality does it differently.",
  },
  dateInvalid: {
    sv: "Datumet för kvitteringen ska skrivas ÅÅÅÅ-MM-DD, till exempel 2025-03-01.",
    en: "The acknowledgement date must be written YYYY-MM-DD, for example 2025-03-01.",
  },
} as const;
