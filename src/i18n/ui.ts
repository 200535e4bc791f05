// The task pane's own user-facing strings (shell, Struktur view, outside-Excel
// notice), each in Swedish and English (a text with a count in its two forms,
// see ./plural.ts). `{name}` marks a placeholder that tr()/useT() fills in.

import type { Text } from "../base/text";
import type { Plural } from "./plural";

/** The app shell: title, language switch, tabs, view loading. */
export const shell = {
  appName: { sv: "Rådsplan", en: "Rådsplan" },
  tagline: {
    sv: "Planering och uppföljning för det brottsförebyggande rådet",
    en: "Planning and follow-up for the crime-prevention council",
  },
  language: { sv: "Språk", en: "Language" },
  /** Each language's name in its own language, as language pickers show them. */
  languageNames: { sv: "Svenska", en: "English" },
  views: { sv: "Vyer", en: "Views" },
  tabStructure: { sv: "Struktur", en: "Structure" },
  tabChecks: { sv: "Kontroll", en: "Checks" },
  tabFollowUp: { sv: "Uppföljning", en: "Follow-up" },
  tabStatistics: { sv: "Statistik", en: "Statistics" },
  loadingView: { sv: "Laddar vyn…", en: "Loading the view…" },
  notBuiltTitle: { sv: "Kommer snart", en: "Coming soon" },
  notBuilt: {
    sv: "Vyn ”{view}” är inte byggd ännu. Den läggs till i en kommande version av Rådsplan.",
    en: "The “{view}” view is not built yet. It comes in a later version of Rådsplan.",
  },
  viewFailedTitle: { sv: "Vyn kunde inte visas", en: "The view could not be shown" },
  viewFailed: {
    sv: "Stäng och öppna aktivitetsfönstret igen. Kvarstår felet, starta om Excel. Felet: {detail}",
    en: "Close and reopen the task pane. If it persists, restart Excel. The error: {detail}",
  },
  retry: { sv: "Försök igen", en: "Try again" },
} as const satisfies Record<string, Text>;

/** Shown when the pane is opened outside Excel (a plain browser, or Office.js missing). */
export const outside = {
  title: { sv: "Rådsplan körs inte i Excel", en: "Rådsplan is not running in Excel" },
  body: {
    sv: "Rådsplan är ett tillägg för Excel. Öppna det från fliken Start i Excel (knappen Rådsplan), eller prova det i webbläsaren med förhandsvisningen.",
    en: "Rådsplan is an Excel add-in. Open it from the Home tab in Excel (the Rådsplan button), or try it in the browser with the preview.",
  },
  noOffice: {
    sv: "Office.js kunde inte laddas. Kontrollera internetanslutningen och ladda om sidan.",
    en: "Office.js could not be loaded. Check the internet connection and reload the page.",
  },
  otherHost: {
    sv: "Det här programmet ({host}) stöds inte. Rådsplan fungerar bara i Excel.",
    en: "This application ({host}) is not supported. Rådsplan works in Excel only.",
  },
  previewLink: { sv: "Öppna förhandsvisningen", en: "Open the preview" },
} as const satisfies Record<string, Text>;

