// The example plan: a filled-in planning workbook modelled on Umeå's council Umebrå
// (see docs/domain.md), as a coordinator would type it into Excel. People appear by
// role title only and e-mail addresses are at example.se. The plan holds a handful of
// deliberate, realistic gaps (EXAMPLE_GAPS) and nothing else the checks would flag.
// It is written for the follow-up year 2025 checked on 15 March 2026, and generated
// relative to a reference date (default: today): every date, year and year in a text
// moves by the whole years between 2025 and that date's default follow-up year, and
// the few dates that must stand in a fixed relation to the reference date itself (the
// overdue follow-up of DOC-02, whether next year's activities have begun) are set
// from it. Checked at that date with its default follow-up year, it gives exactly its
// gaps, and its follow-up has a value for every indicator.

import { LAYOUT_VERSION, TABLE_BY_NAME, TABLES, listLabel, type ColumnDef, type ColumnKey, type Lang, type TableName, type Text } from "./layout";
import { addYears, defaultFollowUpYear, isoDaysBefore, localIsoDate } from "./calendar";
import { isoToSerial } from "./parse/date";
import type { Settings } from "./settings";
import type { CellValue } from "./snapshot";

/** The fixed reference date tests generate and check the example at. */
export const EXAMPLE_REFERENCE_DATE = "2026-03-15";
/** The follow-up year the example is written for, and its default at EXAMPLE_REFERENCE_DATE. */
export const EXAMPLE_FOLLOW_UP_YEAR = 2025;

/** The example's follow-up year at a reference date: the default follow-up year there (rules.md). */
export function exampleFollowUpYear(referenceDate: string): number {
  return defaultFollowUpYear(referenceDate);
}

/** The gaps the example holds on purpose: the checks must find exactly these. */
export const EXAMPLE_GAPS: { rule: string; table: TableName; description: string }[] = [
  { rule: "ORG-07", table: "Groups", description: "Working group G9 (Trygghetsöverenskommelse) has no Slutdatum (end date)." },
  { rule: "DOC-02", table: "Documents", description: "Document D3 (Medborgarlöften 2025–2026): its Nästa uppföljning, two weeks before the reference date, has passed." },
  { rule: "PLAN-06", table: "Problems", description: "Problem P5 (mopedbilar, buskörning) has no root-cause analysis (Orsaksanalys gjord = Nej)." },
  { rule: "PLAN-13", table: "Indicators", description: "Indicator I8 (CAN, narcotics use in upper secondary year 2) has no measurement for the follow-up year (2025 as written); the follow-up assesses its previous year's value." },
  { rule: "BUD-03", table: "Activities", description: "Activity A3 (nattvandringar 2025): Utfall 96 500 kr exceeds Budget 80 000 kr." },
];

export function exampleSettings(lang: Lang): Settings {
  return { layoutVersion: LAYOUT_VERSION, lang, situationReportMaxAgeYears: 2, municipality: "Umeå", meetingsSteering: 0, meetingsPreparatory: 0, meetingsWorking: 0, meetingsLocalCouncil: 4, koladaMunicipality: "", koladaGroup: "", koladaUrl: "", koladaUnknownKpis: "" };
}

/** One example row: list columns by item key, dates as ISO text, Ja/Nej as booleans, free text in both languages. */
type ExampleRow<T extends TableName> = Partial<Record<ColumnKey<T>, string | number | boolean | Text>>;

const t = (sv: string, en: string): Text => ({ sv, en });

// ---- Groups -------------------------------------------------------------------------

