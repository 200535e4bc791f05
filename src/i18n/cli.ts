// The command line's own user-facing strings (help, argument and file problems,
// what each command did), each in Swedish and English. `{name}` marks a
// placeholder that tr() fills in. Finding texts and structure outcomes come
// from i18n/rules.ts and i18n/ui.ts, so the CLI says exactly what the add-in says.

import type { Text } from "../base/text";
import { fillCounts, type Plural } from "./plural";

/** `radsplan --help` is the title, the usage and the details, in that order; argument errors show the usage. */
export const help = {
  title: {
    sv: "radsplan – Rådsplan på kommandoraden (planering och uppföljning för det brottsförebyggande rådet)",
    en: "radsplan – Rådsplan on the command line (planning and follow-up for the crime-prevention council)",
  },
  usage: {
    sv: `Användning:
  radsplan init <fil.xlsx> [--lang sv|en] [--example]
  radsplan check <fil.xlsx>... [--year ÅÅÅÅ] [--date ÅÅÅÅ-MM-DD] [--json] [--progress] [--lang sv|en]
  radsplan report <fil.xlsx> --year ÅÅÅÅ [--out <kopia.xlsx>] [--docx <rapport.docx>] [--replace] [--lang sv|en]
  radsplan kolada <fil.xlsx> --municipality <kommunkod> [--years ÅÅÅÅ-ÅÅÅÅ] [--group <grupp-id>] [--year ÅÅÅÅ]
                  [--out <kopia.xlsx>] [--replace] [--dry-run] [--lang sv|en]
  radsplan --help | --version`,
    en: `Usage:
  radsplan init <file.xlsx> [--lang sv|en] [--example]
  radsplan check <file.xlsx>... [--year YYYY] [--date YYYY-MM-DD] [--json] [--progress] [--lang sv|en]
  radsplan report <file.xlsx> --year YYYY [--out <copy.xlsx>] [--docx <report.docx>] [--replace] [--lang sv|en]
  radsplan kolada <file.xlsx> --municipality <code> [--years YYYY-YYYY] [--group <group id>] [--year YYYY]
                  [--out <copy.xlsx>] [--replace] [--dry-run] [--lang sv|en]
  radsplan --help | --version`,
  },
  details: {
    sv: `Kommandon:
  init    Skapar planeringsbladen som saknas i en ny eller befintlig arbetsbok. Inget tas bort.
          Finns filen inte skapas den. --example fyller i exempelplanen (Umeå) i tomma tabeller.
  check   Kontrollerar planen och skriver ut fynden: allvarlighet, regel, blad!cell och meddelande.
          Flera filer ger en sammanställning på slutet. --json skriver fynden som JSON.
          --year väljer uppföljningsår, --date referensdatum (standard: i dag).
          Skriver aldrig till filen.
  report  Skriver bladen Uppföljning och Verksamhetsberättelse ÅÅÅÅ för året. Med --out skrivs de
          i en kopia och originalet lämnas orört; utan --out skrivs de i filen själv.
          --docx skriver dessutom verksamhetsberättelsen som Word-dokument.
  kolada  Hämtar Kolada-statistik för indikatorer med ett Kolada-KPI: kommunens värden till Mätvärden,
          Riket och (med --group) en kommungrupp till Jämförelsevärden. Visar först vad som ändras;
          värden som skiljer sig från dina skrivs aldrig över. --years väljer år (standard: Basår till
          uppföljningsåret), --dry-run visar bara förhandsgranskningen. Med --out skrivs en kopia.
          Adressen är https://api.kolada.se/v3, eller RADSPLAN_KOLADA_URL. Bara kommunkod,
          grupp-id, KPI-id och år skickas.

--lang väljer språk för utskrifter och för nya blad (standard: arbetsbokens språk).
Filer sparas säkert: först till en tillfällig fil i samma mapp, som sedan ersätter originalet.
Innehåller arbetsboken något radsplan inte kan behålla (t.ex. sammanfogade celler, kantlinjer,
namngivna områden) skrivs den inte över; report kan då skriva i en kopia med --out.
En fil som --out eller --docx pekar på och som redan finns ersätts bara med --replace.

Slutkoder:
  0  klart; check hittade inga fel
  1  check hittade fel
  2  en fil kunde inte läsas eller sparas, argumenten är fel, eller kommandot kunde inte utföras`,
    en: `Commands:
  init    Creates the planning sheets a new or existing workbook lacks. Nothing is removed.
          A missing file is created. --example fills the example plan (Umeå) into empty tables.
  check   Checks the plan and prints the findings: severity, rule, sheet!cell and message.
          Several files end with a summary table. --json prints the findings as JSON.
          --year picks the follow-up year, --date the reference date (default: today).
          Never writes to the file.
  report  Writes the Follow-up and Annual report YYYY sheets for the year. With --out they go
          into a copy and the original is left untouched; without --out into the file itself.
          --docx also writes the annual report as a Word document.
  kolada  Fetches Kolada statistics for indicators with a Kolada KPI: the municipality's values into
          Measurements, Riket and (with --group) a municipality group into Comparisons. Shows first
          what changes; values that differ from yours are never written over. --years picks the
          years (default: Base year to the follow-up year), --dry-run only shows the preview. With
          --out a copy is written. The address is https://api.kolada.se/v3, or RADSPLAN_KOLADA_URL.
          Only the municipality code, group id, KPI ids and years are sent.

--lang picks the language of the output and of new sheets (default: the workbook's language).
Files are saved safely: first to a temporary file in the same folder, which then replaces the original.
If the workbook holds something radsplan cannot keep (e.g. merged cells, borders, named ranges),
it is not written over; report can then write into a copy with --out.
A file --out or --docx names that already exists is replaced only with --replace.

Exit codes:
  0  done; check found no errors
  1  check found errors
  2  a file could not be read or saved, the arguments are wrong, or the command could not be carried out`,
  },
} as const satisfies Record<string, Text>;

