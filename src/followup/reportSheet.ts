// The "Verksamhetsberättelse ÅÅÅÅ" sheet as edits: a title, then each section of
// reportSections.ts (a subsection per goal) as a heading, its generated paragraph
// as text rows, its tables as Excel tables with number formats (a list column such
// as a group's members as lines of text under its table), and its chart as a native
// Excel chart beside the first table (the charts' data blocks at the foot of the
// sheet). Set up to print on A4 landscape fitted to the page width, title rows
// repeated, with the municipality and year in the page header and footer, and page
// breaks that never cut a chart and keep each goal's part on one page where it fits
// (pageBreaks.ts). With maxRows, long tables list their first rows and say how many
// they leave out.

import { DEFAULT_COLUMN_WIDTH_CHARS } from "../base/textFit";
import type { Edit } from "../workbook/edits";
import type { Lang } from "../workbook/layout";
import { columnLetter } from "../workbook/parse/address";
import { followUpSheetText, reportText } from "../i18n/followup";
import type { AnnualReport } from "./types";
import { reportSections, type ReportSection } from "./reportSections";
import { ALL_ROWS, limitRows, type GeneratedSheet } from "./rowLimit";
import { fitColumns, placeTable, type PlacedTable } from "./sheetTable";
import { reportTablePrefix } from "./sheetNames";
import { finishSheet, heading, headerFooterText, titleBlock } from "./sheetFrame";
import { blockWidths, chartBlock, chartEdit, placeBlock } from "./followUpSheet";
import { pageBreaks, type KeepTogether } from "./pageBreaks";
import { RowHeights, type TextHeights } from "./rowHeights";
import type { ReportTable } from "./tableModel";

export interface ReportSheetOptions {
  lang: Lang;
  sheetName: string;
  /** Prefix of the sheet's Excel table names; default "VB<year>" (sv) / "AR<year>" (en). */
  tablePrefix?: string;
  /** Rows each table lists at most (a footnote says how many it leaves out); default all. */
  maxRows?: number;
  /** The day the report is made, for the paragraphs (see NarrativeOptions). */
  asOf?: string;
}

/** Rows 1–3 hold the title, subtitle and note; sections start below a blank row. */
const FIRST_SECTION_ROW = 5;
/** Total column width (characters) the tables are fitted into, leaving room beside them for a chart on a landscape A4 page. */
const TABLE_WIDTH_CHARS = 200;
/** A chart beside a table: about this many characters of column width, at least this many points tall (16 rows of one line). */
const CHART_WIDTH_CHARS = 58;
const CHART_HEIGHT_PT = 240;
/** Most charts the sheet draws: one per goal part and the budget's. */
export const MAX_REPORT_CHARTS = 60;
/**
 * Most goals the sheet gives a subsection of their own (heading, paragraph, tables, chart):
 * far more than a council has, few enough for one request to Excel; the rest share one table.
 */
export const MAX_REPORT_GOALS = 50;
const HEADING_SIZE: Record<ReportSection["level"], number> = { 1: 14, 2: 12, 3: 11 };

/**
 * `text` broken at spaces into lines of at most `width` characters, one sheet row each
 * (a cell's text may run over the empty cells to its right, so no merge is needed).
 */
export function paragraphLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The report sheet's layout for a row limit: the sections are rendered once, and each
 * call lays them out with at most `maxRows` rows a table (what the command tries
 * until the sheet fits one request).
 */
export function annualReportLayout(report: AnnualReport, { lang, sheetName, tablePrefix, asOf }: Omit<ReportSheetOptions, "maxRows">): (maxRows: number) => GeneratedSheet {
  const sections = reportSections(report, lang, { asOf, maxGoalSections: MAX_REPORT_GOALS });
  const measured: TextHeights = new Map();
  return (maxRows) => layOut(report, sections, lang, sheetName, tablePrefix ?? reportTablePrefix(report.year, lang), maxRows, measured);
}