const GROUPS: ExampleRow<"Groups">[] = [
  {
    groupId: "G1",
    name: t("Styrgrupp för brottsförebyggande samverkan", "Steering group for crime-prevention collaboration"),
    type: "steering",
    mission: t("Förankrar arbetet, ger mandat och beslutar om åtgärder", "Anchors the work, gives mandate and decides on measures"),
    startDate: "2016-01-01",
    plannedMeetings: 2,
    decisionMandate: true,
    placement: "Kommunstyrelsen",
  },
  {
    groupId: "G2",
    name: t("Umebrå – brottsförebyggande och trygghetsskapande råd", "Umebrå – crime-prevention and safety council"),
    type: "preparatory",
    appointedBy: "G1",
    mission: t("Bereder, planerar och följer upp; föreslår åtgärder utifrån lägesbilden", "Prepares, plans and follows up; proposes measures from the situation report"),
    startDate: "2010-01-01",
    plannedMeetings: 5,
    decisionMandate: false,
    placement: "Kommunstyrelsen",
  },
  {
    groupId: "G3",
    name: t("Övergripande planering/Umebrå", "Övergripande planering/Umebrå (coordination)"),
    type: "coordination",
    appointedBy: "G1",
    mission: t("Samordningsfunktion: tre processledare, en med inriktning ANTD; handläggare för Umebrå", "Coordinating function: three process leaders, one focused on ANTD; case officers for Umebrå"),
    startDate: "2010-01-01",
    decisionMandate: false,
    placement: "Kommunstyrelsen",
  },
  {
    groupId: "G4",
    name: t("Lokalt förebyggande råd Ålidhem", "Local prevention council Ålidhem"),
    type: "localCouncil",
    appointedBy: "G2",
    mission: t("Lokal samverkan mellan fritidsgård, skola, socialtjänst och polis", "Local collaboration between youth centre, school, social services and police"),
    startDate: "2015-01-01",
    plannedMeetings: 4,
    decisionMandate: false,
  },
  {
    groupId: "G5",
    name: t("Lokalt förebyggande råd Holmsund/Obbola", "Local prevention council Holmsund/Obbola"),
    type: "localCouncil",
    appointedBy: "G2",
    mission: t("Lokal samverkan mellan fritidsgård, skola, socialtjänst och föreningar", "Local collaboration between youth centre, school, social services and associations"),
    startDate: "2015-01-01",
    plannedMeetings: 4,
    decisionMandate: false,
  },
  {
    groupId: "G6",
    name: t("EST – effektiv samordning för trygghet", "EST – effective coordination for safety"),
    type: "other",
    appointedBy: "G2",
    mission: t("Kunskapsbaserad vardagssamverkan med fastighetsägare; sammankallas av polisen varje vecka", "Knowledge-based everyday collaboration with property owners; convened weekly by the police"),
    startDate: "2019-01-01",
    decisionMandate: false,
  },
  {
    groupId: "G7",
    name: t("Arbetsgrupp Trygg stadskärna", "Working group Safe city centre"),
    type: "working",
    appointedBy: "G2",
    mission: t("Minska våld och stök i centrum nattetid", "Reduce violence and disorder in the city centre at night"),
    startDate: "2024-01-01",
    endDate: "2026-12-31",
    plannedMeetings: 4,
    decisionMandate: false,
  },
  {
    groupId: "G8",
    name: t("Arbetsgrupp ANTD och spel", "Working group ANTD and gambling"),
    type: "working",
    appointedBy: "G2",
    mission: t("Förebygga alkohol, narkotika, tobak, doping och överdrivet spelande bland unga", "Prevent alcohol, drugs, tobacco, doping and excessive gambling among young people"),
    startDate: "2023-09-01",
    endDate: "2026-12-31",
    plannedMeetings: 4,
    decisionMandate: false,
  },
  {
    // Deliberate gap ORG-07: no Slutdatum.
    groupId: "G9",
    name: t("Arbetsgrupp Trygghetsöverenskommelse", "Working group Safety agreement"),
    type: "working",
    appointedBy: "G2",
    mission: t("Ta fram och följa upp en trygghetsöverenskommelse med fastighetsägarna", "Draw up and follow up a safety agreement with the property owners"),
    startDate: "2024-09-01",
    plannedMeetings: 4,
    decisionMandate: false,
  },
];

// ---- Members ------------------------------------------------------------------------

/** The six committees with members in Umebrå (names of bodies, kept in Swedish). */
const COMMITTEES = [
  { dept: "Individ- och familjenämnden", area: t("individ- och familjeomsorg", "individual and family care") },
  { dept: "För- och grundskolenämnden", area: t("för- och grundskola", "preschool and compulsory school") },
  { dept: "Gymnasienämnden", area: t("gymnasieskola", "upper secondary school") },
  { dept: "Fritidsnämnden", area: t("fritid", "leisure") },
  { dept: "Kulturnämnden", area: t("kultur", "culture") },
  { dept: "Tekniska nämnden", area: t("teknik och gata", "technical services and streets") },
];
const [IFN, FGN, GYN, FRN, , TEN] = COMMITTEES.map((c) => c.dept);

const KSO = t("Kommunstyrelsens ordförande", "Chair of the municipal executive board");
const LPO_HEAD = t("Lokalpolisområdeschef LPO Umeå", "Head of local police area Umeå");
const POLICE = t("Kommunpolis LPO Umeå", "Municipal police officer Umeå");
const PL1 = t("Processledare 1 Umebrå", "Process leader 1 Umebrå");
const PL2 = t("Processledare 2 Umebrå", "Process leader 2 Umebrå");
const PL3 = t("Processledare 3 Umebrå (ANTD)", "Process leader 3 Umebrå (ANTD)");
const STREETS_HEAD = t("Enhetschef gatuavdelningen", "Head of the streets unit");
const HOUSING = t("Trygghetssamordnare, allmännyttigt bostadsbolag", "Safety coordinator, public housing company");
const SINCE = "2023-01-01";

type Member = ExampleRow<"Members">;

const member = (groupId: string, name: Text, role: string, organisation: string, kind: string, extra: Member = {}): Member => ({
  name,
  groupId,
  role,
  organisation,
  kind,
  from: SINCE,
  ...extra,
});