/** What `radsplan kolada` prints: the preview per indicator and what was written. */
export const koladaOutText = {
  heading: { sv: "Kolada ({url}): {areas}, hämtat {date}", en: "Kolada ({url}): {areas}, fetched {date}" },
  indicator: { sv: "{id} {name} ({kpi})", en: "{id} {name} ({kpi})" },
  add: { sv: "  läggs till i {table}{area}: {items}", en: "  added to {table}{area}: {items}" },
  differs: { sv: "  skiljer sig från ditt värde, behålls{area}: {items}", en: "  differs from your value, kept{area}: {items}" },
  differsItem: { sv: "{year} ditt {yours} / Kolada {kolada}", en: "{year} yours {yours} / Kolada {kolada}" },
  missing: { sv: "  saknas hos Kolada, skrivs inte{area}: {years}", en: "  missing in Kolada, not written{area}: {years}" },
  preliminary: { sv: "prel.", en: "prel." },
  nothing: { sv: "  inget nytt", en: "  nothing new" },
  /** What was written, each count a clause below. */
  written: { sv: "Skrev {measurements} och {comparisons} i {file}; {kept}.", en: "Wrote {measurements} and {comparisons} in {file}; {kept}." },
  writtenMeasurements: {
    one: { sv: "{n} rad i Mätvärden", en: "{n} row into Measurements" },
    other: { sv: "{n} rader i Mätvärden", en: "{n} rows into Measurements" },
  },
  writtenComparisons: {
    one: { sv: "{n} rad i Jämförelsevärden", en: "{n} row into Comparisons" },
    other: { sv: "{n} rader i Jämförelsevärden", en: "{n} rows into Comparisons" },
  },
  writtenKept: {
    one: { sv: "{n} värde som skiljer sig från ditt behölls", en: "{n} value that differs from yours was kept" },
    other: { sv: "{n} värden som skiljer sig från dina behölls", en: "{n} values that differ from yours were kept" },
  },
  dryRun: { sv: "Inget skrevs (--dry-run).", en: "Nothing was written (--dry-run)." },
  unchanged: { sv: "Inget nytt från Kolada; {file} lämnades orörd.", en: "Nothing new from Kolada; {file} was left untouched." },
} as const satisfies Record<string, Text | Plural>;

