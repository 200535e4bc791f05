// The "think" step of the create-structure (and example plan) command: from a
// snapshot, the edits that give the workbook every planning table of the layout
// and Rådsplan's hidden meta sheet, without ever writing over anything. Missing
// tables get a sheet, headers, table, formats, widths, frozen header and
// dropdowns; existing tables get only their missing columns, appended at the
// right; the settings get the layout version and language. A complete workbook
// gives no edits at all. Pure: no Office.js.

import type { Capabilities } from "../base/capabilities";
import type { Text } from "../base/text";
import { structureText } from "../i18n/structure";
import type { Edit } from "./edits";
import {
  ACKS_TABLE,
  LAYOUT_VERSION,
  LISTS,
  META_SHEET,
  NUMBER_FORMATS,
  SETTINGS_TABLE,
  TABLES,
  TABLE_BY_NAME,
  type ColumnDef,
  type Lang,
  type ListId,
  type ListItem,
  type TableDef,
  type TableName,
} from "./layout";
import { META_TABLES, readSettingValues, SETTINGS_COLUMNS, settingsRows } from "./meta";
import { columnLetter } from "./parse/address";
import { findTable, matchHeaders } from "./parse/headers";
import { isBlankRow, labelKey } from "./parse/text";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "./snapshot";

/** In-cell dropdowns (data validation) need this ExcelApi requirement set. */
export const DROPDOWN_API = "1.8";
/** Table.resize needs this ExcelApi requirement set. */
export const TABLE_RESIZE_API = "1.13";
/** The style new tables get. */
export const TABLE_STYLE = "TableStyleMedium2";
/**
 * Rådsplan's table of dropdown labels that cannot be written inline because they
 * hold a comma (Excel splits inline list sources on commas), e.g. "Per 100,000 inhabitants".
 * One column per such list, headed by the list id.
 */
export const LISTS_TABLE = "RadsplanLists";

/** Every table a snapshot reads: the planning tables and Rådsplan's meta tables. */
export const SNAPSHOT_TABLES: readonly string[] = [...TABLES.map((t) => t.name), SETTINGS_TABLE, ACKS_TABLE, LISTS_TABLE];

/** The sheet names Rådsplan may create, whose emptiness a snapshot records. */
export const SNAPSHOT_SHEETS: readonly string[] = [
  ...new Set([...TABLES.flatMap((t) => [t.sheet.sv, t.sheet.en]), META_SHEET]),
];

export type TableState = "present" | "missing" | "missingColumns";

export interface TableStatus {
  table: TableName;
  /** The sheet it is on, or would be created as. */
  sheet: string;
  state: TableState;
  /** Headers (in the workbook's language) of layout columns the table lacks. */
  missingColumns: string[];
  /**
   * Non-empty data rows in the table (0 when missing). The task pane offers the example
   * plan only while every table has none; when absent it leaves that to insertExampleData.
   */
  rows?: number;
}

export interface StructureStatus {
  tables: TableStatus[];
  /** 0 when Rådsplan never created the structure in this workbook. */
  layoutVersion: number;
  lang: Lang;
}

export interface StructureReport {
  addedSheets: string[];
  addedTables: string[];
  addedColumns: { table: TableName; header: string }[];
  /** Features left out because this Excel lacks an API (e.g. dropdowns before ExcelApi 1.8). */
  notices: Text[];
  /** context.sync() calls the command made. */
  syncs: number;
}

/** Where the meta tables sit on the meta sheet (0-based first column), side by side. */
const META_SLOTS: Record<string, number> = { [SETTINGS_TABLE]: 0, [ACKS_TABLE]: 3, [LISTS_TABLE]: 10 };

/** Data rows (in layout column order) to write into planning tables, e.g. the example plan. */
export type TableRows = Partial<Record<TableName, CellValue[][]>>;

export interface StructureOptions {
  /** The language to create in when the workbook has none yet. */
  lang: Lang;
  /** The layout version to record; defaults to LAYOUT_VERSION. */
  layoutVersion?: number;
  caps: Capabilities;
  /** Rows to fill into tables that hold no data (the example plan). */
  rows?: TableRows;
  /** Settings to record when the settings table is created (layout version and language always are). */
  settings?: Partial<Settings>;
}

