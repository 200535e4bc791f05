// Benchmark plans: a large, realistic and consistent planning workbook's rows,
// generated deterministically from a seed, at a multiple of a base size. Every
// reference points at a row that exists, except for a small, realistic share of
// the gaps and slips the checks are there to find (a late activity, a working
// group without an end date, a typo in a dropdown value, a target pointing the
// wrong way...). Rows come as a coordinator types them: list labels in the
// workbook's language, most dates as Excel serials and some as ISO text, Ja/Nej.

import { TABLE_BY_NAME, TABLES, listLabel, type ColumnDef, type ColumnKey, type Lang, type ListId, type TableName } from "../src/workbook/layout";
import { isoToSerial } from "../src/workbook/parse/date";
import type { Settings } from "../src/workbook/settings";
import type { CellValue } from "../src/workbook/snapshot";
import { Random } from "./random";
import * as W from "./vocabulary";

/** Rows per table (the tables the base size names; the others follow from these). */
export interface PlanSize {
  groups: number;
  members: number;
  goals: number;
  activities: number;
  indicators: number;
  measurements: number;
  meetings: number;
}

/** The base (1x) size of the benchmark. */
export const BASE_SIZE: PlanSize = {
  groups: 300,
  members: 3000,
  goals: 2000,
  activities: 20000,
  indicators: 2000,
  measurements: 60000,
  meetings: 100,
};

/** The date the generated plans are judged at, and their follow-up year. */
export const BENCH_REFERENCE_DATE = "2026-03-15";
export const BENCH_FOLLOW_UP_YEAR = 2025;
export const DEFAULT_SEED = 20260315;

export interface GeneratedPlan {
  size: PlanSize;
  lang: Lang;
  /** Rows per planning table, in layout column order, as typed. */
  rows: Record<TableName, CellValue[][]>;
  /** The settings the workbook records (the municipality's name). */
  settings: Partial<Settings>;
}

export interface GenerateOptions {
  seed?: number;
  lang?: Lang;
}

/** The base size times `scale` (rounded; at least the few rows the plan's skeleton needs). */
export function scaledSize(scale: number, base: PlanSize = BASE_SIZE): PlanSize {
  const n = (x: number, min: number) => Math.max(min, Math.round(x * scale));
  return {
    groups: n(base.groups, 12),
    members: n(base.members, 40),
    goals: n(base.goals, 10),
    activities: n(base.activities, 10),
    indicators: n(base.indicators, 5),
    measurements: n(base.measurements, 5),
    meetings: n(base.meetings, 10),
  };
}

/** The number of data rows a plan holds, over all its tables. */
export function rowCount(rows: Record<TableName, CellValue[][]>): number {
  return TABLES.reduce((n, t) => n + rows[t.name].length, 0);
}