/** `radsplan kolada`'s last line: "Skrev 1 rad i Mätvärden och 2 rader i Jämförelsevärden i fil.xlsx; 1 värde som skiljer sig från ditt behölls." */
export function koladaWrittenText(r: { measurements: number; comparisons: number; kept: number }, file: string): Text {
  const o = koladaOutText;
  return fillCounts(o.written, { measurements: [r.measurements, o.writtenMeasurements], comparisons: [r.comparisons, o.writtenComparisons], kept: [r.kept, o.writtenKept] }, { file });
}


/** Problems with the command line itself (exit code 2). */
export const argText = {
  usageHint: { sv: "Skriv radsplan --help för hjälp.", en: "Run radsplan --help for help." },
  missingCommand: {
    sv: "Ange ett kommando: init, check, report eller kolada.",
    en: "Give a command: init, check, report or kolada.",
  },
  unknownCommand: {
    sv: "Okänt kommando ”{command}”. Kommandona är init, check, report och kolada.",
    en: "Unknown command “{command}”. The commands are init, check, report and kolada.",
  },
  unknownOption: {
    sv: "Okänd flagga ”{option}” för {command}.",
    en: "Unknown option “{option}” for {command}.",
  },
  missingValue: {
    sv: "Flaggan {option} behöver ett värde, till exempel {option} {example}.",
    en: "The option {option} needs a value, for example {option} {example}.",
  },
  unexpectedValue: {
    sv: "Flaggan {option} tar inget värde.",
    en: "The option {option} takes no value.",
  },
  repeatedOption: {
    sv: "Flaggan {option} är angiven mer än en gång.",
    en: "The option {option} is given more than once.",
  },
  missingFile: {
    sv: "Ange vilken .xlsx-fil {command} ska arbeta med.",
    en: "Name the .xlsx file {command} should work on.",
  },
  oneFileOnly: {
    sv: "{command} arbetar med en fil i taget, men fick {n}.",
    en: "{command} works on one file at a time, but got {n}.",
  },
  badYear: {
    sv: "”{value}” är inget år. Skriv året med fyra siffror, till exempel 2025.",
    en: "“{value}” is not a year. Write the year with four digits, for example 2025.",
  },
  badYears: {
    sv: "”{value}” är inget årsintervall. Skriv till exempel --years 2015-2025.",
    en: "“{value}” is not a span of years. Write for example --years 2015-2025.",
  },
  badDate: {
    sv: "”{value}” är inget datum. Skriv det ÅÅÅÅ-MM-DD, till exempel 2025-03-01.",
    en: "“{value}” is not a date. Write it YYYY-MM-DD, for example 2025-03-01.",
  },
  badLang: {
    sv: "”{value}” är inget språk som stöds. Välj sv eller en.",
    en: "“{value}” is not a supported language. Choose sv or en.",
  },
  yearRequired: {
    sv: "report behöver året som ska följas upp, till exempel --year 2025.",
    en: "report needs the year to follow up, for example --year 2025.",
  },
  needsXlsxName: {
    sv: "”{file}” slutar inte på .xlsx. Ge arbetsboken ett namn som slutar på .xlsx.",
    en: "“{file}” does not end in .xlsx. Give the workbook a name ending in .xlsx.",
  },
  needsDocxName: {
    sv: "”{file}” slutar inte på .docx. Ge Word-rapporten ett namn som slutar på .docx.",
    en: "“{file}” does not end in .docx. Give the Word report a name ending in .docx.",
  },
} as const satisfies Record<string, Text>;