export interface StructurePlan {
  edits: Edit[];
  report: Omit<StructureReport, "syncs">;
  /** The structure as read, before the edits. */
  status: StructureStatus;
}

/** The workbook's language: its settings' lang when set, else `requested`. */
export function workbookLang(snapshot: WorkbookSnapshot, requested: Lang): Lang {
  return readSettingValues(snapshot).lang ?? requested;
}

/** The first planning table that holds a non-blank row, if any. */
export function firstFilledTable(snapshot: WorkbookSnapshot): TableSnapshot | undefined {
  for (const def of TABLES) {
    const table = findTable(snapshot, def.name);
    if (table && table.rows.some((row) => !isBlankRow(row))) return table;
  }
  return undefined;
}

/** What the workbook holds of the layout, and what a create would add. */
export function structureStatus(snapshot: WorkbookSnapshot, lang: Lang): StructureStatus {
  return new Planner(snapshot, { lang, caps: { isSetSupported: () => true } }).status();
}

/** The edits that complete the workbook's structure (none when it is complete). */
export function planStructure(snapshot: WorkbookSnapshot, options: StructureOptions): StructurePlan {
  const planner = new Planner(snapshot, options);
  const status = planner.status();
  planner.planTables();
  planner.planMeta();
  return { edits: planner.edits, report: planner.report, status };
}

/** A table's body rows up to its last non-blank one (the first appended row goes right after). */
export function usedRows(table: TableSnapshot): number {
  let used = table.rows.length;
  while (used > 0 && isBlankRow(table.rows[used - 1])) used--;
  return used;
}

/** How many body rows a table needs to hold `adding` more rows after its last non-blank one. */
export function rowsNeeded(table: TableSnapshot, adding: number): number {
  return usedRows(table) + adding;
}

export interface TableWrites {
  /** Rows (values by column key) to add below each existing planning table's data. */
  appends?: { table: TableName; rows: Record<string, CellValue>[] }[];
  /** Settings to write whatever the workbook states now. */
  settings?: [keyof Settings, CellValue][];
}

/**
 * The edits that add rows to existing planning tables and set settings, growing the
 * tables as needed (their formats and dropdowns carried onto the new rows). Tables or
 * a settings table the workbook lacks are left out: callers complete the structure first.
 */
export function planTableWrites(snapshot: WorkbookSnapshot, options: Pick<StructureOptions, "lang" | "caps">, writes: TableWrites): Edit[] {
  const planner = new Planner(snapshot, options);
  planner.placeAllExisting();
  for (const { table, rows } of writes.appends ?? []) planner.appendRows(TABLE_BY_NAME[table], rows);
  planner.setSettings(writes.settings ?? []);
  return planner.edits;
}

// ---------------------------------------------------------------------------

/** A table as the plan will leave it: where it is and which sheet column holds each column key. */
interface Placed {
  name: string;
  sheet: string;
  headerRow: number;
  /** 0-based sheet column of the table's first column, and how many columns it will have. */
  firstColumn: number;
  width: number;
  /** Data body rows (at least 1). */
  bodyRows: number;
  /** The existing table's style, if known. */
  style?: string;
  /** Column key -> 0-based sheet column. */
  columns: Map<string, number>;
  /** Header text of each column key. */
  headers: Map<string, string>;
}

/** Picks sheet names that never land on a sheet holding something. */
class SheetNamer {
  private readonly sheets = new Map<string, { empty: boolean }>();

  constructor(snapshot: WorkbookSnapshot) {
    for (const s of snapshot.sheets) this.sheets.set(s.name.toLowerCase(), { empty: s.empty === true });
    for (const t of snapshot.tables) this.sheets.set(t.sheet.toLowerCase(), { empty: false });
  }

  /** `wanted`, or "wanted (2)", "(3)"...: the first that is new or an existing empty sheet. */
  pick(wanted: string): { name: string; exists: boolean } {
    for (let n = 1; ; n++) {
      const name = n === 1 ? wanted : `${wanted} (${n})`;
      const sheet = this.sheets.get(name.toLowerCase());
      if (!sheet || sheet.empty) return { name, exists: sheet !== undefined };
    }
  }

  /** Marks a sheet as taken by the plan. */
  claim(name: string): void {
    this.sheets.set(name.toLowerCase(), { empty: false });
  }
}

