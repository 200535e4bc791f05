// The parts of an .xlsx package the host edits after ExcelJS wrote it (or
// before ExcelJS reads it): which worksheet part belongs to which sheet,
// relationship files, and [Content_Types].xml overrides.

import type JSZip from "jszip";
import { attrs, elements, escapeXml } from "./xml";

export const REL = {
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
};

export const CONTENT_TYPE = {
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml". */
export function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that holds it. */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = partPath.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** A target for a relationship of `from` pointing at `to` ("../tables/table3.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

export class Relationships {
  constructor(readonly list: Relationship[]) {}

  static parse(xml: string | null): Relationships {
    if (!xml) return new Relationships([]);
    return new Relationships(
      elements(xml, "Relationship").map((e) => ({ id: e.attrs.Id, type: e.attrs.Type, target: e.attrs.Target, external: e.attrs.TargetMode === "External" })),
    );
  }

  add(type: string, target: string, external = false): string {
    let n = this.list.length + 1;
    while (this.list.some((r) => r.id === `rId${n}`)) n++;
    const id = `rId${n}`;
    this.list.push({ id, type, target, external });
    return id;
  }

  get(id: string): Relationship | undefined {
    return this.list.find((r) => r.id === id);
  }

  toXml(): string {
    const body = this.list
      .map((r) => `<Relationship${attrs({ Id: r.id, Type: r.type, Target: r.target, TargetMode: r.external ? "External" : undefined })}/>`)
      .join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  }
}

export interface SheetPart {
  name: string;
  path: string;
}

/** The package: sheet parts in workbook order, and helpers to read and write parts. */
export class PackageParts {
  private constructor(
    readonly zip: JSZip,
    readonly sheets: SheetPart[],
    private contentTypes: string,
  ) {}

  static async open(zip: JSZip): Promise<PackageParts> {
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const rels = Relationships.parse((await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? null);
    const sheets = elements(workbook, "sheet").map((e) => {
      const rel = rels.get(e.attrs["r:id"]);
      return { name: e.attrs.name, path: rel ? resolveTarget("xl/workbook.xml", rel.target) : "" };
    });
    const contentTypes = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    return new PackageParts(zip, sheets, contentTypes);
  }

  async text(path: string): Promise<string | null> {
    return (await this.zip.file(path)?.async("string")) ?? null;
  }

  write(path: string, text: string): void {
    this.zip.file(path, text);
  }

  async rels(partPath: string): Promise<Relationships> {
    return Relationships.parse(await this.text(relsPath(partPath)));
  }

  /**
   * Rewrites absolute relationship targets ("/xl/comments/comment1.xml", as openpyxl
   * writes them) to relative ones, which is all ExcelJS can follow.
   */
  async relativeTargets(): Promise<void> {
    for (const path of Object.keys(this.zip.files)) {
      const m = /^(.*)_rels\/([^/]*)\.rels$/.exec(path);
      if (!m) continue;
      const rels = Relationships.parse(await this.text(path));
      const part = `${m[1]}${m[2]}`;
      let changed = false;
      for (const r of rels.list) {
        if (r.external || !r.target.startsWith("/")) continue;
        r.target = relativeTarget(part, r.target.slice(1));
        changed = true;
      }
      if (changed) this.write(path, rels.toXml());
    }
  }

  writeRels(partPath: string, rels: Relationships): void {
    if (rels.list.length > 0) this.write(relsPath(partPath), rels.toXml());
  }

  /** A free part name such as "xl/tables/table3.xml". */
  freePath(folder: string, stem: string): string {
    for (let n = 1; ; n++) {
      const p = `${folder}/${stem}${n}.xml`;
      if (!this.zip.file(p)) return p;
    }
  }

  addOverride(partPath: string, contentType: string): void {
    const part = `/${partPath}`;
    if (this.contentTypes.includes(`PartName="${escapeXml(part)}"`)) return;
    this.contentTypes = this.contentTypes.replace("</Types>", `<Override${attrs({ PartName: part, ContentType: contentType })}/></Types>`);
  }

  saveContentTypes(): void {
    this.write("[Content_Types].xml", this.contentTypes);
  }
}