/** Problems reading or saving a file (exit code 2). */
export const fileText = {
  notFound: {
    sv: "”{file}” hittades inte. Kontrollera sökvägen och filnamnet.",
    en: "“{file}” was not found. Check the path and the file name.",
  },
  isDirectory: {
    sv: "”{file}” är en mapp, inte en Excel-fil. Ange en .xlsx-fil.",
    en: "“{file}” is a folder, not an Excel file. Name an .xlsx file.",
  },
  notXlsx: {
    sv: "”{file}” är inte en Excel .xlsx-fil. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).",
    en: "“{file}” is not an Excel .xlsx file. Open it in Excel and save it as an Excel Workbook (.xlsx).",
  },
  protectedOrOld: {
    sv: "”{file}” är inte en Excel .xlsx-fil (den är lösenordsskyddad eller i det gamla .xls-formatet). Ta bort lösenordet eller spara den som Excel-arbetsbok (.xlsx).",
    en: "“{file}” is not an Excel .xlsx file (it is password-protected or in the old .xls format). Remove the password or save it as an Excel Workbook (.xlsx).",
  },
  macroEnabled: {
    sv: "”{file}” är en makroaktiverad arbetsbok (.xlsm), inte en Excel .xlsx-fil. Spara en kopia som Excel-arbetsbok (.xlsx) och använd den.",
    en: "“{file}” is a macro-enabled workbook (.xlsm), not an Excel .xlsx file. Save a copy as an Excel Workbook (.xlsx) and use that.",
  },
  empty: {
    sv: "”{file}” är tom (0 byte), inte en arbetsbok. Kontrollera att det är rätt fil och att den sparats klart.",
    en: "“{file}” is empty (0 bytes), not a workbook. Check that it is the right file and that it was saved completely.",
  },
  openDocument: {
    sv: "”{file}” är ett OpenDocument-kalkylark (.ods), inte en Excel .xlsx-fil. Öppna den i LibreOffice eller Excel och spara den som Excel-arbetsbok (.xlsx).",
    en: "“{file}” is an OpenDocument spreadsheet (.ods), not an Excel .xlsx file. Open it in LibreOffice or Excel and save it as an Excel Workbook (.xlsx).",
  },
  damagedZip: {
    sv: "”{file}” är skadad: filen är ofullständig eller trasig (till exempel avbruten under kopiering). Hämta en hel kopia, eller öppna den i Excel och låt Excel reparera den.",
    en: "“{file}” is damaged: the file is incomplete or broken (cut off while copying, for example). Get a whole copy, or open it in Excel and let Excel repair it.",
  },
  strict: {
    sv: "”{file}” är sparad som Strikt Open XML-kalkylblad, som Rådsplan inte kan läsa. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).",
    en: "“{file}” is saved as a Strict Open XML Spreadsheet, which Rådsplan cannot read. Open it in Excel and save it as an Excel Workbook (.xlsx).",
  },
  missingPart: {
    sv: "”{file}” är skadad: delen {part} som arbetsboken hänvisar till saknas. Öppna den i Excel och låt Excel reparera den, och spara den sedan igen.",
    en: "“{file}” is damaged: the part {part} the workbook refers to is missing. Open it in Excel, let Excel repair it, then save it again.",
  },
  damagedPart: {
    sv: "”{file}” är skadad: delen {part} är inte giltig XML. Öppna den i Excel och låt Excel reparera den, och spara den sedan igen.",
    en: "“{file}” is damaged: the part {part} is not valid XML. Open it in Excel, let Excel repair it, then save it again.",
  },
  unreadable: {
    sv: "”{file}” kunde inte läsas som arbetsbok: den är skadad eller innehåller något Rådsplan inte kan läsa. Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och försök igen.",
    en: "“{file}” could not be read as a workbook: it is damaged or holds something Rådsplan cannot read. Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.",
  },
  noAccess: {
    sv: "”{file}” kunde inte läsas ({detail}). Kontrollera att du har behörighet till filen.",
    en: "“{file}” could not be read ({detail}). Check that you have permission to read the file.",
  },
  writeFailed: {
    sv: "”{file}” kunde inte sparas ({detail}). Filen lämnades som den var. Stäng den i Excel om den är öppen, kontrollera behörighet och ledigt utrymme, och försök igen.",
    en: "“{file}” could not be saved ({detail}). The file was left as it was. Close it in Excel if it is open, check permissions and free space, and try again.",
  },
  busy: {
    sv: "”{file}” sparas just nu av en annan radsplan-körning (process {pid}). Ingenting sparades; vänta tills den är klar och kör kommandot igen.",
    en: "“{file}” is being saved by another radsplan run right now (process {pid}). Nothing was saved; wait for it to finish and run the command again.",
  },
  changedMeanwhile: {
    sv: "”{file}” ändrades av något annat medan radsplan arbetade. Ingenting sparades; kör kommandot igen.",
    en: "“{file}” was changed by something else while radsplan was working. Nothing was saved; run the command again.",
  },
  outExists: {
    sv: "”{file}” finns redan, och radsplan skriver inte över en annan fil. Ingenting ändrades. Välj ett nytt filnamn, eller lägg till --replace för att ersätta filen.",
    en: "“{file}” already exists, and radsplan does not write over another file. Nothing was changed. Choose a new file name, or add --replace to replace that file.",
  },
  sameFile: {
    sv: "--docx och arbetsboken pekar på samma fil, ”{file}”. Välj olika filnamn.",
    en: "--docx and the workbook name the same file, “{file}”. Choose different file names.",
  },
  docxNotWritten: {
    sv: "Word-rapporten ”{file}” kunde inte göras ({detail}) och skrevs inte. Bladen är sparade i ”{workbook}”. Försök igen; kvarstår felet, rapportera det med kommandot du körde.",
    en: "The Word report “{file}” could not be made ({detail}) and was not written. The sheets are saved in “{workbook}”. Try again; if it persists, report it with the command you ran.",
  },
  unexpected: {
    sv: "radsplan stannade på ett oväntat fel ({detail}). Ingen fil ändrades. Försök igen; kvarstår felet, rapportera det med kommandot du körde.",
    en: "radsplan stopped on an unexpected error ({detail}). No file was changed. Try again; if it persists, report it with the command you ran.",
  },
} as const satisfies Record<string, Text>;

