// Golden tests of the annual report's generated paragraphs, Swedish and English,
// for the Umebrå example (2025) and a few hand-written plans. Every number below
// was worked out by hand from src/workbook/example.ts:
//   I1 (8 690 − 9 305) / (8 500 − 9 305) = 615 / 805 = 76 %;  I8 (10,6 − 12) / (9 − 12) = 1,4 / 3 = 47 %
//   budget 2025: earmarked 2 000 000, allocated Σ A1–A11 = 1 265 000, spent 1 187 000,
//   remaining 2 000 000 − 1 187 000 = 813 000, unallocated 2 000 000 − 1 265 000 = 735 000, hours 2 350
//   meetings 2025: held G1 2 + G2 5 + G4 4 + G5 4 + G7 5 + G8 4 + G9 4 = 28, planned 2 + 5 + 4·5 = 27
//   seats: G1 3 + G2 19 + G3 3 + G4 6 + G5 4 + G6 4 + G7 4 + G8 4 + G9 4 = 51

import { buildAnnualReport } from "../../src/followup/annualReport";
import { goalParagraph, reportNarrative } from "../../src/followup/narrative";
import { EXAMPLE_FOLLOW_UP_YEAR, EXAMPLE_REFERENCE_DATE, examplePlanRows, exampleSettings } from "../../src/workbook/example";
import { TABLES, type Lang } from "../../src/workbook/layout";
import { parsePlan } from "../../src/workbook/parsePlan";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import { snapshotOf, tableOf } from "../support/snapshots";
import { planOf } from "./planFixture";

function exampleReport(lang: Lang) {
  const rows = examplePlanRows(lang, EXAMPLE_REFERENCE_DATE);
  const plan = parsePlan(snapshotOf(TABLES.map((t) => tableOf(t.name, rows[t.name], { lang })), { lang }));
  return buildAnnualReport(plan, EXAMPLE_FOLLOW_UP_YEAR, exampleSettings(lang));
}

/** Swedish numbers group thousands with U+00A0 and keep "%" apart with it (and "SEK 1,000" has one); the goldens are written with plain spaces. */
const plain = (s: string) => s.replace(/\u00a0/g, " ");

