// The annual report as a Word document (.docx), built with the `docx` package
// from the same sections as the report sheet: headings, tables whose header
// row repeats on every page, Swedish (or English) language tags and number
// formatting. Loads `docx` only when called, so the task pane can import()
// this module on demand; works in Node and in the browser.

import type { Lang } from "../workbook/layout";
import { reportText } from "../i18n/followup";
import type { AnnualReport } from "./types";
import { formatCell } from "./format";
import { reportSections } from "./reportSections";
import type { ReportTable } from "./tableModel";

type Docx = typeof import("docx");

const LANGUAGE_TAG: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };
/** Half-points: 9 pt in tables, 10.5 pt in running text. */
const TABLE_FONT_SIZE = 18;
const BODY_FONT_SIZE = 21;
/** A4 in twips (1/1440 inch), laid out landscape so the wide tables fit; 1.5 cm margins. */
const A4 = { width: 11906, height: 16838, margin: 850 };

function wordTable(d: Docx, table: ReportTable, lang: Lang) {
  const cell = (text: string, opts: { header?: boolean; right?: boolean }) =>
    new d.TableCell({
      shading: opts.header ? { type: d.ShadingType.CLEAR, color: "auto", fill: "D9D9D9" } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new d.Paragraph({
          alignment: opts.right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
          children: [new d.TextRun({ text, bold: opts.header, size: TABLE_FONT_SIZE })],
        }),
      ],
    });
  const numeric = table.columns.map((c) => c.format !== "text");
  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, j) => cell(c.header, { header: true, right: numeric[j] })),
  });
  const rows =
    table.rows.length > 0
      ? table.rows.map(
          (r) =>
            new d.TableRow({
              cantSplit: true,
              children: table.columns.map((c, j) => cell(formatCell(r[j] ?? null, c.format, lang), { right: numeric[j] })),
            }),
        )
      : [new d.TableRow({ children: [new d.TableCell({ columnSpan: table.columns.length, children: [new d.Paragraph({ children: [new d.TextRun({ text: table.emptyText, italics: true, size: TABLE_FONT_SIZE })] })] })] })];
  return new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function pageText(d: Docx, children: (string | (typeof d.PageNumber)[keyof typeof d.PageNumber])[]) {
  return new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children, size: 16, color: "595959" })] });
}

/** The Word document of the report, before packing. */
async function reportDocument(report: AnnualReport, lang: Lang) {
  const d: Docx = await import("docx");
  const title = reportText.title(report.year)[lang];
  const body: (InstanceType<Docx["Paragraph"]> | InstanceType<Docx["Table"]>)[] = [
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(title)] }),
    new d.Paragraph({ children: [new d.TextRun(reportText.subtitle(report.municipality, report.year)[lang])] }),
  ];
  for (const section of reportSections(report, lang)) {
    body.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, keepNext: true, children: [new d.TextRun(section.heading)] }));
    for (const table of section.tables) {
      if (table.caption) body.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, keepNext: true, children: [new d.TextRun(table.caption)] }));
      body.push(wordTable(d, table, lang), new d.Paragraph({ children: [] }));
    }
  }
  const pageWord = lang === "sv" ? ["Sida ", " av "] : ["Page ", " of "];
  return new d.Document({
    title,
    creator: "Rådsplan",
    description: reportText.subtitle(report.municipality, report.year)[lang],
    styles: {
      default: {
        document: { run: { language: { value: LANGUAGE_TAG[lang] }, font: "Calibri", size: BODY_FONT_SIZE } },
        heading1: { run: { size: 28, bold: true, color: "1F3864" }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { size: 24, bold: true, italics: true }, paragraph: { spacing: { before: 120, after: 80 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: d.PageOrientation.LANDSCAPE },
            margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
          },
        },
        headers: { default: new d.Header({ children: [pageText(d, [reportText.pageHeader(report.municipality, report.year)[lang]])] }) },
        footers: { default: new d.Footer({ children: [pageText(d, [pageWord[0], d.PageNumber.CURRENT, pageWord[1], d.PageNumber.TOTAL_PAGES])] }) },
        children: body,
      },
    ],
  });
}

/**
 * The annual report as .docx bytes. Packs with Packer.toBuffer in Node and
 * Packer.toBlob in the browser (where Buffer does not exist).
 */
export async function buildReportDocx(report: AnnualReport, lang: Lang): Promise<Uint8Array> {
  const { Packer } = await import("docx");
  const doc = await reportDocument(report, lang);
  if (typeof Buffer !== "undefined" && typeof process !== "undefined" && process.versions?.node) {
    const buffer = await Packer.toBuffer(doc);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  const blob = await Packer.toBlob(doc);
  return new Uint8Array(await blob.arrayBuffer());
}
