// Reading the cells directly below planning tables on a command's one read sync,
// so that a command which makes a table longer never writes over something a user
// keeps under it. The plan judges them (workbook/below.ts).

import type { CellValue } from "../workbook/snapshot";

/** Queues a read of `rows` rows below each table (absent tables give no entry); call the result after the sync. */
export function queueBelowTables(context: Excel.RequestContext, requests: readonly { table: string; rows: number }[]): () => Map<string, CellValue[][]> {
  const ranges = requests
    .filter((r) => r.rows > 0)
    .map((r) => {
      const range = context.workbook.tables.getItemOrNullObject(r.table).getRange().getLastRow().getOffsetRange(1, 0).getResizedRange(r.rows - 1, 0);
      range.load("values");
      return { table: r.table, range };
    });
  return () => new Map(ranges.filter((r) => !r.range.isNullObject).map((r) => [r.table, r.range.values as CellValue[][]]));
}