const MEMBERS: Member[] = [
  // G1 styrgrupp
  member("G1", KSO, "chair", "municipality", "elected", { title: "boardChair", email: "kso@example.se" }),
  member("G1", t("Kommundirektör", "Municipal director"), "convener", "municipality", "civilServant", { title: "municipalDirector", email: "kommundirektor@example.se" }),
  member("G1", LPO_HEAD, "member", "police", "civilServant", { title: "policeAreaHead" }),
  // G2 Umebrå: the chair, the coordinators, the police, Region Västerbotten and six committees
  member("G2", KSO, "chair", "municipality", "elected", { title: "boardChair", email: "kso@example.se" }),
  member("G2", PL1, "convener", "municipality", "civilServant", { title: "coordinator", email: "processledare1@example.se" }),
  member("G2", PL2, "secretary", "municipality", "civilServant", { title: "coordinator", email: "processledare2@example.se" }),
  member("G2", LPO_HEAD, "member", "police", "civilServant", { title: "policeAreaHead" }),
  member("G2", POLICE, "member", "police", "civilServant", { title: "municipalPolice" }),
  member("G2", t("Regionråd, Region Västerbotten", "Regional councillor, Region Västerbotten"), "member", "region", "elected", { title: "other" }),
  member("G2", t("Områdeschef primärvård, Region Västerbotten", "Head of primary care area, Region Västerbotten"), "member", "region", "civilServant", { title: "other" }),
  ...COMMITTEES.flatMap(({ dept, area }, i) => [
    member("G2", t(`Ordförande ${dept}`, `Chair of ${dept}`), i === 0 ? "viceChair" : "member", "municipality", "elected", { title: "committeeChair", department: dept }),
    member("G2", t(`Förvaltningschef ${area.sv}`, `Head of department, ${area.en}`), "member", "municipality", "civilServant", { title: "departmentHead", department: dept }),
  ]),
  // G3 the coordinating function
  member("G3", PL1, "convener", "municipality", "civilServant", { title: "coordinator", email: "processledare1@example.se" }),
  member("G3", PL2, "member", "municipality", "civilServant", { title: "coordinator", email: "processledare2@example.se" }),
  member("G3", PL3, "member", "municipality", "civilServant", { title: "coordinator", email: "processledare3@example.se" }),
  // G4, G5 local prevention councils
  member("G4", t("Rektor Ålidhemsskolan", "Head teacher, Ålidhem school"), "chair", "municipality", "civilServant", { title: "other", department: FGN }),
  member("G4", t("Föreståndare fritidsgården Ålidhem", "Manager, Ålidhem youth centre"), "convener", "municipality", "civilServant", { title: "other", department: FRN }),
  member("G4", t("Fältassistent Ålidhem", "Field worker, Ålidhem"), "member", "municipality", "civilServant", { title: "other", department: IFN }),
  member("G4", POLICE, "coopted", "police", "civilServant", { title: "municipalPolice" }),
  member("G4", t("Hyresgästföreningen Ålidhem", "Tenants' association Ålidhem"), "member", "civilSociety", "", { title: "other" }),
  member("G4", t("Vårdcentralen Ålidhem", "Ålidhem health centre"), "member", "region", "civilServant", { title: "other" }),
  member("G5", t("Rektor Holmsunds skola", "Head teacher, Holmsund school"), "chair", "municipality", "civilServant", { title: "other", department: FGN }),
  member("G5", t("Föreståndare fritidsgården Holmsund", "Manager, Holmsund youth centre"), "convener", "municipality", "civilServant", { title: "other", department: FRN }),
  member("G5", t("Fältassistent Holmsund/Obbola", "Field worker, Holmsund/Obbola"), "member", "municipality", "civilServant", { title: "other", department: IFN }),
  member("G5", t("Idrottsföreningen i Obbola", "Obbola sports club"), "member", "civilSociety", "", { title: "other" }),
  // G6 EST, convened by the police
  member("G6", POLICE, "convener", "police", "civilServant", { title: "municipalPolice" }),
  member("G6", PL1, "member", "municipality", "civilServant", { title: "coordinator" }),
  member("G6", HOUSING, "member", "propertyOwner", "", { title: "other" }),
  member("G6", STREETS_HEAD, "member", "municipality", "civilServant", { title: "other", department: TEN }),
  // G7–G9 working groups, members for the group's whole life
  ...[
    member("G7", STREETS_HEAD, "chair", "municipality", "civilServant", { title: "other", department: TEN }),
    member("G7", PL2, "convener", "municipality", "civilServant", { title: "coordinator" }),
    member("G7", POLICE, "member", "police", "civilServant", { title: "municipalPolice" }),
    member("G7", t("Citysamverkan, centrumföreningen", "City centre business association"), "member", "business", "", { title: "other" }),
  ].map((m) => ({ ...m, from: "2024-01-01", to: "2026-12-31" })),
  ...[
    member("G8", t("Enhetschef fältverksamheten", "Head of field work unit"), "chair", "municipality", "civilServant", { title: "other", department: IFN }),
    member("G8", PL3, "convener", "municipality", "civilServant", { title: "coordinator" }),
    member("G8", t("Skolkurator gymnasiet", "Upper secondary school counsellor"), "member", "municipality", "civilServant", { title: "other", department: GYN }),
    member("G8", t("Folkhälsostrateg, Region Västerbotten", "Public health strategist, Region Västerbotten"), "member", "region", "civilServant", { title: "other" }),
  ].map((m) => ({ ...m, from: "2023-09-01", to: "2026-12-31" })),
  ...[
    member("G9", t("Trafik- och stadsplanerare", "Traffic and urban planner"), "chair", "municipality", "civilServant", { title: "other", department: TEN }),
    member("G9", PL1, "convener", "municipality", "civilServant", { title: "coordinator" }),
    member("G9", HOUSING, "member", "propertyOwner", "", { title: "other" }),
    member("G9", POLICE, "member", "police", "civilServant", { title: "municipalPolice" }),
  ].map((m) => ({ ...m, from: "2024-09-01" })),
];

