// The counted nouns of the texts in src/i18n, each defined once in both its forms
// ("1 möte", "3 möten" / "1 meeting", "3 meetings"); plural.ts's countText picks the
// form for a count and writes the number in.

import type { Plural } from "./plural";

/** Counted nouns: "1 aktivitet", "3 aktiviteter" / "1 activity", "3 activities". */
export const NOUNS = {
  activities: { one: { sv: "{n} aktivitet", en: "{n} activity" }, other: { sv: "{n} aktiviteter", en: "{n} activities" } },
  linkedActivities: { one: { sv: "{n} kopplad aktivitet", en: "{n} linked activity" }, other: { sv: "{n} kopplade aktiviteter", en: "{n} linked activities" } },
  indicators: { one: { sv: "{n} indikator", en: "{n} indicator" }, other: { sv: "{n} indikatorer", en: "{n} indicators" } },
  ownIndicators: { one: { sv: "{n} egen indikator", en: "{n} indicator of its own" }, other: { sv: "{n} egna indikatorer", en: "{n} indicators of its own" } },
  goals: { one: { sv: "{n} mål", en: "{n} goal" }, other: { sv: "{n} mål", en: "{n} goals" } },
  groups: { one: { sv: "{n} grupp", en: "{n} group" }, other: { sv: "{n} grupper", en: "{n} groups" } },
  meetings: { one: { sv: "{n} möte", en: "{n} meeting" }, other: { sv: "{n} möten", en: "{n} meetings" } },
  /** Meetings planned (a möte is neuter: "1 planerat"). */
  planned: { one: { sv: "{n} planerat", en: "{n} planned" }, other: { sv: "{n} planerade", en: "{n} planned" } },
  hours: { one: { sv: "{n} arbetstimme", en: "{n} staff hour" }, other: { sv: "{n} arbetstimmar", en: "{n} staff hours" } },
  years: { one: { sv: "{n} år", en: "{n} year" }, other: { sv: "{n} år", en: "{n} years" } },
} as const satisfies Record<string, Plural>;
