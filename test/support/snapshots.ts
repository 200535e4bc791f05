// Test helpers, the one set of snapshot builders: WorkbookSnapshots of the planning
// tables the way the reader produces them (tableOf, snapshotOf, snapshotFrom from rows
// in layout column order), and a large snapshot with every kind of value people type.

import { LISTS, TABLES, TABLE_BY_NAME, type ColumnDef, type Lang, type ListItem, type TableName } from "../../src/workbook/layout";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

/** A table snapshot with the layout's headers in `lang`, placed at A1 unless told otherwise. */
export function tableOf(
  name: TableName,
  rows: CellValue[][],
  opts: { lang?: Lang; headers?: string[]; sheet?: string; headerRow?: number; firstColumn?: number } = {},
): TableSnapshot {
  const def = TABLE_BY_NAME[name];
  const lang = opts.lang ?? "sv";
  const headers = opts.headers ?? def.columns.map((c) => c[lang]);
  return {
    name,
    sheet: opts.sheet ?? def.sheet[lang],
    headerRow: opts.headerRow ?? 1,
    firstColumn: opts.firstColumn ?? 0,
    headers,
    rows: rows.map((r) => headers.map((_, i) => r[i] ?? "")),
  };
}

/** A snapshot holding every planning table (empty unless given), optionally without some. */
export function snapshotOf(tables: TableSnapshot[], opts: { lang?: Lang; without?: TableName[] } = {}): WorkbookSnapshot {
  const given = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const all = TABLES.filter((t) => !opts.without?.includes(t.name)).map((t) => given.get(t.name.toLowerCase()) ?? tableOf(t.name, [], { lang: opts.lang }));
  const extra = tables.filter((t) => !TABLES.some((d) => d.name.toLowerCase() === t.name.toLowerCase()));
  return { sheets: [...all, ...extra].map((t) => ({ name: t.sheet, visibility: "Visible" })), tables: [...all, ...extra] };
}

export type Rows = Partial<Record<TableName, CellValue[][]>>;

export interface SnapshotOptions {
  lang?: Lang;
  /** Tables left out of the workbook entirely. */
  omit?: TableName[];
  /** Where a table's header row starts (default row 1, column A). */
  at?: Partial<Record<TableName, { headerRow: number; firstColumn: number }>>;
  /** Header texts to use instead of the layout's. */
  headers?: Partial<Record<TableName, string[]>>;
}

/** A workbook with every planning table on its own sheet, rows given in layout column order. */
export function snapshotFrom(rows: Rows, options: SnapshotOptions = {}): WorkbookSnapshot {
  const tables = TABLES.filter((t) => !options.omit?.includes(t.name)).map((t) =>
    tableOf(t.name, rows[t.name] ?? [], { lang: options.lang, headers: options.headers?.[t.name], ...options.at?.[t.name] }),
  );
  return { sheets: tables.map((t) => ({ name: t.sheet, visibility: "Visible" })), tables };
}

/** A cell as a coordinator might type it in a column of this type (varied: numbers, Swedish text). */
function typicalCell(col: ColumnDef, i: number): CellValue {
  const odd = i % 2 === 1;
  switch (col.type) {
    case "id":
      return `X${i}`;
    case "text":
      return `Text ${i}`;
    case "ref":
      return `R${i % 50}`;
    case "list": {
      const items = LISTS[col.list!] as readonly ListItem[];
      const item = items[i % items.length];
      return odd ? item.sv : ` ${item.en.toUpperCase()}`;
    }
    case "date":
      return odd ? 45717 + (i % 300) : "2025-03-01";
    case "year":
      return odd ? 2025 : "2024";
    case "integer":
      return odd ? 4 : "12";
    case "number":
      return odd ? 1.5 : "1 234,5";
    case "money":
      return odd ? 25000 : "12 500 kr";
    case "email":
      return "samordnare@example.se";
    case "yesno":
      return odd ? "Ja" : true;
  }
}

/** A snapshot of `total` rows spread evenly over the planning tables, every tenth row blank. */
export function largeSnapshot(total: number): WorkbookSnapshot {
  const per = Math.floor(total / TABLES.length);
  const tables = TABLES.map((t) => {
    const columns = t.columns as readonly ColumnDef[];
    const rows: CellValue[][] = [];
    for (let i = 0; i < per; i++) rows.push(columns.map((c) => (i % 10 === 9 ? "" : typicalCell(c, i))));
    return tableOf(t.name, rows);
  });
  return snapshotOf(tables);
}
