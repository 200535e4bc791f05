// Messages of the "create structure" and "example plan" commands and of the
// Excel layer they run on (notices about features this Excel lacks, and the
// bilingual explanation of every Office error a user can meet).

import type { Text } from "../base/text";
import { formatNumber } from "./format";
import { plural } from "./plural";

/** What the structure command says about its own work. */
export const structureText = {
  cellTextCut: (count: number, sheet: string, first: string): Text => {
    const sv = `skulle få mer än Excels gräns på 32 767 tecken; texten kortades och slutar med ”…”. Hela texten finns kvar där den skrevs in.`;
    const en = `would hold more than Excel's limit of 32 767 characters; the text was cut and ends in “…”. The whole text is still where it was typed.`;
    return plural(count, {
      one: { sv: `En cell på bladet ”${sheet}” (${first}) ${sv}`, en: `One cell on the sheet “${sheet}” (${first}) ${en}` },
      other: { sv: `${formatNumber(count, "sv")} celler på bladet ”${sheet}” (först ${first}) ${sv}`, en: `${formatNumber(count, "en")} cells on the sheet “${sheet}” (first ${first}) ${en}` },
    });
  },
  nothingChanged: {
    sv: "Strukturen är redan komplett. Ingenting ändrades.",
    en: "The structure is already complete. Nothing was changed.",
  },
  sheetNameTaken: (wanted: string, used: string, table: string): Text => ({
    sv: `Bladet "${wanted}" finns redan och innehåller annat. Det lämnades orört och tabellen ${table} skapades på ett nytt blad, "${used}".`,
    en: `The sheet "${wanted}" already exists and holds other content. It was left untouched and the table ${table} was created on a new sheet, "${used}".`,
  }),
  validationUnsupported: {
    sv: "Den här Excel-versionen saknar stöd för rullgardinslistor (ExcelApi 1.8), så de skapades inte. Allt annat skapades. Öppna arbetsboken i Excel på webben eller i Microsoft 365 och kör \"Skapa struktur\" igen för att lägga till dem.",
    en: "This version of Excel does not support dropdown lists (ExcelApi 1.8), so they were not created. Everything else was. Open the workbook in Excel on the web or Microsoft 365 and run \"Create structure\" again to add them.",
  },
  pageLayoutUnsupported: {
    sv: "Den här Excel-versionen saknar stöd för utskriftsinställningar (ExcelApi 1.9), så de hoppades över. Ställ in liggande A4 under Arkiv > Skriv ut om du vill skriva ut.",
    en: "This version of Excel does not support print settings (ExcelApi 1.9), so they were skipped. Choose landscape A4 under File > Print if you want to print.",
  },
  resizeUnsupported: {
    sv: "Den här Excel-versionen kan inte ändra storlek på en tabell (ExcelApi 1.13), så en tabell fick inte alla rader. Uppdatera Excel eller använd Excel på webben och försök igen.",
    en: "This version of Excel cannot resize a table (ExcelApi 1.13), so a table did not get all its rows. Update Excel or use Excel on the web and try again.",
  },
  exampleBlocked: (table: string, sheet: string): Text => ({
    sv: `Exemplet behöver raderna under tabellen ${table} på bladet "${sheet}", men där finns annat innehåll. Ingenting ändrades. Flytta innehållet under tabellen och försök igen.`,
    en: `The example needs the rows below the table ${table} on the sheet "${sheet}", but they hold other content. Nothing was changed. Move the content below the table and try again.`,
  }),
  exampleRefused: (table: string, sheet: string): Text => ({
    sv: `Exempelplanen kan bara fyllas i en arbetsbok utan planeringsdata, men tabellen ${table} på bladet "${sheet}" innehåller redan data. Ingenting ändrades. Öppna en ny, tom arbetsbok och fyll i exemplet där.`,
    en: `The example plan can only be filled into a workbook without planning data, but the table ${table} on the sheet "${sheet}" already holds data. Nothing was changed. Open a new, empty workbook and fill in the example there.`,
  }),
} as const;

