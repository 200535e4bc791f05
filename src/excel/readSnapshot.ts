// The "read" step of every command: one batched Office.js read of what a
// command's ReadRequest (plans/command.ts) names: sheets (name, visibility),
// tables (address, values, sheet, style), whether given sheets hold values,
// which tables given sheets hold, and the cells below given tables. Queued
// without syncing, turned into a plain WorkbookRead after ONE context.sync().

import { SNAPSHOT_READ, type ReadRequest, type WorkbookRead } from "../plans/command";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { parseA1, splitSheetAddress } from "../base/a1";

interface TableProbe {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  range: Excel.Range;
}

interface SheetProbe {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** True when `request` asks for nothing, so a command needs no read sync. */
export function readsNothing(request: ReadRequest): boolean {
  return !request.tables?.length && !request.sheets && !request.emptySheets?.length && !request.probeSheets?.length && !request.below?.length;
}

/**
 * Queues the loads `request` needs on `context` without syncing, so a command can add
 * its own loads to the same sync. Call the returned function after that sync.
 */
export function queueRead(context: Excel.RequestContext, request: ReadRequest): () => WorkbookRead {
  const readSnapshot = queueTables(context, request);
  const readProbes = queueSheetProbes(context, request.probeSheets ?? []);
  const readBelow = queueBelow(context, request);
  return () => ({ snapshot: readSnapshot(), ...readProbes(), below: readBelow() });
}

function queueTables(context: Excel.RequestContext, request: ReadRequest): () => WorkbookSnapshot {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  if (request.sheets) sheets.load("items/name,items/visibility");

  const tableProbes: TableProbe[] = (request.tables ?? []).map((name) => {
    const table = workbook.tables.getItemOrNullObject(name);
    table.load("name,showTotals,style");
    // A navigation property, not a read: the Office add-in rule cannot tell the two apart.
    // eslint-disable-next-line office-addins/call-sync-before-read
    const sheet = table.worksheet;
    sheet.load("name");
    const range = table.getRange();
    range.load("address,values");
    return { table, sheet, range };
  });

  const sheetProbes: SheetProbe[] = (request.emptySheets ?? []).map((name) => {
    const sheet = sheets.getItemOrNullObject(name);
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address");
    return { sheet, used };
  });

  return () => {
    const emptyByName = new Map<string, boolean>();
    for (const probe of sheetProbes) {
      if (!probe.sheet.isNullObject) emptyByName.set(probe.sheet.name.toLowerCase(), probe.used.isNullObject);
    }
    return {
      sheets: request.sheets
        ? sheets.items.map((ws) => {
            const empty = emptyByName.get(ws.name.toLowerCase());
            return empty === undefined ? { name: ws.name, visibility: ws.visibility } : { name: ws.name, visibility: ws.visibility, empty };
          })
        : [],
      tables: tableProbes.flatMap((probe) => (probe.table.isNullObject ? [] : [tableSnapshot(probe)])),
    };
  };
}

/** Whether sheets of the given names exist and which tables each holds, plus every table name in the workbook. */
function queueSheetProbes(context: Excel.RequestContext, names: readonly string[]): () => Pick<WorkbookRead, "existing" | "allTables"> {
  if (names.length === 0) return () => ({ existing: [], allTables: [] });
  const probes = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    // A navigation property, not a read: the Office add-in rule cannot tell the two apart.
    // eslint-disable-next-line office-addins/call-sync-before-read
    const tables = sheet.tables;
    tables.load("items/name");
    return { sheet, tables };
  });
  const all = context.workbook.tables;
  all.load("items/name");
  return () => ({
    existing: probes.filter((p) => !p.sheet.isNullObject).map((p) => ({ name: p.sheet.name, tables: p.tables.items.map((t) => t.name) })),
    allTables: all.items.map((t) => t.name),
  });
}

/** The cells below each requested table; tables that do not exist are left out. */
function queueBelow(context: Excel.RequestContext, request: ReadRequest): () => Map<string, CellValue[][]> {
  const probes = (request.below ?? []).map(({ table: name, rows }) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    const first = table.getRange().getLastRow().getOffsetRange(1, 0);
    const range = rows > 1 ? first.getResizedRange(rows - 1, 0) : first;
    range.load("values");
    return { name, table, range };
  });
  return () => new Map(probes.filter((p) => !p.table.isNullObject).map((p) => [p.name, p.range.values as CellValue[][]]));
}

/** Queues the snapshot of every planning and meta table (SNAPSHOT_READ); call the returned function after the sync. */
export function queueSnapshotRead(context: Excel.RequestContext): () => WorkbookSnapshot {
  return queueTables(context, SNAPSHOT_READ);
}

/** Reads the workbook into a snapshot with exactly one context.sync(). */
export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const build = queueSnapshotRead(context);
  await context.sync();
  return build();
}

function tableSnapshot({ table, sheet, range }: TableProbe): TableSnapshot {
  const values = range.values as CellValue[][];
  const body = values.slice(1, table.showTotals ? -1 : undefined);
  const corner = parseA1(splitSheetAddress(range.address).a1);
  return {
    name: table.name,
    sheet: sheet.name,
    headerRow: corner?.firstRow ?? 1,
    firstColumn: corner?.firstColumn ?? 0,
    headers: (values[0] ?? []).map((h) => String(h)),
    rows: body,
    style: table.style,
    ...(table.showTotals ? { showTotals: true } : {}),
  };
}
