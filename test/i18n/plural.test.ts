// Texts with a count read right for one and for more, in Swedish and English: the
// pane's Hämta statistik, Uppföljning and Struktur lines, the CLI's kolada line, the
// follow-up's notices, Kontroll findings and summary, and the annual report's sentences.
// Every one picks its form through src/i18n/plural.ts (Intl.PluralRules).

import { countText, plural, pluralCategory, tr, type Lang, type Text } from "../../src/i18n";
import { checksView } from "../../src/i18n/checks";
import { koladaWrittenText } from "../../src/i18n/cli";
import { followUpNotices } from "../../src/i18n/followup";
import { overviewText } from "../../src/i18n/followupView";
import { koladaText } from "../../src/i18n/kolada";
import { narrativeText as N } from "../../src/i18n/narrative";
import { RULE_MESSAGES, summaryLine } from "../../src/i18n/rules";
import { appliedText, previewSummaryText, statisticsView } from "../../src/i18n/statisticsView";
import { structureText } from "../../src/i18n/structure";
import { structure } from "../../src/i18n/ui";

describe("pluralCategory", () => {
  test.each([
    [0, "other"],
    [1, "one"],
    [2, "other"],
    [1.5, "other"],
    [21, "other"],
  ] as const)("%s takes the %s form in Swedish and English", (n, form) => {
    expect(pluralCategory(n, "sv")).toBe(form);
    expect(pluralCategory(n, "en")).toBe(form);
  });
});

const both = (f: (lang: Lang) => string): Text => ({ sv: f("sv"), en: f("en") });

