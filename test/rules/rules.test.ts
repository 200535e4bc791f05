// Every rule of docs/rules.md: a plan that triggers it (with the exact sheet and
// cell it points at) and a near miss that does not. Each case starts from a clean
// plan that passes every rule and breaks one thing.

import { AREAS, defaultFollowUpYear, RULE_IDS, ruleArea, runChecks } from "../../src/rules";
import { parsePlan } from "../../src/workbook/parsePlan";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import { add, check, cleanRows, drop, placesOf, REF_DATE, set, type Rows } from "./fixture";
import { snapshotFrom } from "../support/snapshots";

function runWith(rows: Rows, settings: Partial<typeof DEFAULT_SETTINGS>) {
  return runChecks(parsePlan(snapshotFrom(rows)), { referenceDate: REF_DATE, settings: { ...DEFAULT_SETTINGS, ...settings } });
}

type Place = [string | undefined, string | undefined];

interface Case {
  name: string;
  change: (r: Rows) => unknown;
  /** The findings of the rule, as [sheet, cell]; [] for a near miss. */
  expected: Place[];
  options?: Parameters<typeof check>[1];
}

const CASES: Record<string, Case[]> = {
  "DATA-01": [
    { name: "an amount that is no number", change: (r) => set(r, "Activities", "A1", "budget", "mycket"), expected: [["Aktiviteter", "I2"]] },
    { name: "an ambiguous date", change: (r) => set(r, "Groups", "G3", "endDate", "1/3/2025"), expected: [["Grupper", "G4"]] },
    { name: "an amount with Swedish spaces and kr reads fine", change: (r) => set(r, "Activities", "A1", "budget", "50 000 kr"), expected: [] },
  ],
  "DATA-02": [
    { name: "a goal without text", change: (r) => set(r, "Goals", "M1", "goal", ""), expected: [["Mål", "B3"]] },
    { name: "optional cells left empty", change: (r) => set(r, "Goals", "M1", "focusArea", ""), expected: [] },
  ],
  "DATA-03": [
    { name: "a duplicate Grupp-ID", change: (r) => add(r, "Groups", { groupId: "G2", name: "Kopia", type: "Övrig" }), expected: [["Grupper", "A6"]] },
    { name: "a duplicate measurement", change: (r) => add(r, "Measurements", { indicatorId: "I1", year: 2024, value: 26 }), expected: [["Mätvärden", "B5"]] },
    { name: "a duplicate budget year", change: (r) => add(r, "Budget", { year: 2024, earmarked: 5 }), expected: [["Budget", "A4"]] },
    { name: "the same year for two indicators", change: (r) => add(r, "Measurements", { indicatorId: "I2", year: 2023, value: 20 }), expected: [] },
    {
      name: "a second comparison value for the same indicator, year and area (Riket in another spelling)",
      change: (r) => {
        add(r, "Comparisons", { indicatorId: "I1", year: 2024, area: "Riket", value: 31 });
        add(r, "Comparisons", { indicatorId: "I1", year: 2024, area: "Större städer", value: 28 });
        add(r, "Comparisons", { indicatorId: "I1", year: 2024, area: " riket (Sweden)", value: 30 });
      },
      expected: [["Jämförelsevärden", "B4"]],
    },
    {
      name: "comparison values of other areas or years",
      change: (r) => {
        add(r, "Comparisons", { indicatorId: "I1", year: 2024, area: "Riket", value: 31 });
        add(r, "Comparisons", { indicatorId: "I1", year: 2024, area: "Större städer", value: 28 });
        add(r, "Comparisons", { indicatorId: "I1", year: 2023, area: "Riket", value: 32 });
        add(r, "Comparisons", { indicatorId: "I2", year: 2024, area: "Riket", value: 12 });
      },
      expected: [],
    },
  ],
  "DATA-04": [
    { name: "a group type outside the list", change: (r) => set(r, "Groups", "G3", "type", "Projektgrupp"), expected: [["Grupper", "C4"]] },
    { name: "a list value in other case and spacing", change: (r) => set(r, "Groups", "G3", "type", "  arbetsgrupp "), expected: [] },
  ],
  "DATA-05": [
    { name: "an activity's goal that does not exist", change: (r) => set(r, "Activities", "A2", "goalId", "M9"), expected: [["Aktiviteter", "C3"]] },
    { name: "a member's group that does not exist", change: (r) => set(r, "Members", 8, "groupId", "G7"), expected: [["Ledamöter", "B10"]] },
    { name: "a measurement of an indicator that does not exist", change: (r) => set(r, "Measurements", 0, "indicatorId", "I9"), expected: [["Mätvärden", "A2"]] },
    { name: "references that all exist", change: (r) => set(r, "Goals", "M2", "parentGoal", "M1"), expected: [] },
  ],
  "DATA-06": [
    { name: "a deleted table", change: () => undefined, options: { omit: ["Budget"] }, expected: [[undefined, undefined]] },
    {
      name: "a renamed column",
      change: () => undefined,
      options: { headers: { Meetings: ["Grupp-ID", "Mötesdag", "Typ", "Protokoll"] } },
      expected: [["Möten", "A1:D1"]],
    },
    { name: "English headers are no renaming", change: () => undefined, options: { headers: { Meetings: ["Group ID", "Date", "Type", "Minutes"] } }, expected: [] },
  ],
  "DATA-07": [
    { name: "a Kolada-KPI that is no KPI id", change: (r) => set(r, "Indicators", "I1", "koladaKpi", "N0740"), expected: [["Indikatorer", "K2"]] },
    {
      name: "a KPI Kolada did not know at the last fetch",
      change: (r) => set(r, "Indicators", "I2", "koladaKpi", "N99999"),
      options: { settings: { koladaUnknownKpis: "N99999, U00001" } },
      expected: [["Indikatorer", "K3"]],
    },
    { name: "a KPI id typed in lower case with spaces", change: (r) => set(r, "Indicators", "I1", "koladaKpi", " n07403 "), expected: [] },
  ],
  "ORG-01": [
    { name: "no styrgrupp", change: (r) => set(r, "Groups", "G1", "type", "Övrig"), expected: [["Grupper", "A1:J5"]] },
    { name: "two styrgrupper", change: (r) => set(r, "Groups", "G4", "type", "Styrgrupp"), expected: [["Grupper", "C5"]] },
  ],
  "ORG-02": [
    { name: "no lokalpolisområdeschef", change: (r) => drop(r, "Members", (m) => m[0] === "Per Berg"), expected: [["Grupper", "A2"]] },
    { name: "a lokalpolisområdeschef no longer in force", change: (r) => set(r, "Members", 1, "to", "2025-01-31"), expected: [["Grupper", "A2"]] },
    { name: "one whose term ends on the reference date", change: (r) => set(r, "Members", 1, "to", "2025-02-15"), expected: [] },
  ],
  "ORG-03": [
    { name: "the council typed Lokalt råd", change: (r) => set(r, "Groups", "G2", "type", "Lokalt råd"), expected: [["Grupper", "A1:J5"]] },
  ],
  "ORG-04": [
    { name: "no kommunpolis", change: (r) => set(r, "Members", 4, "title", "Annan"), expected: [["Grupper", "A3"]] },
    { name: "the kommunpolis in another group does not count", change: (r) => set(r, "Members", 4, "groupId", "G3"), expected: [["Grupper", "A3"]] },
  ],
  "ORG-05": [
    { name: "a department without its head", change: (r) => set(r, "Members", 3, "department", "Kulturförvaltningen"), expected: [["Ledamöter", "F9"]] },
    { name: "someone from the department who is not its head", change: (r) => set(r, "Members", 3, "title", "Annan"), expected: [["Ledamöter", "F9"]] },
    { name: "the head's department typed in other case", change: (r) => set(r, "Members", 3, "department", " socialförvaltningen "), expected: [] },
    { name: "a police member's unit is no municipal department", change: (r) => set(r, "Members", 8, "department", "LPO Centrum"), expected: [] },
  ],
  "ORG-06": [
    { name: "appointed by the styrgrupp", change: (r) => set(r, "Groups", "G3", "appointedBy", "G1"), expected: [["Grupper", "D4"]] },
    { name: "appointed by nobody", change: (r) => set(r, "Groups", "G3", "appointedBy", ""), expected: [["Grupper", "D4"]] },
  ],
  "ORG-07": [
    { name: "no Slutdatum", change: (r) => set(r, "Groups", "G3", "endDate", ""), expected: [["Grupper", "G4"]] },
    { name: "no Uppdrag", change: (r) => set(r, "Groups", "G3", "mission", ""), expected: [["Grupper", "E4"]] },
    { name: "a styrgrupp needs no Slutdatum", change: (r) => set(r, "Groups", "G1", "endDate", ""), expected: [] },
  ],
  "ORG-08": [
    { name: "no Sammankallande", change: (r) => set(r, "Members", 8, "role", "Ledamot"), expected: [["Grupper", "A4"]] },
    { name: "no Ordförande in force", change: (r) => set(r, "Members", 0, "from", "2025-03-01"), expected: [["Grupper", "A2"]] },
    { name: "an ended arbetsgrupp", change: (r) => set(set(r, "Members", 8, "role", "Ledamot"), "Groups", "G3", "endDate", "2025-01-01"), expected: [] },
  ],
  "ORG-09": [
    {
      name: "no Samordnare and no Samordningsfunktion",
      change: (r) => set(set(set(r, "Members", 5, "title", "Annan"), "Members", 9, "title", "Annan"), "Groups", "G4", "type", "Övrig"),
      expected: [["Grupper", "A1:J5"]],
    },
    { name: "a Samordningsfunktion without a Samordnare", change: (r) => set(set(r, "Members", 5, "title", "Annan"), "Members", 9, "title", "Annan"), expected: [] },
  ],
  "ORG-10": [
    { name: "placed under a committee", change: (r) => set(r, "Groups", "G4", "placement", "Socialnämnden"), expected: [["Grupper", "J5"]] },
    { name: "placement missing", change: (r) => set(r, "Groups", "G4", "placement", ""), expected: [["Grupper", "J5"]] },
    { name: "placed under kommunstyrelsen, in other words", change: (r) => set(r, "Groups", "G4", "placement", "kommunstyrelsen (KLF)"), expected: [] },
  ],
  "ORG-11": [
    { name: "a styrgrupp of civil servants only", change: (r) => set(r, "Members", 0, "kind", "Tjänsteperson"), expected: [["Grupper", "A2"]] },
    { name: "a council of elected officials only", change: (r) => { for (const i of [3, 4, 5]) set(r, "Members", i, "kind", "Förtroendevald"); }, expected: [["Grupper", "A3"]] },
  ],
  "ORG-12": [
    { name: "one meeting short", change: (r) => drop(r, "Meetings", (m) => m[0] === "G2" && m[1] === "2024-11-01"), expected: [["Grupper", "H3"]] },
    { name: "a meeting of the following year does not count", change: (r) => set(r, "Meetings", 7, "date", "2025-01-10"), expected: [["Grupper", "H4"]] },
    { name: "a group that did not exist in the follow-up year", change: () => undefined, options: { followUpYear: 2022 }, expected: [["Grupper", "H2"], ["Grupper", "H3"]] },
    { name: "no planned count: the workbook's setting for styrgrupper applies", change: (r) => set(r, "Groups", "G1", "plannedMeetings", ""), options: { settings: { meetingsSteering: 12 } }, expected: [["Grupper", "H2"]] },
    { name: "no planned count and no setting: nothing expected", change: (r) => set(r, "Groups", "G1", "plannedMeetings", ""), expected: [] },
    { name: "the group's own count wins over the setting", change: () => undefined, options: { settings: { meetingsSteering: 12 } }, expected: [] },
  ],
  "ORG-13": [
    { name: "an ended arbetsgrupp with an activity Pågår", change: (r) => set(r, "Groups", "G3", "endDate", "2025-01-31"), expected: [["Aktiviteter", "H3"]] },
    { name: "its activities Genomförd", change: (r) => set(set(r, "Groups", "G3", "endDate", "2025-01-31"), "Activities", "A2", "status", "Genomförd"), expected: [] },
  ],
  "ORG-14": [
    { name: "Till before Från", change: (r) => set(r, "Members", 7, "to", "2022-12-31"), expected: [["Ledamöter", "J9"]] },
    { name: "Från before the group started", change: (r) => set(r, "Members", 7, "from", "2022-06-01"), expected: [["Ledamöter", "I9"]] },
    { name: "Till after the group ended", change: (r) => set(r, "Members", 7, "to", "2026-06-30"), expected: [["Ledamöter", "J9"]] },
    { name: "Till on Från's day", change: (r) => set(r, "Members", 7, "to", "2023-01-01"), expected: [] },
  ],
  "ORG-15": [
    { name: "a group without members", change: (r) => drop(r, "Members", (m) => m[1] === "G4"), expected: [["Grupper", "A5"]] },
    { name: "an ended group without members", change: (r) => set(drop(r, "Members", (m) => m[1] === "G4"), "Groups", "G4", "endDate", "2024-12-31"), expected: [] },
  ],
  "ORG-16": [
    { name: "no decision mandate anywhere", change: (r) => set(r, "Groups", "G1", "decisionMandate", "Nej"), expected: [["Grupper", "A1:J5"]] },
    { name: "mandate written Yes", change: (r) => set(r, "Groups", "G1", "decisionMandate", "yes"), expected: [] },
  ],
  "DOC-01": [
    { name: "the agreement expired", change: (r) => set(r, "Documents", "D1", "validUntil", "2025-01-31"), expected: [["Styrdokument", "A1:J5"]] },
    { name: "it expires on the reference date", change: (r) => set(r, "Documents", "D1", "validUntil", "2025-02-15"), expected: [] },
  ],
  "DOC-02": [
    { name: "a follow-up date passed", change: (r) => set(r, "Documents", "D3", "nextFollowUp", "2025-01-01"), expected: [["Styrdokument", "I4"]] },
    { name: "no follow-up date", change: (r) => set(r, "Documents", "D3", "nextFollowUp", ""), expected: [["Styrdokument", "I4"]] },
  ],
  "DOC-03": [
    { name: "the lägesbild older than two years", change: (r) => set(r, "Documents", "D2", "decisionDate", "2023-02-14"), expected: [["Styrdokument", "F3"]] },
    { name: "exactly two years old", change: (r) => set(r, "Documents", "D2", "decisionDate", "2023-02-15"), expected: [] },
    { name: "no lägesbild", change: (r) => set(r, "Documents", "D2", "type", "Annat"), expected: [["Styrdokument", "A1:J5"]] },
    { name: "an undated lägesbild", change: (r) => set(r, "Documents", "D2", "decisionDate", ""), expected: [["Styrdokument", "F3"]] },
  ],
  "DOC-04": [
    { name: "the åtgärdsplan older than the lägesbild", change: (r) => set(r, "Documents", "D3", "decisionDate", "2024-02-01"), expected: [["Styrdokument", "F4"]] },
    { name: "no åtgärdsplan", change: (r) => drop(r, "Documents", "D3"), expected: [["Styrdokument", "A1:J4"]] },
    { name: "decided on the same day", change: (r) => set(r, "Documents", "D3", "decisionDate", "2024-03-01"), expected: [] },
  ],
  "DOC-05": [
    { name: "the medborgarlöfte ended before the year", change: (r) => set(r, "Documents", "D4", "validUntil", "2023-12-31"), expected: [["Styrdokument", "A1:J5"]] },
    { name: "a later follow-up year", change: () => undefined, options: { followUpYear: 2025 }, expected: [["Styrdokument", "A1:J5"]] },
    { name: "decided on the year's last day", change: (r) => set(r, "Documents", "D4", "decisionDate", "2024-12-31"), expected: [] },
  ],
  "DOC-06": [{ name: "no Beslutat av", change: (r) => set(r, "Documents", "D2", "decidedBy", ""), expected: [["Styrdokument", "E3"]] }],
  "PLAN-01": [
    { name: "a Mål without parent", change: (r) => set(r, "Goals", "M1", "parentGoal", ""), expected: [["Mål", "D3"]] },
    { name: "a Delmål under an Övergripande mål", change: (r) => set(r, "Goals", "M2", "parentGoal", "M0"), expected: [["Mål", "D4"]] },
    { name: "a goal under itself", change: (r) => set(r, "Goals", "M2", "parentGoal", "M2"), expected: [["Mål", "D4"], ["Mål", "D4"]] },
    {
      name: "a cycle of two goals",
      change: (r) => set(r, "Goals", "M1", "parentGoal", "M2"),
      // M1 (Mål) under M2 (Delmål) is out of order, and M1 → M2 → M1 is a cycle
      expected: [["Mål", "D3"], ["Mål", "D3"]],
    },
  ],
  "PLAN-02": [
    { name: "an Övergripande mål without Mål", change: (r) => add(r, "Goals", { goalId: "M9", goal: "Ett till", level: "Övergripande mål" }), expected: [["Mål", "A5"]] },
    { name: "broken down into a Delmål only", change: (r) => set(r, "Goals", "M1", "level", "Delmål"), expected: [["Mål", "A2"]] },
  ],
  "PLAN-03": [
    { name: "a Delmål without indicator", change: (r) => drop(r, "Indicators", "I2"), expected: [["Mål", "A4"]] },
    { name: "an Övergripande mål needs none", change: (r) => set(r, "Indicators", "I1", "goalId", "M1"), expected: [] },
  ],
  "PLAN-04": [{ name: "a Delmål without activity", change: (r) => drop(r, "Activities", "A1"), expected: [["Mål", "A4"]] }],
  "PLAN-05": [
    { name: "no problem anywhere up the chain", change: (r) => set(r, "Goals", "M1", "problemId", ""), expected: [["Mål", "F3"], ["Mål", "F4"]] },
    { name: "a problem on the Delmål itself", change: (r) => set(set(r, "Goals", "M1", "problemId", ""), "Goals", "M2", "problemId", "P1"), expected: [["Mål", "F3"]] },
  ],
  "PLAN-06": [
    { name: "Orsaksanalys gjord Nej", change: (r) => set(r, "Problems", "P1", "rootCauseAnalysis", "Nej"), expected: [["Problem", "F2"]] },
    { name: "Orsaksanalys gjord empty", change: (r) => set(r, "Problems", "P1", "rootCauseAnalysis", ""), expected: [["Problem", "F2"]] },
  ],
  "PLAN-07": [
    { name: "a problem no goal addresses", change: (r) => add(r, "Problems", { problemId: "P2", problem: "Klotter", rootCauseAnalysis: "Ja" }), expected: [["Problem", "A3"]] },
  ],
  "PLAN-08": [
    { name: "Slut before Start", change: (r) => set(r, "Activities", "A2", "end", "2024-12-31"), expected: [["Aktiviteter", "G3"]] },
    { name: "a one-day activity", change: (r) => set(r, "Activities", "A2", "end", "2025-01-01"), expected: [] },
  ],
  "PLAN-09": [
    { name: "late: past Slut and still Pågår", change: (r) => set(r, "Activities", "A1", "status", "Pågår"), expected: [["Aktiviteter", "H2"]] },
    { name: "Genomförd before it starts", change: (r) => set(set(r, "Activities", "A2", "status", "Genomförd"), "Activities", "A2", "start", "2025-03-01"), expected: [["Aktiviteter", "F3"]] },
    { name: "past Slut and Inställd", change: (r) => set(r, "Activities", "A1", "status", "Inställd"), expected: [] },
  ],
  "PLAN-10": [{ name: "an activity of the styrgrupp", change: (r) => set(r, "Activities", "A2", "responsibleGroup", "G1"), expected: [["Aktiviteter", "D3"]] }],
  "PLAN-11": [
    { name: "no Basvärde", change: (r) => set(r, "Indicators", "I1", "baseValue", ""), expected: [["Indikatorer", "H2"]] },
    { name: "no Målår", change: (r) => set(r, "Indicators", "I1", "targetYear", ""), expected: [["Indikatorer", "I2"]] },
    { name: "Målår before Basår", change: (r) => set(r, "Indicators", "I2", "targetYear", 2019), expected: [["Indikatorer", "I3"]] },
  ],
  "PLAN-12": [
    { name: "Lägre är bättre but a higher target", change: (r) => set(r, "Indicators", "I1", "targetValue", 35), expected: [["Indikatorer", "J2"]] },
    { name: "Högre är bättre but a lower target", change: (r) => set(r, "Indicators", "I2", "targetValue", 5), expected: [["Indikatorer", "J3"]] },
    { name: "a target equal to the baseline", change: (r) => set(r, "Indicators", "I1", "targetValue", 30), expected: [] },
  ],
  "PLAN-13": [
    { name: "no value for the follow-up year", change: (r) => drop(r, "Measurements", (m) => m[0] === "I2"), expected: [["Indikatorer", "A3"]] },
    { name: "an earlier follow-up year", change: () => undefined, options: { followUpYear: 2023 }, expected: [["Indikatorer", "A3"]] },
  ],
  "PLAN-14": [
    { name: "a Procent measurement over 100", change: (r) => set(r, "Measurements", 0, "value", 120), expected: [["Mätvärden", "C2"]] },
    { name: "a Procent baseline over 100", change: (r) => set(r, "Indicators", "I1", "baseValue", 130), expected: [["Indikatorer", "H2"]] },
    {
      name: "an Index 0–6 indicator with counts",
      change: (r) => set(r, "Indicators", "I2", "unit", "Index 0–6"),
      expected: [["Indikatorer", "H3"], ["Indikatorer", "J3"], ["Mätvärden", "C4"]],
    },
    { name: "a Procent value of exactly 100", change: (r) => set(r, "Measurements", 0, "value", 100), expected: [] },
  ],
  "BUD-01": [
    { name: "no earmarked budget for a year with activity budgets", change: (r) => drop(r, "Budget", (b) => b[0] === 2025), expected: [["Budget", "A1:D2"]] },
    { name: "the year taken from Start", change: (r) => set(drop(r, "Budget", (b) => b[0] === 2025), "Activities", "A2", "budgetYear", ""), expected: [["Budget", "A1:D2"]] },
    { name: "an activity budget of zero", change: (r) => set(drop(r, "Budget", (b) => b[0] === 2025), "Activities", "A2", "budget", 0), expected: [] },
  ],
  "BUD-02": [
    { name: "activity budgets over the earmarked budget", change: (r) => set(r, "Budget", 0, "earmarked", 45000), expected: [["Budget", "B2"]] },
    { name: "exactly the earmarked budget", change: (r) => set(r, "Budget", 0, "earmarked", 50000), expected: [] },
  ],
  "BUD-03": [
    { name: "Utfall over Budget", change: (r) => set(r, "Activities", "A1", "spent", 60000), expected: [["Aktiviteter", "J2"]] },
    { name: "Utfall equal to Budget, in Swedish decimals", change: (r) => set(set(r, "Activities", "A1", "spent", "50 000,00"), "Activities", "A1", "budget", "50000"), expected: [] },
  ],
  "BUD-04": [{ name: "the year's Utfall over the earmarked budget", change: (r) => set(r, "Activities", "A1", "spent", 120000), expected: [["Budget", "B2"]] }],
  "BUD-05": [
    { name: "negative hours", change: (r) => set(r, "Activities", "A1", "hours", -5), expected: [["Aktiviteter", "K2"]] },
    { name: "a negative earmarked budget", change: (r) => set(r, "Budget", 1, "earmarked", "−100"), expected: [["Budget", "B3"]] },
  ],
};