describe("the example's paragraphs in Swedish", () => {
  const n = reportNarrative(exampleReport("sv"), "sv", { asOf: EXAMPLE_REFERENCE_DATE });

  it("summary", () => {
    expect(plain(n.summary)).toBe(
      "Det brottsförebyggande arbetet 2025 följs upp med 10 indikatorer under 10 mål: 10 på väg. " +
        "Av årets 11 aktiviteter är 8 genomförda och 3 pågående. " +
        "Av den öronmärkta budgeten på 2 000 000 kr användes 1 187 000 kr.",
    );
    expect(n.summary).toContain("2\u00a0000\u00a0000\u00a0kr");
  });

  it("a goal with its own indicator and sub-goals (M1)", () => {
    expect(plain(n.goals.get("M1")!)).toBe(
      "Målet följs upp med 1 egen indikator och 2 indikatorer under sina delmål. " +
        "I1 Anmälda brott per 100 000 invånare var 8 690 år 2025 mot basvärdet 9 305 år 2020 och målvärdet 8 500 år 2027. " +
        "Det är lägre än 2024 (8 820), en förbättring. " +
        // Jämförelsevärden: the example's Riket value of I1 in 2025 is 13 150.
        "År 2025 var värdet lägre än riket (13 150). " +
        "Indikatorn bedöms som på väg, 76 % av vägen från basvärdet till målet. " +
        "Sammantaget bedöms målet som på väg (alla 3 indikatorer på väg). " +
        "Under 2025 hade målet 1 aktivitet: 1 genomförd. " +
        "Med delmålen hade målet 4 aktiviteter 2025: 3 genomförda och 1 pågående.",
    );
    expect(n.goals.get("M1")).toContain("8\u00a0690 år 2025");
  });

  it("a sub-goal assessed on last year's value, with decimals and percent (M3.1)", () => {
    expect(plain(n.goals.get("M3.1")!)).toBe(
      "Delmålet följs upp med 1 egen indikator. " +
        "I8 Andel elever i gymnasiet år 2 som använt narkotika (CAN) var 10,6 % år 2024 (uppgiften för 2025 finns inte ännu) mot basvärdet 12 % år 2021 och målvärdet 9 % år 2027. " +
        "Det är lägre än 2023 (11 %), en förbättring. " +
        "Indikatorn bedöms som på väg, 47 % av vägen från basvärdet till målet. " +
        "Under 2025 hade delmålet 1 aktivitet: 1 pågående.",
    );
  });

  it("the overall goal, followed up only through its sub-goals (M0)", () => {
    expect(plain(n.goals.get("M0")!)).toBe(
      "Det övergripande målet följs upp med 10 indikatorer under sina delmål. " +
        "Sammantaget bedöms det övergripande målet som på väg (alla 10 indikatorer på väg). " +
        "Det övergripande målet hade inga egna aktiviteter 2025. " +
        "Med delmålen hade det övergripande målet 11 aktiviteter 2025: 8 genomförda och 3 pågående.",
    );
  });

  it("budget", () => {
    expect(plain(n.budget)).toBe(
      "För 2025 öronmärktes 2 000 000 kr till det brottsförebyggande arbetet. " +
        "Årets 11 aktiviteter fick 1 265 000 kr, och utfallet blev 1 187 000 kr. " +
        "813 000 kr av den öronmärkta budgeten återstår, och 735 000 kr fördelades inte till någon aktivitet. " +
        "En aktivitet gick över sin budget: A3 Nattvandringar i centrum fredagar och lördagar (96 500 kr mot budgeterade 80 000 kr). " +
        "Aktiviteterna tog 2 350 arbetstimmar.",
    );
  });

  it("organisation, documents and citizen promises (with an en dash in the year range)", () => {
    expect(plain(n.organisation)).toBe(
      "Arbetet bedrivs i 9 grupper med sammanlagt 51 ledamotsplatser. " +
        "Under 2025 höll grupperna 28 möten mot 27 planerade. " +
        "Alla 7 grupper med planerade möten höll minst så många som planerat.",
    );
    expect(n.documents).toBe("Alla 5 styrdokument gäller och följs upp i tid.");
    expect(n.citizenPromises).toBe("D3 Medborgarlöften 2025–2026, med trafiklöften: 3 kopplade aktiviteter 2025, 2 genomförda och 1 pågående.");
  });
});

describe("the example's paragraphs in English", () => {
  const n = reportNarrative(exampleReport("en"), "en", { asOf: EXAMPLE_REFERENCE_DATE });

  it("summary, a goal, the budget and the organisation", () => {
    expect(plain(n.summary)).toBe(
      "The crime prevention work in 2025 is followed up with 10 indicators under 10 goals: 10 on track. " +
        "The year's 11 activities: 8 done and 3 ongoing. " +
        "Of the earmarked budget of SEK 2,000,000, SEK 1,187,000 was spent.",
    );
    expect(n.goals.get("M3.1")).toBe(
      "The sub-goal is followed up with 1 indicator of its own. " +
        "I8 Share of upper-secondary year 2 pupils who have used drugs (CAN) stood at 10.6% in 2024 (the figure for 2025 is not out yet) against the baseline 12% in 2021 and the target 9% in 2027. " +
        "That is lower than in 2023 (11%), an improvement. " +
        "The indicator is assessed as on track, 47% of the way from the baseline to the target. " +
        "In 2025 the sub-goal had 1 activity: 1 ongoing.",
    );
    expect(plain(n.budget)).toBe(
      "For 2025, SEK 2,000,000 was earmarked for crime prevention. " +
        "The year's 11 activities were allocated SEK 1,265,000, and SEK 1,187,000 was spent. " +
        "SEK 813,000 of the earmarked budget remains, and SEK 735,000 was not allocated to any activity. " +
        "One activity went over its budget: A3 Night walks in the city centre on Fridays and Saturdays (SEK 96,500 against a budget of SEK 80,000). " +
        "The activities took 2,350 staff hours.",
    );
    expect(n.organisation).toBe(
      "The work is carried out in 9 groups with 51 seats in all. In 2025 the groups held 28 meetings against 27 planned. All 7 groups with planned meetings held at least as many as planned.",
    );
  });
});