/** Each text for a count of 1 and of 2: [what, text for n, n = 1, n = 2]. */
const CASES: [string, (n: number) => Text, Text, Text][] = [
  [
    "Hämta statistik: the indicators to fetch",
    (n) => both((lang) => tr(countText(n, statisticsView.fetchHint), lang, { from: 2020, to: 2025 })),
    { sv: "1 indikator med Kolada-KPI, år 2020–2025 (Basår till uppföljningsåret).", en: "1 indicator with a Kolada KPI, years 2020–2025 (Base year to the follow-up year)." },
    { sv: "2 indikatorer med Kolada-KPI, år 2020–2025 (Basår till uppföljningsåret).", en: "2 indicators with a Kolada KPI, years 2020–2025 (Base year to the follow-up year)." },
  ],
  [
    "Hämta statistik: the fetch's progress",
    (n) => both((lang) => tr(plural(n, statisticsView.fetching), lang, { done: 0, total: n })),
    { sv: "Hämtar från Kolada: 0 av 1 anrop", en: "Fetching from Kolada: 0 of 1 request" },
    { sv: "Hämtar från Kolada: 0 av 2 anrop", en: "Fetching from Kolada: 0 of 2 requests" },
  ],
  [
    "Hämta statistik: the preview's counts",
    (n) => previewSummaryText({ add: n, differs: n, missing: n, same: n }),
    { sv: "1 rad läggs till, 1 värde skiljer sig från ditt, 1 saknas hos Kolada, 1 finns redan.", en: "1 row is added, 1 value differs from yours, 1 is missing in Kolada, 1 is already there." },
    { sv: "2 rader läggs till, 2 värden skiljer sig från dina, 2 saknas hos Kolada, 2 finns redan.", en: "2 rows are added, 2 values differ from yours, 2 are missing in Kolada, 2 are already there." },
  ],
  [
    "Hämta statistik: what filling in did",
    (n) => appliedText({ measurements: n, comparisons: n, replaced: n, kept: n }),
    { sv: "Klart: 1 rad i Mätvärden, 1 rad i Jämförelsevärden, 1 värde ersatt, 1 behållet.", en: "Done: 1 row in Measurements, 1 row in Comparisons, 1 value replaced, 1 kept." },
    { sv: "Klart: 2 rader i Mätvärden, 2 rader i Jämförelsevärden, 2 värden ersatta, 2 behållna.", en: "Done: 2 rows in Measurements, 2 rows in Comparisons, 2 values replaced, 2 kept." },
  ],
  [
    "radsplan kolada: what was written",
    (n) => koladaWrittenText({ measurements: n, comparisons: n, kept: n }, "plan.xlsx"),
    {
      sv: "Skrev 1 rad i Mätvärden och 1 rad i Jämförelsevärden i plan.xlsx; 1 värde som skiljer sig från ditt behölls.",
      en: "Wrote 1 row into Measurements and 1 row into Comparisons in plan.xlsx; 1 value that differs from yours was kept.",
    },
    {
      sv: "Skrev 2 rader i Mätvärden och 2 rader i Jämförelsevärden i plan.xlsx; 2 värden som skiljer sig från dina behölls.",
      en: "Wrote 2 rows into Measurements and 2 rows into Comparisons in plan.xlsx; 2 values that differ from yours were kept.",
    },
  ],
  [
    "a Kolada group value's comment",
    (n) => both((lang) => tr(plural(n, koladaText.sourceGroup), lang, { kpi: "N07403", n, total: n, date: "2026-01-05" })),
    { sv: "Kolada N07403, ovägt medel av 1 av 1 kommun, hämtad 2026-01-05", en: "Kolada N07403, unweighted mean of 1 of 1 municipality, fetched 2026-01-05" },
    { sv: "Kolada N07403, ovägt medel av 2 av 2 kommuner, hämtad 2026-01-05", en: "Kolada N07403, unweighted mean of 2 of 2 municipalities, fetched 2026-01-05" },
  ],
  [
    "Uppföljning: activities done, indicators of a goal, meetings held",
    (n) =>
      both((lang) =>
        [
          tr(countText(n, overviewText.activitiesDone), lang),
          tr(countText(n, overviewText.indicatorCount), lang),
          tr(plural(n, overviewText.meetingsOfPlanned), lang, { held: 0, planned: n }),
        ].join(" | "),
      ),
    { sv: "1 genomförd | 1 indikator | 0 av 1 planerat", en: "1 completed | 1 indicator | 0 of 1 planned" },
    { sv: "2 genomförda | 2 indikatorer | 0 av 2 planerade", en: "2 completed | 2 indicators | 0 of 2 planned" },
  ],
  [
    "Struktur: sheets missing, example rows added",
    (n) => both((lang) => `${tr(plural(n, structure.summaryIncomplete), lang, { missing: n, total: 11 })} ${tr(countText(n, structure.exampleRows), lang)}`),
    { sv: "1 av 11 blad saknas eller är ofullständigt. 1 rad lades till.", en: "1 of 11 sheets is missing or incomplete. 1 row was added." },
    { sv: "2 av 11 blad saknas eller är ofullständiga. 2 rader lades till.", en: "2 of 11 sheets are missing or incomplete. 2 rows were added." },
  ],
  [
    "Kontroll: findings shown",
    (n) => both((lang) => tr(plural(n, checksView.shownOf), lang, { shown: 1, total: n })),
    { sv: "Visar 1 av 1 fynd.", en: "Showing 1 of 1 finding." },
    { sv: "Visar 1 av 2 fynd.", en: "Showing 1 of 2 findings." },
  ],
  [
    "Kontroll: the summary line",
    (n) => summaryLine({ errors: n, warnings: n, infos: n, acknowledged: n }),
    { sv: "1 fel, 1 varning, 1 info (1 kvitterad)", en: "1 error, 1 warning, 1 info (1 acknowledged)" },
    { sv: "2 fel, 2 varningar, 2 info (2 kvitterade)", en: "2 errors, 2 warnings, 2 info (2 acknowledged)" },
  ],
  [
    "ORG-12: meetings held",
    (n) => RULE_MESSAGES.tooFewMeetings({ group: { id: "G2", name: "Rådet", type: null }, held: n, planned: 4, year: 2025, sheet: "Möten" }),
    {
      sv: "Gruppen ”Rådet” (G2) höll 1 möte 2025 men planerade 4. För in mötena som hölls på bladet Möten, eller se över hur ofta gruppen behöver träffas.",
      en: "The group “Rådet” (G2) held 1 meeting in 2025 but planned 4. Record the meetings that were held on the sheet Möten, or review how often the group needs to meet.",
    },
    {
      sv: "Gruppen ”Rådet” (G2) höll 2 möten 2025 men planerade 4. För in mötena som hölls på bladet Möten, eller se över hur ofta gruppen behöver träffas.",
      en: "The group “Rådet” (G2) held 2 meetings in 2025 but planned 4. Record the meetings that were held on the sheet Möten, or review how often the group needs to meet.",
    },
  ],
  [
    "a BUD finding: activities with a budget but no budget row",
    (n) => RULE_MESSAGES.noBudgetRow({ year: 2025, count: n, sheet: "Budget" }),
    {
      sv: "1 aktivitet har budget för 2025, men det finns ingen öronmärkt budget för året. Lägg till en rad för 2025 på bladet Budget.",
      en: "1 activity has a budget for 2025, but there is no earmarked budget for that year. Add a row for 2025 on the sheet Budget.",
    },
    {
      sv: "2 aktiviteter har budget för 2025, men det finns ingen öronmärkt budget för året. Lägg till en rad för 2025 på bladet Budget.",
      en: "2 activities have a budget for 2025, but there is no earmarked budget for that year. Add a row for 2025 on the sheet Budget.",
    },
  ],
  [
    "the follow-up's notices: missing tables, unreadable values, rows left out",
    (n) => both((lang) => [followUpNotices.missingTables(n, "Möten", "Meetings"), followUpNotices.planProblems(n), followUpNotices.rowsLeftOut("Uppföljning", 100, n)].map((t) => t[lang]).join(" | ")),
    {
      sv: 'Tabellen Möten saknas och räknades inte med. Skapa strukturen under Struktur för att lägga till den. | Ett värde i planeringsbladen kunde inte läsas och räknades inte med. Kör Kontroll för att se vilket. | Planen är för stor för att hela bladet "Uppföljning" ska rymmas i en skrivning till Excel: dess tabeller visar högst 100 rader var, och 1 rad visas inte. Inget i planeringsbladen har ändrats, och Word-filen innehåller allt.',
      en: 'The table Meetings is missing and was left out. Create the structure under Structure to add it. | One value in the planning sheets could not be read and was left out. Run Checks to see which. | The plan is too large for the whole sheet "Uppföljning" to fit in one write to Excel: its tables show at most 100 rows each, and 1 row is not shown. Nothing in the planning sheets was changed, and the Word file holds everything.',
    },
    {
      sv: 'Tabellerna Möten saknas och räknades inte med. Skapa strukturen under Struktur för att lägga till dem. | 2 värden i planeringsbladen kunde inte läsas och räknades inte med. Kör Kontroll för att se vilka. | Planen är för stor för att hela bladet "Uppföljning" ska rymmas i en skrivning till Excel: dess tabeller visar högst 100 rader var, och 2 rader visas inte. Inget i planeringsbladen har ändrats, och Word-filen innehåller allt.',
      en: 'The tables Meetings are missing and were left out. Create the structure under Structure to add them. | 2 values in the planning sheets could not be read and were left out. Run Checks to see which. | The plan is too large for the whole sheet "Uppföljning" to fit in one write to Excel: its tables show at most 100 rows each, and 2 rows are not shown. Nothing in the planning sheets was changed, and the Word file holds everything.',
    },
  ],
  [
    "the structure command: cell texts cut at Excel's limit",
    (n) => both((lang) => structureText.cellTextCut(n, "Mål", "B2")[lang].split(/ (skulle|would) /)[0]),
    { sv: "En cell på bladet ”Mål” (B2)", en: "One cell on the sheet “Mål” (B2)" },
    { sv: "2 celler på bladet ”Mål” (först B2)", en: "2 cells on the sheet “Mål” (first B2)" },
  ],
  [
    "the report: a goal's indicators and activities",
    (n) => both((lang) => `${N.indicatorsOf({ sv: "Målet", en: "The goal" }, n, n)[lang]}. ${N.activities({ sv: "målet", en: "the goal" }, 2025, n, N.statusList([["done", n]], lang), false)[lang]}`),
    {
      sv: "Målet följs upp med 1 egen indikator och 1 indikator under sina delmål. Under 2025 hade målet 1 aktivitet: 1 genomförd",
      en: "The goal is followed up with 1 indicator of its own and 1 indicator under its sub-goals. In 2025 the goal had 1 activity: 1 done",
    },
    {
      sv: "Målet följs upp med 2 egna indikatorer och 2 indikatorer under sina delmål. Under 2025 hade målet 2 aktiviteter: 2 genomförda",
      en: "The goal is followed up with 2 indicators of its own and 2 indicators under its sub-goals. In 2025 the goal had 2 activities: 2 done",
    },
  ],
  [
    "the report: the budget paragraph",
    (n) => both((lang) => [N.allocatedSpent(1000, 500, n), N.hours(n), N.overBudget(["A1", "A2"].slice(0, n))].map((t) => t[lang]).join(". ")),
    {
      sv: "Årets 1 aktivitet fick 1\u00a0000\u00a0kr, och utfallet blev 500\u00a0kr. Aktiviteterna tog 1 arbetstimme. En aktivitet gick över sin budget: A1",
      en: "The year's 1 activity was allocated SEK\u00a01,000, and SEK\u00a0500 was spent. The activities took 1 staff hour. One activity went over its budget: A1",
    },
    {
      sv: "Årets 2 aktiviteter fick 1\u00a0000\u00a0kr, och utfallet blev 500\u00a0kr. Aktiviteterna tog 2 arbetstimmar. 2 aktiviteter gick över sin budget: A1 och A2",
      en: "The year's 2 activities were allocated SEK\u00a01,000, and SEK\u00a0500 was spent. The activities took 2 staff hours. 2 activities went over their budget: A1 and A2",
    },
  ],
  [
    "the report: the organisation paragraph",
    (n) => both((lang) => [N.groups(n, n), N.meetings(2025, n, n), N.allMet(n)].map((t) => t[lang]).join(". ")),
    {
      sv: "Arbetet bedrivs i 1 grupp med sammanlagt 1 ledamotsplats. Under 2025 höll grupperna 1 möte mot 1 planerat. Den grupp som hade planerade möten höll minst så många som planerat",
      en: "The work is carried out in 1 group with 1 seat in all. In 2025 the groups held 1 meeting against 1 planned. The one group with planned meetings held at least as many as planned",
    },
    {
      sv: "Arbetet bedrivs i 2 grupper med sammanlagt 2 ledamotsplatser. Under 2025 höll grupperna 2 möten mot 2 planerade. Alla 2 grupper med planerade möten höll minst så många som planerat",
      en: "The work is carried out in 2 groups with 2 seats in all. In 2025 the groups held 2 meetings against 2 planned. All 2 groups with planned meetings held at least as many as planned",
    },
  ],
  [
    "the report: governing documents in force",
    (n) => both((lang) => [N.documents(n, n), N.documents(n, n - 1)].map((t) => t[lang]).join(". ")),
    {
      sv: "Styrdokumentet gäller och följs upp i tid. Det enda styrdokumentet gäller inte eller följs inte upp i tid",
      en: "The governing document is in force and followed up on time. The one governing document is not in force or not followed up on time",
    },
    {
      sv: "Alla 2 styrdokument gäller och följs upp i tid. Av 2 styrdokument gäller 1 och följs upp i tid",
      en: "All 2 governing documents are in force and followed up on time. Of 2 governing documents, 1 is in force and followed up on time",
    },
  ],
  [
    "the report: the summary",
    (n) => both((lang) => [N.summaryIndicators(2025, n, n, "…"), N.summaryActivities(n, { sv: N.statusList([["done", n]], "sv"), en: N.statusList([["done", n]], "en") })].map((t) => t[lang]).join(". ")),
    {
      sv: "Det brottsförebyggande arbetet 2025 följs upp med 1 indikator under 1 mål: …. Årets enda aktivitet: 1 genomförd",
      en: "The crime prevention work in 2025 is followed up with 1 indicator under 1 goal: …. The year's one activity: 1 done",
    },
    {
      sv: "Det brottsförebyggande arbetet 2025 följs upp med 2 indikatorer under 2 mål: …. Av årets 2 aktiviteter är 2 genomförda",
      en: "The crime prevention work in 2025 is followed up with 2 indicators under 2 goals: …. The year's 2 activities: 2 done",
    },
  ],
];

describe.each(CASES)("%s", (_what, text, one, two) => {
  test("for 1", () => expect(text(1)).toEqual(one));
  test("for 2", () => expect(text(2)).toEqual(two));
});

test("DOC-03 in English says 1 year, not 1 years (Swedish år is both)", () => {
  const message = (years: number) => RULE_MESSAGES.situationReportOld({ doc: { id: "D1", name: "Lägesbild" }, date: "2020-01-01", years, referenceDate: "2025-03-01" }).en;
  expect(message(1)).toContain("is more than 1 year old on 2025-03-01");
  expect(message(2)).toContain("is more than 2 years old on 2025-03-01");
  expect(RULE_MESSAGES.situationReportOld({ doc: { id: "D1", name: "Lägesbild" }, date: "2020-01-01", years: 1, referenceDate: "2025-03-01" }).sv).toContain("äldre än 1 år den 2025-03-01");
});

test("no documents or no groups are said as such, not as a count of 0", () => {
  expect(N.documents(0, 0)).toEqual({ sv: "Planen har inga styrdokument", en: "The plan has no governing documents" });
  expect(N.groups(0, 0)).toEqual({ sv: "Planen har inga grupper ännu", en: "The plan has no groups yet" });
});
