// User-facing text of the check: the Kontroll view in the task pane, the check
// and acknowledgement commands' refusals and notices, and the ribbon's
// "Kontrollera" summary. Every text in Swedish and English; `{name}` marks a
// placeholder that tr()/useT() fills in.

import type { Text } from "../base/text";
import { formatNumber } from "./format";
import type { Plural } from "./plural";

/** The Kontroll view. */
export const checksView = {
  heading: { sv: "Kontroll av planen", en: "Checking the plan" },
  intro: {
    sv: "Kontrollen jämför planen med Brås vägledning och lagen och skriver resultatet på bladet Kontroll. Dina data ändras inte.",
    en: "The check compares the plan with Brå's guidance and the law and writes the result to the Checks sheet. Your data is not changed.",
  },
  referenceDate: { sv: "Referensdatum", en: "Reference date" },
  referenceDateHint: { sv: "Datum som planen bedöms mot, ÅÅÅÅ-MM-DD.", en: "The date the plan is judged against, YYYY-MM-DD." },
  referenceDateInvalid: {
    sv: "Skriv referensdatumet som ÅÅÅÅ-MM-DD, till exempel 2025-03-01.",
    en: "Write the reference date as YYYY-MM-DD, for example 2025-03-01.",
  },
  followUpYear: { sv: "Uppföljningsår", en: "Follow-up year" },
  followUpYearHint: {
    sv: "Året som möten och mätvärden följs upp för. Förval: föregående år under januari–mars, annars innevarande år.",
    en: "The year meetings and measurements are followed up for. Default: the previous year in January–March, else the current year.",
  },
  followUpYearInvalid: {
    sv: "Skriv uppföljningsåret med fyra siffror, till exempel 2024.",
    en: "Write the follow-up year with four digits, for example 2024.",
  },
  run: { sv: "Kontrollera", en: "Check" },
  running: { sv: "Kontrollerar arbetsboken…", en: "Checking the workbook…" },
  runFailed: { sv: "Kontrollen kunde inte köras", en: "The check could not be run" },
  resultTitle: { sv: "Resultat", en: "Result" },
  nothingFound: { sv: "Kontrollen hittade inget att anmärka på.", en: "The check found nothing to remark on." },
  writtenTo: { sv: "Resultatet finns också på bladet {sheet}.", en: "The result is also on the sheet {sheet}." },
  listedOnSheet: {
    sv: "Bladet {sheet} visar de {listed} allvarligaste av {total} fynd.",
    en: "The sheet {sheet} lists the {listed} most serious of {total} findings.",
  },
  noticesTitle: { sv: "Att känna till", en: "Good to know" },
  countsLabel: { sv: "Antal per allvarlighet", en: "Count per severity" },
  filters: { sv: "Filter", en: "Filters" },
  severityFilter: { sv: "Visa allvarlighet", en: "Show severity" },
  sheetFilter: { sv: "Blad", en: "Sheet" },
  allSheets: { sv: "Alla blad", en: "All sheets" },
  noSheet: { sv: "(utan blad)", en: "(no sheet)" },
  /** Counted by {total}. */
  shownOf: {
    one: { sv: "Visar {shown} av {total} fynd.", en: "Showing {shown} of {total} finding." },
    other: { sv: "Visar {shown} av {total} fynd.", en: "Showing {shown} of {total} findings." },
  },
  noneMatch: {
    sv: "Inga fynd matchar filtret. Ändra filtret för att se fler.",
    en: "No findings match the filter. Change the filter to see more.",
  },
  areaHeading: { sv: "{area} ({n})", en: "{area} ({n})" },
  showMore: { sv: "Visa {n} till", en: "Show {n} more" },
  goTo: { sv: "Gå till {place}", en: "Go to {place}" },
  goToHint: {
    sv: "Klicka eller tryck Enter på ett fynd för att markera cellen i arbetsboken.",
    en: "Click a finding or press Enter on it to select its cell in the workbook.",
  },
  noPlace: { sv: "ingen cell (tabellen saknas)", en: "no cell (the table is missing)" },
  selected: { sv: "Markerade {place} i arbetsboken.", en: "Selected {place} in the workbook." },
  selectFailed: { sv: "Cellen kunde inte markeras", en: "The cell could not be selected" },
  acknowledged: { sv: "Kvitterad", en: "Acknowledged" },
  acknowledgedBy: { sv: "Kvitterad: {why}", en: "Acknowledged: {why}" },
  acknowledge: { sv: "Kvittera…", en: "Acknowledge…" },
  acknowledgeFor: { sv: "Kvittera {rule}", en: "Acknowledge {rule}" },
  unacknowledge: { sv: "Ta bort kvittering", en: "Remove acknowledgement" },
  unacknowledgeFor: { sv: "Ta bort kvitteringen av {rule}", en: "Remove acknowledgement of {rule}" },
  justification: { sv: "Motivering", en: "Justification" },
  justificationHint: {
    sv: "Varför kommunen gör på ett annat sätt. Kvitteringen sparas i arbetsboken och försvinner om uppgifterna ändras.",
    en: "Why the municipality does it differently. The acknowledgement is kept in the workbook and drops off if the data changes.",
  },
  by: { sv: "Ditt namn (frivilligt)", en: "Your name (optional)" },
  saveAck: { sv: "Spara kvittering", en: "Save acknowledgement" },
  cancel: { sv: "Avbryt", en: "Cancel" },
  savingAck: { sv: "Sparar kvitteringen…", en: "Saving the acknowledgement…" },
  removingAck: { sv: "Tar bort kvitteringen…", en: "Removing the acknowledgement…" },
  ackFailed: { sv: "Kvitteringen kunde inte sparas", en: "The acknowledgement could not be saved" },
  unackFailed: { sv: "Kvitteringen kunde inte tas bort", en: "The acknowledgement could not be removed" },
  ackStale: {
    sv: "Uppgifterna bakom fyndet {rule} har ändrats sedan kontrollen, så kvitteringen gäller inte längre. Läs fyndet igen och kvittera på nytt om det fortfarande stämmer.",
    en: "The data behind the finding {rule} changed since the check, so the acknowledgement no longer applies. Read the finding again and acknowledge it anew if it still holds.",
  },
} as const satisfies Record<string, Text | Plural>;