describe("paragraphs of plans with gaps", () => {
  const plan = planOf({
    Groups: [{ groupId: "G1", name: "Styrgrupp", type: "steering", plannedMeetings: 4 }],
    Meetings: [{ groupId: "G1", date: "2025-05-02" }],
    Documents: [{ documentId: "D1", title: "Lägesbild 2024", type: "situationReport", decisionDate: "2024-03-01", nextFollowUp: "2025-03-15" }],
    Goals: [{ goalId: "M1", goal: "Öka tryggheten", level: "goal" }],
    Indicators: [
      { indicatorId: "I1", indicator: "Otrygghet (%)", goalId: "M1", unit: "percent", direction: "lower", baseYear: 2021, baseValue: 27, targetYear: 2027, targetValue: 22 },
      { indicatorId: "I2", indicator: "Trygghetsvandringar", goalId: "M1", unit: "count", direction: "higher", baseYear: 2022, baseValue: 6, targetYear: 2026, targetValue: 12 },
    ],
    Measurements: [
      { indicatorId: "I1", year: 2024, value: 26 },
      { indicatorId: "I1", year: 2025, value: 28.5 },
      { indicatorId: "I2", year: 2026, value: 14 },
    ],
    Activities: [
      { activityId: "A1", activity: "Trygghetsvandring", goalId: "M1", responsibleGroup: "G1", start: "2025-02-01", end: "2025-06-30", status: "ongoing", budget: 10000, spent: 2000 },
      { activityId: "A2", activity: "Kampanj", goalId: "M1", responsibleGroup: "G1", start: "2025-03-01", end: "2025-12-31", status: "delayed", budget: 5000 },
    ],
  });
  const r = buildAnnualReport(plan, 2025, DEFAULT_SETTINGS);

  it("says what is worse, what has no value, what is late, that no budget is earmarked, and who met less than planned", () => {
    const n = reportNarrative(r, "sv", { asOf: "2026-01-20" });
    expect(plain(n.goals.get("M1")!)).toBe(
      "Målet följs upp med 2 egna indikatorer. " +
        "I1 Otrygghet (%) var 28,5 % år 2025 mot basvärdet 27 % år 2021 och målvärdet 22 % år 2027. " +
        "Det är högre än 2024 (26 %), en försämring. " +
        "Indikatorn bedöms som ej på väg. " +
        // I2's only value is from 2026, after the follow-up year: ignored
        "I2 Trygghetsvandringar har inget mätvärde till och med 2025. " +
        "Sammantaget bedöms målet som ej på väg (1 ej på väg och 1 utan mätvärde av 2 indikatorer). " +
        "Under 2025 hade målet 2 aktiviteter: 1 pågående och 1 försenad. " +
        "Efter sin planerade slutdag och inte genomförd: A1 Trygghetsvandring och A2 Kampanj.",
    );
    expect(plain(n.budget)).toBe(
      "För 2025 finns ingen öronmärkt budget. Årets 2 aktiviteter fick 15 000 kr, och utfallet blev 2 000 kr.",
    );
    expect(plain(n.organisation)).toBe(
      "Arbetet bedrivs i 1 grupp med sammanlagt 0 ledamotsplatser. Under 2025 höll grupperna 1 möte mot 4 planerade. Färre möten än planerat höll G1 Styrgrupp (1 av 4).",
    );
    // a follow-up date written out in running text
    expect(plain(n.documents)).toBe("Det enda styrdokumentet gäller inte eller följs inte upp i tid. Uppföljningen av D1 Lägesbild 2024 var planerad till 15 mars 2025 och är inte gjord.");
    expect(plain(reportNarrative(r, "en").documents)).toContain("was planned for 15 March 2025 and has not been done");
  });

  it("counts an ongoing activity as late only once the report's day is past its end", () => {
    const g = r.goals[0];
    expect(goalParagraph(r, g, "sv", { asOf: "2025-06-01" })).toContain("Efter sin planerade slutdag och inte genomförd: A2 Kampanj.");
  });
});
