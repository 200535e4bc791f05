// The Uppföljning sheet as edits: the indicator table, a grid of native Excel
// charts (one line chart per indicator, activities by status per goal,
// earmarked / allocated / spent per year, meetings held vs planned) and below
// them the tidy data blocks the charts read, so the charts stay live and print,
// with page breaks that never cut a chart or a data block (pageBreaks.ts).
// Indicator charts are drawn for the first MAX_INDICATOR_CHARTS indicators; with
// maxRows, long tables and blocks list their first rows and say what they leave out.

import type { CellValue } from "../workbook/snapshot";
import type { Edit } from "../workbook/edits";
import type { Lang } from "../workbook/layout";
import { columnLetter } from "../workbook/parse/address";
import { col, followUpSheetText as T } from "../i18n/followup";
import type { FollowUp, IndicatorFollowUp } from "./types";
import { chartGrid, DEFAULT_GRID } from "./chartGrid";
import { budgetChart, chartTable, indicatorChart, meetingsChart, seriesLineStyle, shortLabel, statusChart, type ChartSpec } from "./charts";
import { indicatorCells, indicatorColumns } from "./reportSections";
import { ALL_ROWS, limitRows, type GeneratedSheet } from "./rowLimit";
import { columnWidth, excelNumberFormat, fitColumns, footnote, HEADER_FILL, placeTable, type ColumnWidth } from "./sheetTable";
import { followUpTablePrefix } from "./sheetNames";
import { finishSheet, heading, headerFooterText, titleBlock } from "./sheetFrame";
import { columns, type CellFormat, type ReportTable } from "./tableModel";
import { pageBreaks, type KeepTogether } from "./pageBreaks";
import { RowHeights, type TextHeights } from "./rowHeights";

export interface FollowUpSheetOptions {
  lang: Lang;
  sheetName: string;
  /** For the title and the printed page header. */
  municipality?: string;
  /** Prefix of the sheet's Excel table name; default "Uppf<year>" (sv) / "FU<year>" (en). */
  tablePrefix?: string;
  /** Rows the indicator table and each data block list at most; default all. */
  maxRows?: number;
}

/** The Uppföljning sheet's edits, what its row limit left out, and the indicators it could not chart. */
export interface FollowUpSheet extends GeneratedSheet {
  /** Indicators beyond MAX_INDICATOR_CHARTS, which get no chart (they are in the indicator table). */
  chartsLeftOut: number;
}

/**
 * Most indicator charts one sheet draws: far more than a council follows up (tens),
 * few enough for Excel on the web to stay responsive and the sheet to be read.
 */
export const MAX_INDICATOR_CHARTS = 200;

/** A data block: a caption, a header row, rows (first column the categories) and the chart drawn from it, if any. */
export interface Block {
  caption: string;
  header: string[];
  rows: CellValue[][];
  /** Number format of each value column (after the category column). */
  formats: CellFormat[];
  chart: ChartSpec | null;
  /** Said in place of the rows when there are none. */
  emptyText: string;
  /** Said under the rows (that some were left out). */
  footnote?: string;
}

/** A chart's data block: its table under `caption`, the chart drawn from it (none without categories). */
export function chartBlock(caption: string, spec: ChartSpec, emptyText: string): Block {
  const { header, rows } = chartTable(spec);
  return { caption, header, rows, formats: spec.series.map(() => spec.format), chart: rows.length > 0 ? spec : null, emptyText };
}

function indicatorBlock(i: IndicatorFollowUp, index: number, year: number, lang: Lang): Block {
  const caption = shortLabel(i.indicatorId, i.name, 120);
  const spec = indicatorChart(i, index, year, lang);
  if (!spec) {
    const header = [col.year[lang], T.measured[lang], ...(i.targetValue !== null ? [T.target[lang]] : [])];
    return { caption, header, rows: [], formats: header.slice(1).map((): CellFormat => "number"), chart: null, emptyText: T.noMeasurements[lang] };
  }
  return chartBlock(caption, spec, T.noMeasurements[lang]);
}

function indicatorTable(fu: FollowUp, lang: Lang): ReportTable {
  return {
    name: lang === "sv" ? "Indikatorer" : "Indicators",
    columns: [...columns(lang, [[col.goalId, "text"]]), ...indicatorColumns(fu.year, lang)],
    rows: fu.indicators.map((i) => [i.goalId, ...indicatorCells(i, fu.year, lang)]),
    emptyText: T.noIndicators[lang],
  };
}

