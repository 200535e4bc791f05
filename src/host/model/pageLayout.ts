// A sheet's page setup as Office.js' PageLayout shows it (ExcelApi 1.9), its
// manual page breaks (Worksheet.horizontalPageBreaks, 1.9), and the mapping
// between Excel.PaperType names and the paperSize codes of .xlsx.

import type { Rect } from "./rect";

export interface HeaderFooterTexts {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  /** An Excel.PaperType name, e.g. "A4", "Letter". */
  paperSize: string;
  /** Rows repeated at the top of each printed page (whole rows), or null. */
  printTitleRows: Rect | null;
  zoom: PageZoom;
  headersFooters: HeaderFooterTexts;
  /** Manual page breaks: the 0-based indexes of the rows that start a new printed page, ascending. */
  rowBreaks: number[];
}

export const emptyHeadersFooters = (): HeaderFooterTexts => ({
  leftHeader: "",
  centerHeader: "",
  rightHeader: "",
  leftFooter: "",
  centerFooter: "",
  rightFooter: "",
});

export const defaultPageLayout = (): PageLayoutModel => ({
  orientation: "Portrait",
  paperSize: "Letter",
  printTitleRows: null,
  zoom: { scale: 100 },
  headersFooters: emptyHeadersFooters(),
  rowBreaks: [],
});

/** Excel.PaperType names in .xlsx paperSize code order (code = index + 1). */
export const PAPER_TYPES = [
  "Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small",
  "A5", "B4", "B5", "Folio", "Quatro", "Standard10x14", "Standard11x17", "Note", "Envelope9", "Envelope10",
  "Envelope11", "Envelope12", "Envelope14", "Csheet", "Dsheet", "Esheet", "EnvelopeDL", "EnvelopeC5",
  "EnvelopeC3", "EnvelopeC4", "EnvelopeC6", "EnvelopeC65", "EnvelopeB4", "EnvelopeB5", "EnvelopeB6",
  "EnvelopeItaly", "EnvelopeMonarch", "EnvelopePersonal", "FanfoldUS", "FanfoldStdGerman", "FanfoldLegalGerman",
] as const;

export const paperCode = (name: string): number | undefined => {
  const i = (PAPER_TYPES as readonly string[]).indexOf(name);
  return i < 0 ? undefined : i + 1;
};

export const paperName = (code: number | undefined): string => PAPER_TYPES[(code ?? 1) - 1] ?? "Letter";
