// Swedish and English texts of the task pane's Hämta statistik view (Kolada); a text
// with a count has its two forms (Plural, picked by plural()).

import type { Text } from "../base/text";
import { fillCounts, type Plural } from "./plural";

export const statisticsView = {
  heading: { sv: "Hämta statistik från Kolada", en: "Fetch statistics from Kolada" },
  intro: {
    sv: "Fyll i indikatorernas officiella värden utan att skriva av dem: kommunens värden till Mätvärden, Riket och en jämförelsegrupp till Jämförelsevärden. Du ser först vad som ändras; dina egna värden skrivs aldrig över om du inte kryssar i dem.",
    en: "Fill in the indicators' official values without copying them by hand: the municipality's values into Measurements, Riket and a comparison group into Comparisons. You first see what changes; your own values are never written over unless you tick them.",
  },
  privacy: {
    sv: "Till {url} skickas bara kommunkoden, gruppens id, KPI-id, år och det du söker på; inget ur arbetsboken i övrigt. Källa: Kolada (RKA).",
    en: "Only the municipality code, the group id, KPI ids, years and what you search for are sent to {url}; nothing else from the workbook. Source: Kolada (RKA).",
  },
  loading: { sv: "Läser indikatorerna …", en: "Reading the indicators …" },
  loadFailed: { sv: "Indikatorerna kunde inte läsas", en: "The indicators could not be read" },
  needsStructureTitle: { sv: "Arbetsboken har struktur version 1", en: "The workbook has layout version 1" },
  needsStructure: {
    sv: "Kolumnen Kolada-KPI och bladet Jämförelsevärden saknas. Lägg till dem; inget annat ändras.",
    en: "The Kolada KPI column and the Comparisons sheet are missing. Add them; nothing else changes.",
  },
  addStructure: { sv: "Lägg till Kolada-KPI och Jämförelsevärden", en: "Add Kolada KPI and Comparisons" },
  municipalityHeading: { sv: "Kommun och jämförelse", en: "Municipality and comparison" },
  municipality: { sv: "Kommun", en: "Municipality" },
  municipalityNone: { sv: "Ingen vald", en: "None chosen" },
  group: { sv: "Jämförelsegrupp (valfri)", en: "Comparison group (optional)" },
  groupNone: { sv: "Ingen (bara Riket)", en: "None (Riket only)" },
  searchMunicipality: { sv: "Sök kommun", en: "Search municipality" },
  searchGroup: { sv: "Sök kommungrupp", en: "Search municipality group" },
  search: { sv: "Sök", en: "Search" },
  searchPlaceholder: { sv: "t.ex. Umeå", en: "e.g. Umeå" },
  groupPlaceholder: { sv: "t.ex. större städer", en: "e.g. större städer" },
  choose: { sv: "Välj", en: "Choose" },
  noHits: { sv: "Inga träffar för ”{q}”.", en: "No matches for “{q}”." },
  searching: { sv: "Söker …", en: "Searching …" },
  address: { sv: "Adress till Kolada (tom = {url})", en: "Kolada address (empty = {url})" },
  saveAddress: { sv: "Spara adress", en: "Save address" },
  indicatorsHeading: { sv: "Indikatorer och nyckeltal", en: "Indicators and key figures" },
  noIndicators: { sv: "Planen har inga indikatorer ännu (bladet Indikatorer).", en: "The plan has no indicators yet (the Indicators sheet)." },
  notLinked: { sv: "inget Kolada-KPI", en: "no Kolada KPI" },
  link: { sv: "Koppla KPI", en: "Link KPI" },
  relink: { sv: "Byt KPI", en: "Change KPI" },
  kpiSearch: { sv: "Sök nyckeltal i Kolada för {id}", en: "Search Kolada key figures for {id}" },
  kpiPlaceholder: { sv: "t.ex. anmälda våldsbrott", en: "e.g. anmälda våldsbrott" },
  cancel: { sv: "Avbryt", en: "Cancel" },
  fetch: { sv: "Hämta från Kolada", en: "Fetch from Kolada" },
  fetchHint: {
    one: {
      sv: "{n} indikator med Kolada-KPI, år {from}–{to} (Basår till uppföljningsåret).",
      en: "{n} indicator with a Kolada KPI, years {from}–{to} (Base year to the follow-up year).",
    },
    other: {
      sv: "{n} indikatorer med Kolada-KPI, år {from}–{to} (Basår till uppföljningsåret).",
      en: "{n} indicators with a Kolada KPI, years {from}–{to} (Base year to the follow-up year).",
    },
  },
  /** Counted by {total}. */
  fetching: {
    one: { sv: "Hämtar från Kolada: {done} av {total} anrop", en: "Fetching from Kolada: {done} of {total} request" },
    other: { sv: "Hämtar från Kolada: {done} av {total} anrop", en: "Fetching from Kolada: {done} of {total} requests" },
  },
  fetchFailed: { sv: "Hämtningen misslyckades", en: "The fetch failed" },
  previewHeading: { sv: "Det här ändras", en: "What changes" },
  /** The preview's counts, each a clause below. */
  previewSummary: { sv: "{add}, {differs}, {missing}, {same}.", en: "{add}, {differs}, {missing}, {same}." },
  previewAdd: {
    one: { sv: "{n} rad läggs till", en: "{n} row is added" },
    other: { sv: "{n} rader läggs till", en: "{n} rows are added" },
  },
  previewDiffers: {
    one: { sv: "{n} värde skiljer sig från ditt", en: "{n} value differs from yours" },
    other: { sv: "{n} värden skiljer sig från dina", en: "{n} values differ from yours" },
  },
  previewMissing: {
    one: { sv: "{n} saknas hos Kolada", en: "{n} is missing in Kolada" },
    other: { sv: "{n} saknas hos Kolada", en: "{n} are missing in Kolada" },
  },
  previewSame: {
    one: { sv: "{n} finns redan", en: "{n} is already there" },
    other: { sv: "{n} finns redan", en: "{n} are already there" },
  },
  addsTo: { sv: "Läggs till i {table} ({area}): {items}", en: "Added to {table} ({area}): {items}" },
  differsTitle: { sv: "Skiljer sig från ditt värde (kryssa i för att ersätta)", en: "Differs from your value (tick to replace)" },
  differsItem: { sv: "{year} {area}: ditt {yours} / Kolada {kolada}", en: "{year} {area}: yours {yours} / Kolada {kolada}" },
  missingItems: { sv: "Saknas hos Kolada, skrivs inte ({area}): {years}", en: "Missing in Kolada, not written ({area}): {years}" },
  preliminary: { sv: "preliminärt", en: "preliminary" },
  nothingNew: { sv: "Inget nytt för den här indikatorn.", en: "Nothing new for this indicator." },
  unknownKpis: { sv: "Kolada känner inte till: {kpis} (regel DATA-07).", en: "Kolada does not know: {kpis} (rule DATA-07)." },
  apply: { sv: "Fyll i arbetsboken", en: "Fill in the workbook" },
  applying: { sv: "Fyller i …", en: "Filling in …" },
  applyFailed: { sv: "Ifyllningen misslyckades", en: "Filling in failed" },
  /** What filling in did, each count a clause below. */
  applied: { sv: "Klart: {measurements}, {comparisons}, {replaced}, {kept}.", en: "Done: {measurements}, {comparisons}, {replaced}, {kept}." },
  appliedMeasurements: {
    one: { sv: "{n} rad i Mätvärden", en: "{n} row in Measurements" },
    other: { sv: "{n} rader i Mätvärden", en: "{n} rows in Measurements" },
  },
  appliedComparisons: {
    one: { sv: "{n} rad i Jämförelsevärden", en: "{n} row in Comparisons" },
    other: { sv: "{n} rader i Jämförelsevärden", en: "{n} rows in Comparisons" },
  },
  appliedReplaced: {
    one: { sv: "{n} värde ersatt", en: "{n} value replaced" },
    other: { sv: "{n} värden ersatta", en: "{n} values replaced" },
  },
  appliedKept: {
    one: { sv: "{n} behållet", en: "{n} kept" },
    other: { sv: "{n} behållna", en: "{n} kept" },
  },
  noticesTitle: { sv: "Bra att veta", en: "Good to know" },
} as const satisfies Record<string, Text | Plural>;

/** The preview's counts in words: "1 rad läggs till, 2 värden skiljer sig från dina, 0 saknas hos Kolada, 3 finns redan." */
export function previewSummaryText(c: { add: number; differs: number; missing: number; same: number }): Text {
  const v = statisticsView;
  return fillCounts(v.previewSummary, { add: [c.add, v.previewAdd], differs: [c.differs, v.previewDiffers], missing: [c.missing, v.previewMissing], same: [c.same, v.previewSame] });
}


/** What filling in did: "Klart: 1 rad i Mätvärden, 2 rader i Jämförelsevärden, 1 värde ersatt, 2 behållna." */
export function appliedText(r: { measurements: number; comparisons: number; replaced: number; kept: number }): Text {
  const v = statisticsView;
  return fillCounts(v.applied, {
    measurements: [r.measurements, v.appliedMeasurements],
    comparisons: [r.comparisons, v.appliedComparisons],
    replaced: [r.replaced, v.appliedReplaced],
    kept: [r.kept, v.appliedKept],
  });
}

