// The browser preview's own user-facing strings (page header, workbook view,
// sheet tabs, grid, charts, opening and saving .xlsx), each in Swedish and
// English. `{name}` marks a placeholder that tr()/useT() fills in.

import type { Text } from "../base/text";

export const preview = {
  pageTitle: { sv: "Rådsplan – förhandsvisning", en: "Rådsplan – preview" },
  heading: { sv: "Rådsplan i webbläsaren", en: "Rådsplan in the browser" },
  intro: {
    sv: "Prova Rådsplan utan Excel: aktivitetsfönstret till vänster arbetar mot arbetsboken till höger, som bara finns i webbläsaren. Spara som .xlsx för att behålla den.",
    en: "Try Rådsplan without Excel: the task pane on the left works on the workbook on the right, which lives only in this browser. Save as .xlsx to keep it.",
  },
  paneRegion: { sv: "Aktivitetsfönstret", en: "Task pane" },
  workbookRegion: { sv: "Arbetsboken", en: "Workbook" },
  open: { sv: "Öppna .xlsx", en: "Open .xlsx" },
  save: { sv: "Spara .xlsx", en: "Save .xlsx" },
  opening: { sv: "Öppnar {file}…", en: "Opening {file}…" },
  saving: { sv: "Sparar arbetsboken…", en: "Saving the workbook…" },
  opened: { sv: "{file} är öppnad.", en: "{file} is open." },
  saved: { sv: "Arbetsboken sparades som {file}.", en: "The workbook was saved as {file}." },
  openFailed: {
    sv: "Filen {file} kunde inte öppnas. Välj en Excel-arbetsbok (.xlsx) som inte är lösenordsskyddad. Arbetsboken som var öppen är orörd. Felet: {detail}",
    en: "The file {file} could not be opened. Choose an Excel workbook (.xlsx) that is not password-protected. The workbook that was open is untouched. The error: {detail}",
  },
  notXlsx: {
    sv: "{file} är ingen .xlsx-fil. Spara den som Excel-arbetsbok (.xlsx) i Excel och öppna den igen.",
    en: "{file} is not an .xlsx file. Save it as an Excel workbook (.xlsx) in Excel and open it again.",
  },
  saveFailed: {
    sv: "Arbetsboken kunde inte sparas. Försök igen; kvarstår felet, ladda om sidan (ändringar som inte sparats går då förlorade). Felet: {detail}",
    en: "The workbook could not be saved. Try again; if it persists, reload the page (unsaved changes are then lost). The error: {detail}",
  },
  starting: { sv: "Skapar exempelplanen (Umeå)…", en: "Creating the example plan (Umeå)…" },
  startFailed: {
    sv: "Exempelplanen kunde inte skapas. Arbetsboken är tom; använd knapparna i aktivitetsfönstret för att skapa strukturen. Felet: {detail}",
    en: "The example plan could not be created. The workbook is empty; use the buttons in the task pane to create the structure. The error: {detail}",
  },
  dismiss: { sv: "Stäng", en: "Dismiss" },
  sheets: { sv: "Blad i arbetsboken", en: "Sheets in the workbook" },
  noSheets: { sv: "Arbetsboken har inga synliga blad.", en: "The workbook has no visible sheets." },
  grid: { sv: "Bladet {sheet}", en: "Sheet {sheet}" },
  emptySheet: { sv: "Bladet är tomt.", en: "The sheet is empty." },
  selected: { sv: "Markerad cell", en: "Selected cell" },
  editCell: { sv: "Redigera {cell}", en: "Edit {cell}" },
  editHint: {
    sv: "Dubbelklicka eller tryck Enter eller F2 för att redigera en cell. Enter sparar, Esc avbryter.",
    en: "Double-click or press Enter or F2 to edit a cell. Enter saves, Esc cancels.",
  },
  emptyChoice: { sv: "(tom)", en: "(empty)" },
  writeFailed: {
    sv: "Ändringen i {cell} kunde inte göras; arbetsboken är som förut. Försök igen. Felet: {detail}",
    en: "The change at {cell} could not be made; the workbook is as it was. Try again. The error: {detail}",
  },
  charts: { sv: "Diagram på bladet", en: "Charts on the sheet" },
  chartLoading: { sv: "Ritar diagrammet…", en: "Drawing the chart…" },
  chartNoData: {
    sv: "Diagrammet {chart} har inga data att rita ({source}).",
    en: "The chart {chart} has no data to draw ({source}).",
  },
  chartsFailed: {
    sv: "Diagrammen kunde inte ritas. Ladda om sidan. Felet: {detail}",
    en: "The charts could not be drawn. Reload the page. The error: {detail}",
  },
} as const satisfies Record<string, Text>;
