// The Uppföljning sheet as edits: the indicator table, a grid of native Excel
// charts (one line chart per indicator, activities by status per goal,
// earmarked / allocated / spent per year, meetings held vs planned) and below
// them the tidy data blocks the charts read, so the charts stay live and print.
// Indicator charts are drawn for the first MAX_INDICATOR_CHARTS indicators; with
// maxRows, long tables and blocks list their first rows and say what they leave out.

import type { CellValue } from "../workbook/snapshot";
import type { ChartKind, Edit } from "../workbook/edits";
import { listLabel, type Lang } from "../workbook/layout";
import { columnLetter } from "../workbook/parse/address";
import { assessmentText, col, followUpSheetText as T } from "../i18n/followup";
import type { FollowUp, IndicatorFollowUp } from "./types";
import { STATUSES } from "./activities";
import { chartGrid, DEFAULT_GRID } from "./chartGrid";
import { BUDGET_COLORS, COMPARISON_SERIES, INDICATOR_SERIES, MEETING_COLORS, STATUS_COLORS } from "./chartStyle";
import { MAX_COMPARISONS } from "./comparisons";
import { indicatorCells, indicatorColumns, labelled } from "./reportSections";
import { ALL_ROWS, limitRows, type GeneratedSheet } from "./rowLimit";
import { columnWidth, excelNumberFormat, fitColumns, footnote, HEADER_FILL, placeTable, type ColumnWidth } from "./sheetTable";
import { followUpTablePrefix } from "./sheetNames";
import { finishSheet, heading, headerFooterText, titleBlock } from "./sheetFrame";
import { columns, type CellFormat, type ReportTable } from "./tableModel";

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

interface ChartSpec {
  name: string;
  kind: ChartKind;
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  colors: string[];
  lineStyles?: string[];
}

