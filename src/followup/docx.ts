// The annual report as a Word document (.docx), built with the `docx` package
// from the same sections as the report sheet (reportSections.ts): a title page,
// a table of contents over Word's own heading styles, then each section with its
// generated paragraph, its charts as pictures (rasterised from the same chart
// specifications as the sheets' native charts, see chartPng.ts) and its tables.
// Tables are sized to their content so that no word breaks inside itself at the
// body font on A4, wide ones go on landscape pages, and their header rows repeat
// on every page. A report too large for docx to lay out has its tables written
// apart, a few thousand cells at a time (tableXml.ts), to stay within memory.
// Loads `docx` (and resvg, when given chart assets) only when
// called, so the task pane can import() this module on demand; works in Node and
// in the browser.

import type { Lang } from "../workbook/layout";
import { reportText } from "../i18n/followup";
import { formatLongDate } from "../i18n/format";
import type { AnnualReport } from "./types";
import { formatCell } from "./format";
import { reportSections, type ReportSection } from "./reportSections";
import type { ReportTable } from "./tableModel";
import { chartRenderer, type ChartRenderer, type LoadChartAssets } from "./chartPng";
import type { ChartSpec } from "./charts";
import { TablesApart, type TableRows } from "./tableXml";

type Docx = typeof import("docx");
type Child = InstanceType<Docx["Paragraph"]> | InstanceType<Docx["Table"]> | InstanceType<Docx["TableOfContents"]>;

export interface ReportDocxOptions {
  /** Loads resvg and the chart fonts; without it the report has no chart pictures. */
  chartAssets?: LoadChartAssets;
  /** The day the report is made ("YYYY-MM-DD"): on the title page, and for which activities count as late. */
  asOf?: string;
}

const LANGUAGE_TAG: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };
const FONT = "Calibri";
/** Points: 8.5 pt in tables, 10.5 pt in running text. */
const TABLE_PT = 8.5;
const BODY_PT = 10.5;
/** A4 in twips (1/1440 inch, 20 to the point), 2 cm top and bottom, 1.5 cm left and right. */
const A4 = { short: 11906, long: 16838, side: 850, top: 1134 };
const TEXT_WIDTH = { portrait: A4.short - 2 * A4.side, landscape: A4.long - 2 * A4.side };
/** Cell margins left and right (twips). */
const CELL_MARGIN = 80;
/**
 * Most indicator charts the report draws as pictures (the first ones, in report order), as
 * the sheets chart at most 200: far more than a council follows up, and what keeps the
 * export of a plan of thousands of indicators within memory (a picture is about 30 KB).
 * Every indicator keeps its sentences and table rows.
 */
export const MAX_WORD_INDICATOR_CHARTS = 200;
/** Chart pictures: SVG size (px) and the size they are shown at in the document (px at 96 dpi, about 16 × 8.2 cm). */
const CHART_SVG = { width: 640, height: 330 };
const CHART_SHOWN = { width: 604, height: 311 };

/**
 * Calibri's advance widths (em) for the characters whose width is far from the
 * average; the rest count as a lowercase (0.5 em) or capital (0.6 em) letter.
 */
const NARROW: Record<string, number> = {
  " ": 0.23, i: 0.23, l: 0.23, j: 0.25, I: 0.25, ".": 0.25, ",": 0.25, ":": 0.27, ";": 0.27, "!": 0.29, "'": 0.22, "|": 0.46,
  f: 0.31, t: 0.34, r: 0.35, s: 0.39, z: 0.4, c: 0.42, "(": 0.3, ")": 0.3, "-": 0.31, "/": 0.39, J: 0.32,
  m: 0.8, w: 0.72, M: 0.86, W: 0.89, "%": 0.72, "–": 0.5, "—": 1, "…": 0.69, "\u00a0": 0.23, "\u2212": 0.5,
};

/** The width of `text` in twips at `pt` points in Calibri (bold about 4 % wider), rounded up a little to be safe. */
export function textTwips(text: string, pt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += NARROW[ch] ?? (/[0-9]/.test(ch) ? 0.507 : ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? 0.6 : 0.5);
  return Math.ceil(em * pt * 20 * (bold ? 1.04 : 1) * 1.04);
}

export interface TableWidths {
  /** Column widths in twips, adding up to at most the page's text width. */
  widths: number[];
  landscape: boolean;
}

