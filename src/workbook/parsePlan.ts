// parsePlan: turns a WorkbookSnapshot into the typed Plan. Finds each planning table by
// its stable name, matches headers in either language, skips wholly blank rows, reads
// every cell with parseCell and records what cannot be read, with sheet and A1 cell.
// Also home of the A1 address helpers everything else points at cells with.

import { PARSE_MESSAGES } from "../i18n/parse";
import { expectedIn, TABLES, type ColumnDef, type ColumnType, type Lang, type TableDef, type TableName } from "./layout";
import { readSettingValues } from "./meta";
import { columnLetter, headerRowAddress } from "./parse/address";
import { cellParser, type CellParser } from "./parse/cell";
import { findTable, matchHeaders, type HeaderMatch } from "./parse/headers";
import { CellFailure } from "./parse/result";
import { isBlank } from "./parse/text";
import type { ParseProblem, Plan, PlanRow, TableInfo } from "./plan";
import { columnSchemas } from "./schemas";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "./snapshot";

export { cellAddress, columnLetter, headerRowAddress, tableRangeAddress } from "./parse/address";

type AnyRow = PlanRow<TableName>;

/**
 * Column types the schema check skips: their reader returns trimmed, non-empty text by
 * construction, nearly every value is distinct, and their schema (a non-empty string) would
 * cost one zod call per row. test/workbook/schemas.test.ts holds every reader to its schema.
 */
const FREE_TEXT: ReadonlySet<ColumnType> = new Set(["id", "text", "ref"]);

/** A layout column as found in one table: where it is and its letter. */
interface PlacedColumn {
  col: ColumnDef;
  offset: number;
  letter: string;
  parse: CellParser;
  /** Every distinct value read in this column, for the schema check (null: not checked). */
  seen: Set<unknown> | null;
}

/** The workbook's language: as its settings say, else the one most headers are written in, else Swedish. */
function workbookLang(snapshot: WorkbookSnapshot, matches: (HeaderMatch | undefined)[]): Lang {
  const stated = readSettingValues(snapshot).lang;
  if (stated) return stated;
  let sv = 0;
  let en = 0;
  for (const m of matches) {
    sv += m?.votes.sv ?? 0;
    en += m?.votes.en ?? 0;
  }
  return en > sv ? "en" : "sv";
}

/** True when every layout column of the row is blank (the user's own columns do not count). */
function isBlankPlanRow(cells: readonly CellValue[], placed: readonly PlacedColumn[]): boolean {
  for (const p of placed) {
    const v = cells[p.offset];
    if (v !== undefined && !isBlank(v)) return false;
  }
  return true;
}

/**
 * Reads a table's non-blank rows, pushing every unreadable, missing or unlisted value onto
 * `problems` in sheet order. Works column by column: each inner loop runs one parser and
 * writes one property, which keeps 100 000 rows fast.
 */
function parseRows(def: TableDef, table: TableSnapshot, info: TableInfo, problems: ParseProblem[]): AnyRow[] {
  const placed: PlacedColumn[] = [];
  for (const col of def.columns) {
    const offset = info.columns[col.key];
    if (offset !== undefined) placed.push({ col, offset, letter: columnLetter(info.firstColumn + offset), parse: cellParser(col), seen: FREE_TEXT.has(col.type) ? null : new Set() });
  }
  // Every row's values and raw cells start as copies of these templates: objects of one
  // shape whose properties are overwritten, never added.
  const nullRow: Record<string, unknown> = Object.fromEntries(def.columns.map((c) => [c.key, null]));
  const emptyRaw: Record<string, CellValue> = Object.fromEntries(placed.map((p) => [p.col.key, ""]));
  const rows: AnyRow[] = [];
  const cellsOf: (readonly CellValue[])[] = [];
  table.rows.forEach((cells, i) => {
    if (isBlankPlanRow(cells, placed)) return;
    rows.push({ row: info.headerRow + 1 + i, values: { ...nullRow }, raw: { ...emptyRaw } } as unknown as AnyRow);
    cellsOf.push(cells);
  });
  const found: ParseProblem[] = [];
  for (const p of placed) {
    const { col, offset, parse, seen } = p;
    const key = col.key;
    for (let i = 0; i < rows.length; i++) {
      const v = cellsOf[i][offset] ?? "";
      const { values, raw, row } = rows[i] as unknown as { values: Record<string, unknown>; raw: Record<string, CellValue>; row: number };
      raw[key] = v;
      const r = parse(v);
      if (r instanceof CellFailure) found.push(problem(r.kind, def.name, p, row, info.sheet, v, r.message));
      else if (r !== null) {
        values[key] = r;
        seen?.add(r);
      } else if (col.required) found.push(problem("required", def.name, p, row, info.sheet, v, PARSE_MESSAGES.required(col)));
    }
  }
  checkAgainstSchema(def, rows, placed, info.sheet, found);
  const order = new Map(placed.map((p, i) => [p.col.key, i]));
  found.sort((a, b) => a.row! - b.row! || order.get(a.column!)! - order.get(b.column!)!);
  problems.push(...found);
  return rows;
}

