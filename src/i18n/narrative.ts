// The words of the annual report's generated paragraphs (followup/narrative.ts
// decides which are said): each function takes plain numbers and names and
// returns the clause in Swedish and English, with the language's typography
// (sv: 1 234,5 · 14,6 % · 2 000 000 kr · 15 mars 2026; en: 1,234.5 · 14.6% ·
// SEK 2,000,000 · 15 March 2026). Clauses carry no final full stop; the builder
// joins them into sentences.

import type { Lang, Text } from "../base/text";
import { formatLongDate, formatMoney, formatNumber } from "./format";

// The keys these words are looked up by, as followup/types names them (i18n may not import it).
type ActivityStatus = "planned" | "ongoing" | "done" | "delayed" | "cancelled";
type Assessment = "achieved" | "onTrack" | "notOnTrack" | "noValue" | "unknown";
type TrendMove = "up" | "down" | "flat";
type TrendVerdict = "better" | "worse" | "same" | "unknown";

const both = (f: (lang: Lang) => string): Text => ({ sv: f("sv"), en: f("en") });

/** A measured value in its unit: "14,6 %", "8 690", "SEK 1,200" / "1 200 kr". */
export function valueText(value: number, unit: string | null, lang: Lang): string {
  if (unit === "kronor") return formatMoney(value, lang);
  const n = formatNumber(value, lang);
  return unit === "percent" ? (lang === "sv" ? `${n}\u00a0%` : `${n}%`) : n;
}

/** A share 0…1 as a whole percentage: "76 %" / "76%". */
export function shareText(share: number, lang: Lang): string {
  const n = formatNumber(Math.round(share * 100), lang, 0);
  return lang === "sv" ? `${n}\u00a0%` : `${n}%`;
}

/** "1 aktivitet", "3 aktiviteter" / "1 activity", "3 activities". */
function count(n: number, one: Text, many: Text, lang: Lang): string {
  return `${formatNumber(n, lang, 0)} ${n === 1 ? one[lang] : many[lang]}`;
}