/**
 * Column widths for a table's cell texts. Each column needs its longest word (so no
 * word breaks inside itself) and wants its longest text; the page's text width is
 * shared out: every column gets what it needs, then what is left goes to the columns
 * in proportion to how much more they want. A table whose needs pass the portrait
 * width, or that has eight columns or more, goes on a landscape page.
 */
export function tableWidths(header: readonly string[], rows: readonly (readonly string[])[]): TableWidths {
  const margin = 2 * CELL_MARGIN + 20;
  const need = header.map((h, j) => {
    // Words break at spaces only: "42 000 kr" is one word, its spaces non-breaking.
    let w = Math.max(0, ...h.split(/[ \t\n]+/).map((word) => textTwips(word, TABLE_PT, true)));
    for (const r of rows) for (const word of (r[j] ?? "").split(/[ \t\n]+/)) w = Math.max(w, textTwips(word, TABLE_PT));
    return w + margin;
  });
  const want = header.map((h, j) => {
    let w = textTwips(h, TABLE_PT, true);
    for (const r of rows) w = Math.max(w, textTwips(r[j] ?? "", TABLE_PT));
    return Math.max(need[j], w + margin);
  });
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const landscape = sum(need) > TEXT_WIDTH.portrait || header.length >= 8;
  const page = landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  if (sum(want) <= page) return { widths: want, landscape };
  const spare = Math.max(0, page - sum(need));
  const extra = sum(want) - sum(need);
  return { widths: need.map((n, j) => Math.floor(n + (extra > 0 ? (spare * (want[j] - n)) / extra : 0))), landscape };
}

/**
 * A report table as docx rows: its column widths and orientation, and docx Tables of any
 * range of its body rows (the header row first in the one that starts at row 0). A small
 * report's tables are built whole, in the document; a large one's a range at a time (tableXml.ts).
 */
function wordTable(d: Docx, table: ReportTable, lang: Lang): TableRows & { landscape: boolean } {
  const numeric = table.columns.map((c) => c.format !== "text");
  const texts = table.rows.map((r) => table.columns.map((c, j) => formatCell(r[j] ?? null, c.format, lang)));
  const header = table.columns.map((c) => c.header);
  const { widths, landscape } = tableWidths(header, texts.length > 0 ? texts : [[table.emptyText]]);
  // Lean cells (a table of thousands of rows is millions of XML nodes): margins are the
  // table's, font size, spacing and alignment come from the paragraph styles, widths from the grid.
  const style = (j: number, header: boolean) => (header ? (numeric[j] ? "TableHeaderNumber" : "TableHeader") : numeric[j] ? "TableNumber" : "TableText");
  const cell = (text: string, j: number, header = false) =>
    new d.TableCell({
      ...(header ? { shading: { type: d.ShadingType.CLEAR, color: "auto", fill: "D9D9D9" } } : {}),
      children: [new d.Paragraph({ style: style(j, header), text })],
    });
  const headerRow = () => new d.TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, j) => cell(h, j, true)) });
  const emptyRow = () =>
    new d.TableRow({
      children: [
        new d.TableCell({
          columnSpan: header.length,
          children: [new d.Paragraph({ style: "TableText", children: [new d.TextRun({ text: table.emptyText, italics: true })] })],
        }),
      ],
    });
  const total = widths.reduce((a, b) => a + b, 0);
  return {
    // An empty table has one body row: the note saying so.
    rows: Math.max(1, texts.length),
    columns: header.length,
    table: (from, to) =>
      new d.Table({
        width: { size: total, type: d.WidthType.DXA },
        columnWidths: widths,
        layout: d.TableLayoutType.FIXED,
        margins: { top: 30, bottom: 30, left: CELL_MARGIN, right: CELL_MARGIN },
        rows: [
          ...(from === 0 ? [headerRow()] : []),
          ...(texts.length > 0 ? texts.slice(from, to).map((r) => new d.TableRow({ cantSplit: true, children: r.map((text, j) => cell(text, j)) })) : [emptyRow()]),
        ],
      }),
    landscape,
  };
}

function pageText(d: Docx, children: (string | (typeof d.PageNumber)[keyof typeof d.PageNumber])[]) {
  return new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children, size: 16, color: "595959" })] });
}

const HEADING = (d: Docx, level: ReportSection["level"]) => [d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3][level - 1];