/** The widths of a block's columns: its categories may be narrowed (the charts show them in full), its numbers not. */
export function blockWidths(b: Block): ColumnWidth[] {
  return b.header.map((h, j) => columnWidth(h, Math.max(...b.rows.map((r) => String(r[j]).length)), j === 0));
}

/** The edit that draws `spec` over its data block at `source`, within the cells of `rect`. */
export function chartEdit(sheet: string, spec: ChartSpec, source: string, rect: { topLeft: string; bottomRight: string }): Edit {
  const line = spec.kind === "Line" || spec.kind === "LineMarkers";
  return {
    kind: "addChart",
    sheet,
    name: spec.name,
    chartKind: spec.kind,
    source,
    seriesBy: "Columns",
    title: spec.title,
    categoryAxisTitle: spec.categoryAxisTitle,
    valueAxisTitle: spec.valueAxisTitle,
    topLeft: rect.topLeft,
    bottomRight: rect.bottomRight,
    colors: spec.series.map((s) => s.color),
    ...(line ? { lineStyles: spec.series.map(seriesLineStyle) } : {}),
  };
}

/** Writes a block with its caption at `top`; returns the edits, the chart source range (null without rows) and the rows used. */
export function placeBlock(sheet: string, top: number, b: Block): { edits: Edit[]; source: string | null; height: number } {
  const caption = heading(sheet, top, b.caption);
  if (b.rows.length === 0) {
    return {
      edits: [...caption, { kind: "setValues", sheet, address: `A${top + 1}`, values: [[b.emptyText]], text: true }, { kind: "format", sheet, address: `A${top + 1}`, italic: true }],
      source: null,
      height: 2,
    };
  }
  const last = columnLetter(b.header.length - 1);
  const headerRow = top + 1;
  const bottom = headerRow + b.rows.length;
  const source = `A${headerRow}:${last}${bottom}`;
  const edits: Edit[] = [
    ...caption,
    { kind: "setValues", sheet, address: source, values: [b.header, ...b.rows], text: true },
    { kind: "format", sheet, address: `A${headerRow}:${last}${headerRow}`, bold: true, wrapText: true, fill: HEADER_FILL },
  ];
  b.formats.forEach((f, j) => {
    const format = excelNumberFormat(f, b.rows.map((r) => r[j + 1]).filter((v): v is number => typeof v === "number"));
    if (format) edits.push({ kind: "setNumberFormat", sheet, address: `${columnLetter(j + 1)}${headerRow + 1}:${columnLetter(j + 1)}${bottom}`, format });
  });
  if (b.footnote) edits.push(...footnote(sheet, bottom + 1, b.footnote));
  return { edits, source, height: b.rows.length + 2 + (b.footnote ? 1 : 0) };
}


/** Rows 1–3: title; row 5: the indicator heading; row 6: the indicator table. */
const INDICATOR_TABLE_ROW = 6;
/** Total column width (characters) the sheet is fitted into: a landscape A4 page at about 70 %. */
const PAGE_WIDTH_CHARS = 200;

/**
 * The Uppföljning sheet's layout for a row limit: its table and data blocks are made
 * once, and each call lays them out with at most `maxRows` rows each (what the
 * command tries until the sheet fits one request).
 */
export function followUpSheetLayout(fu: FollowUp, options: Omit<FollowUpSheetOptions, "maxRows">): (maxRows: number) => FollowUpSheet {
  const { lang } = options;
  const wholeTable = indicatorTable(fu, lang);
  const wholeBlocks = [
    chartBlock(T.statusHeading(fu.year)[lang], statusChart(fu, lang), T.noActivities(fu.year)[lang]),
    chartBlock(T.budgetHeading[lang], budgetChart(fu.budget.years, lang), T.noBudget[lang]),
    chartBlock(T.meetingsHeading(fu.year)[lang], meetingsChart(fu.meetings, fu.year, lang), T.noMeetings[lang]),
    ...fu.indicators.slice(0, MAX_INDICATOR_CHARTS).map((i, n) => indicatorBlock(i, n, fu.year, lang)),
  ];
  const measured: TextHeights = new Map();
  return (maxRows) => layOut(fu, wholeTable, wholeBlocks, options, maxRows, measured);
}

