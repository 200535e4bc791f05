// The "Verksamhetsberättelse ÅÅÅÅ" sheet as edits: a title, then each section
// of reportSections.ts as a heading and an Excel table with number formats,
// set up to print on A4 fitted to the page width with the municipality and
// year in the page header and footer. With maxRows, long tables list their
// first rows and say how many they leave out.

import type { Edit } from "../workbook/edits";
import type { Lang } from "../workbook/layout";
import { reportText } from "../i18n/followup";
import type { AnnualReport } from "./types";
import { reportSections, type ReportSection } from "./reportSections";
import { ALL_ROWS, limitRows, type GeneratedSheet } from "./rowLimit";
import { fitColumns, placeTable, type PlacedTable } from "./sheetTable";
import { reportTablePrefix } from "./sheetNames";
import { finishSheet, heading, headerFooterText, titleBlock } from "./sheetFrame";

export interface ReportSheetOptions {
  lang: Lang;
  sheetName: string;
  /** Prefix of the sheet's Excel table names; default "VB<year>" (sv) / "AR<year>" (en). */
  tablePrefix?: string;
  /** Rows each table lists at most (a footnote says how many it leaves out); default all. */
  maxRows?: number;
}

/** Rows 1–3 hold the title, subtitle and note; sections start below a blank row. */
const FIRST_SECTION_ROW = 5;
/** Total column width (characters) the report is fitted into: a landscape A4 page at about 65 %. */
const PAGE_WIDTH_CHARS = 220;

/**
 * The report sheet's layout for a row limit: the sections are rendered once, and each
 * call lays them out with at most `maxRows` rows a table (what the command tries
 * until the sheet fits one request).
 */
export function annualReportLayout(report: AnnualReport, { lang, sheetName, tablePrefix }: Omit<ReportSheetOptions, "maxRows">): (maxRows: number) => GeneratedSheet {
  const sections = reportSections(report, lang);
  return (maxRows) => layOut(report, sections, lang, sheetName, tablePrefix ?? reportTablePrefix(report.year, lang), maxRows);
}

export function buildAnnualReportEdits(report: AnnualReport, options: ReportSheetOptions): GeneratedSheet {
  return annualReportLayout(report, options)(options.maxRows ?? ALL_ROWS);
}

function layOut(report: AnnualReport, sections: readonly ReportSection[], lang: Lang, sheet: string, prefix: string, maxRows: number): GeneratedSheet {
  const edits: Edit[] = [
    { kind: "addSheet", sheet },
    ...titleBlock(sheet, [
      reportText.title(report.year)[lang],
      reportText.subtitle(report.municipality, report.year)[lang],
      reportText.generatedNote[lang],
    ]),
  ];
  const placed: PlacedTable[] = [];
  let longestList = 0;
  let rowsLeftOut = 0;
  let row = FIRST_SECTION_ROW;
  for (const section of sections) {
    edits.push(...heading(sheet, row, section.heading, { fontSize: 13 }));
    row += 1;
    for (const whole of section.tables) {
      longestList = Math.max(longestList, whole.rows.length);
      const { list: table, leftOut } = limitRows(whole, maxRows, lang);
      rowsLeftOut += leftOut;
      if (table.caption) {
        edits.push(...heading(sheet, row, table.caption, { italic: true }));
        row += 1;
      }
      const p = placeTable(sheet, row, table, `${prefix}_${table.name}`);
      placed.push(p);
      edits.push(...p.edits);
      row += p.height + 1;
    }
    row += 1;
  }
  const municipality = headerFooterText(report.municipality);
  edits.push(
    ...finishSheet(sheet, fitColumns(placed, PAGE_WIDTH_CHARS), row - 1, {
      titleRows: "$1:$2",
      header: reportText.pageHeader(municipality, report.year)[lang],
      footer: reportText.pageFooter(municipality, report.year)[lang],
    }),
  );
  return { edits, longestList, rowsLeftOut };
}