// ---- Documents ----------------------------------------------------------------------

const DOCUMENTS: ExampleRow<"Documents">[] = [
  {
    documentId: "D1",
    title: t("Samverkansöverenskommelse Umeå kommun och Polisen 2024–2027", "Collaboration agreement Umeå municipality and the Police 2024–2027"),
    type: "collaborationAgreement",
    parties: t("Umeå kommun, Polisen LPO Umeå", "Umeå municipality, Police LPO Umeå"),
    decidedBy: t("Kommunstyrelsen och lokalpolisområdeschef", "Kommunstyrelsen and the head of the local police area"),
    decisionDate: "2024-02-13",
    validUntil: "2027-12-31",
    lastFollowUp: "2025-11-20",
    nextFollowUp: "2026-11-30",
    responsibleGroup: "G2",
  },
  {
    documentId: "D2",
    title: t("Uppdragsplan för Umebrå 2024–2027", "Mission plan for Umebrå 2024–2027"),
    type: "missionPlan",
    parties: t("Umeå kommun", "Umeå municipality"),
    decidedBy: t("Kommunfullmäktige", "Kommunfullmäktige (municipal assembly)"),
    decisionDate: "2023-11-27",
    validUntil: "2027-12-31",
    lastFollowUp: "2025-12-10",
    nextFollowUp: "2026-12-15",
    responsibleGroup: "G2",
  },
  {
    // Deliberate gap DOC-02: the follow-up planned for February 2026 has not been done.
    documentId: "D3",
    title: t("Medborgarlöften 2025–2026, med trafiklöften", "Citizen promises 2025–2026, with traffic promises"),
    type: "citizenPromise",
    parties: t("Umeå kommun, Polisen LPO Umeå", "Umeå municipality, Police LPO Umeå"),
    decidedBy: t("Kommunstyrelsen och lokalpolisområdeschef", "Kommunstyrelsen and the head of the local police area"),
    decisionDate: "2024-12-10",
    validUntil: "2026-12-31",
    lastFollowUp: "2025-09-17",
    nextFollowUp: "2026-02-27",
    responsibleGroup: "G2",
  },
  {
    documentId: "D4",
    title: t("Lägesbild brott och trygghet Umeå 2025", "Situation report crime and safety Umeå 2025"),
    type: "situationReport",
    parties: t("Umeå kommun, Polisen LPO Umeå", "Umeå municipality, Police LPO Umeå"),
    decidedBy: t("Umebrå", "Umebrå"),
    decisionDate: "2025-03-20",
    validUntil: "2027-03-31",
    lastFollowUp: "2025-11-26",
    nextFollowUp: "2026-09-30",
    responsibleGroup: "G3",
  },
  {
    documentId: "D5",
    title: t("Åtgärdsplan 2025–2026", "Action plan 2025–2026"),
    type: "actionPlan",
    parties: t("Umeå kommun", "Umeå municipality"),
    decidedBy: t("Kommunstyrelsen", "Kommunstyrelsen (municipal executive board)"),
    decisionDate: "2025-06-12",
    validUntil: "2026-12-31",
    lastFollowUp: "2025-12-10",
    nextFollowUp: "2026-06-15",
    responsibleGroup: "G2",
  },
];

// ---- Problems -----------------------------------------------------------------------

const problem = (id: string, text: Text, area: Text, priority: number, analysed: boolean): ExampleRow<"Problems"> => ({
  problemId: id,
  problem: text,
  area,
  situationReport: "D4",
  priority,
  rootCauseAnalysis: analysed,
});

const CENTRE = t("Centrum", "City centre");
const WHOLE = t("Hela kommunen", "Whole municipality");