/** The Struktur view. */
export const structure = {
  heading: { sv: "Planeringsstruktur", en: "Planning structure" },
  intro: {
    sv: "Planen hålls i elva blad med en tabell vardera. Rådsplan skapar det som saknas och rör aldrig dina data.",
    en: "The plan lives in eleven sheets with one table each. Rådsplan creates what is missing and never touches your data.",
  },
  reading: { sv: "Läser arbetsboken…", en: "Reading the workbook…" },
  tableCaption: { sv: "Planeringsbladen i arbetsboken", en: "The planning sheets in this workbook" },
  colSheet: { sv: "Blad", en: "Sheet" },
  colTable: { sv: "Tabell", en: "Table" },
  colState: { sv: "Status", en: "Status" },
  present: { sv: "Finns", en: "Present" },
  missing: { sv: "Saknas", en: "Missing" },
  missingColumns: { sv: "Saknar kolumner: {columns}", en: "Missing columns: {columns}" },
  layoutVersion: { sv: "Layoutversion: {version}", en: "Layout version: {version}" },
  layoutNone: {
    sv: "Layoutversion: ingen (strukturen är inte skapad av Rådsplan)",
    en: "Layout version: none (the structure was not created by Rådsplan)",
  },
  summaryAllPresent: { sv: "Alla elva blad finns.", en: "All eleven sheets are present." },
  /** Counted by {missing}. */
  summaryIncomplete: {
    one: { sv: "{missing} av {total} blad saknas eller är ofullständigt.", en: "{missing} of {total} sheets is missing or incomplete." },
    other: { sv: "{missing} av {total} blad saknas eller är ofullständiga.", en: "{missing} of {total} sheets are missing or incomplete." },
  },
  create: { sv: "Skapa planeringsstruktur", en: "Create planning structure" },
  createHint: {
    sv: "Lägger till blad, tabeller och kolumner som saknas. Befintliga data och format lämnas orörda.",
    en: "Adds missing sheets, tables and columns. Existing data and formatting are left untouched.",
  },
  example: { sv: "Fyll i exempelplan (Umeå)", en: "Fill in example plan (Umeå)" },
  exampleHint: {
    sv: "Fyller de tomma tabellerna med en exempelplan byggd på Umebrå, att utgå från eller öva på.",
    en: "Fills the empty tables with an example plan based on Umebrå, to start from or practise on.",
  },
  exampleDisabled: {
    sv: "Exempelplanen kan bara fyllas i när planeringstabellerna är tomma.",
    en: "The example plan can only be filled in while the planning tables are empty.",
  },
  refresh: { sv: "Läs om arbetsboken", en: "Read the workbook again" },
  creating: { sv: "Skapar planeringsstrukturen…", en: "Creating the planning structure…" },
  filling: { sv: "Fyller i exempelplanen…", en: "Filling in the example plan…" },
  createdTitle: { sv: "Planeringsstrukturen är klar", en: "The planning structure is ready" },
  exampleTitle: { sv: "Exempelplanen är ifylld", en: "The example plan is filled in" },
  exampleRows: { one: { sv: "{n} rad lades till.", en: "{n} row was added." }, other: { sv: "{n} rader lades till.", en: "{n} rows were added." } },
  nothingAdded: {
    sv: "Inget behövde läggas till: allt fanns redan.",
    en: "Nothing needed adding: everything was already there.",
  },
  addedSheets: { sv: "Nya blad: {list}", en: "New sheets: {list}" },
  addedTables: { sv: "Nya tabeller: {list}", en: "New tables: {list}" },
  addedColumns: { sv: "Nya kolumner: {list}", en: "New columns: {list}" },
  noticesTitle: {
    sv: "Saknas i den här versionen av Excel",
    en: "Not available in this version of Excel",
  },
  readFailed: { sv: "Arbetsboken kunde inte läsas", en: "The workbook could not be read" },
  createFailed: { sv: "Strukturen kunde inte skapas", en: "The structure could not be created" },
  exampleFailed: { sv: "Exempelplanen kunde inte fyllas i", en: "The example plan could not be filled in" },
} as const satisfies Record<string, Text | Plural>;

/** Messages for failures the pane has no specific text for. */
export const errors = {
  generic: {
    sv: "Något oväntat gick fel. Försök igen; kvarstår felet, spara arbetsboken och starta om Excel. Felet: {detail}",
    en: "Something unexpected went wrong. Try again; if it persists, save the workbook and restart Excel. The error: {detail}",
  },
  unknownDetail: { sv: "okänt fel", en: "unknown error" },
  dismiss: { sv: "Stäng meddelandet", en: "Dismiss the message" },
} as const satisfies Record<string, Text>;