describe("the clean plan", () => {
  it("follows every rule, so each rule's finding below comes from the one change", () => {
    expect(check(cleanRows())).toEqual([]);
  });
});

describe.each(Object.keys(CASES))("%s", (rule) => {
  it.each(CASES[rule].map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const rows = cleanRows();
    c.change(rows);
    const findings = check(rows, c.options);
    expect(placesOf(findings, rule)).toEqual(c.expected);
    for (const f of findings.filter((x) => x.rule === rule)) {
      expect(f.message.sv).not.toBe("");
      expect(f.message.en).not.toBe("");
      expect(f.message.sv).not.toBe(f.message.en);
      expect(f.guidance.sv).not.toBe("");
    }
  });
});

describe("the cases", () => {
  it("cover every rule with a triggering plan", () => {
    for (const rule of RULE_IDS) expect(CASES[rule]?.some((c) => c.expected.length > 0)).toBe(true);
  });
});

describe("messages, keys and addresses", () => {
  it("says what is wrong and what to do, in Swedish and English", () => {
    const rows = drop(cleanRows(), "Members", (m) => m[0] === "Per Berg");
    const [f] = check(rows).filter((x) => x.rule === "ORG-02");
    expect(f.message.sv).toBe(
      "Styrgruppen ”Styrgrupp för trygghet” (G1) saknar en lokalpolisområdeschef. " +
        "Lägg till lokalpolisområdeschefen som ledamot i styrgruppen på bladet Ledamöter (Befattning: Lokalpolisområdeschef).",
    );
    expect(f.message.en).toBe(
      "The steering group “Styrgrupp för trygghet” (G1) has no head of the local police area. " +
        "Add the head of the local police area as a member of the steering group on the sheet Ledamöter (Befattning: Lokalpolisområdeschef).",
    );
    expect(f.severity).toBe("warning");
    expect(f.key).toBe("ORG-02|G1|policeAreaHead");
    expect(f.guidance.sv).toContain("Samverkan i lokalt brottsförebyggande arbete");
  });

  it("quotes an English workbook's own sheet, column and list names", () => {
    const rows = drop(cleanRows(), "Members", (m) => m[0] === "Per Berg");
    const f = check(rows, { lang: "en" }).find((x) => x.rule === "ORG-02")!;
    expect(f.sheet).toBe("Groups");
    expect(f.message.en).toContain("on the sheet Members (Position: Head of the local police area)");
  });

  it("points at cells of a table that does not start at A1", () => {
    const rows = drop(cleanRows(), "Members", (m) => m[0] === "Per Berg");
    const f = check(rows, { at: { Groups: { headerRow: 3, firstColumn: 1 } } }).find((x) => x.rule === "ORG-02")!;
    expect([f.sheet, f.cell]).toEqual(["Grupper", "B4"]);
  });

  it("writes amounts the Swedish way in Swedish and the English way in English", () => {
    const rows = set(set(cleanRows(), "Activities", "A1", "spent", 60000.5), "Activities", "A2", "hours", -5);
    const findings = check(rows);
    const over = findings.find((f) => f.rule === "BUD-03")!;
    expect(over.message.sv).toContain("utfall 60\u00a0001 kr, mer än budgeten 50\u00a0000 kr");
    expect(over.message.en).toContain("has spent SEK 60,001, more than its budget of SEK 50,000");
    const negative = findings.find((f) => f.rule === "BUD-05")!;
    expect(negative.message.sv).toContain("Arbetstimmar är negativt (\u22125)");
    expect(negative.message.en).toContain("(-5)");
  });

  it("suggests the ID a reference differs from only in case", () => {
    const f = check(set(cleanRows(), "Activities", "A2", "goalId", "m1")).find((x) => x.rule === "DATA-05")!;
    expect(f.message.sv).toContain("Menade du ”M1”?");
  });

  it("judges the lägesbild's age by the configured number of years", () => {
    const rows = set(set(cleanRows(), "Documents", "D2", "decisionDate", "2024-01-01"), "Documents", "D3", "decisionDate", "2024-01-02");
    const run = (years: number) =>
      runWith(rows, { situationReportMaxAgeYears: years }).filter((f) => f.rule === "DOC-03").map((f) => f.cell);
    expect(run(2)).toEqual([]);
    expect(run(1)).toEqual(["F3"]);
  });

  it("orders findings by severity, then sheet order, then row, then rule", () => {
    const rows = cleanRows();
    set(rows, "Activities", "A1", "spent", 60000); // BUD-03 warning, Aktiviteter row 2
    set(rows, "Groups", "G3", "mission", ""); // ORG-07 warning, Grupper row 4
    set(rows, "Activities", "A2", "goalId", "M9"); // DATA-05 error, Aktiviteter row 3
    set(rows, "Documents", "D2", "decidedBy", ""); // DOC-06 info
    set(rows, "Groups", "G4", "placement", "Socialnämnden"); // ORG-10 info, Grupper row 5
    const order = check(rows).map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);
    expect(order).toEqual([
      "error DATA-05 Aktiviteter!C3",
      "warning ORG-07 Grupper!E4",
      "warning PLAN-04 Mål!A3",
      "warning BUD-03 Aktiviteter!J2",
      "info ORG-10 Grupper!J5",
      "info DOC-06 Styrdokument!E3",
    ]);
  });
});