const PROBLEMS: ExampleRow<"Problems">[] = [
  problem("P1", t("Våld och stök i offentlig miljö i centrum helgnätter", "Violence and disorder in public places in the city centre on weekend nights"), CENTRE, 1, true),
  problem("P2", t("Otrygghet i bostadsområden kvällstid, särskilt bland kvinnor", "Feeling unsafe in residential areas in the evening, especially among women"), t("Ålidhem, Holmsund", "Ålidhem, Holmsund"), 1, true),
  problem("P3", t("Tidig alkoholdebut och ökad narkotikaanvändning bland unga", "Early alcohol debut and rising drug use among young people"), WHOLE, 2, true),
  problem("P4", t("Överdrivet spelande bland unga vuxna som kan leda till brott", "Excessive gambling among young adults that can lead to crime"), WHOLE, 3, true),
  // Deliberate gap PLAN-06: a new problem from the 2025 lägesbild, not yet analysed.
  problem("P5", t("Buskörning och trafikfarliga beteenden med mopedbilar", "Reckless driving and dangerous behaviour with moped cars"), WHOLE, 3, false),
];

// ---- Goals --------------------------------------------------------------------------

const CRIME = t("Brott", "Crime");
const SAFETY = t("Trygghet", "Safety");
const ANTD = t("ANTD", "ANTD");

/** Goals: id, goal, level, parent, goal type, problem, focus area, source document, responsible group. */
const GOALS: ExampleRow<"Goals">[] = (
  [
    ["M0", t("Umeå växer hållbart utan utsatta områden", "Umeå grows sustainably without vulnerable areas"), "overall", "", "effect", "", "", "D2", "G1"],
    ["M1", t("Minska brottsligheten", "Reduce crime"), "goal", "M0", "effect", "P1", CRIME, "D1", "G2"],
    ["M1.1", t("Minska våldsbrotten i centrum helgnätter", "Reduce violent crime in the city centre on weekend nights"), "subGoal", "M1", "effect", "", CRIME, "D5", "G7"],
    ["M1.2", t("Färre trafikbrott och mindre buskörning", "Fewer traffic offences and less reckless driving"), "subGoal", "M1", "effect", "P5", t("Trafik", "Traffic"), "D3", "G6"],
    ["M2", t("Öka tryggheten", "Increase safety"), "goal", "M0", "effect", "P2", SAFETY, "D1", "G2"],
    ["M2.1", t("Trygghetsvandringar i alla prioriterade bostadsområden", "Safety walks in every prioritised residential area"), "subGoal", "M2", "output", "", SAFETY, "D3", "G4"],
    ["M2.2", t("En trygghetsöverenskommelse med fastighetsägarna", "A safety agreement with the property owners"), "subGoal", "M2", "process", "", SAFETY, "D5", "G9"],
    ["M3", t("Minska bruket av alkohol, narkotika, tobak och doping (ANTD)", "Reduce the use of alcohol, drugs, tobacco and doping (ANTD)"), "goal", "M0", "effect", "P3", ANTD, "D2", "G2"],
    ["M3.1", t("Minska narkotikaanvändningen bland unga", "Reduce drug use among young people"), "subGoal", "M3", "effect", "", ANTD, "D5", "G8"],
    ["M4", t("Motverka överdrivet spelande som kan leda till brott", "Counter excessive gambling that can lead to crime"), "goal", "M0", "effect", "P4", t("Spel", "Gambling"), "D2", "G2"],
  ] as const
).map(([goalId, goal, level, parentGoal, goalType, problemId, focusArea, sourceDocument, responsibleGroup]) => ({
  goalId,
  goal,
  level,
  parentGoal,
  goalType,
  problemId,
  focusArea,
  sourceDocument,
  responsibleGroup,
}));

// ---- Activities ---------------------------------------------------------------------

const activity = (
  id: string,
  text: Text,
  goalId: string,
  group: string,
  span: [string, string],
  status: string,
  money: [number, number | ""],
  hours: number,
  extra: ExampleRow<"Activities"> = {},
): ExampleRow<"Activities"> => ({
  activityId: id,
  activity: text,
  goalId,
  responsibleGroup: group,
  start: span[0],
  end: span[1],
  status,
  budget: money[0],
  spent: money[1],
  hours,
  budgetYear: Number(span[0].slice(0, 4)),
  ...extra,
});

const Y2025: [string, string] = ["2025-01-01", "2025-12-31"];

