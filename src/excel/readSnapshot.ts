// The "read" step of every command: one batched Office.js read of every sheet
// (name, visibility), every planning and meta table (address, values, sheet)
// and whether the sheets Rådsplan may create already hold values, turned into
// a plain WorkbookSnapshot after ONE context.sync().

import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { SNAPSHOT_SHEETS, SNAPSHOT_TABLES } from "../workbook/structure";
import { parseA1, splitSheetAddress } from "./address";

interface TableProbe {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  range: Excel.Range;
}

interface SheetProbe {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/**
 * Queues the snapshot's loads on `context` without syncing, so a command can add
 * its own loads to the same sync. Call the returned function after that sync.
 */
export function queueSnapshotRead(context: Excel.RequestContext): () => WorkbookSnapshot {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility");

  const tableProbes: TableProbe[] = SNAPSHOT_TABLES.map((name) => {
    const table = workbook.tables.getItemOrNullObject(name);
    table.load("name,showTotals,style");
    const sheet = table.worksheet;
    sheet.load("name");
    const range = table.getRange();
    range.load("address,values");
    return { table, sheet, range };
  });

  const sheetProbes: SheetProbe[] = SNAPSHOT_SHEETS.map((name) => {
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
      sheets: sheets.items.map((ws) => {
        const empty = emptyByName.get(ws.name.toLowerCase());
        return empty === undefined
          ? { name: ws.name, visibility: ws.visibility }
          : { name: ws.name, visibility: ws.visibility, empty };
      }),
      tables: tableProbes.flatMap((probe) => (probe.table.isNullObject ? [] : [tableSnapshot(probe)])),
    };
  };
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
  };
}