/** What `init` and `report` say they did, and what `check` prints around the findings. */
export const outcomeText = {
  created: { sv: "Skapade den nya arbetsboken {file}.", en: "Created the new workbook {file}." },
  saved: { sv: "Sparade {file}.", en: "Saved {file}." },
  unchanged: { sv: "{file} behövde inte ändras och lämnades orörd.", en: "{file} needed no change and was left untouched." },
  reportSheets: { sv: "Skrev bladen {sheets} i {file}.", en: "Wrote the sheets {sheets} into {file}." },
  reportDocx: { sv: "Skrev Word-rapporten {file}.", en: "Wrote the Word report {file}." },
  notice: { sv: "Obs: {text}", en: "Note: {text}" },
  checkRun: {
    sv: "Referensdatum {date} · uppföljningsår {year}",
    en: "Reference date {date} · follow-up year {year}",
  },
  acknowledged: { sv: "kvitterad: {justification}", en: "acknowledged: {justification}" },
  progress: { sv: "Kontrollerar {i}/{n}: {file}", en: "Checking {i}/{n}: {file}" },
  summaryTitle: { sv: "Sammanställning", en: "Summary" },
  colFile: { sv: "Fil", en: "File" },
  colErrors: { sv: "Fel", en: "Errors" },
  colWarnings: { sv: "Varningar", en: "Warnings" },
  colInfo: { sv: "Info", en: "Info" },
  notRead: { sv: "kunde inte läsas", en: "could not be read" },
  total: { sv: "Totalt", en: "Total" },
} as const satisfies Record<string, Text>;