/** A data block: a caption, a header row, rows (first column the categories) and the chart drawn from it, if any. */
interface Block {
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

/** Category labels are kept short so the chart keeps room for its bars. */
function label(id: string, name: string, max = 40): string {
  const s = labelled(id, name);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function statusBlock(fu: FollowUp, lang: Lang): Block {
  const goals = fu.goals.filter((g) => STATUSES.some((s) => g.ownStatus[s] > 0));
  return {
    caption: T.statusHeading(fu.year)[lang],
    header: [T.goalAxis[lang], ...STATUSES.map((s) => listLabel("activityStatus", s, lang))],
    rows: goals.map((g) => [label(g.goalId, g.name), ...STATUSES.map((s) => g.ownStatus[s])]),
    formats: STATUSES.map(() => "integer"),
    chart: {
      name: "RP_Status",
      kind: "BarStacked",
      title: T.statusHeading(fu.year)[lang],
      categoryAxisTitle: T.goalAxis[lang],
      valueAxisTitle: T.activitiesAxis[lang],
      colors: STATUSES.map((s) => STATUS_COLORS[s]),
    },
    emptyText: T.noActivities(fu.year)[lang],
  };
}

function budgetBlock(fu: FollowUp, lang: Lang): Block {
  return {
    caption: T.budgetHeading[lang],
    header: [col.year[lang], col.earmarked[lang], col.allocated[lang], col.spent[lang]],
    rows: fu.budget.years.map((y) => [String(y.year), y.earmarked ?? "", y.allocated, y.spent]),
    formats: ["money", "money", "money"],
    chart: {
      name: "RP_Budget",
      kind: "ColumnClustered",
      title: T.budgetHeading[lang],
      categoryAxisTitle: T.yearAxis[lang],
      valueAxisTitle: T.kronorAxis[lang],
      colors: BUDGET_COLORS,
    },
    emptyText: T.noBudget[lang],
  };
}

function meetingsBlock(fu: FollowUp, lang: Lang): Block {
  return {
    caption: T.meetingsHeading(fu.year)[lang],
    header: [T.groupAxis[lang], col.meetingsHeld[lang], col.meetingsPlanned[lang]],
    rows: fu.meetings.map((m) => [label(m.groupId, m.name), m.held, m.planned ?? ""]),
    formats: ["integer", "integer"],
    chart: {
      name: "RP_Meetings",
      kind: "BarClustered",
      title: T.meetingsHeading(fu.year)[lang],
      categoryAxisTitle: T.groupAxis[lang],
      valueAxisTitle: T.meetingsAxis[lang],
      colors: MEETING_COLORS,
    },
    emptyText: T.noMeetings[lang],
  };
}

/** Longest span of years an indicator chart shows; older years are left out. */
const MAX_CHART_YEARS = 60;

/**
 * An indicator's chart data: one row per year from the baseline (or first measurement)
 * to the follow-up year or the target year, whichever is later; the measured series
 * holds the measurements (the Basvärde in the base year when that year has none) and
 * the target series the Målvärde in every year, drawn as a dashed reference line.
 */
function indicatorBlock(i: IndicatorFollowUp, index: number, year: number, lang: Lang): Block {
  const measured = new Map(i.series.map((m) => [m.year, m.value]));
  if (i.baseYear !== null && i.baseValue !== null && i.baseYear <= year && !measured.has(i.baseYear)) measured.set(i.baseYear, i.baseValue);
  const hasTarget = i.targetValue !== null;
  const compared = (i.comparisons ?? []).slice(0, MAX_COMPARISONS);
  const header = [col.year[lang], T.measured[lang], ...(hasTarget ? [T.target[lang]] : []), ...compared.map((c) => c.area)];
  const base = { caption: label(i.indicatorId, i.name, 120), header, formats: header.slice(1).map((): CellFormat => "number"), emptyText: T.noMeasurements[lang] };
  if (measured.size === 0) return { ...base, rows: [], chart: null };
  const last = Math.max(year, i.targetYear ?? year);
  const first = Math.max(Math.min(...measured.keys()), last - MAX_CHART_YEARS + 1);
  const rows: CellValue[][] = [];
  const byArea = compared.map((c) => new Map(c.series.map((v) => [v.year, v.value])));
  for (let y = first; y <= last; y++) rows.push([String(y), measured.get(y) ?? "", ...(hasTarget ? [i.targetValue!] : []), ...byArea.map((m) => m.get(y) ?? "")]);
  return {
    ...base,
    rows,
    chart: {
      name: `RP_Indicator_${index + 1}`,
      kind: "LineMarkers",
      title: `${label(i.indicatorId, i.name, 80)} – ${assessmentText[i.assessment][lang]}`,
      categoryAxisTitle: T.yearAxis[lang],
      valueAxisTitle: i.unit ? listLabel("unit", i.unit, lang) : col.value[lang],
      colors: [...INDICATOR_SERIES.colors.slice(0, hasTarget ? 2 : 1), ...COMPARISON_SERIES.colors.slice(0, compared.length)],
      lineStyles: [...INDICATOR_SERIES.lineStyles.slice(0, hasTarget ? 2 : 1), ...COMPARISON_SERIES.lineStyles.slice(0, compared.length)],
    },
  };
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
function blockWidths(b: Block): ColumnWidth[] {
  return b.header.map((h, j) => columnWidth(h, Math.max(...b.rows.map((r) => String(r[j]).length)), j === 0));
}

/** Writes a block with its caption at `top`; returns the edits, the chart source range (null without rows) and the rows used. */
function placeBlock(sheet: string, top: number, b: Block): { edits: Edit[]; source: string | null; height: number } {
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
    statusBlock(fu, lang),
    budgetBlock(fu, lang),
    meetingsBlock(fu, lang),
    ...fu.indicators.slice(0, MAX_INDICATOR_CHARTS).map((i, n) => indicatorBlock(i, n, fu.year, lang)),
  ];
  return (maxRows) => layOut(fu, wholeTable, wholeBlocks, options, maxRows);
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

  let row = grid.nextRow + 1;
  edits.push(...heading(sheet, row, T.chartDataHeading[lang], { fontSize: 13 }));
  row += 2;
  const sources = new Map<Block, string>();
  for (const b of blocks) {
    const placed = placeBlock(sheet, row, b);
    edits.push(...placed.edits);
    if (placed.source) sources.set(b, placed.source);
    row += placed.height + 1;
  }
  charted.forEach((b, n) => {
    const c = b.chart!;
    const rect = grid.rects[n];
    edits.push({
      kind: "addChart",
      sheet,
      name: c.name,
      chartKind: c.kind,
      source: sources.get(b)!,
      seriesBy: "Columns",
      title: c.title,
      categoryAxisTitle: c.categoryAxisTitle,
      valueAxisTitle: c.valueAxisTitle,
      topLeft: rect.topLeft,
      bottomRight: rect.bottomRight,
      colors: c.colors,
      ...(c.lineStyles ? { lineStyles: c.lineStyles } : {}),
    });
  });
  edits.push(...finishSheet(sheet, widths, row - 1, { titleRows: "$1:$1", header: headerFooterText(T.title(fu.year, municipality)[lang]), footer: "&P / &N" }));
  return { edits, longestList, rowsLeftOut, chartsLeftOut };
}