/** The check and acknowledgement commands' refusals and notices. */
export const checkText = {
  badReferenceDate: (value: string): Text => ({
    sv: `Referensdatumet "${value}" är inget giltigt datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2025-03-01.`,
    en: `The reference date "${value}" is not a valid date. Write it as YYYY-MM-DD, for example 2025-03-01.`,
  }),
  badFollowUpYear: (value: string): Text => ({
    sv: `Uppföljningsåret "${value}" är inget giltigt år. Skriv ett år med fyra siffror, till exempel 2024.`,
    en: `The follow-up year "${value}" is not a valid year. Write a four-digit year, for example 2024.`,
  }),
  sheetNameTaken: (wanted: string, used: string): Text => ({
    sv: `Bladet "${wanted}" är ditt eget och lämnades orört; resultatet skrevs på bladet "${used}" i stället.`,
    en: `The sheet "${wanted}" is your own and was left untouched; the result was written to the sheet "${used}" instead.`,
  }),
  noFreeSheetName: (wanted: string): Text => ({
    sv: `Resultatet kunde inte skrivas till arbetsboken: bladet "${wanted}" och dess numrerade alternativ är dina egna blad. Byt namn på bladet "${wanted}" och kontrollera igen. Fynden visas här ändå.`,
    en: `The result could not be written to the workbook: the sheet "${wanted}" and its numbered alternatives are your own sheets. Rename the sheet "${wanted}" and check again. The findings are shown here anyway.`,
  }),
  truncated: (listed: number, total: number): Text => ({
    sv: `Bladet visar de ${formatNumber(listed, "sv")} allvarligaste av ${formatNumber(total, "sv")} fynd (en större lista går inte att skicka till Excel på en gång). Alla fynd visas i Rådsplans aktivitetsfönster.`,
    en: `The sheet lists the ${formatNumber(listed, "en")} most serious of ${formatNumber(total, "en")} findings (a longer list cannot be sent to Excel at once). All findings are shown in Rådsplan's task pane.`,
  }),
  acksTableMissing: {
    sv: "Arbetsboken saknar Rådsplans tabell för kvitteringar. Välj Skapa planeringsstruktur i vyn Struktur (det rör inte dina data) och kvittera sedan igen.",
    en: "The workbook lacks Rådsplan's table of acknowledgements. Choose Create planning structure in the Structure view (it does not touch your data), then acknowledge again.",
  },
  acksColumnsMissing: {
    sv: "Rådsplans tabell för kvitteringar saknar kolumnerna Regel och Nyckel. Välj Skapa planeringsstruktur i vyn Struktur för att lägga till dem och kvittera sedan igen.",
    en: "Rådsplan's table of acknowledgements lacks the columns Rule and Key. Choose Create planning structure in the Structure view to add them, then acknowledge again.",
  },
  acksRowBelowTaken: (sheet: string): Text => ({
    sv: `Kvitteringen kunde inte sparas: raden under kvitteringstabellen på bladet "${sheet}" innehåller annat. Ingenting ändrades. Visa bladet, flytta innehållet under tabellen och försök igen.`,
    en: `The acknowledgement could not be saved: the row below the acknowledgements table on the sheet "${sheet}" holds other content. Nothing was changed. Unhide the sheet, move the content below the table and try again.`,
  }),
} as const;

/** The ribbon's "Kontrollera" command: the line it reports (also the Kontroll sheet's title). */
export const ribbonCheckText = {
  done: (summary: Text, sheet: string): Text => ({
    sv: `Kontroll klar: ${summary.sv}. Resultatet finns på bladet ${sheet}.`,
    en: `Check done: ${summary.en}. The result is on the sheet ${sheet}.`,
  }),
  notWritten: (summary: Text): Text => ({
    sv: `Kontroll klar: ${summary.sv}. Resultatet kunde inte skrivas till något blad; öppna Rådsplan för att se fynden.`,
    en: `Check done: ${summary.en}. The result could not be written to a sheet; open Rådsplan to see the findings.`,
  }),
} as const;
