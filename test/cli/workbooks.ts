// Test fixtures for the command line: a temp folder per suite, file digests,
// and ExcelJS readers and editors that build test workbooks and compare them
// cell by cell (nothing binary is committed; every fixture is made here).

import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

/** A fresh temp folder, removed by the returned cleanup. */
export function tempFolder(prefix = "radsplan-cli-"): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The SHA-256 of a file's bytes. */
export function digest(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** A cell's value in a comparable form (formulas by formula, dates as ISO, rich text as text). */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return { formula: (value as ExcelJS.CellFormulaValue).formula };
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && "hyperlink" in value) return value.text;
    if ("error" in value) return value.error;
  }
  return value;
}

export interface CellRecord {
  value: unknown;
  numFmt: string;
  bold: boolean;
  fill: string | undefined;
}

/** Every non-empty cell of every sheet, by "Sheet!A1", with its value and the formatting users see. */
export async function cellsOf(file: string): Promise<Map<string, CellRecord>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells = new Map<string, CellRecord>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const fill = cell.fill && cell.fill.type === "pattern" ? (cell.fill.fgColor?.argb ?? undefined) : undefined;
        cells.set(`${ws.name}!${cell.address}`, {
          value: plainValue(cell.value),
          numFmt: cell.numFmt ?? "",
          bold: cell.font?.bold === true,
          fill,
        });
      });
    });
  });
  return cells;
}

/** Sheet names and the tables on each, as ExcelJS reads them. */
export async function sheetsAndTables(file: string): Promise<{ sheet: string; tables: string[] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ({
    sheet: ws.name,
    tables: Object.values((ws as unknown as { tables: Record<string, { name: string }> }).tables ?? {}).map((t) => t.name),
  }));
}

/** Opens a workbook with ExcelJS, lets `change` edit it, and saves it back. */
export async function editWorkbook(file: string, change: (wb: ExcelJS.Workbook) => void | Promise<void>, saveAs = file): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await change(wb);
  await wb.xlsx.writeFile(saveAs);
}