describe("areas and the follow-up year", () => {
  it("group every rule under one of the five areas, named in both languages", () => {
    expect(AREAS.map((a) => a.id)).toEqual(["DATA", "ORG", "DOC", "PLAN", "BUD"]);
    expect(AREAS.find((a) => a.id === "DOC")!.name).toEqual({ sv: "Styrdokument och lagen", en: "Governing documents and the law" });
    for (const id of RULE_IDS) expect(AREAS.map((a) => a.id)).toContain(ruleArea(id));
    expect(ruleArea("PLAN-13")).toBe("PLAN");
    expect(ruleArea("XYZ-01")).toBeUndefined();
  });

  it("default to the previous year in January–March and to the same year after", () => {
    expect(defaultFollowUpYear("2025-01-01")).toBe(2024);
    expect(defaultFollowUpYear("2025-03-31")).toBe(2024);
    expect(defaultFollowUpYear("2025-04-01")).toBe(2025);
    expect(defaultFollowUpYear("2025-12-31")).toBe(2025);
  });

  it("judge meetings and measurements by the default follow-up year when none is given", () => {
    const rows = drop(cleanRows(), "Measurements", (m) => m[0] === "I2");
    const run = (referenceDate: string) => check(rows, { referenceDate }).filter((f) => f.rule === "PLAN-13").map((f) => f.message.en);
    expect(run("2025-03-31")).toEqual([expect.stringContaining("follow-up year 2024")]);
    expect(run("2025-04-01").every((m) => m.includes("follow-up year 2025"))).toBe(true);
  });
});

describe("PLAN-13 names the latest value the follow-up assesses meanwhile", () => {
  it("says the latest value and its year when an earlier year was measured, and only the missing year otherwise", () => {
    // I1 is measured 2023 (27) and 2024 (25); I2 only 2024 (30).
    const messages = check(cleanRows(), { followUpYear: 2025 }).filter((f) => f.rule === "PLAN-13");
    expect(messages.map((f) => f.message.sv)).toEqual([
      expect.stringContaining("har inget mätvärde för uppföljningsåret 2025; det senaste är 25 (2024)"),
      expect.stringContaining("det senaste är 30 (2024)"),
    ]);
    expect(messages[0].message.en).toContain("the latest is 25 (2024), which the follow-up assesses meanwhile");
    const none = check(cleanRows(), { followUpYear: 2022 }).filter((f) => f.rule === "PLAN-13");
    expect(none).toHaveLength(2);
    for (const f of none) expect(f.message.sv).not.toContain("det senaste");
  });
});