/** What a save through the in-memory Excel would lose (see src/cli/fidelity.ts), and what to do instead. */
export const lossText = {
  features: {
    values: { sv: "cellvärden", en: "cell values" },
    merged: { sv: "sammanfogade celler", en: "merged cells" },
    conditionalFormats: { sv: "villkorsstyrd formatering", en: "conditional formatting" },
    comments: { sv: "kommentarer", en: "comments" },
    pictures: { sv: "bilder", en: "pictures" },
    shapes: { sv: "former och textrutor", en: "shapes and text boxes" },
    charts: { sv: "diagram", en: "charts" },
    ownCharts: { sv: "egna diagram på ett blad som Rådsplan skapar på nytt", en: "charts of your own on a sheet Rådsplan makes anew" },
    borders: { sv: "kantlinjer", en: "borders" },
    themeColours: { sv: "temafärger", en: "theme colours" },
    otherFills: { sv: "mönster- och toningsfyllningar", en: "pattern and gradient fills" },
    protection: { sv: "skydd av blad eller arbetsbok", en: "sheet or workbook protection" },
    definedNames: { sv: "namngivna områden", en: "named ranges" },
    pivotTables: { sv: "pivottabeller", en: "pivot tables" },
    externalLinks: { sv: "länkar till andra arbetsböcker", en: "links to other workbooks" },
    hiddenRows: { sv: "dolda rader", en: "hidden rows" },
    hiddenColumns: { sv: "dolda kolumner", en: "hidden columns" },
    filters: { sv: "filter", en: "filters" },
    outlines: { sv: "grupperingar (disposition)", en: "outlines (grouped rows or columns)" },
    richText: { sv: "text med blandad formatering", en: "rich text" },
    arrayFormulas: { sv: "matrisformler", en: "array formulas" },
    sharedFormulas: { sv: "delade formler", en: "shared formulas" },
    validations: { sv: "dataverifieringar", en: "data validations" },
    movedCells: {
      sv: "egna celler direkt till höger om en tabell som behöver en ny kolumn",
      en: "cells of your own right beside a table that needs a new column",
    },
    inputMessages: { sv: "inmatningsmeddelanden i dataverifieringar", en: "input messages of data validations" },
    hyperlinks: { sv: "länkar", en: "hyperlinks" },
    tables: { sv: "tabeller", en: "tables" },
    dateSystem: { sv: "datumsystemet 1904", en: "the 1904 date system" },
    otherParts: { sv: "innehåll som andra program sparat i filen", en: "content other programs saved in the file" },
  },
  onSheets: { sv: "{feature} (bladet {sheets})", en: "{feature} (sheet {sheets})" },
  refused: {
    sv: "”{file}” innehåller {features}, som radsplan inte kan behålla när arbetsboken sparas. Ingenting ändrades. {advice}",
    en: "“{file}” holds {features}, which radsplan cannot keep when it saves the workbook. Nothing was changed. {advice}",
  },
  useAddin: {
    sv: "Gör det här i Excel med tillägget Rådsplan i stället; där behålls allt.",
    en: "Do this in Excel with the Rådsplan add-in instead; it keeps everything.",
  },
  moveCellsAway: {
    sv: "Den nya kolumnen skulle flytta dem utan deras kommentarer, sammanfogningar och formlerna som pekar på dem. Flytta dina celler så att kolumnen till höger om tabellen är tom (eller gör det här i Excel med tillägget Rådsplan), och kör igen.",
    en: "The new column would move them without their comments, merges and the formulas that point at them. Move your cells so that the column right of the table is empty (or do this in Excel with the Rådsplan add-in), and run again.",
  },
  useOut: {
    sv: "Skriv bladen i en kopia med --out <kopia.xlsx>, eller gör det här i Excel med tillägget Rådsplan.",
    en: "Write the sheets into a copy with --out <copy.xlsx>, or do this in Excel with the Rådsplan add-in.",
  },
  moveOwnCharts: {
    sv: "Flytta dina diagram till ett eget blad (Rådsplan skapar sina blad på nytt varje gång, även i Excel) och kör kommandot igen, eller skriv bladen i en kopia med --out <kopia.xlsx>.",
    en: "Move your charts to a sheet of your own (Rådsplan makes its sheets anew every time, in Excel too) and run the command again, or write the sheets into a copy with --out <copy.xlsx>.",
  },
  copyLacks: {
    sv: "Kopian saknar {features} som finns i originalet; originalet är oförändrat.",
    en: "The copy lacks {features} that the original holds; the original is unchanged.",
  },
} as const;