/** A plan of `scale` times the base size; the same scale and seed always give the same rows. */
export function generatePlan(scale: number, options: GenerateOptions = {}): GeneratedPlan {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, not ${scale}`);
  const size = scaledSize(scale);
  const lang = options.lang ?? "sv";
  const rows = new PlanGenerator(size, lang, new Random(options.seed ?? DEFAULT_SEED)).generate();
  return { size, lang, rows, settings: { municipality: "Umeå" } };
}

// ---------------------------------------------------------------------------

/** A row by column key: list columns by item key, Ja/Nej as booleans, dates as ISO text. */
type Keyed<T extends TableName> = Partial<Record<ColumnKey<T>, CellValue | null>>;

type GroupType = "steering" | "preparatory" | "coordination" | "localCouncil" | "working" | "other";

interface Group {
  id: string;
  type: GroupType;
  start: string;
  end: string | null;
  planned: number | null;
  /** Departments its municipal members come from. */
  departments: string[];
}

interface Goal {
  id: string;
  level: "overall" | "goal" | "subGoal";
  district: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const round = (x: number, step: number) => Math.round(x / step) * step;
const fill = (template: string, district: string) => template.replace("{område}", district);

/** Share of rows that get each kind of gap or slip. */
const GAP = {
  noSlutdatum: 0.03, // ORG-07
  appointedBySteering: 0.01, // ORG-06
  noConvener: 0.02, // ORG-08
  memberDatesReversed: 0.002, // ORG-14
  badEmail: 0.003, // DATA-01
  listTypo: 0.001, // DATA-04
  danglingRef: 0.001, // DATA-05
  missingRequired: 0.001, // DATA-02
  unreadableAmount: 0.001, // DATA-01
  dateAsText: 0.05, // no gap: ISO text is read as a date
  amountAsText: 0.02, // no gap: "12 500 kr" is read as an amount
  late: 0.04, // PLAN-09
  overspent: 0.03, // BUD-03
  steeringActivity: 0.003, // PLAN-10
  noMeasurementInYear: 0.03, // PLAN-13
  wrongWayTarget: 0.02, // PLAN-12
  noTarget: 0.02, // PLAN-11
  outOfRange: 0.001, // PLAN-14
  followUpPassed: 0.1, // DOC-02
  noRootCause: 0.08, // PLAN-06
  goalWithoutProblem: 0.05, // PLAN-05
  missedMeeting: 0.05, // ORG-12
  duplicateId: 0.0005, // DATA-03
  otherGoal: 0.03, // PLAN-03
} as const;

class PlanGenerator {
  private readonly out = Object.fromEntries(TABLES.map((t) => [t.name, [] as CellValue[][]])) as Record<TableName, CellValue[][]>;
  private readonly groups: Group[] = [];
  private readonly goals: Goal[] = [];
  private readonly documents: { id: string; type: string }[] = [];
  private problemCount = 0;
  /** Budget (kr) of the activities per budget year. */
  private readonly allocated = new Map<number, number>();

  constructor(
    private readonly size: PlanSize,
    private readonly lang: Lang,
    private readonly rnd: Random,
  ) {}

  generate(): Record<TableName, CellValue[][]> {
    this.makeGroups();
    this.makeMembers();
    this.makeDocuments();
    this.makeProblems();
    this.makeGoals();
    this.makeActivities();
    this.makeIndicators();
    this.makeBudget();
    this.makeMeetings();
    return this.out;
  }

  // --- rows as typed -------------------------------------------------------

  private add<T extends TableName>(table: T, keyed: Keyed<T>): void {
    const columns: readonly ColumnDef[] = TABLE_BY_NAME[table].columns;
    const values = keyed as Record<string, CellValue | null | undefined>;
    this.out[table].push(columns.map((col) => this.typed(col, values[col.key])));
  }

  private typed(col: ColumnDef, value: CellValue | null | undefined): CellValue {
    if (value === undefined || value === null || value === "") return "";
    if (col.type === "yesno" && typeof value === "boolean") return listLabel("yesno", value ? "yes" : "no", this.lang);
    if (col.type === "list" && col.list) return listLabel(col.list, String(value), this.lang);
    if (col.type === "date" && typeof value === "string" && ISO.test(value)) return this.rnd.chance(GAP.dateAsText) ? value : isoToSerial(value);
    if (col.type === "money" && typeof value === "number" && this.rnd.chance(GAP.amountAsText)) return `${value.toLocaleString("sv-SE")} kr`;
    return value;
  }

  /** `id`, or (rarely) an ID that exists nowhere. */
  private ref(id: string): string {
    return this.rnd.chance(GAP.danglingRef) ? `${id}X` : id;
  }

  /** A list item key, or (rarely) its label misspelt (a letter missing). */
  private listValue(list: ListId, key: string): string {
    return this.rnd.chance(GAP.listTypo) ? listLabel(list, key, this.lang).slice(0, -1) : key;
  }

  private person(): { first: string; last: string } {
    return { first: this.rnd.pick(W.FIRST_NAMES), last: this.rnd.pick(W.LAST_NAMES) };
  }

  // --- organisation --------------------------------------------------------

  private makeGroups(): void {
    const n = this.size.groups;
    // Local councils plan four meetings a year; most of the meetings table is theirs.
    const councils = Math.max(1, Math.min(n - 4, Math.floor((this.size.meetings * 0.9 - 7) / 4)));
    const others = Math.max(1, Math.round(n * 0.03));
    for (let i = 1; i <= n; i++) {
      const type: GroupType =
        i === 1 ? "steering" : i === 2 ? "preparatory" : i === 3 ? "coordination" : i <= 3 + councils ? "localCouncil" : i <= 3 + councils + others ? "other" : "working";
      const district = W.DISTRICTS[i % W.DISTRICTS.length];
      const start = type === "working" ? isoDate(this.rnd.int(2022, 2025), this.rnd.int(1, 12), 1) : isoDate(2015 + (i % 5), 1, 1);
      let end: string | null = null;
      if (type === "working" && !this.rnd.chance(GAP.noSlutdatum)) {
        // Most working groups run past the reference date; some of the older ones ended during 2025.
        const year = start < "2025-01-01" && this.rnd.chance(0.15) ? 2025 : this.rnd.int(2026, 2028);
        end = this.rnd.chance(0.5) ? `${year}-06-30` : `${year}-12-31`;
      }
      const planned = type === "steering" ? 2 : type === "preparatory" ? 5 : type === "localCouncil" ? 4 : null;
      const departments = [this.rnd.pick(W.DEPARTMENTS.slice(0, -1)), this.rnd.pick(W.DEPARTMENTS)];
      const group: Group = { id: `G${i}`, type, start, end, planned, departments };
      this.groups.push(group);
      const name = {
        steering: "Styrgrupp för brottsförebyggande samverkan",
        preparatory: "Brottsförebyggande rådet",
        coordination: "Övergripande planering/samordning",
        localCouncil: `Lokalt förebyggande råd ${district}`,
        other: `EST ${district}`,
        working: `Arbetsgrupp ${this.rnd.pick(W.FOCUS_AREAS).toLowerCase()} ${district} ${i}`,
      }[type];
      const appointedBy = type === "steering" ? "" : type === "working" && this.rnd.chance(GAP.appointedBySteering) ? "G1" : type === "preparatory" || type === "coordination" ? "G1" : this.ref("G2");
      this.add("Groups", {
        groupId: group.id,
        name,
        // The skeleton (styrgrupp, beredningsgrupp, coordinating function) is typed right.
        type: i <= 3 ? type : this.listValue("groupType", type),
        appointedBy,
        mission: type === "working" && this.rnd.chance(0.01) ? "" : `Uppdrag: ${name.toLowerCase()}`,
        startDate: start,
        endDate: end,
        plannedMeetings: planned,
        decisionMandate: type === "steering",
        placement: type === "coordination" || type === "steering" || type === "preparatory" ? "Kommunstyrelsen" : "",
      });
    }
  }

  /** The k-th member of a group: role, position, organisation and department. */
  private memberOf(g: Group, k: number) {
    const roleOf = (): string => {
      if (k === 0) return "chair";
      if (k === 1) return this.rnd.chance(GAP.noConvener) ? "member" : "convener";
      if (k === 2) return this.rnd.chance(0.5) ? "viceChair" : "secretary";
      return this.rnd.weighted([["member", 80], ["deputy", 15], ["coopted", 5]] as const);
    };
    const municipal = (title: string, kind = "civilServant", department: string = this.rnd.pick(g.departments)) => ({ title, organisation: "municipality", department, kind });
    const role = roleOf();
    if (g.type === "steering") {
      const fixed = [
        municipal("boardChair", "elected", "Kommunstyrelsen"),
        municipal("municipalDirector", "civilServant", "Kommunledningsförvaltningen"),
        { title: "policeAreaHead", organisation: "police", department: "", kind: "civilServant" },
      ];
      return { role, ...(fixed[k] ?? municipal(this.rnd.chance(0.5) ? "committeeChair" : "departmentHead", this.rnd.chance(0.5) ? "elected" : "civilServant")) };
    }
    if (g.type === "preparatory") {
      // Heads of every department but the last (whose activities then lack one: ORG-05).
      const fixed = [
        municipal("committeeChair", "elected", "Kommunstyrelsen"),
        municipal("coordinator", "civilServant", "Kommunledningsförvaltningen"),
        { title: "municipalPolice", organisation: "police", department: "", kind: "civilServant" },
        ...W.DEPARTMENTS.slice(0, -1).map((d) => municipal("departmentHead", "civilServant", d)),
      ];
      return { role, ...(fixed[k] ?? { title: "other", organisation: "region", department: "", kind: "civilServant" }) };
    }
    if (g.type === "coordination") return { role, ...municipal("coordinator", "civilServant", "Kommunledningsförvaltningen") };
    const organisation = this.rnd.weighted([["municipality", 60], ["police", 10], ["region", 8], ["propertyOwner", 7], ["civilSociety", 10], ["university", 2], ["business", 3]] as const);
    if (organisation === "municipality") return { role, ...municipal(this.rnd.chance(0.1) ? "coordinator" : "other", this.rnd.chance(0.1) ? "elected" : "civilServant") };
    return { role, title: organisation === "police" ? "municipalPolice" : "other", organisation, department: "", kind: "" };
  }

  private makeMembers(): void {
    const { members } = this.size;
    const groups = this.groups.length;
    for (let gi = 0; gi < groups; gi++) {
      const g = this.groups[gi];
      const count = Math.floor(members / groups) + (gi < members % groups ? 1 : 0);
      for (let k = 0; k < count; k++) {
        const { first, last } = this.person();
        const m = this.memberOf(g, k);
        const left = k >= 3 && g.start < "2025-01-01" && this.rnd.chance(0.05);
        let from = g.start;
        let to = left ? addDays(BENCH_REFERENCE_DATE, -this.rnd.int(30, 300)) : g.end;
        if (this.rnd.chance(GAP.memberDatesReversed)) [from, to] = [g.end ?? BENCH_REFERENCE_DATE, g.start];
        const email = `${first}.${last}@example.se`.toLowerCase().replace(/[åä]/g, "a").replace(/[öé]/g, "o");
        this.add("Members", {
          name: this.rnd.chance(GAP.missingRequired) ? "" : `${first} ${last}`,
          groupId: this.ref(g.id),
          role: this.listValue("memberRole", m.role),
          title: m.title,
          organisation: m.organisation,
          department: m.department,
          kind: m.kind,
          email: this.rnd.chance(GAP.badEmail) ? email.replace("@", " at ") : email,
          from,
          to,
        });
      }
    }
  }

  // --- documents and problems ----------------------------------------------

  private makeDocuments(): void {
    const fixed: [string, string, string, string | null][] = [
      ["collaborationAgreement", "Samverkansöverenskommelse kommun och polis 2024–2027", "2024-01-15", "2027-12-31"],
      ["situationReport", "Lägesbild brott och otrygghet 2025", "2025-02-10", null],
      ["actionPlan", "Åtgärdsplan 2025–2026", "2025-05-20", "2026-12-31"],
      ["citizenPromise", "Medborgarlöften 2025–2026", "2025-03-01", "2026-12-31"],
      ["missionPlan", "Uppdragsplan för det brottsförebyggande rådet", "2024-11-25", null],
    ];
    const extra = Math.round(2 * (this.size.groups / 100));
    for (let i = 0; i < extra; i++) {
      const district = W.DISTRICTS[i % W.DISTRICTS.length];
      const type = this.rnd.pick(["situationReport", "plan", "citizenPromise", "other"] as const);
      const title = { situationReport: "Lokal lägesbild", plan: "Handlingsplan", citizenPromise: "Medborgarlöfte", other: "Trygghetsöverenskommelse" }[type];
      // Older than the municipality-wide lägesbild and åtgärdsplan, so those stay the newest.
      fixed.push([type, `${title} ${district}`, isoDate(this.rnd.int(2022, 2024), this.rnd.int(1, 12), 1), type === "citizenPromise" ? "2026-12-31" : null]);
    }
    fixed.forEach(([type, title, decided, validUntil], i) => {
      const id = `D${i + 1}`;
      this.documents.push({ id, type });
      const passed = this.rnd.chance(GAP.followUpPassed);
      this.add("Documents", {
        documentId: id,
        title,
        type,
        parties: type === "collaborationAgreement" || type === "citizenPromise" ? "Kommunen, Polisen" : "Kommunen",
        decidedBy: this.rnd.chance(0.05) ? "" : type === "missionPlan" ? "Kommunfullmäktige" : "Kommunstyrelsen",
        decisionDate: decided,
        validUntil,
        lastFollowUp: "2025-09-30",
        nextFollowUp: passed ? addDays(BENCH_REFERENCE_DATE, -this.rnd.int(5, 200)) : addDays(BENCH_REFERENCE_DATE, this.rnd.int(30, 400)),
        responsibleGroup: "G2",
      });
    });
  }

  private makeProblems(): void {
    this.problemCount = Math.max(5, Math.round(this.size.goals / 20));
    const reports = this.documents.filter((d) => d.type === "situationReport");
    for (let p = 1; p <= this.problemCount; p++) {
      const district = W.DISTRICTS[p % W.DISTRICTS.length];
      this.add("Problems", {
        problemId: `P${p}`,
        problem: `${W.PROBLEMS[p % W.PROBLEMS.length]} (${district})`,
        area: district,
        situationReport: this.rnd.pick(reports).id,
        priority: this.rnd.int(1, 5),
        rootCauseAnalysis: !this.rnd.chance(GAP.noRootCause),
      });
    }
  }

  // --- goals, activities, indicators ---------------------------------------

  private makeGoals(): void {
    const n = this.size.goals;
    const overall = Math.max(2, Math.round(n * 0.01));
    const goals = Math.max(overall + 1, Math.round(n * 0.2));
    const agreement = this.documents[0].id;
    for (let i = 1; i <= n; i++) {
      const level = i <= overall ? "overall" : i <= goals ? "goal" : "subGoal";
      const district = W.DISTRICTS[i % W.DISTRICTS.length];
      const goal: Goal = { id: `M${i}`, level, district };
      this.goals.push(goal);
      // Mål under an Övergripande mål, Delmål under a Mål; every problem addressed by the Mål in turn.
      const parent = level === "overall" ? "" : level === "goal" ? `M${1 + (i % overall)}` : `M${overall + 1 + (i % (goals - overall))}`;
      const problem = level === "goal" && !this.rnd.chance(GAP.goalWithoutProblem) ? `P${1 + (i % this.problemCount)}` : "";
      this.add("Goals", {
        goalId: goal.id,
        goal: fill(W.GOALS[i % W.GOALS.length], district),
        level,
        parentGoal: parent === "" ? "" : this.ref(parent),
        goalType: level === "overall" ? "effect" : this.rnd.pick(["effect", "process", "output"]),
        problemId: problem,
        focusArea: this.rnd.pick(W.FOCUS_AREAS),
        sourceDocument: agreement,
        responsibleGroup: "G2",
      });
    }
  }

  /** The groups that carry out activities: working groups, local councils and the others. */
  private doers(): Group[] {
    return this.groups.filter((g) => g.type === "working" || g.type === "localCouncil" || g.type === "other");
  }

  private makeActivities(): void {
    const n = this.size.activities;
    const targets = this.goals.filter((g) => g.level !== "overall");
    const doers = this.doers();
    const promises = this.documents.filter((d) => d.type === "citizenPromise");
    for (let i = 1; i <= n; i++) {
      // Every Mål and Delmål gets activities in turn, then the rest at random.
      const goal = i <= targets.length ? targets[i - 1] : this.rnd.pick(targets);
      const group = this.rnd.chance(GAP.steeringActivity) ? this.groups[0] : this.rnd.pick(doers);
      const { start, end } = this.activityDates(group);
      const status = this.statusOf(start, end);
      const year = Number(start.slice(0, 4));
      const budget = this.rnd.chance(0.15) ? null : round(this.rnd.int(5_000, 250_000), 500);
      const done = status === "done" || status === "delayed" || status === "ongoing";
      const spent = budget === null || !done ? null : Math.round(budget * (this.rnd.chance(GAP.overspent) ? 1.05 + this.rnd.next() * 0.3 : 0.5 + this.rnd.next() * 0.5));
      if (budget !== null) this.allocated.set(year, (this.allocated.get(year) ?? 0) + budget);
      this.add("Activities", {
        activityId: i > 1 && this.rnd.chance(GAP.duplicateId) ? `A${i - 1}` : `A${i}`,
        activity: fill(this.rnd.pick(W.ACTIVITIES), goal.district),
        goalId: this.ref(goal.id),
        responsibleGroup: group.id,
        responsiblePerson: `${this.person().first} ${this.person().last}`,
        start,
        end,
        status: this.listValue("activityStatus", status),
        budget: this.rnd.chance(GAP.unreadableAmount) ? "ca 10 tkr" : budget,
        spent,
        hours: done ? this.rnd.int(2, 400) : null,
        budgetYear: this.rnd.chance(0.7) ? year : null,
        citizenPromise: promises.length > 0 && this.rnd.chance(0.05) ? this.rnd.pick(promises).id : "",
        comment: this.rnd.chance(0.1) ? "Genomförs tillsammans med polisen" : "",
      });
    }
  }

  /** Start and end within the group's life (from 2022 on, planned at most until mid-2027). */
  private activityDates(group: Group): { start: string; end: string } {
    const first = group.start > "2022-01-01" ? group.start : "2022-01-01";
    const last = group.end !== null && group.end < "2027-06-30" ? group.end : "2027-06-30";
    const span = Math.max(0, (Date.parse(last) - Date.parse(first)) / DAY_MS - 30);
    const start = addDays(first, this.rnd.int(0, span));
    const end = addDays(start, this.rnd.int(30, 540));
    return { start, end: end < last ? end : last };
  }

  /** A status that fits the dates at the reference date, now and then late. */
  private statusOf(start: string, end: string): string {
    if (start > BENCH_REFERENCE_DATE) return "planned";
    if (end >= BENCH_REFERENCE_DATE) return "ongoing";
    if (this.rnd.chance(GAP.late)) return this.rnd.chance(0.5) ? "delayed" : "ongoing";
    return this.rnd.chance(0.05) ? "cancelled" : "done";
  }

  private makeIndicators(): void {
    const n = this.size.indicators;
    const years = Math.floor(this.size.measurements / n);
    let extra = this.size.measurements - years * n;
    for (let i = 1; i <= n; i++) {
      // One indicator per goal, in turn; a few measure another goal instead, leaving theirs unmeasured (PLAN-03).
      const goal = this.rnd.chance(GAP.otherGoal) ? this.rnd.pick(this.goals) : this.goals[(i - 1) % this.goals.length];
      const t = W.INDICATORS[i % W.INDICATORS.length];
      const [lo, hi] = t.base;
      const decimals = t.unit === "percent" || t.unit === "index06" ? 1 : 0;
      const fix = (x: number) => Number(x.toFixed(decimals));
      const baseValue = fix(lo + this.rnd.next() * (hi - lo));
      const better = (t.direction === "lower" ? -1 : 1) * (this.rnd.chance(GAP.wrongWayTarget) ? -1 : 1);
      const noTarget = this.rnd.chance(GAP.noTarget);
      this.add("Indicators", {
        indicatorId: `I${i}`,
        indicator: `${t.name} ${goal.district}`,
        goalId: this.ref(goal.id),
        unit: t.unit,
        direction: t.direction,
        source: t.source,
        baseYear: 2020,
        baseValue,
        targetYear: noTarget ? null : 2027,
        targetValue: noTarget ? null : fix(baseValue * (1 + better * 0.15)),
      });
      const count = years + (extra-- > 0 ? 1 : 0);
      // The newest year is the follow-up year, except for a few that were not measured yet.
      const last = BENCH_FOLLOW_UP_YEAR - (this.rnd.chance(GAP.noMeasurementInYear) ? 1 : 0);
      let value = baseValue;
      for (let k = count - 1; k >= 0; k--) {
        value = value * (0.97 + this.rnd.next() * 0.06);
        const capped = t.unit === "percent" ? Math.min(value, 100) : t.unit === "index06" ? Math.min(value, 6) : value;
        const shown = this.rnd.chance(GAP.outOfRange) ? (t.unit === "index06" ? 7.5 : t.unit === "percent" ? 120 : capped) : fix(capped);
        this.add("Measurements", { indicatorId: `I${i}`, year: last - k, value: shown, comment: k === 0 && this.rnd.chance(0.2) ? "Preliminär siffra" : "" });
      }
    }
  }

  // --- budget and meetings -------------------------------------------------

  /** The earmarked budget covers each year's activities with a margin, except in one tight year (BUD-02). */
  private makeBudget(): void {
    const years = [...this.allocated.keys()].sort((a, b) => a - b);
    const tight = 2024;
    for (const year of years) {
      if (year > 2027) continue; // no budget decided yet for later years (BUD-01)
      const margin = year === tight ? 0.97 : 1.1;
      this.add("Budget", {
        year,
        earmarked: round((this.allocated.get(year) ?? 0) * margin, 100_000),
        decidedBy: "Kommunfullmäktige",
        comment: "Öronmärkt för brotts- och drogförebyggande arbete",
      });
    }
  }

  /** Each group that plans meetings holds them in the follow-up year (a few hold one too few); the rest are working groups'. */
  private makeMeetings(): void {
    const total = this.size.meetings;
    const dates: [string, string][] = [];
    for (const g of this.groups) {
      if (g.planned === null) continue;
      const held = g.planned - (this.rnd.chance(GAP.missedMeeting) ? 1 : 0);
      for (let k = 0; k < held && dates.length < total; k++) dates.push([g.id, isoDate(BENCH_FOLLOW_UP_YEAR, 1 + Math.floor((k * 12) / held) + this.rnd.int(0, Math.floor(11 / held)), this.rnd.int(1, 28))]);
    }
    const working = this.groups.filter((g) => g.type === "working");
    while (dates.length < total) {
      const g = this.rnd.pick(working);
      dates.push([g.id, isoDate(this.rnd.int(2024, 2026), this.rnd.int(1, 12), this.rnd.int(1, 28))]);
    }
    for (const [groupId, date] of dates) {
      this.add("Meetings", { groupId, date, type: this.rnd.chance(0.05) ? "extra" : "ordinary", minutes: `Protokoll ${groupId} ${date}` });
    }
  }
}