const ACTIVITIES: ExampleRow<"Activities">[] = [
  activity("A1", t("Gemensam lägesbild och orsaksanalys med polisen", "Joint situation report and root-cause analysis with the police"), "M1", "G3", ["2025-01-07", "2025-03-20"], "done", [50000, 42000], 320, {
    responsiblePerson: PL1,
  }),
  activity("A2", t("Trygghetsvärdar i centrum helgnätter", "Safety hosts in the city centre on weekend nights"), "M1.1", "G7", Y2025, "done", [600000, 585000], 150, { responsiblePerson: STREETS_HEAD }),
  // Deliberate gap BUD-03: more night walks than budgeted.
  activity("A3", t("Nattvandringar i centrum fredagar och lördagar", "Night walks in the city centre on Fridays and Saturdays"), "M1.1", "G7", Y2025, "done", [80000, 96500], 240, {
    responsiblePerson: PL2,
    comment: t("Fler helger än planerat efter oroligheter i höstas", "More weekends than planned after unrest in the autumn"),
  }),
  activity("A4", t("Trafiklöfte: hastighetskontroller och dialog om mopedbilar", "Traffic promise: speed checks and dialogue about moped cars"), "M1.2", "G6", ["2025-01-01", "2026-12-31"], "ongoing", [40000, 31000], 210, {
    responsiblePerson: POLICE,
    budgetYear: 2025,
    citizenPromise: "D3",
  }),
  activity("A5", t("Trygghetsmätning och medborgardialoger", "Safety survey and citizen dialogues"), "M2", "G3", ["2025-03-01", "2025-11-30"], "done", [60000, 55000], 280, {
    responsiblePerson: PL1,
    citizenPromise: "D3",
  }),
  activity("A6", t("Trygghetsvandringar på Ålidhem med boende, fastighetsägare och polis", "Safety walks in Ålidhem with residents, property owners and police"), "M2.1", "G4", ["2025-04-01", "2025-10-31"], "done", [30000, 27500], 90, {
    citizenPromise: "D3",
  }),
  activity("A7", t("Trygghetsvandringar i Holmsund och Obbola", "Safety walks in Holmsund and Obbola"), "M2.1", "G5", ["2025-04-01", "2025-10-31"], "done", [20000, 18000], 60),
  activity("A8", t("Trygghetsöverenskommelse med fastighetsägare", "Safety agreement with property owners"), "M2.2", "G9", ["2025-01-15", "2026-06-30"], "ongoing", [70000, 41000], 160, {
    responsiblePerson: PL1,
  }),
  activity("A9", t("Föräldramöten och föräldrastöd om alkohol och narkotika", "Parent meetings and parent support on alcohol and drugs"), "M3", "G8", Y2025, "done", [120000, 112000], 300, { responsiblePerson: PL3 }),
  activity("A10", t("Tidiga insatser i samverkan skola, socialtjänst, polis och fritid (SSPF)", "Early intervention with school, social services, police and leisure (SSPF)"), "M3.1", "G8", ["2025-01-01", "2026-12-31"], "ongoing", [150000, 140000], 420, {
    responsiblePerson: PL3,
    budgetYear: 2025,
  }),
  activity("A11", t("Utbildning om spelproblem för personal på fritidsgårdar och gymnasieskolor", "Training on problem gambling for youth-centre and upper-secondary staff"), "M4", "G8", ["2025-02-01", "2025-11-30"], "done", [45000, 39000], 120, { responsiblePerson: PL3 }),
  activity("A12", t("Trygghetsvandringar på Ålidhem 2024", "Safety walks in Ålidhem 2024"), "M2.1", "G4", ["2024-04-01", "2024-10-31"], "done", [25000, 24000], 80),
  activity("A13", t("Nattvandringar i centrum 2024", "Night walks in the city centre 2024"), "M1.1", "G7", ["2024-01-01", "2024-12-31"], "done", [70000, 68000], 220),
  activity("A14", t("ANTD-förebyggande insatser hösten 2023", "ANTD prevention in autumn 2023"), "M3", "G8", ["2023-09-01", "2023-12-31"], "done", [60000, 58000], 140),
  activity("A15", t("Nattvandringar i centrum 2026", "Night walks in the city centre 2026"), "M1.1", "G7", ["2026-01-01", "2026-12-31"], "ongoing", [90000, 12000], 40),
  activity("A16", t("Trygghetsvandringar på Ålidhem 2026", "Safety walks in Ålidhem 2026"), "M2.1", "G4", ["2026-04-01", "2026-10-31"], "planned", [30000, ""], 0),
  activity("A17", t("Kampanj mot spel om pengar bland unga 2026", "Campaign against gambling for money among young people 2026"), "M4", "G8", ["2026-02-01", "2026-11-30"], "ongoing", [50000, 5000], 30),
];

// ---- Indicators and measurements ----------------------------------------------------

