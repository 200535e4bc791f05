// The words of the annual report's generated paragraphs (followup/narrative.ts
// decides which are said): each function takes plain numbers and names and
// returns the clause in Swedish and English, with the language's typography
// (sv: 1 234,5 · 14,6 % · 2 000 000 kr · 15 mars 2026; en: 1,234.5 · 14.6% ·
// SEK 2,000,000 · 15 March 2026). Clauses carry no final full stop; the builder
// joins them into sentences.

import type { Lang, Text } from "../base/text";
import { formatLongDate, formatMoney, formatNumber } from "./format";
import { NOUNS } from "./nouns";
import { countText, plural, type Plural } from "./plural";

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

/** A list read aloud: "a, b och c" / "a, b and c". */
export function listText(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "sv" ? " och " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

const STATUS_WORDS: Record<ActivityStatus, Plural> = {
  done: { one: { sv: "{n} genomförd", en: "{n} done" }, other: { sv: "{n} genomförda", en: "{n} done" } },
  ongoing: { one: { sv: "{n} pågående", en: "{n} ongoing" }, other: { sv: "{n} pågående", en: "{n} ongoing" } },
  delayed: { one: { sv: "{n} försenad", en: "{n} delayed" }, other: { sv: "{n} försenade", en: "{n} delayed" } },
  planned: { one: { sv: "{n} planerad", en: "{n} planned" }, other: { sv: "{n} planerade", en: "{n} planned" } },
  cancelled: { one: { sv: "{n} inställd", en: "{n} cancelled" }, other: { sv: "{n} inställda", en: "{n} cancelled" } },
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
    listText(counts.map(([s, n]) => countText(n, STATUS_WORDS[s])[lang]), lang),

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
      const ownText = own > 0 ? countText(own, NOUNS.ownIndicators)[lang] : null;
      const ind = countText(below, NOUNS.indicators)[lang];
      const belowText = below > 0 ? (lang === "sv" ? `${ind} under sina delmål` : `${ind} under its sub-goals`) : null;
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
      const acts = countText(n, NOUNS.activities)[lang];
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
  allocatedSpent: (allocated: number, spent: number, n: number): Text => {
    const acts = countText(n, NOUNS.activities);
    const sv = `Årets ${acts.sv} fick ${formatMoney(allocated, "sv")}, och utfallet blev ${formatMoney(spent, "sv")}`;
    const en = (verb: string) => `The year's ${acts.en} ${verb} allocated ${formatMoney(allocated, "en")}, and ${formatMoney(spent, "en")} was spent`;
    return plural(n, { one: { sv, en: en("was") }, other: { sv, en: en("were") } });
  },
  remaining: (remaining: number, unallocated: number): Text => ({
    sv: `${formatMoney(Math.abs(remaining), "sv")} av den öronmärkta budgeten ${remaining >= 0 ? "återstår" : "är överskridet"}, och ${unallocated >= 0 ? `${formatMoney(unallocated, "sv")} fördelades inte till någon aktivitet` : `aktiviteterna fick ${formatMoney(-unallocated, "sv")} mer än den öronmärkta budgeten`}`,
    en: `${formatMoney(Math.abs(remaining), "en")} of the earmarked budget ${remaining >= 0 ? "remains" : "was overspent"}, and ${unallocated >= 0 ? `${formatMoney(unallocated, "en")} was not allocated to any activity` : `the activities were allocated ${formatMoney(-unallocated, "en")} more than the earmarked budget`}`,
  }),
  overBudget: (items: string[]): Text => {
    const list = both((lang) => listText(items, lang));
    return plural(items.length, {
      one: { sv: `En aktivitet gick över sin budget: ${list.sv}`, en: `One activity went over its budget: ${list.en}` },
      other: {
        sv: `${formatNumber(items.length, "sv", 0)} aktiviteter gick över sin budget: ${list.sv}`,
        en: `${formatNumber(items.length, "en", 0)} activities went over their budget: ${list.en}`,
      },
    });
  },
  /** "A3 Nattvandringar i centrum (96 500 kr mot budgeterade 80 000 kr)" */
  overBudgetItem: (label: string, spent: number, budget: number): Text => ({
    sv: `${label} (${formatMoney(spent, "sv")} mot budgeterade ${formatMoney(budget, "sv")})`,
    en: `${label} (${formatMoney(spent, "en")} against a budget of ${formatMoney(budget, "en")})`,
  }),
  hours: (hours: number): Text => {
    const h = countText(hours, NOUNS.hours);
    return { sv: `Aktiviteterna tog ${h.sv}`, en: `The activities took ${h.en}` };
  },

  // ---- organisation ----
  meetings: (year: number, held: number, planned: number): Text => {
    const h = countText(held, NOUNS.meetings);
    const p = countText(planned, NOUNS.planned);
    return { sv: `Under ${year} höll grupperna ${h.sv} mot ${p.sv}`, en: `In ${year} the groups held ${h.en} against ${p.en}` };
  },
  allMet: (n: number): Text =>
    plural(n, {
      one: { sv: "Den grupp som hade planerade möten höll minst så många som planerat", en: "The one group with planned meetings held at least as many as planned" },
      other: {
        sv: `Alla ${formatNumber(n, "sv", 0)} grupper med planerade möten höll minst så många som planerat`,
        en: `All ${formatNumber(n, "en", 0)} groups with planned meetings held at least as many as planned`,
      },
    }),
  fewer: (items: string[]): Text => both((lang) => `${lang === "sv" ? "Färre möten än planerat höll" : "Fewer meetings than planned were held by"} ${listText(items, lang)}`),
  /** "G1 Styrgrupp (1 av 2)" */
  heldOf: (label: string, held: number, planned: number): Text => ({
    sv: `${label} (${formatNumber(held, "sv", 0)} av ${formatNumber(planned, "sv", 0)})`,
    en: `${label} (${formatNumber(held, "en", 0)} of ${formatNumber(planned, "en", 0)})`,
  }),
  groups: (n: number, members: number): Text => {
    if (n === 0) return { sv: "Planen har inga grupper ännu", en: "The plan has no groups yet" };
    const g = countText(n, NOUNS.groups);
    const seats = plural(members, {
      one: { sv: `${formatNumber(members, "sv", 0)} ledamotsplats`, en: `${formatNumber(members, "en", 0)} seat` },
      other: { sv: `${formatNumber(members, "sv", 0)} ledamotsplatser`, en: `${formatNumber(members, "en", 0)} seats` },
    });
    return { sv: `Arbetet bedrivs i ${g.sv} med sammanlagt ${seats.sv}`, en: `The work is carried out in ${g.en} with ${seats.en} in all` };
  },

  // ---- documents, citizen promises ----
  documents: (n: number, valid: number): Text => {
    if (n === 0) return { sv: "Planen har inga styrdokument", en: "The plan has no governing documents" };
    if (n === 1) {
      return valid === 1
        ? { sv: "Styrdokumentet gäller och följs upp i tid", en: "The governing document is in force and followed up on time" }
        : { sv: "Det enda styrdokumentet gäller inte eller följs inte upp i tid", en: "The one governing document is not in force or not followed up on time" };
    }
    if (valid === n) return { sv: `Alla ${formatNumber(n, "sv", 0)} styrdokument gäller och följs upp i tid`, en: `All ${formatNumber(n, "en", 0)} governing documents are in force and followed up on time` };
    const en = (verb: string) => `Of ${formatNumber(n, "en", 0)} governing documents, ${formatNumber(valid, "en", 0)} ${verb} in force and followed up on time`;
    const sv = `Av ${formatNumber(n, "sv", 0)} styrdokument gäller ${formatNumber(valid, "sv", 0)} och följs upp i tid`;
    return plural(valid, { one: { sv, en: en("is") }, other: { sv, en: en("are") } });
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
    sv: n === 0 ? `${label}: inga kopplade aktiviteter ${year}` : `${label}: ${countText(n, NOUNS.linkedActivities).sv} ${year}, ${statuses}`,
    en: n === 0 ? `${label}: no linked activities in ${year}` : `${label}: ${countText(n, NOUNS.linkedActivities).en} in ${year}, ${statuses}`,
  }),

  // ---- summary ----
  summaryIndicators: (year: number, indicators: number, goals: number, counts: string): Text => {
    const i = countText(indicators, NOUNS.indicators);
    const g = countText(goals, NOUNS.goals);
    return {
      sv: `Det brottsförebyggande arbetet ${year} följs upp med ${i.sv} under ${g.sv}: ${counts}`,
      en: `The crime prevention work in ${year} is followed up with ${i.en} under ${g.en}: ${counts}`,
    };
  },
  assessmentCount: (a: Assessment, n: number, lang: Lang): string => `${formatNumber(n, lang, 0)} ${ASSESSMENT_WORDS[a][lang]}`,
  summaryActivities: (n: number, statuses: Text): Text =>
    plural(n, {
      one: { sv: `Årets enda aktivitet: ${statuses.sv}`, en: `The year's one activity: ${statuses.en}` },
      other: { sv: `Av årets ${formatNumber(n, "sv", 0)} aktiviteter är ${statuses.sv}`, en: `The year's ${formatNumber(n, "en", 0)} activities: ${statuses.en}` },
    }),
  summaryBudget: (earmarked: number, spent: number): Text => ({
    sv: `Av den öronmärkta budgeten på ${formatMoney(earmarked, "sv")} användes ${formatMoney(spent, "sv")}`,
    en: `Of the earmarked budget of ${formatMoney(earmarked, "en")}, ${formatMoney(spent, "en")} was spent`,
  }),
};