export function buildAnnualReportEdits(report: AnnualReport, options: ReportSheetOptions): GeneratedSheet {
  return annualReportLayout(report, options)(options.maxRows ?? ALL_ROWS);
}

/** A table's list columns (ReportColumn.sheetList), said under it as "<first cell>: <list>" per row. */
interface SheetList {
  caption: string;
  lines: string[];
}

/** `table` without its list columns, and those lists. */
function splitLists(table: ReportTable): { table: ReportTable; lists: SheetList[] } {
  const listed = table.columns.flatMap((c, j) => (c.sheetList ? [j] : []));
  if (listed.length === 0) return { table, lists: [] };
  const keep = table.columns.flatMap((c, j) => (c.sheetList ? [] : [j]));
  const lists = listed.map((j) => ({
    caption: table.columns[j].header,
    lines: table.rows.flatMap((r) => {
      const text = typeof r[j] === "string" ? (r[j] as string) : "";
      return text ? [`${String(r[0] ?? "")}: ${text}`] : [];
    }),
  }));
  return { table: { ...table, columns: keep.map((j) => table.columns[j]), rows: table.rows.map((r) => keep.map((j) => r[j] ?? null)) }, lists };
}

function layOut(report: AnnualReport, sections: readonly ReportSection[], lang: Lang, sheet: string, prefix: string, maxRows: number, textHeights: TextHeights): GeneratedSheet {
  let longestList = 0;
  let rowsLeftOut = 0;
  const limited = sections.map((section) => {
    const lists: SheetList[] = [];
    const tables = section.tables.map((whole): ReportTable => {
      longestList = Math.max(longestList, whole.rows.length);
      const { list, leftOut } = limitRows(whole, maxRows, lang);
      rowsLeftOut += leftOut;
      const split = splitLists(list);
      lists.push(...split.lists);
      return split.table;
    });
    return { section, tables, lists };
  });
  // The charts drawn (the first MAX_REPORT_CHARTS) and their data blocks, limited as the tables are.
  let charts = 0;
  const withChart = limited.map(({ section }) => (section.sheetChart && charts < MAX_REPORT_CHARTS ? (charts++, section.sheetChart) : null));
  const blocks = withChart.map((spec) => (spec ? limitRows(chartBlock(spec.title, spec, ""), maxRows, lang).list : null));

  // Column widths from every table and data block (placed once at row 1 to measure them).
  const measured: Pick<PlacedTable, "widths">[] = limited.flatMap(({ tables }) => tables.map((t) => placeTable(sheet, 1, t, "Measure")));
  for (const b of blocks) if (b && b.rows.length > 0) measured.push({ widths: blockWidths(b) });
  const widths = fitColumns(measured, TABLE_WIDTH_CHARS);
  const tableColumns = Math.max(1, ...limited.flatMap(({ tables }) => tables.map((t) => t.columns.length)));
  /** The columns a chart beside tables of `columns` columns spans: from one column past them, about CHART_WIDTH_CHARS wide. */
  const chartSpan = (columns: number): [number, number] => {
    const first = columns + 1;
    let last = first;
    for (let w = widths[first] ?? DEFAULT_COLUMN_WIDTH_CHARS; w < CHART_WIDTH_CHARS; w += widths[last] ?? DEFAULT_COLUMN_WIDTH_CHARS) last += 1;
    return [first, last];
  };
  const lineWidth = Math.round(widths.slice(0, tableColumns).reduce((a, b) => a + b, 0) * 1.1);

  const edits: Edit[] = [
    { kind: "addSheet", sheet },
    ...titleBlock(sheet, [
      reportText.title(report.year)[lang],
      reportText.subtitle(report.municipality, report.year)[lang],
      reportText.generatedNote[lang],
    ]),
  ];
  const chartEdits: Edit[] = [];
  const chartPlaces: { block: NonNullable<(typeof blocks)[number]>; topLeft: string; bottomRight: string }[] = [];
  // Rows' printed heights (for the charts' heights and the page breaks), and what to keep on one page.
  const heights = new RowHeights(sheet, widths, textHeights);
  const keeps: KeepTogether[] = [];
  let lastColumn = tableColumns - 1;
  let row = FIRST_SECTION_ROW;
  const textLines = (lines: readonly string[]) => {
    if (lines.length === 0) return;
    edits.push({ kind: "setValues", sheet, address: `A${row}:A${row + lines.length - 1}`, values: lines.map((l) => [l]), text: true });
    row += lines.length;
  };
  limited.forEach(({ section, tables, lists }, k) => {
    if (section.level === 1 && k > 0) row += 1;
    const top = row;
    edits.push(...heading(sheet, row, section.heading, { fontSize: HEADING_SIZE[section.level] }));
    row += 1;
    if (section.paragraph) {
      textLines(paragraphLines(section.paragraph, lineWidth));
      row += 1;
    }
    const chartTop = row;
    tables.forEach((table) => {
      const tableTop = row;
      if (table.caption) {
        edits.push(...heading(sheet, row, table.caption, { italic: true }));
        row += 1;
      }
      const p = placeTable(sheet, row, table, `${prefix}_${table.name}`);
      edits.push(...p.edits);
      // a caption, the header and the first row go to a page together
      keeps.push({ first: tableTop, last: row + 1 });
      row += p.height + 1;
    });
    const block = blocks[k];
    if (block && block.rows.length > 0) {
      const [first, last] = chartSpan(Math.max(...tables.map((t) => t.columns.length)));
      // as tall as CHART_HEIGHT_PT whatever the heights of the table rows beside it, never cut by a page break
      const bottom = heights.update(edits).rowReaching(chartTop, CHART_HEIGHT_PT);
      chartPlaces.push({ block, topLeft: `${columnLetter(first)}${chartTop}`, bottomRight: `${columnLetter(last)}${bottom}` });
      keeps.push({ first: chartTop, last: bottom, strict: true }, { first: top, last: bottom });
      lastColumn = Math.max(lastColumn, last);
      row = Math.max(row, bottom + 2);
    }
    for (const list of lists) {
      edits.push(...heading(sheet, row, list.caption, { italic: true }));
      keeps.push({ first: row, last: row + 1 });
      row += 1;
      for (const line of list.lines) {
        const lines = paragraphLines(line, lineWidth);
        keeps.push({ first: row, last: row + lines.length - 1 });
        textLines(lines);
      }
      row += 1;
    }
    // the goal's (or section's) heading, paragraph, tables and chart on one page where they fit
    keeps.push({ first: top, last: row - 2 });
  });

  // The charts' data, at the foot of the sheet, so the charts stay live and print.
  if (chartPlaces.length > 0) {
    row += 1;
    edits.push(...heading(sheet, row, followUpSheetText.chartDataHeading[lang], { fontSize: HEADING_SIZE[1] }));
    keeps.push({ first: row, last: row + 4 });
    row += 2;
    for (const { block, topLeft, bottomRight } of chartPlaces) {
      const placed = placeBlock(sheet, row, block);
      edits.push(...placed.edits);
      keeps.push({ first: row, last: row + placed.height - 1 });
      if (placed.source) chartEdits.push(chartEdit(sheet, block.chart!, placed.source, { topLeft, bottomRight }));
      row += placed.height + 1;
    }
  }
  const lastRow = row - 1;
  heights.update(edits);
  const breaks = pageBreaks((r) => heights.of(r), { widths, lastColumn, titleRows: [1, 2], lastRow, keeps });
  const municipality = headerFooterText(report.municipality);
  edits.push(
    ...chartEdits,
    ...finishSheet(sheet, widths, lastRow, {
      titleRows: "$1:$2",
      header: reportText.pageHeader(municipality, report.year)[lang],
      footer: reportText.pageFooter(municipality, report.year)[lang],
      pageBreaksBefore: breaks,
    }),
  );
  return { edits, longestList, rowsLeftOut };
}