const INDICATORS: ExampleRow<"Indicators">[] = [
  ["I1", t("Anmälda brott per 100 000 invånare", "Reported crimes per 100,000 inhabitants"), "M1", "per100k", "lower", "bra", 2020, 9305, 2027, 8500],
  ["I2", t("Anmälda misshandelsbrott utomhus i centrum", "Reported outdoor assaults in the city centre"), "M1.1", "count", "lower", "own", 2022, 212, 2026, 170],
  ["I3", t("Problemindex trafik (polisens trygghetsmätning)", "Traffic problem index (police safety survey)"), "M1.2", "index06", "lower", "policeSurvey", 2022, 3.4, 2026, 2.8],
  ["I4", t("Utsatthet för brott mot person (NTU, LPO Umeå)", "Exposure to crime against the person (NTU, Umeå)"), "M2", "percent", "lower", "ntu", 2019, 16.2, 2027, 14],
  ["I5", t("Otrygghet ute sent på kvällen i eget bostadsområde (NTU)", "Feeling unsafe outdoors late in the evening in one's own area (NTU)"), "M2", "percent", "lower", "ntu", 2021, 27, 2027, 22],
  ["I6", t("Genomförda trygghetsvandringar", "Safety walks held"), "M2.1", "count", "higher", "own", 2022, 6, 2026, 12],
  ["I7", t("Fastighetsägare anslutna till trygghetsöverenskommelsen", "Property owners who joined the safety agreement"), "M2.2", "count", "higher", "own", 2024, 2, 2026, 8],
  ["I8", t("Andel elever i gymnasiet år 2 som använt narkotika (CAN)", "Share of upper-secondary year 2 pupils who have used drugs (CAN)"), "M3.1", "percent", "lower", "can", 2021, 12, 2027, 9],
  ["I9", t("Andel elever i årskurs 9 som druckit alkohol senaste året (CAN)", "Share of year 9 pupils who drank alcohol in the last year (CAN)"), "M3", "percent", "lower", "can", 2021, 38, 2027, 30],
  ["I10", t("Andel unga vuxna med riskabelt spelande (folkhälsoenkät)", "Share of young adults with risky gambling (public health survey)"), "M4", "percent", "lower", "own", 2022, 5.2, 2027, 4],
].map(([indicatorId, indicator, goalId, unit, direction, source, baseYear, baseValue, targetYear, targetValue]) => ({
  indicatorId,
  indicator,
  goalId,
  unit,
  direction,
  source,
  baseYear,
  baseValue,
  targetYear,
  targetValue,
}));

/** Yearly values per indicator, from the first year given. I8 lacks 2025 on purpose (PLAN-13). */
const SERIES: Record<string, [number, number[]]> = {
  I1: [2020, [9305, 9110, 9240, 8960, 8820, 8690]],
  I2: [2022, [212, 198, 187, 176]],
  I3: [2022, [3.4, 3.3, 3.1, 2.9]],
  I4: [2019, [16.2, 15.9, 15.8, 15.9, 15.1, 14.9, 14.6]],
  I5: [2021, [27, 26.5, 25.4, 24.8, 24.1]],
  I6: [2022, [6, 8, 10, 11]],
  I7: [2024, [2, 6]],
  I8: [2021, [12, 11.5, 11, 10.6]],
  I9: [2021, [38, 36.5, 35, 34.2, 33]],
  I10: [2022, [5.2, 5, 4.8, 4.7]],
};

const MEASUREMENTS: ExampleRow<"Measurements">[] = Object.entries(SERIES).flatMap(([indicatorId, [first, values]]) =>
  values.map((value, i) => ({ indicatorId, year: first + i, value })),
);

/** Comparison values (layout version 2), as Hämta statistik would fetch them for Riket; made up for the example. */
const COMPARISON_SERIES: Record<string, [number, number[]]> = {
  I1: [2020, [14220, 14010, 13860, 13540, 13310, 13150]],
  I4: [2019, [22.8, 22.5, 22, 21.9, 21.7, 21.4, 21.2]],
};

const COMPARISONS: ExampleRow<"Comparisons">[] = Object.entries(COMPARISON_SERIES).flatMap(([indicatorId, [first, values]]) =>
  values.map((value, i) => ({
    indicatorId,
    year: first + i,
    area: t("Riket", "Riket (Sweden)"),
    value,
    comment: t("Exempel (påhittade jämförelsevärden)", "Example (made-up comparison values)"),
  })),
);

// ---- Budget and meetings ------------------------------------------------------------

const BUDGET: ExampleRow<"Budget">[] = [
  [2023, 1800000],
  [2024, 1900000],
  [2025, 2000000],
  [2026, 2100000],
].map(([year, earmarked]) => ({
  year,
  earmarked,
  decidedBy: t("Kommunfullmäktige", "Kommunfullmäktige (municipal assembly)"),
  comment: t("Öronmärkt för brotts- och drogförebyggande arbete", "Earmarked for crime and drug prevention"),
}));

/** Meeting dates per group: Umebrå five times a year, the councils and working groups four, the styrgrupp twice. */
const MEETING_DATES: Record<string, string[]> = {
  G1: ["2024-10-09", "2025-03-12", "2025-10-08", "2026-02-25"],
  G2: ["2024-11-27", "2025-02-05", "2025-04-09", "2025-06-04", "2025-09-17", "2025-11-26", "2026-02-04"],
  G4: ["2025-02-12", "2025-05-14", "2025-09-10", "2025-11-12", "2026-02-11"],
  G5: ["2025-02-19", "2025-05-21", "2025-09-24", "2025-11-19"],
  G7: ["2025-01-22", "2025-04-23", "2025-08-27", "2025-10-22", "2025-11-05", "2026-01-28"],
  G8: ["2025-02-26", "2025-05-28", "2025-09-03", "2025-12-03"],
  G9: ["2025-03-05", "2025-06-11", "2025-09-10", "2025-12-10"],
};
/** Extra meetings (all others are ordinary). */
const EXTRA_MEETINGS = new Set(["G7|2025-11-05"]);

