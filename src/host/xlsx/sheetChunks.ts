// A large worksheet part cut into row groups that ExcelJS can load one after
// another, so that its model (several times the size of the host's) holds a
// few thousand rows at a time instead of the whole sheet. Each group is a
// complete worksheet part: the text around the rows (columns, views, page
// setup, merges) and its rows, plus the rows that hold the first cell of a
// shared formula that one of its cells continues, which ExcelJS needs to
// shift that formula and which the reader skips.

import { parseAttrs } from "./xml";
import { splitSheetData } from "./sheetDataXml";

export interface SheetChunk {
  /** A worksheet part with only some of the sheet's rows. */
  xml: string;
  /** The 0-based rows this part is read for (the added shared-formula rows are not among them); undefined: all. */
  rows?: Set<number>;
}

const SHARED_FORMULA = /<f\b([^>]*\bt="shared"[^>]*?)\/?>/g;

/** The shared-formula indexes (si) a row starts (`ref` given) and continues. */
function sharedFormulas(rowXml: string): { starts: string[]; continues: string[] } {
  const starts: string[] = [];
  const continues: string[] = [];
  if (!rowXml.includes('t="shared"')) return { starts, continues };
  for (const m of rowXml.matchAll(SHARED_FORMULA)) {
    const a = parseAttrs(m[1]);
    if (a.si === undefined) continue;
    (a.ref !== undefined ? starts : continues).push(a.si);
  }
  return { starts, continues };
}

/**
 * Cuts `xml` into parts of about `maxChars` of rows each (a row is never cut), made one
 * at a time as they are asked for; a part no larger than that comes back whole.
 */
export function* sheetChunks(xml: string, maxChars: number): Generator<SheetChunk> {
  if (xml.length <= maxChars) {
    yield { xml };
    return;
  }
  const data = splitSheetData(xml);
  const order = [...data.rows.keys()].sort((a, b) => a - b);
  const starts = new Map<string, number>();
  for (const r of order) for (const si of sharedFormulas(data.rows.get(r)!).starts) if (!starts.has(si)) starts.set(si, r);

  const chunk = (rows: number[]): SheetChunk => {
    const own = new Set(rows);
    const extra = new Set<number>();
    for (const r of rows) {
      for (const si of sharedFormulas(data.rows.get(r)!).continues) {
        const start = starts.get(si);
        if (start !== undefined && !own.has(start)) extra.add(start);
      }
    }
    const all = [...rows, ...extra].sort((a, b) => a - b);
    return { xml: data.head + all.map((r) => data.rows.get(r)).join("") + data.tail, rows: own };
  };
  let rows: number[] = [];
  let size = 0;
  for (const r of order) {
    const length = data.rows.get(r)!.length;
    if (size + length > maxChars && rows.length) {
      yield chunk(rows);
      rows = [];
      size = 0;
    }
    rows.push(r);
    size += length;
  }
  if (rows.length) yield chunk(rows);
}
