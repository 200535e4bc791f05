// The generated Kontroll / Checks sheet as edits: a title with the run's summary and
// dates, then one table row per finding (severity, rule, message, sheet, a link
// that jumps to the cell, guidance, acknowledgement). Rebuilt from scratch on every
// run; every text that can hold user data is written as literal text.

import { acknowledgedCell, CHECKS_SHEET_TEXT, runLine, SEVERITY_NAMES, summaryLine } from "../i18n/rules";
import type { Edit } from "../workbook/edits";
import type { Lang } from "../workbook/layout";
import { columnLetter } from "../workbook/parsePlan";
import type { CellValue } from "../workbook/snapshot";
import type { AckedFinding } from "./acks";

/** The Excel table name of the findings table on the Kontroll sheet. */
export const CHECKS_TABLE = "RadsplanChecks";

export interface ChecksSheetOptions {
  lang: Lang;
  sheetName: string;
  /** Whether the sheet is already in the workbook (it is then deleted and added again). */
  existingSheet: boolean;
  /** When the check ran, as it should be shown (e.g. "2025-03-01 10:32"). */
  generatedAt: string;
  /** The run's dates, shown under the title. */
  summary: { referenceDate: string; followUpYear: number };
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  acknowledged: number;
}

export function countFindings(findings: readonly AckedFinding[]): FindingCounts {
  const c: FindingCounts = { errors: 0, warnings: 0, infos: 0, acknowledged: 0 };
  for (const f of findings) {
    if (f.severity === "error") c.errors++;
    else if (f.severity === "warning") c.warnings++;
    else c.infos++;
    if (f.acknowledged) c.acknowledged++;
  }
  return c;
}

/** A string as an Excel formula string literal: in double quotes, inner quotes doubled. */
const formulaString = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** =HYPERLINK("#'Sheet'!C5","Sheet!C5"): jumps to the cell; quotes in the sheet name are escaped. */
export function cellLink(sheet: string, cell: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return `=HYPERLINK(${formulaString(target)},${formulaString(`${sheet}!${cell}`)})`;
}

const COLUMNS = [
  { key: "severity", width: 11 },
  { key: "rule", width: 10 },
  { key: "message", width: 80, wrap: true },
  { key: "sheet", width: 16 },
  { key: "cell", width: 18 },
  { key: "guidance", width: 45, wrap: true },
  { key: "acknowledged", width: 40, wrap: true },
] as const;

/** Sheet rows of the layout: title lines, then the table's header row. */
const TITLE_ROWS = 3;
const HEADER_ROW = 5;

/** The edits that (re)build the Kontroll sheet for these findings. */
export function buildChecksSheetEdits(findings: readonly AckedFinding[], options: ChecksSheetOptions): Edit[] {
  const { lang, sheetName: sheet } = options;
  const t = CHECKS_SHEET_TEXT;
  const rows: CellValue[][] = findings.map((f) => [
    SEVERITY_NAMES[f.severity]?.[lang] ?? String(f.severity),
    f.rule,
    f.message[lang],
    f.sheet ?? "",
    f.sheet && f.cell ? cellLink(f.sheet, f.cell) : "",
    f.guidance[lang],
    f.acknowledged ? acknowledgedCell(f.acknowledged)[lang] : "",
  ]);
  if (rows.length === 0) rows.push(["", "", t.nothingFound[lang], "", "", "", ""]);
  const header = COLUMNS.map((c) => t.headers[c.key][lang]);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + rows.length;
  const col = (i: number) => columnLetter(i);
  const span = (from: number, to: number, r1: number, r2: number) => `${col(from)}${r1}:${col(to)}${r2}`;
  const pick = (from: number, to: number) => rows.map((r) => r.slice(from, to + 1));
  const LINK = 4;

  const edits: Edit[] = [];
  if (options.existingSheet) edits.push({ kind: "deleteSheet", sheet });
  edits.push(
    { kind: "addSheet", sheet },
    {
      kind: "setValues",
      sheet,
      address: `A1:A${TITLE_ROWS}`,
      values: [
        [`${t.title[lang]}: ${summaryLine(countFindings(findings))[lang]}`],
        [runLine({ ...options.summary, generatedAt: options.generatedAt })[lang]],
        [t.generatedNote[lang]],
      ],
      text: true,
    },
    { kind: "setValues", sheet, address: span(0, COLUMNS.length - 1, HEADER_ROW, HEADER_ROW), values: [header], text: true },
    { kind: "setValues", sheet, address: span(0, LINK - 1, first, last), values: pick(0, LINK - 1), text: true },
    { kind: "setValues", sheet, address: span(LINK, LINK, first, last), values: pick(LINK, LINK) },
    { kind: "setValues", sheet, address: span(LINK + 1, COLUMNS.length - 1, first, last), values: pick(LINK + 1, COLUMNS.length - 1), text: true },
    { kind: "addTable", sheet, address: span(0, COLUMNS.length - 1, HEADER_ROW, last), name: CHECKS_TABLE, style: "TableStyleMedium2" },
    { kind: "format", sheet, address: "A1", bold: true, fontSize: 14 },
    { kind: "format", sheet, address: `A${TITLE_ROWS}`, italic: true, fontColor: "#595959" },
  );
  COLUMNS.forEach((c, i) => {
    edits.push({ kind: "setColumnWidth", sheet, columns: col(i), widthChars: c.width });
    if ("wrap" in c) edits.push({ kind: "format", sheet, address: span(i, i, first, last), wrapText: true });
  });
  // Wrapped messages get the lines they need, and each row's cells start at its top.
  const table = span(0, COLUMNS.length - 1, HEADER_ROW, last);
  edits.push({ kind: "format", sheet, address: table, verticalAlignment: "Top" }, { kind: "autofitRows", sheet, address: table });
  edits.push({ kind: "freezeRows", sheet, rows: HEADER_ROW });
  return edits;
}