const MEETINGS: ExampleRow<"Meetings">[] = Object.entries(MEETING_DATES).flatMap(([groupId, dates]) =>
  dates.map((date) => ({
    groupId,
    date,
    type: EXTRA_MEETINGS.has(`${groupId}|${date}`) ? "extra" : "ordinary",
    minutes: t(`Protokoll ${groupId} ${date}`, `Minutes ${groupId} ${date}`),
  })),
);

const EXAMPLE: { [T in TableName]: ExampleRow<T>[] } = {
  Groups: GROUPS,
  Members: MEMBERS,
  Documents: DOCUMENTS,
  Problems: PROBLEMS,
  Goals: GOALS,
  Activities: ACTIVITIES,
  Indicators: INDICATORS,
  Measurements: MEASUREMENTS,
  Comparisons: COMPARISONS,
  Budget: BUDGET,
  Meetings: MEETINGS,
};

/** A value as a coordinator types it: list labels, date serials, Ja/Nej, text in the language. */
function typed(col: ColumnDef, value: string | number | boolean | Text | undefined, lang: Lang): CellValue {
  if (value === undefined || value === "") return "";
  if (typeof value === "object") return value[lang];
  if (col.type === "list" && col.list) return listLabel(col.list, String(value), lang);
  if (col.type === "yesno") return listLabel("yesno", value ? "yes" : "no", lang);
  if (col.type === "date") return isoToSerial(String(value));
  return value;
}

/** An ISO date or a year in a text, moved by `years` (dates keep their day; 29 February becomes 28 February). */
function shiftText(s: string, years: number): string {
  if (years === 0) return s;
  return s.replace(/\b(19|20)\d\d(-\d\d-\d\d)?\b/g, (m) => (m.length === 4 ? String(Number(m) + years) : addYears(m, years)));
}

function shiftValue(col: ColumnDef, value: string | number | boolean | Text | undefined, years: number) {
  if (value === undefined || value === "" || years === 0) return value;
  if (typeof value === "object") return { sv: shiftText(value.sv, years), en: shiftText(value.en, years) };
  if (col.type === "date" && typeof value === "string") return addYears(value, years);
  if (col.type === "year" && typeof value === "number") return value + years;
  if (col.type === "text" && typeof value === "string") return shiftText(value, years);
  return value;
}

/**
 * The example's rows (as authored, keys and ISO dates) moved to `referenceDate`: shifted
 * by whole years to its follow-up year, then the dates tied to the reference date itself.
 */
function exampleAt(referenceDate: string): { [T in TableName]: ExampleRow<T>[] } {
  const years = exampleFollowUpYear(referenceDate) - EXAMPLE_FOLLOW_UP_YEAR;
  const out = {} as { [T in TableName]: ExampleRow<T>[] };
  for (const table of TABLES) {
    const columns = new Map<string, ColumnDef>(TABLE_BY_NAME[table.name].columns.map((c) => [c.key, c]));
    (out as Record<TableName, ExampleRow<TableName>[]>)[table.name] = (EXAMPLE[table.name] as ExampleRow<TableName>[]).map(
      (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, shiftValue(columns.get(k)!, v, years)])) as ExampleRow<TableName>,
    );
  }
  // DOC-02: D3's follow-up was due two weeks before the reference date; it was last followed up five months before that.
  for (const d of out.Documents)
    if (d.documentId === "D3") {
      d.nextFollowUp = isoDaysBefore(referenceDate, 14);
      d.lastFollowUp = isoDaysBefore(referenceDate, 14 + 152);
    }
  // Next year's activities that have not begun by the reference date are still planned.
  for (const a of out.Activities) if (a.status === "ongoing" && typeof a.start === "string" && a.start > referenceDate) a.status = "planned";
  return out;
}

/**
 * The example plan's rows per table, in layout column order, as typed in `lang`, for
 * `referenceDate` ("YYYY-MM-DD", default today): checked at that date with its default
 * follow-up year it gives exactly EXAMPLE_GAPS.
 */
export function examplePlanRows(lang: Lang, referenceDate: string = localIsoDate()): Record<TableName, CellValue[][]> {
  const example = exampleAt(referenceDate);
  const out = {} as Record<TableName, CellValue[][]>;
  for (const table of TABLES) {
    const columns: readonly ColumnDef[] = TABLE_BY_NAME[table.name].columns;
    const rows = example[table.name] as ExampleRow<TableName>[];
    out[table.name] = rows.map((row) => columns.map((col) => typed(col, (row as Record<string, string | number | boolean | Text>)[col.key], lang)));
  }
  return out;
}