export function buildFollowUpSheetEdits(fu: FollowUp, options: FollowUpSheetOptions): FollowUpSheet {
  return followUpSheetLayout(fu, options)(options.maxRows ?? ALL_ROWS);
}

function layOut(
  fu: FollowUp,
  wholeTable: ReportTable,
  wholeBlocks: readonly Block[],
  { lang, sheetName, municipality = "", tablePrefix }: Omit<FollowUpSheetOptions, "maxRows">,
  maxRows: number,
  measured: TextHeights,
): FollowUpSheet {
  const sheet = sheetName;
  const edits: Edit[] = [
    { kind: "addSheet", sheet },
    ...titleBlock(sheet, [T.title(fu.year, municipality)[lang], T.subtitle[lang], T.generatedNote[lang]]),
    ...heading(sheet, INDICATOR_TABLE_ROW - 1, T.indicatorsHeading[lang], { fontSize: 13 }),
  ];
  const { list: table, leftOut: tableLeftOut } = limitRows(wholeTable, maxRows, lang);
  const placedTable = placeTable(sheet, INDICATOR_TABLE_ROW, table, `${tablePrefix ?? followUpTablePrefix(fu.year, lang)}_${table.name}`);
  edits.push(...placedTable.edits);
  let belowTable = INDICATOR_TABLE_ROW + placedTable.height;
  const chartsLeftOut = Math.max(0, fu.indicators.length - MAX_INDICATOR_CHARTS);
  if (chartsLeftOut > 0) {
    edits.push(...footnote(sheet, belowTable, T.chartsLeftOut(MAX_INDICATOR_CHARTS, fu.indicators.length)[lang]));
    belowTable += 1;
  }

  const longestList = Math.max(wholeTable.rows.length, ...wholeBlocks.map((b) => b.rows.length));
  let rowsLeftOut = tableLeftOut;
  const blocks = wholeBlocks.map((whole) => {
    const { list, leftOut } = limitRows(whole, maxRows, lang);
    rowsLeftOut += leftOut;
    return list;
  });
  const charted = blocks.filter((b) => b.chart && b.rows.length > 0);

  // Data blocks go below the chart grid; their widths count for the grid's layout too.
  const widths = fitColumns([placedTable, ...blocks.filter((b) => b.rows.length > 0).map((b) => ({ widths: blockWidths(b) }))], PAGE_WIDTH_CHARS);
  const grid = chartGrid(charted.length, { ...DEFAULT_GRID, top: belowTable + 2, columnWidths: widths });

  // On one page: the indicator table's heading, header and first row; each row of charts; each data block.
  const keeps: KeepTogether[] = [{ first: INDICATOR_TABLE_ROW - 1, last: INDICATOR_TABLE_ROW + 1 }];
  // (from the blank row above a chart: a page starting at a chart's top edge prints that edge on the page before too)
  for (const r of grid.rects) keeps.push({ first: r.firstRow - 1, last: r.lastRow, strict: true });
  let row = grid.nextRow + 1;
  edits.push(...heading(sheet, row, T.chartDataHeading[lang], { fontSize: 13 }));
  keeps.push({ first: row, last: row + 4 });
  row += 2;
  const sources = new Map<Block, string>();
  for (const b of blocks) {
    const placed = placeBlock(sheet, row, b);
    edits.push(...placed.edits);
    keeps.push({ first: row, last: row + placed.height - 1 });
    if (placed.source) sources.set(b, placed.source);
    row += placed.height + 1;
  }
  charted.forEach((b, n) => edits.push(chartEdit(sheet, b.chart!, sources.get(b)!, grid.rects[n])));
  const lastRow = row - 1;
  const heights = new RowHeights(sheet, widths, measured).update(edits);
  const lastColumn = Math.max(widths.length - 1, ...grid.rects.map((r) => r.lastColumn));
  const breaks = pageBreaks((r) => heights.of(r), { widths, lastColumn, titleRows: [1, 1], lastRow, keeps });
  edits.push(
    ...finishSheet(sheet, widths, lastRow, {
      titleRows: "$1:$1",
      header: headerFooterText(T.title(fu.year, municipality)[lang]),
      footer: "&P / &N",
      pageBreaksBefore: breaks,
    }),
  );
  return { edits, longestList, rowsLeftOut, chartsLeftOut };
}