/** Office error codes (Excel.ErrorCodes) turned into what happened and what to do. */
export const officeErrorText: Record<string, Text> = {
  PropertyNotLoaded: {
    sv: "Rådsplan försökte läsa något ur arbetsboken innan Excel hade lämnat det. Försök igen; om felet kvarstår, ladda om tillägget.",
    en: "Rådsplan tried to read something from the workbook before Excel had delivered it. Try again; if the error remains, reload the add-in.",
  },
  ItemNotFound: {
    sv: "Ett blad eller en tabell som Rådsplan behöver finns inte längre (den kan ha döpts om eller tagits bort). Kör \"Skapa struktur\" och försök igen.",
    en: "A sheet or table Rådsplan needs no longer exists (it may have been renamed or deleted). Run \"Create structure\" and try again.",
  },
  ItemAlreadyExists: {
    sv: "Ett blad eller en tabell med samma namn finns redan. Byt namn på det befintliga bladet eller tabellen och försök igen.",
    en: "A sheet or table of the same name already exists. Rename the existing sheet or table and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    sv: "Ändringen blev för stor för att skicka till Excel på en gång (gränsen är 5 MB). Dela upp datan på färre rader och försök igen.",
    en: "The change was too large to send to Excel at once (the limit is 5 MB). Split the data into fewer rows and try again.",
  },
  ResponsePayloadSizeLimitExceeded: {
    sv: "Arbetsboken är för stor för att läsas på en gång (gränsen är 5 MB). Ta bort tomma rader under tabellerna eller flytta gamla år till en annan arbetsbok och försök igen.",
    en: "The workbook is too large to read at once (the limit is 5 MB). Delete empty rows below the tables or move old years to another workbook and try again.",
  },
  InvalidArgument: {
    sv: "Excel godtog inte ett värde eller en cellreferens. Kontrollera att tabellerna inte har flyttats eller slagits ihop med andra celler och försök igen.",
    en: "Excel rejected a value or cell reference. Check that the tables have not been moved or merged with other cells and try again.",
  },
  InvalidReference: {
    sv: "En cellreferens pekar utanför bladet eller på celler som inte finns. Kontrollera tabellerna och försök igen.",
    en: "A cell reference points outside the sheet or at cells that do not exist. Check the tables and try again.",
  },
  InvalidOperation: {
    sv: "Excel kunde inte utföra ändringen i arbetsbokens nuvarande läge. Stäng dialogrutor och filter, och försök igen.",
    en: "Excel could not make the change in the workbook's current state. Close dialogs and filters, and try again.",
  },
  InvalidOperationInCellEditMode: {
    sv: "Excel redigerar en cell just nu. Tryck Enter eller Esc för att lämna cellen och försök igen.",
    en: "Excel is editing a cell right now. Press Enter or Esc to leave the cell and try again.",
  },
  AccessDenied: {
    sv: "Arbetsboken eller bladet är skyddat. Ta bort skyddet (Granska > Ta bort skydd) och försök igen.",
    en: "The workbook or sheet is protected. Remove the protection (Review > Unprotect) and try again.",
  },
  Conflict: {
    sv: "Någon annan ändrade arbetsboken samtidigt. Vänta ett ögonblick och försök igen.",
    en: "Someone else changed the workbook at the same time. Wait a moment and try again.",
  },
  InsertDeleteConflict: {
    sv: "Ändringen krockar med sammanslagna celler, filter eller en annan tabell intill. Flytta innehållet bredvid tabellen och försök igen.",
    en: "The change collides with merged cells, a filter or another table next to it. Move the content next to the table and try again.",
  },
  MergedRangeConflict: {
    sv: "Sammanslagna celler ligger i vägen. Dela upp de sammanslagna cellerna vid tabellen och försök igen.",
    en: "Merged cells are in the way. Unmerge the cells at the table and try again.",
  },
  FilteredRangeConflict: {
    sv: "Ett filter ligger i vägen. Rensa filtren på bladet och försök igen.",
    en: "A filter is in the way. Clear the filters on the sheet and try again.",
  },
  ApiNotFound: {
    sv: "Den här Excel-versionen saknar en funktion som Rådsplan behöver. Uppdatera Excel eller använd Excel på webben.",
    en: "This version of Excel lacks a feature Rådsplan needs. Update Excel or use Excel on the web.",
  },
  UnsupportedOperation: {
    sv: "Excel stöder inte den här ändringen här. Uppdatera Excel eller använd Excel på webben.",
    en: "Excel does not support this change here. Update Excel or use Excel on the web.",
  },
  RequestAborted: {
    sv: "Anropet till Excel avbröts. Försök igen.",
    en: "The call to Excel was interrupted. Try again.",
  },
  GeneralException: {
    sv: "Excel rapporterade ett internt fel. Spara arbetsboken, ladda om tillägget och försök igen.",
    en: "Excel reported an internal error. Save the workbook, reload the add-in and try again.",
  },
};

/** For an error that carries no known Office error code. */
export const unknownErrorText = (detail: string): Text => ({
  sv: `Något gick fel i kontakten med Excel${detail ? ` (${detail})` : ""}. Ingen data togs bort. Försök igen; om felet kvarstår, spara arbetsboken och ladda om tillägget.`,
  en: `Something went wrong while talking to Excel${detail ? ` (${detail})` : ""}. No data was removed. Try again; if the error remains, save the workbook and reload the add-in.`,
});