/** A chart as an inline picture in a paragraph of its own, its title as alt text. */
function chartParagraph(d: Docx, render: ChartRenderer, spec: ChartSpec, lang: Lang) {
  return new d.Paragraph({
    spacing: { before: 120, after: 120 },
    children: [
      new d.ImageRun({
        type: "png",
        data: render(spec, lang, CHART_SVG, 2),
        transformation: CHART_SHOWN,
        altText: { name: spec.name, title: spec.title, description: `${spec.title}: ${spec.series.map((s) => s.name).join(", ")}` },
      }),
    ],
  });
}

/** Above this many table rows the table of contents is left for Word to number (laying the pages out costs time). */
const MAX_ROWS_FOR_PAGE_NUMBERS = 3000;
const estimatedRows = (r: AnnualReport) => r.activities.length * 2 + r.indicators.length + r.goals.length + r.groups.length + r.documents.length;
/**
 * A word this long (a pasted address, say) is left for Word to lay out too: docx's layout
 * breaks an overlong word across lines in time that grows with the square of its length
 * (2 000 characters took half a minute).
 */
const LONG_WORD = /[^\s-]{200}/;
/** Whether any text in `value` (a report, walked through) holds an overlong word. */
const holdsLongWord = (value: unknown): boolean =>
  typeof value === "string" ? LONG_WORD.test(value) : typeof value === "object" && value !== null && Object.values(value).some(holdsLongWord);
const laidOutHere = (r: AnnualReport) => estimatedRows(r) <= MAX_ROWS_FOR_PAGE_NUMBERS && !holdsLongWord(r);