/** A list read aloud: "a, b och c" / "a, b and c". */
export function listText(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "sv" ? " och " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

const STATUS_WORDS: Record<ActivityStatus, { one: Text; many: Text }> = {
  done: { one: { sv: "genomförd", en: "done" }, many: { sv: "genomförda", en: "done" } },
  ongoing: { one: { sv: "pågående", en: "ongoing" }, many: { sv: "pågående", en: "ongoing" } },
  delayed: { one: { sv: "försenad", en: "delayed" }, many: { sv: "försenade", en: "delayed" } },
  planned: { one: { sv: "planerad", en: "planned" }, many: { sv: "planerade", en: "planned" } },
  cancelled: { one: { sv: "inställd", en: "cancelled" }, many: { sv: "inställda", en: "cancelled" } },
};

const ASSESSMENT_WORDS: Record<Assessment, Text> = {
  achieved: { sv: "uppnått", en: "achieved" },
  onTrack: { sv: "på väg", en: "on track" },
  notOnTrack: { sv: "ej på väg", en: "not on track" },
  noValue: { sv: "utan mätvärde", en: "without a value" },
  unknown: { sv: "inte bedömbar", en: "not assessable" },
};

export const narrativeText = {
  /** "3 genomförda, 1 pågående och 1 försenad" / "3 done, 1 ongoing and 1 delayed". */
  statusList: (counts: [ActivityStatus, number][], lang: Lang): string =>
    listText(counts.map(([s, n]) => `${formatNumber(n, lang, 0)} ${n === 1 ? STATUS_WORDS[s].one[lang] : STATUS_WORDS[s].many[lang]}`), lang),

  // ---- indicators ----
  /** "I1 Anmälda brott per 100 000 invånare var 8 690 år 2025" (label: the ID and the name) */
  measured: (label: string, value: string, year: number): Text => ({
    sv: `${label} var ${value} år ${year}`,
    en: `${label} stood at ${value} in ${year}`,
  }),
  /** After a value from before the follow-up year. */
  notYetOut: (year: number): Text => ({ sv: `(uppgiften för ${year} finns inte ännu)`, en: `(the figure for ${year} is not out yet)` }),
  /** "mot basvärdet 9 305 år 2020 och målvärdet 8 500 år 2027" */
  against: (base: { value: string; year: number | null } | null, target: { value: string; year: number | null } | null): Text => {
    const at = (y: number | null, lang: Lang) => (y === null ? "" : lang === "sv" ? ` år ${y}` : ` in ${y}`);
    return both((lang) => {
      const parts = [
        base ? `${lang === "sv" ? "basvärdet" : "the baseline"} ${base.value}${at(base.year, lang)}` : null,
        target ? `${lang === "sv" ? "målvärdet" : "the target"} ${target.value}${at(target.year, lang)}` : null,
      ].filter((p) => p !== null);
      return parts.length ? `${lang === "sv" ? "mot" : "against"} ${listText(parts, lang)}` : "";
    });
  },
  noValue: (label: string, year: number): Text => ({
    sv: `${label} har inget mätvärde till och med ${year}`,
    en: `${label} has no measurement up to ${year}`,
  }),
  /** "Det är lägre än 2024 (8 820), en förbättring" */
  trend: (move: TrendMove, verdict: TrendVerdict, previous: string, previousYear: number): Text => {
    const moveText: Record<TrendMove, Text> = {
      down: { sv: `lägre än ${previousYear} (${previous})`, en: `lower than in ${previousYear} (${previous})` },
      up: { sv: `högre än ${previousYear} (${previous})`, en: `higher than in ${previousYear} (${previous})` },
      flat: { sv: `lika med ${previousYear} (${previous})`, en: `the same as in ${previousYear} (${previous})` },
    };
    const verdictText: Partial<Record<TrendVerdict, Text>> = {
      better: { sv: ", en förbättring", en: ", an improvement" },
      worse: { sv: ", en försämring", en: ", a deterioration" },
    };
    return both((lang) => `${lang === "sv" ? "Det är" : "That is"} ${moveText[move][lang]}${verdictText[verdict]?.[lang] ?? ""}`);
  },
  /** "indikatorn bedöms som på väg, 76 % av vägen från basvärdet till målet" */
  assessment: (a: Assessment, share: string | null): Text => {
    if (a === "achieved") return { sv: "Indikatorn har nått sitt målvärde", en: "The indicator has reached its target" };
    if (a === "unknown") return { sv: "Indikatorn kan inte bedömas eftersom riktning saknas", en: "The indicator cannot be assessed because its direction is missing" };
    const way = share === null ? null : { sv: `, ${share} av vägen från basvärdet till målet`, en: `, ${share} of the way from the baseline to the target` };
    return both((lang) => `${lang === "sv" ? "Indikatorn bedöms som" : "The indicator is assessed as"} ${ASSESSMENT_WORDS[a][lang]}${way?.[lang] ?? ""}`);
  },

  // ---- goals ----
  /** How the paragraph names the goal: "Målet", "Delmålet", "Det övergripande målet". */
  goalWord: (level: string | null): Text =>
    level === "overall" ? { sv: "det övergripande målet", en: "the overall goal" } : level === "subGoal" ? { sv: "delmålet", en: "the sub-goal" } : { sv: "målet", en: "the goal" },
  /** "Målet följs upp med 1 egen indikator och 2 indikatorer under sina delmål" */
  indicatorsOf: (goal: Text, own: number, below: number): Text =>
    both((lang) => {
      const ind = (n: number) => count(n, { sv: "indikator", en: "indicator" }, { sv: "indikatorer", en: "indicators" }, lang);
      const ownText = own > 0 ? (lang === "sv" ? `${formatNumber(own, lang, 0)} ${own === 1 ? "egen indikator" : "egna indikatorer"}` : `${ind(own)} of its own`) : null;
      const belowText = below > 0 ? (lang === "sv" ? `${ind(below)} under sina delmål` : `${ind(below)} under its sub-goals`) : null;
      const parts = [ownText, belowText].filter((p) => p !== null);
      if (parts.length === 0) return lang === "sv" ? `${goal.sv} har ingen indikator och kan inte följas upp i siffror` : `${goal.en} has no indicator and cannot be followed up in figures`;
      return `${goal[lang]} ${lang === "sv" ? "följs upp med" : "is followed up with"} ${listText(parts, lang)}`;
    }),
  /** "Sammantaget bedöms målet som på väg (alla 3 indikatorer på väg)" */
  goalAssessment: (goal: Text, a: Assessment, counts: [Assessment, number][], total: number): Text =>
    both((lang) => {
      const detail =
        counts.length === 1
          ? `${lang === "sv" ? "alla" : "all"} ${formatNumber(total, lang, 0)} ${lang === "sv" ? "indikatorer" : "indicators"} ${ASSESSMENT_WORDS[counts[0][0]][lang]}`
          : `${listText(counts.map(([k, n]) => `${formatNumber(n, lang, 0)} ${ASSESSMENT_WORDS[k][lang]}`), lang)} ${lang === "sv" ? "av" : "of"} ${formatNumber(total, lang, 0)} ${lang === "sv" ? "indikatorer" : "indicators"}`;
      return lang === "sv" ? `Sammantaget bedöms ${goal.sv} som ${ASSESSMENT_WORDS[a].sv} (${detail})` : `Taken together, ${goal.en} is assessed as ${ASSESSMENT_WORDS[a].en} (${detail})`;
    }),
  /** "Under 2025 hade målet 2 aktiviteter: 2 genomförda" */
  activities: (goal: Text, year: number, n: number, statuses: string, sub: boolean): Text =>
    both((lang) => {
      const acts = count(n, { sv: "aktivitet", en: "activity" }, { sv: "aktiviteter", en: "activities" }, lang);
      if (sub) return lang === "sv" ? `Med delmålen hade ${goal.sv} ${acts} ${year}: ${statuses}` : `With its sub-goals, ${goal.en} had ${acts} in ${year}: ${statuses}`;
      return lang === "sv" ? `Under ${year} hade ${goal.sv} ${acts}: ${statuses}` : `In ${year} ${goal.en} had ${acts}: ${statuses}`;
    }),
  noActivities: (goal: Text, year: number): Text => ({ sv: `${goal.sv} hade inga egna aktiviteter ${year}`, en: `${goal.en} had no activities of its own in ${year}` }),
  /** "A3 Nattvandringar … är försenad" */
  late: (items: string[]): Text =>
    both((lang) => `${lang === "sv" ? "Efter sin planerade slutdag och inte genomförd" : "Past its planned end and not done"}: ${listText(items, lang)}`),

  // ---- budget ----
  earmarked: (year: number, amount: number): Text => ({
    sv: `För ${year} öronmärktes ${formatMoney(amount, "sv")} till det brottsförebyggande arbetet`,
    en: `For ${year}, ${formatMoney(amount, "en")} was earmarked for crime prevention`,
  }),
  noEarmark: (year: number): Text => ({ sv: `För ${year} finns ingen öronmärkt budget`, en: `There is no earmarked budget for ${year}` }),
  allocatedSpent: (allocated: number, spent: number, n: number): Text => ({
    sv: `Årets ${count(n, { sv: "aktivitet", en: "" }, { sv: "aktiviteter", en: "" }, "sv")} fick ${formatMoney(allocated, "sv")}, och utfallet blev ${formatMoney(spent, "sv")}`,
    en: `The year's ${count(n, { sv: "", en: "activity" }, { sv: "", en: "activities" }, "en")} were allocated ${formatMoney(allocated, "en")}, and ${formatMoney(spent, "en")} was spent`,
  }),
  remaining: (remaining: number, unallocated: number): Text => ({
    sv: `${formatMoney(Math.abs(remaining), "sv")} av den öronmärkta budgeten ${remaining >= 0 ? "återstår" : "är överskridet"}, och ${unallocated >= 0 ? `${formatMoney(unallocated, "sv")} fördelades inte till någon aktivitet` : `aktiviteterna fick ${formatMoney(-unallocated, "sv")} mer än den öronmärkta budgeten`}`,
    en: `${formatMoney(Math.abs(remaining), "en")} of the earmarked budget ${remaining >= 0 ? "remains" : "was overspent"}, and ${unallocated >= 0 ? `${formatMoney(unallocated, "en")} was not allocated to any activity` : `the activities were allocated ${formatMoney(-unallocated, "en")} more than the earmarked budget`}`,
  }),
  overBudget: (items: string[]): Text =>
    both((lang) =>
      items.length === 1
        ? `${lang === "sv" ? "En aktivitet gick över sin budget" : "One activity went over its budget"}: ${items[0]}`
        : `${lang === "sv" ? `${formatNumber(items.length, lang, 0)} aktiviteter gick över sin budget` : `${formatNumber(items.length, lang, 0)} activities went over their budget`}: ${listText(items, lang)}`,
    ),
  /** "A3 Nattvandringar i centrum (96 500 kr mot budgeterade 80 000 kr)" */
  overBudgetItem: (label: string, spent: number, budget: number): Text => ({
    sv: `${label} (${formatMoney(spent, "sv")} mot budgeterade ${formatMoney(budget, "sv")})`,
    en: `${label} (${formatMoney(spent, "en")} against a budget of ${formatMoney(budget, "en")})`,
  }),
  hours: (hours: number): Text => ({
    sv: `Aktiviteterna tog ${formatNumber(hours, "sv")} arbetstimmar`,
    en: `The activities took ${formatNumber(hours, "en")} staff hours`,
  }),

  // ---- organisation ----
  meetings: (year: number, held: number, planned: number): Text => ({
    sv: `Under ${year} höll grupperna ${formatNumber(held, "sv", 0)} ${held === 1 ? "möte" : "möten"} mot ${formatNumber(planned, "sv", 0)} planerade`,
    en: `In ${year} the groups held ${formatNumber(held, "en", 0)} ${held === 1 ? "meeting" : "meetings"} against ${formatNumber(planned, "en", 0)} planned`,
  }),
  allMet: (n: number): Text => ({
    sv: `Alla ${formatNumber(n, "sv", 0)} grupper med planerade möten höll minst så många som planerat`,
    en: `All ${formatNumber(n, "en", 0)} groups with planned meetings held at least as many as planned`,
  }),
  fewer: (items: string[]): Text => both((lang) => `${lang === "sv" ? "Färre möten än planerat höll" : "Fewer meetings than planned were held by"} ${listText(items, lang)}`),
  /** "G1 Styrgrupp (1 av 2)" */
  heldOf: (label: string, held: number, planned: number): Text => ({
    sv: `${label} (${formatNumber(held, "sv", 0)} av ${formatNumber(planned, "sv", 0)})`,
    en: `${label} (${formatNumber(held, "en", 0)} of ${formatNumber(planned, "en", 0)})`,
  }),
  groups: (n: number, members: number): Text => ({
    sv: `Arbetet bedrivs i ${count(n, { sv: "grupp", en: "" }, { sv: "grupper", en: "" }, "sv")} med sammanlagt ${formatNumber(members, "sv", 0)} ledamotsplatser`,
    en: `The work is carried out in ${count(n, { sv: "", en: "group" }, { sv: "", en: "groups" }, "en")} with ${formatNumber(members, "en", 0)} seats in all`,
  }),

  // ---- documents, citizen promises ----
  documents: (n: number, valid: number): Text =>
    valid === n
      ? { sv: `Alla ${formatNumber(n, "sv", 0)} styrdokument gäller och följs upp i tid`, en: `All ${formatNumber(n, "en", 0)} governing documents are in force and followed up on time` }
      : {
          sv: `Av ${formatNumber(n, "sv", 0)} styrdokument gäller ${formatNumber(valid, "sv", 0)} och följs upp i tid`,
          en: `Of ${formatNumber(n, "en", 0)} governing documents, ${formatNumber(valid, "en", 0)} are in force and followed up on time`,
        },
  followUpDue: (label: string, date: string | null): Text => ({
    sv: date ? `Uppföljningen av ${label} var planerad till ${formatLongDate(date, "sv")} och är inte gjord` : `${label} saknar datum för nästa uppföljning`,
    en: date ? `The follow-up of ${label} was planned for ${formatLongDate(date, "en")} and has not been done` : `${label} has no date for its next follow-up`,
  }),
  expired: (label: string, date: string | null): Text => ({
    sv: `${label} gällde till ${date ? formatLongDate(date, "sv") : "okänt datum"}`,
    en: `${label} was valid until ${date ? formatLongDate(date, "en") : "an unknown date"}`,
  }),
  citizenPromise: (label: string, n: number, statuses: string, year: number): Text => ({
    sv: n === 0 ? `${label}: inga kopplade aktiviteter ${year}` : `${label}: ${count(n, { sv: "kopplad aktivitet", en: "" }, { sv: "kopplade aktiviteter", en: "" }, "sv")} ${year}, ${statuses}`,
    en: n === 0 ? `${label}: no linked activities in ${year}` : `${label}: ${count(n, { sv: "", en: "linked activity" }, { sv: "", en: "linked activities" }, "en")} in ${year}, ${statuses}`,
  }),

  // ---- summary ----
  summaryIndicators: (year: number, indicators: number, goals: number, counts: string): Text => ({
    sv: `Det brottsförebyggande arbetet ${year} följs upp med ${formatNumber(indicators, "sv", 0)} indikatorer under ${formatNumber(goals, "sv", 0)} mål: ${counts}`,
    en: `The crime prevention work in ${year} is followed up with ${formatNumber(indicators, "en", 0)} indicators under ${formatNumber(goals, "en", 0)} goals: ${counts}`,
  }),
  assessmentCount: (a: Assessment, n: number, lang: Lang): string => `${formatNumber(n, lang, 0)} ${ASSESSMENT_WORDS[a][lang]}`,
  summaryActivities: (n: number, statuses: Text): Text => ({
    sv: `Av årets ${formatNumber(n, "sv", 0)} aktiviteter är ${statuses.sv}`,
    en: `The year's ${formatNumber(n, "en", 0)} activities: ${statuses.en}`,
  }),
  summaryBudget: (earmarked: number, spent: number): Text => ({
    sv: `Av den öronmärkta budgeten på ${formatMoney(earmarked, "sv")} användes ${formatMoney(spent, "sv")}`,
    en: `Of the earmarked budget of ${formatMoney(earmarked, "en")}, ${formatMoney(spent, "en")} was spent`,
  }),
};