/** The A1 address of a placed table's header row and `bodyRows` rows below it. */
function tableSpan(placed: Placed, bodyRows: number): string {
  const { firstColumn, width, headerRow } = placed;
  return `${columnLetter(firstColumn)}${headerRow}:${columnLetter(firstColumn + width - 1)}${headerRow + bodyRows}`;
}

/** A header as a structured-reference column specifier (', #, [ and ] escaped with '). */
function structuredColumn(header: string): string {
  return header.replace(/['#[\]]/g, "'$&");
}

/** A validation formula that lists the live values of a table column. */
function indirectSource(table: string, header: string): string {
  const reference = `${table}[${structuredColumn(header)}]`.replace(/"/g, '""');
  return `=INDIRECT("${reference}")`;
}

class Planner {
  readonly edits: Edit[] = [];
  readonly report: Omit<StructureReport, "syncs"> = { addedSheets: [], addedTables: [], addedColumns: [], notices: [] };
  private readonly lang: Lang;
  private readonly dropdowns: boolean;
  private readonly names: SheetNamer;
  private readonly placed = new Map<string, Placed>();
  /** Lists whose labels need LISTS_TABLE (a label holds a comma). */
  private readonly tableLists = new Set<ListId>();

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly options: StructureOptions,
  ) {
    this.lang = workbookLang(snapshot, options.lang);
    this.dropdowns = options.caps.isSetSupported("ExcelApi", DROPDOWN_API);
    this.names = new SheetNamer(snapshot);
  }

  status(): StructureStatus {
    const names = new SheetNamer(this.snapshot);
    const tables: TableStatus[] = TABLES.map((def) => {
      const found = findTable(this.snapshot, def.name);
      if (!found) {
        const { name } = names.pick(def.sheet[this.lang]);
        names.claim(name);
        return { table: def.name, sheet: name, state: "missing", missingColumns: [], rows: 0 };
      }
      const missing = matchHeaders(def.columns, found.headers).missing.map((c) => c[this.lang]);
      return {
        table: def.name,
        sheet: found.sheet,
        state: missing.length ? "missingColumns" : "present",
        missingColumns: missing,
        rows: found.rows.filter((row) => !isBlankRow(row)).length,
      };
    });
    return { tables, layoutVersion: readSettingValues(this.snapshot).layoutVersion ?? 0, lang: this.lang };
  }

  /** Every planning table: created when missing, completed when it lacks columns, filled when asked. */
  planTables(): void {
    // Place every table first, so dropdowns can name the ID column of a table made later.
    const work = TABLES.map((def) => {
      const found = findTable(this.snapshot, def.name);
      return found ? this.placeExisting(def.name, def.columns, found) : this.placeNew(def.name, def.columns, def.sheet[this.lang]);
    });
    TABLES.forEach((def, i) => {
      const { placed, added, isNew } = work[i];
      const rows = this.options.rows?.[def.name] ?? [];
      if (isNew) {
        this.createTable(placed, def.columns, rows);
        this.edits.push({ kind: "freezeRows", sheet: placed.sheet, rows: placed.headerRow });
      } else {
        this.appendColumns(placed, added, def.name);
        if (rows.length) this.fillRows(placed, def.columns, rows);
      }
    });
  }

  /** The hidden meta sheet with the settings (layout version, language) and acks tables. */
  planMeta(): void {
    const owned = [SETTINGS_TABLE, ACKS_TABLE, LISTS_TABLE].map((n) => findTable(this.snapshot, n)).find((t) => t);
    let sheet = owned?.sheet;
    const wanted = {
      layoutVersion: this.options.layoutVersion ?? LAYOUT_VERSION,
      lang: this.lang,
    };
    const stated = readSettingValues(this.snapshot);
    const tables: { name: string; columns: readonly ColumnDef[]; rows: CellValue[][] }[] = [
      ...META_TABLES.map((t) => ({
        name: t.name,
        columns: t.columns,
        rows: t.name === SETTINGS_TABLE ? settingsRows({ ...DEFAULT_SETTINGS, ...this.options.settings, ...stated, ...wanted }) : [],
      })),
      ...(this.tableLists.size ? [this.listsTable()] : []),
    ];
    for (const t of tables) {
      const found = findTable(this.snapshot, t.name);
      if (found) {
        const { placed, added } = this.placeExisting(t.name, t.columns, found);
        this.appendColumns(placed, added);
        continue;
      }
      if (!sheet) {
        const picked = this.names.pick(META_SHEET);
        sheet = picked.name;
        this.names.claim(sheet);
        if (!picked.exists) {
          this.edits.push({ kind: "addSheet", sheet, visibility: "Hidden" });
          this.report.addedSheets.push(sheet);
        }
      }
      this.createTable(this.placeAt(t.name, t.columns, sheet, META_SLOTS[t.name], t.rows.length), t.columns, t.rows);
    }
    if (findTable(this.snapshot, SETTINGS_TABLE)) this.updateSettings(stated, wanted);
  }

  // --- placing -------------------------------------------------------------

  private placeAt(name: string, columns: readonly ColumnDef[], sheet: string, firstColumn: number, rowCount: number): Placed {
    const placed: Placed = {
      name,
      sheet,
      headerRow: 1,
      firstColumn,
      width: columns.length,
      bodyRows: Math.max(rowCount, 1),
      columns: new Map(columns.map((c, i) => [c.key, firstColumn + i])),
      headers: new Map(columns.map((c) => [c.key, c[this.lang]])),
    };
    this.placed.set(name, placed);
    return placed;
  }

  private placeNew(name: string, columns: readonly ColumnDef[], wantedSheet: string) {
    const picked = this.names.pick(wantedSheet);
    this.names.claim(picked.name);
    if (!picked.exists) {
      this.edits.push({ kind: "addSheet", sheet: picked.name });
      this.report.addedSheets.push(picked.name);
    }
    if (picked.name !== wantedSheet) this.report.notices.push(structureText.sheetNameTaken(wantedSheet, picked.name, name));
    const rowCount = this.options.rows?.[name as TableName]?.length ?? 0;
    return { placed: this.placeAt(name, columns, picked.name, 0, rowCount), added: [] as ColumnDef[], isNew: true };
  }

  private placeExisting(name: string, columns: readonly ColumnDef[], found: TableSnapshot) {
    const match = matchHeaders(columns, found.headers);
    const placed: Placed = {
      name,
      sheet: found.sheet,
      headerRow: found.headerRow,
      firstColumn: found.firstColumn,
      width: found.headers.length,
      bodyRows: Math.max(found.rows.length, 1),
      style: found.style,
      columns: new Map(),
      headers: new Map(),
    };
    for (const col of columns) {
      const offset = match.offsets[col.key];
      if (offset === undefined) continue;
      placed.columns.set(col.key, found.firstColumn + offset);
      placed.headers.set(col.key, found.headers[offset]);
    }
    // a column whose header appears twice is not missing (DATA-06 names both): nothing is added for it
    const added = columns.filter((c) => match.missing.includes(c));
    placed.width += added.length;
    added.forEach((col, i) => {
      placed.columns.set(col.key, found.firstColumn + found.headers.length + i);
      placed.headers.set(col.key, col[this.lang]);
    });
    this.placed.set(name, placed);
    return { placed, added, isNew: false };
  }

  // --- writing -------------------------------------------------------------

  /** Header + rows written first, then the table over them, then the per-column set-up. */
  private createTable(placed: Placed, columns: readonly ColumnDef[], rows: CellValue[][]): void {
    const headers = columns.map((c) => placed.headers.get(c.key)!);
    this.edits.push(
      { kind: "setValues", sheet: placed.sheet, address: tableSpan(placed, rows.length), values: [headers, ...rows], text: true },
      { kind: "addTable", sheet: placed.sheet, address: tableSpan(placed, placed.bodyRows), name: placed.name, style: TABLE_STYLE },
    );
    this.report.addedTables.push(placed.name);
    for (const col of columns) this.setUpColumn(placed, col);
  }

  private appendColumns(placed: Placed, added: readonly ColumnDef[], table?: TableName): void {
    for (const col of added) {
      const header = placed.headers.get(col.key)!;
      this.edits.push({ kind: "addTableColumn", table: placed.name, header });
      if (table) this.report.addedColumns.push({ table, header });
      this.setUpColumn(placed, col);
    }
  }

  /** Number format and dropdown on the column's data body rows `from`..`to`, and (unless told not) its width. */
  private setUpColumn(placed: Placed, col: ColumnDef, from = placed.headerRow + 1, to = placed.headerRow + placed.bodyRows, width = true): void {
    const letter = columnLetter(placed.columns.get(col.key)!);
    const body = `${letter}${from}:${letter}${to}`;
    this.edits.push({ kind: "setNumberFormat", sheet: placed.sheet, address: body, format: NUMBER_FORMATS[col.type] });
    if (width) this.edits.push({ kind: "setColumnWidth", sheet: placed.sheet, columns: letter, widthChars: col.width });
    if (!["list", "ref", "yesno"].includes(col.type)) return;
    if (!this.dropdowns) {
      if (!this.report.notices.includes(structureText.validationUnsupported)) this.report.notices.push(structureText.validationUnsupported);
      return;
    }
    this.edits.push({ kind: "listValidation", sheet: placed.sheet, address: body, source: this.dropdownSource(col) });
  }

  /**
   * Rows into an existing table that holds no data. The table's definition stays as
   * the user has it: each layout column's values go into that column wherever it
   * stands (order, header language, the user's own columns untouched), starting at
   * the first body row, and only values are written, so the formats and dropdowns
   * already on the body stay. When the rows outnumber the body, the table is made to
   * span them: Table.resize where this Excel has it (ExcelApi 1.13); elsewhere the
   * table is turned into plain cells (values, formats and validations stay) and a
   * table of the same name and style is made over the larger range. (Writing below
   * a table does not make it grow through the API, and TableRowCollection.add breaks
   * co-authoring.) The new rows then get the layout's number formats and dropdowns.
   * The caller has made sure the rows below the table are empty.
   */
  private fillRows(placed: Placed, columns: readonly ColumnDef[], rows: CellValue[][]): void {
    const top = placed.headerRow + 1;
    columns.forEach((col, c) => {
      const letter = columnLetter(placed.columns.get(col.key)!);
      this.edits.push({
        kind: "setValues",
        sheet: placed.sheet,
        address: `${letter}${top}:${letter}${top + rows.length - 1}`,
        values: rows.map((r) => [r[c] ?? ""]),
        text: true,
      });
    });
    this.growTable(placed, columns, rows.length);
  }

  /** Makes an existing table's body `rowCount` rows high when it is shorter (see fillRows for how). */
  private growTable(placed: Placed, columns: readonly ColumnDef[], rowCount: number): void {
    if (rowCount <= placed.bodyRows) return;
    const grown = { sheet: placed.sheet, address: tableSpan(placed, rowCount), style: placed.style ?? TABLE_STYLE };
    if (this.options.caps.isSetSupported("ExcelApi", TABLE_RESIZE_API)) {
      this.edits.push({ kind: "resizeTable", table: placed.name, ...grown });
    } else {
      this.edits.push({ kind: "convertTableToRange", table: placed.name }, { kind: "addTable", name: placed.name, ...grown });
    }
    const top = placed.headerRow + 1;
    for (const col of columns) this.setUpColumn(placed, col, top + placed.bodyRows, top + rowCount - 1, false);
  }

  /**
   * Brings an existing settings table up to date, writing only what differs: a newer
   * layout version, the language, and any requested setting the workbook does not
   * state yet. A key without a row goes into a blank body row, else a new row.
   */
  private updateSettings(stated: Partial<Settings>, wanted: Pick<Settings, "layoutVersion" | "lang">): void {
    const todo: [string, CellValue][] = [];
    if (stated.layoutVersion === undefined || stated.layoutVersion < wanted.layoutVersion) todo.push(["layoutVersion", wanted.layoutVersion]);
    if (stated.lang !== wanted.lang) todo.push(["lang", wanted.lang]);
    for (const [key, value] of Object.entries(this.options.settings ?? {})) {
      if (!(key in wanted) && value !== undefined && stated[key as keyof Settings] === undefined) todo.push([key, value]);
    }
    this.setSettings(todo);
  }

  /**
   * Writes settings into the existing settings table: a key's own row when it has one,
   * else a blank body row, else a new row (the table grown to hold it).
   */
  setSettings(todo: readonly [string, CellValue][]): void {
    const table = findTable(this.snapshot, SETTINGS_TABLE);
    const placed = this.placed.get(SETTINGS_TABLE);
    if (!table || !placed || todo.length === 0) return;
    const keyCol = columnLetter(placed.columns.get("key")!);
    const valueCol = columnLetter(placed.columns.get("value")!);
    const keyOffset = placed.columns.get("key")! - table.firstColumn;
    const free = table.rows.flatMap((r, i) => (isBlankRow(r) ? [i] : []));
    let rowCount = table.rows.length;
    for (const [key, value] of todo) {
      let index = table.rows.findIndex((r) => labelKey(String(r[keyOffset] ?? "")) === labelKey(key));
      if (index < 0) index = free.shift() ?? rowCount++;
      const row = placed.headerRow + 1 + index;
      this.edits.push(
        { kind: "setValues", sheet: placed.sheet, address: `${keyCol}${row}`, values: [[key]], text: true },
        { kind: "setValues", sheet: placed.sheet, address: `${valueCol}${row}`, values: [[value]], text: true },
      );
    }
    this.growTable(placed, SETTINGS_COLUMNS, rowCount);
  }

  /** Places every existing planning table and meta table, emitting nothing (for appendRows and setSettings). */
  placeAllExisting(): void {
    for (const def of TABLES) {
      const found = findTable(this.snapshot, def.name);
      if (found) this.placeExisting(def.name, def.columns, found);
    }
    const settings = findTable(this.snapshot, SETTINGS_TABLE);
    if (settings) this.placeExisting(SETTINGS_TABLE, SETTINGS_COLUMNS, settings);
  }

  /**
   * Rows (values by column key) written below an existing table's last non-blank row,
   * its trailing blank body rows used first, the table grown to hold them (see
   * fillRows). Only columns the table has are written. The caller has made sure the
   * rows below the table are empty (see rowsNeeded).
   */
  appendRows(def: TableDef, rows: readonly Record<string, CellValue>[]): void {
    const found = findTable(this.snapshot, def.name);
    const placed = this.placed.get(def.name);
    if (!found || !placed || rows.length === 0) return;
    const used = usedRows(found);
    const top = placed.headerRow + 1 + used;
    const offsets = matchHeaders(def.columns, found.headers).offsets;
    const present = def.columns.filter((c) => offsets[c.key] !== undefined);
    for (const col of present) {
      const letter = columnLetter(placed.columns.get(col.key)!);
      this.edits.push({
        kind: "setValues",
        sheet: placed.sheet,
        address: `${letter}${top}:${letter}${top + rows.length - 1}`,
        values: rows.map((r) => [r[col.key] ?? ""]),
        text: true,
      });
    }
    this.growTable(placed, present, used + rows.length);
  }

  // --- dropdowns -----------------------------------------------------------

  /** The list validation source of a list, ref or yesno column. */
  private dropdownSource(col: ColumnDef): string {
    if (col.type === "ref" && col.ref) {
      const def: TableDef = TABLE_BY_NAME[col.ref];
      const idCol = def.columns.find((c) => c.key === def.idColumn);
      const header = this.placed.get(col.ref)?.headers.get(idCol?.key ?? "") ?? idCol?.[this.lang] ?? "";
      return indirectSource(col.ref, header);
    }
    return this.listSource(col.type === "list" && col.list ? col.list : "yesno");
  }

  private listSource(list: ListId): string {
    const labels = (LISTS[list] as readonly ListItem[]).map((i) => i[this.lang]);
    if (!labels.some((l) => l.includes(","))) return labels.join(",");
    this.tableLists.add(list);
    return indirectSource(LISTS_TABLE, list);
  }

  /** LISTS_TABLE: one column per list whose labels hold a comma. */
  private listsTable(): { name: string; columns: ColumnDef[]; rows: CellValue[][] } {
    const lists = [...this.tableLists];
    const labels = lists.map((l) => (LISTS[l] as readonly ListItem[]).map((i) => i[this.lang]));
    const height = Math.max(...labels.map((l) => l.length));
    return {
      name: LISTS_TABLE,
      columns: lists.map((l) => ({ key: l, sv: l, en: l, type: "text", width: 24 })),
      rows: Array.from({ length: height }, (_, r) => labels.map((l) => l[r] ?? "")),
    };
  }
}