/** The Word document of the report, before packing, and its tables written apart (when it has them so). */
async function reportDocument(report: AnnualReport, lang: Lang, options: ReportDocxOptions) {
  const [d, layout]: [Docx, typeof import("docx/layout") | null] = await Promise.all([
    import("docx"),
    // Page numbers in the table of contents are worked out by docx's own layout (measured in
    // Calibri's widths) for reports of a council's size; in larger ones (or with an overlong
    // word) Word fills them in.
    laidOutHere(report) ? import("docx/layout") : Promise.resolve(null),
  ]);
  const render = options.chartAssets ? await chartRenderer(options.chartAssets) : null;
  // In a report too large for docx to lay out, the tables are written apart from the document (tableXml.ts).
  const apart = layout ? null : new TablesApart(d);
  const title = reportText.title(report.year)[lang];
  const subtitle = reportText.subtitle(report.municipality, report.year)[lang];

  /** The body in runs of one orientation: each becomes a section of its own. */
  const parts: { landscape: boolean; children: Child[] }[] = [{ landscape: false, children: [] }];
  const add = (child: Child, landscape = false) => {
    const last = parts[parts.length - 1];
    if (last.landscape === landscape) last.children.push(child);
    else parts.push({ landscape, children: [child] });
  };
  const paragraph = (text: string, opts: { keepNext?: boolean; italics?: boolean; bold?: boolean } = {}) =>
    new d.Paragraph({ keepNext: opts.keepNext, spacing: { after: 120 }, children: [new d.TextRun({ text, italics: opts.italics, bold: opts.bold })] });

  add(new d.Paragraph({ style: "ContentsHeading", children: [new d.TextRun(reportText.sections.contents[lang])] }));
  add(new d.TableOfContents(reportText.sections.contents[lang], { hyperlink: true, headingStyleRange: "1-3" }));
  let first = true;
  let indicatorCharts = 0;
  for (const section of reportSections(report, lang, { asOf: options.asOf })) {
    const headingParagraph = new d.Paragraph({
      heading: HEADING(d, section.level),
      keepNext: true,
      pageBreakBefore: first,
      children: [new d.TextRun(section.heading)],
    });
    first = false;
    const tables = section.tables.filter((t) => !t.sheetOnly).map((t) => ({ t, rows: wordTable(d, t, lang) }));
    // A section without charts that opens with a landscape table starts on the landscape page, heading and paragraph with it.
    const opensLandscape = (render === null || section.charts.length === 0) && tables[0]?.rows.landscape === true;
    add(headingParagraph, opensLandscape);
    // The paragraph stays on the page of the first chart after it.
    if (section.paragraph) add(paragraph(section.paragraph, { keepNext: render !== null && section.charts.length > 0 }), opensLandscape);
    if (render && section.id === "goals" && report.indicators.length > MAX_WORD_INDICATOR_CHARTS) {
      add(paragraph(reportText.chartsLeftOut(MAX_WORD_INDICATOR_CHARTS, report.indicators.length)[lang], { italics: true }));
    }
    if (render)
      for (const spec of section.charts) {
        if (section.id === "goal" && ++indicatorCharts > MAX_WORD_INDICATOR_CHARTS) continue;
        add(chartParagraph(d, render, spec, lang));
      }
    for (const { t, rows } of tables) {
      const landscape = rows.landscape;
      if (t.caption) add(paragraph(t.caption, { keepNext: true, bold: true }), landscape);
      // Built whole where docx lays the pages out; else written apart, a range of rows at a time.
      add(apart ? await apart.place(rows) : rows.table(0, rows.rows), landscape);
      if (t.footnote) add(paragraph(t.footnote, { italics: true }), landscape);
      add(new d.Paragraph({ spacing: { after: 60 }, children: [] }), landscape);
    }
  }

  const council = report.groups.find((g) => g.type === "preparatory")?.name ?? "";
  const titlePage: Child[] = [
    new d.Paragraph({ spacing: { before: 3600 }, children: [] }),
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(title)] }),
    new d.Paragraph({ style: "Subtitle", children: [new d.TextRun(subtitle)] }),
    ...(council ? [new d.Paragraph({ spacing: { before: 480 }, children: [new d.TextRun({ text: council, size: 28 })] })] : []),
    ...(options.asOf
      ? [new d.Paragraph({ spacing: { before: 240 }, children: [new d.TextRun({ text: reportText.madeOn(formatLongDate(options.asOf, lang))[lang], color: "595959" })] })]
      : []),
  ];
  const pageWord = lang === "sv" ? ["Sida ", " av "] : ["Page ", " of "];
  const header = new d.Header({ children: [pageText(d, [reportText.pageHeader(report.municipality, report.year)[lang]])] });
  const footer = new d.Footer({ children: [pageText(d, [pageWord[0], d.PageNumber.CURRENT, pageWord[1], d.PageNumber.TOTAL_PAGES])] });
  const page = (landscape: boolean) => ({
    // docx swaps width and height itself for a landscape page.
    size: { width: A4.short, height: A4.long, orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT },
    margin: { top: A4.top, bottom: A4.top, left: A4.side, right: A4.side },
  });
  const document = new d.Document({
    title,
    creator: "Rådsplan",
    description: subtitle,
    ...(layout ? { pageNumbers: layout.estimatePageNumbersWith({ guess: true }) } : { features: { updateFields: true } }),
    styles: {
      default: {
        document: { run: { language: { value: LANGUAGE_TAG[lang] }, font: FONT, size: BODY_PT * 2 } },
        title: { run: { size: 56, bold: true, color: "1F3864", font: FONT } },
        heading1: { run: { size: 30, bold: true, color: "1F3864", font: FONT }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { size: 25, bold: true, color: "1F3864", font: FONT }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { size: 22, bold: true, color: "2F5496", font: FONT }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
      paragraphStyles: [
        { id: "Subtitle", name: "Subtitle", basedOn: "Normal", run: { size: 30, color: "404040" }, paragraph: { spacing: { before: 120 } } },
        { id: "ContentsHeading", name: "TOC Heading", basedOn: "Normal", run: { size: 30, bold: true, color: "1F3864" }, paragraph: { spacing: { after: 200 } } },
        { id: "TableText", name: "Table Text", basedOn: "Normal", run: { size: TABLE_PT * 2 }, paragraph: { spacing: { before: 0, after: 0 } } },
        { id: "TableNumber", name: "Table Number", basedOn: "TableText", paragraph: { alignment: d.AlignmentType.RIGHT } },
        { id: "TableHeader", name: "Table Header", basedOn: "TableText", run: { bold: true } },
        { id: "TableHeaderNumber", name: "Table Header Number", basedOn: "TableHeader", paragraph: { alignment: d.AlignmentType.RIGHT } },
      ],
    },
    sections: [
      { properties: { page: page(false) }, children: titlePage },
      ...parts
        .filter((p) => p.children.length > 0)
        .map((p) => ({ properties: { page: page(p.landscape) }, headers: { default: header }, footers: { default: footer }, children: p.children })),
    ],
  });
  return { document, apart };
}

/**
 * The annual report as .docx bytes (in Node and in the browser). A report too large for
 * docx to lay out gets its tables spliced in after packing (tableXml.ts).
 */
export async function buildReportDocx(report: AnnualReport, lang: Lang, options: ReportDocxOptions = {}): Promise<Uint8Array> {
  const { Packer } = await import("docx");
  const { document, apart } = await reportDocument(report, lang, options);
  const packed = await Packer.pack(document, "uint8array");
  return apart ? apart.splice(packed) : packed;
}
