// The tables of a Word report too large for docx to lay out, written apart from the
// document: as the report is built, each table's rows go, a few thousand cells at a
// time, through docx's own Packer as a small document of their own, and only their
// XML is kept; the report's document holds a placeholder paragraph per table, which
// is replaced by that XML when the packed report is zipped again. So the report's
// hundred thousand cells never exist at once as docx's components, then its formatted
// objects, then one string of document.xml (which took gigabytes). The XML is docx's
// own, of the same Table, rows and cells a small report has inline (docx.ts).

import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from "fflate";

type Docx = typeof import("docx");
type Table = InstanceType<Docx["Table"]>;
type Paragraph = InstanceType<Docx["Paragraph"]>;

/** A table as docx Tables of ranges of its body rows. */
export interface TableRows {
  /** Body rows (an empty table has one: its note). */
  rows: number;
  columns: number;
  /** A docx Table of body rows `from` to `to` (exclusive), with the header row first when `from` is 0. */
  table(from: number, to: number): Table;
}

/** Cells packed at a time: a few megabytes of docx's objects. */
const CELLS_PER_PACK = 5000;
const DOCUMENT_XML = "word/document.xml";
const TABLE_END = "</w:tbl>";
const GRID_END = "</w:tblGrid>";

export class TablesApart {
  /** Per table placed: its head (properties and grid), then its rows' XML, range by range. */
  private readonly xml: string[][] = [];
  /** Ranges built and not yet packed. */
  private pending: { id: number; table: Table; first: boolean }[] = [];
  private pendingCells = 0;
  /** Marks this report's placeholders apart from any text in it. */
  private readonly mark = `RADSPLAN-TABLE-${Math.random().toString(36).slice(2, 10)}-`;

  constructor(private readonly d: Docx) {}

  /** Queues a table's rows for writing; returns the paragraph that holds its place in the document. */
  async place(source: TableRows): Promise<Paragraph> {
    const id = this.xml.length;
    this.xml.push([]);
    const step = Math.max(1, Math.floor(CELLS_PER_PACK / Math.max(1, source.columns)));
    for (let from = 0; from < source.rows; from += step) {
      const to = Math.min(source.rows, from + step);
      this.pending.push({ id, table: source.table(from, to), first: from === 0 });
      this.pendingCells += (to - from) * source.columns;
      if (this.pendingCells >= CELLS_PER_PACK) await this.pack();
    }
    return new this.d.Paragraph({ children: [new this.d.TextRun(`${this.mark}${id}`)] });
  }

  /** Writes the queued ranges as one small document and keeps their XML. */
  private async pack(): Promise<void> {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.pendingCells = 0;
    const packed = await this.d.Packer.pack(new this.d.Document({ sections: [{ children: batch.map((b) => b.table) }] }), "uint8array");
    const xml = strFromU8(unzipSync(packed, { filter: (f) => f.name === DOCUMENT_XML })[DOCUMENT_XML]);
    // The body is the tables one after the other (tables in cells there are none), then the section's properties.
    let at = 0;
    for (const b of batch) {
      const start = xml.indexOf("<w:tbl>", at);
      const end = start < 0 ? -1 : xml.indexOf(TABLE_END, start);
      const grid = start < 0 ? -1 : xml.indexOf(GRID_END, start);
      if (end < 0 || grid < 0 || grid > end) throw new Error("docx wrote a table this report cannot find in its XML");
      const parts = this.xml[b.id];
      if (b.first) parts.push(xml.slice(start, grid + GRID_END.length));
      parts.push(xml.slice(grid + GRID_END.length, end));
      at = end + TABLE_END.length;
    }
  }

  /**
   * The packed report with each placeholder paragraph replaced by its table. Every part
   * but word/document.xml is kept as docx wrote it; the document is zipped as it is put
   * together, table by table, never as one string.
   */
  async splice(packed: Uint8Array): Promise<Uint8Array> {
    await this.pack();
    const files = unzipSync(packed);
    const doc = strFromU8(files[DOCUMENT_XML]);
    const chunks: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((err, chunk) => {
      if (err) failure = err;
      else chunks.push(chunk);
    });
    for (const [name, data] of Object.entries(files)) {
      if (name === DOCUMENT_XML) continue;
      // Pictures are compressed already.
      const file = /\.(png|jpe?g)$/i.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(data, true);
    }
    const file = new ZipDeflate(DOCUMENT_XML, { level: 6 });
    zip.add(file);
    // Deflated a megabyte or so at a time.
    let buffered: string[] = [];
    let length = 0;
    const write = (text: string, final = false) => {
      buffered.push(text);
      length += text.length;
      if (length < 2 ** 20 && !final) return;
      file.push(strToU8(buffered.join("")), final);
      buffered = [];
      length = 0;
    };
    const placeholder = new RegExp(`<w:p><w:r><w:t xml:space="preserve">${this.mark}(\\d+)</w:t></w:r></w:p>`, "g");
    let at = 0;
    let placed = 0;
    for (const m of doc.matchAll(placeholder)) {
      write(doc.slice(at, m.index));
      const id = Number(m[1]);
      for (const part of this.xml[id]) write(part);
      write(TABLE_END);
      this.xml[id] = [];
      at = m.index + m[0].length;
      placed++;
    }
    if (placed !== this.xml.length) throw new Error(`the report's document holds ${placed} of its ${this.xml.length} tables`);
    write(doc.slice(at), true);
    zip.end();
    if (failure) throw failure;
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.length;
    }
    return out;
  }
}