function problem(
  kind: ParseProblem["kind"],
  table: TableName,
  p: PlacedColumn,
  row: number,
  sheet: string,
  raw: CellValue,
  message: ParseProblem["message"],
): ParseProblem {
  return { kind, table, column: p.col.key, row, sheet, cell: p.letter + row, raw, message };
}

/**
 * Validates the values read against the layout's zod schemas. The parsers already
 * guarantee what the schemas say, so this is a safety net: a disagreement becomes an
 * `unreadable` problem on each cell holding the value, never a bad value downstream.
 * Each column's distinct values are validated in one bulk call, which keeps it cheap;
 * free-text columns are left out (see FREE_TEXT).
 */
function checkAgainstSchema(def: TableDef, rows: AnyRow[], placed: PlacedColumn[], sheet: string, problems: ParseProblem[]) {
  const schemas = columnSchemas(def.name);
  for (const p of placed) {
    if (!p.seen) continue;
    const values = [...p.seen];
    const result = schemas[p.col.key].array().safeParse(values);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const bad = values[issue.path[0] as number];
      for (const r of rows) {
        const rowValues = r.values as Record<string, unknown>;
        if (rowValues[p.col.key] !== bad) continue;
        rowValues[p.col.key] = null;
        const raw = r.raw[p.col.key] ?? "";
        problems.push(problem("unreadable", def.name, p, r.row, sheet, raw, PARSE_MESSAGES.schemaRejected(raw, issue.message)));
      }
    }
  }
}

/** Parses every planning table of a snapshot into a Plan. Never throws. */
export function parsePlan(snapshot: WorkbookSnapshot): Plan {
  const found = TABLES.map((def) => ({ def: def as TableDef, table: findTable(snapshot, def.name) }));
  const matches = found.map(({ def, table }) => (table ? matchHeaders(def.columns, table.headers) : undefined));
  const lang = workbookLang(snapshot, matches);
  const layoutVersion = readSettingValues(snapshot).layoutVersion ?? 0;
  const problems: ParseProblem[] = [];
  const tables = {} as Record<TableName, TableInfo | null>;
  const rows = {} as Record<TableName, AnyRow[]>;
  found.forEach(({ def, table }, i) => {
    const match = matches[i];
    if (!table || !match) {
      tables[def.name] = null;
      rows[def.name] = [];
      if (expectedIn(def, layoutVersion)) problems.push({ kind: "missingTable", table: def.name, message: PARSE_MESSAGES.missingTable(def.name, def.sheet[lang]) });
      return;
    }
    const info: TableInfo = {
      name: def.name,
      sheet: table.sheet,
      headerRow: table.headerRow,
      firstColumn: table.firstColumn,
      columns: match.offsets,
      rowCount: table.rows.length,
      columnCount: table.headers.length,
    };
    tables[def.name] = info;
    for (const col of match.missing) {
      if (!expectedIn(col, layoutVersion)) continue;
      problems.push({
        kind: "missingColumn",
        table: def.name,
        column: col.key,
        sheet: table.sheet,
        cell: headerRowAddress(info),
        message: PARSE_MESSAGES.missingColumn(def.name, table.sheet, col[lang], match.unknown),
      });
    }
    for (const { column, at } of match.ambiguous) {
      const letters = at.map((i) => columnLetter(table.firstColumn + i));
      problems.push({
        kind: "duplicateColumn",
        table: def.name,
        column: column.key,
        sheet: table.sheet,
        cell: `${letters[0]}${table.headerRow}`,
        message: PARSE_MESSAGES.duplicateColumn(def.name, table.sheet, at.map((i, n) => ({ header: String(table.headers[i]).trim(), column: letters[n] }))),
      });
    }
    rows[def.name] = parseRows(def, table, info, problems);
  });
  return { lang, tables, rows, problems } as Plan;
}
