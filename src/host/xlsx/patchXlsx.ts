// Saving a workbook that was read from a file: the original package is
// patched instead of written anew, so that everything the host does not model
// (hidden rows, filters, outlines, rich text, array and shared formulas,
// merged cells, borders, comments, conditional formats, pictures, names,
// protection, the date system, parts of other programs) stays as it was.
//
// A sheet the session did not change keeps its part byte for byte. A sheet it
// changed gets minimal edits: the changed cells (taken from the package ExcelJS
// generated for the session, "gen"), row heights, columns, panes, validations,
// links and tables. Sheets the session created are copied over from gen with
// their tables and charts, and sheets it deleted go with their parts. Chart
// sheets (and other sheets that are no worksheet), which the model does not
// hold, stay as they are, in their place among the tabs. styles.xml
// only grows (every old style keeps its number), shared strings are not touched
// (new text is written inline), and workbook.xml, its relationships and
// [Content_Types].xml get the entries of added and removed parts.

import { formatCells } from "../addresses";
import type { CellStyle } from "../model/cellStyles";
import { STANDARD_WIDTH, type SheetModel } from "../model/sheetModel";
import type { TableModel } from "../model/tableModel";
import type { WorkbookModel } from "../model/workbookModel";
import { hyperlinksXml } from "./hyperlinkXml";
import { loadJSZip } from "./libs";
import { PackageParts, REL, Relationships, relativeTarget, relsPath, resolveTarget } from "./packageParts";
import { joinRow, joinSheetData, setStartTagAttr, splitRow, splitSheetData, startTagAttrs, type RowParts } from "./sheetDataXml";
import { changedKeys, sheetState, tableState, type SheetState } from "./sheetState";
import { StyleMerger, type StyleParts } from "./styleMerge";
import { validationsXml } from "./validationXml";
import { pointsToFileWidth } from "./columnWidths";
import { attrs, elements, escapeXml, insertWorkbookChild, insertWorksheetChild, removeElements, unescapeXml } from "./xml";

/** Something in the file the session changed in a way the patcher cannot write without losing it. */
export class CannotKeep extends Error {
  constructor(
    readonly feature: "charts" | "movedCells",
    readonly sheet: string,
  ) {
    super(`Cannot keep the ${feature} of sheet ${sheet}`);
  }
}

const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const REL_CALC_CHAIN = /\/calcChain$/;

type LoadedState = SheetState & { tablePaths: Map<number, string> };

/** The content types of a package as text, with overrides added and removed. */
class ContentTypes {
  constructor(public xml: string) {}

  typeOf(partPath: string): string | undefined {
    const e = elements(this.xml, "Override").find((o) => o.attrs.PartName === `/${partPath}`);
    return e?.attrs.ContentType;
  }

  add(partPath: string, type: string): void {
    this.remove(partPath);
    this.xml = this.xml.replace("</Types>", `<Override${attrs({ PartName: `/${partPath}`, ContentType: type })}/></Types>`);
  }

  remove(partPath: string): void {
    const e = elements(this.xml, "Override").find((o) => o.attrs.PartName === `/${partPath}`);
    if (e) this.xml = this.xml.replace(e.outer, "");
  }
}

interface Context {
  model: WorkbookModel;
  src: PackageParts;
  gen: PackageParts;
  types: ContentTypes;
  genTypes: ContentTypes;
  styles: StyleMerger;
  nextTableId: number;
  /** Whether a formula was written (Excel then recalculates on opening). */
  formulas: boolean;
  /** The inner XML of each of gen's shared strings. */
  strings: string[];
}

export async function patchXlsx(model: WorkbookModel, generated: Uint8Array): Promise<Uint8Array> {
  const JSZip = await loadJSZip();
  const [srcZip, genZip] = await Promise.all([JSZip.loadAsync(model.source!), JSZip.loadAsync(generated)]);
  const src = await PackageParts.open(srcZip);
  const gen = await PackageParts.open(genZip);
  const stylesPath = "xl/styles.xml";
  const ctx: Context = {
    model,
    src,
    gen,
    types: new ContentTypes((await src.text("[Content_Types].xml")) ?? ""),
    genTypes: new ContentTypes((await gen.text("[Content_Types].xml")) ?? ""),
    styles: new StyleMerger((await src.text(stylesPath)) ?? "", (await gen.text(stylesPath)) ?? ""),
    nextTableId: 1,
    formulas: false,
    strings: elements((await gen.text("xl/sharedStrings.xml")) ?? "", "si").map((e) => e.inner),
  };
  for (const path of Object.keys(srcZip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const id = Number(/<table\b[^>]*?\bid="(\d+)"/.exec((await src.text(path)) ?? "")?.[1] ?? 0);
    ctx.nextTableId = Math.max(ctx.nextTableId, id + 1);
  }

  const workbookPath = "xl/workbook.xml";
  let workbook = (await src.text(workbookPath)) ?? "";
  const wbRels = await src.rels(workbookPath);
  const srcSheets = elements(workbook, "sheet").map((e) => {
    const rel = wbRels.get(e.attrs["r:id"]);
    const path = resolveTarget(workbookPath, rel?.target ?? "");
    return { e, path, foreign: rel?.type !== REL_WORKSHEET && Boolean(path) };
  });
  // chart sheets (and other sheets that are no worksheet) are not in the model: they stay as they are, where they are
  const foreign = srcSheets.filter((s) => s.foreign);
  const kept = new Set([...model.sheets.map((s) => s.origin?.path), ...foreign.map((s) => s.path)].filter((p): p is string => Boolean(p)));
  const foreignNames = new Set(foreign.map((s) => unescapeXml(s.e.attrs.name ?? "").toLowerCase()));
  for (const sheet of model.sheets) if (!sheet.origin && foreignNames.has(sheet.name.toLowerCase())) throw new Error(`The file already has a sheet named ${sheet.name}`);
  const layout = sheetLayout(model, srcSheets);

  // sheets the session deleted (a generated sheet it rebuilds is deleted and added anew)
  let removedAny = false;
  for (const s of srcSheets) {
    if (kept.has(s.path)) continue;
    await removePart(ctx, s.path);
    wbRels.list.splice(wbRels.list.findIndex((r) => r.id === s.e.attrs["r:id"]), 1);
    removedAny = true;
  }

  let maxSheetId = Math.max(0, ...srcSheets.map((s) => Number(s.e.attrs.sheetId) || 0));
  const activeIndex = resolveActive(model, srcSheets, workbook, layout);
  const entries: string[] = layout.foreignAfter.get(null)?.map((s) => s.e.outer) ?? [];
  let changedAny = removedAny;
  for (const [i, sheet] of model.sheets.entries()) {
    const genPath = gen.sheets[i]?.path;
    if (!genPath || gen.sheets[i].name !== sheet.name) throw new Error(`The generated workbook has no part for sheet ${sheet.name}`);
    const state = sheet.visibility === "Visible" ? undefined : sheet.visibility === "Hidden" ? "hidden" : "veryHidden";
    const old = sheet.origin ? srcSheets.find((s) => s.path === sheet.origin!.path) : undefined;
    if (old && sheet.origin) {
      if (await patchSheet(ctx, sheet, sheet.origin.path, genPath)) changedAny = true;
      let tag = setStartTagAttr(old.e.outer, "name", escapeXml(sheet.name));
      tag = setStartTagAttr(tag, "state", state);
      entries.push(tag);
      for (const s of layout.foreignAfter.get(sheet.origin.path) ?? []) entries.push(s.e.outer);
    } else {
      const path = await graftSheet(ctx, sheet, genPath, layout.modelIndex[i] === activeIndex);
      const rid = wbRels.add(REL_WORKSHEET, path.slice("xl/".length));
      entries.push(`<sheet${attrs({ name: sheet.name, sheetId: ++maxSheetId, state, "r:id": rid })}/>`);
      changedAny = true;
    }
  }

  workbook = workbook.replace(/<sheets\b[^>]*>[\s\S]*?<\/sheets>|<sheets\s*\/>/, () => `<sheets>${entries.join("")}</sheets>`);
  workbook = await definedNames(ctx, workbook, srcSheets.map((s) => s.path), layout);
  workbook = workbook.replace(/<workbookView\b[^>]*?(?=\/?>)/, (tag) => {
    let t = setStartTagAttr(tag, "activeTab", activeIndex > 0 ? String(activeIndex) : undefined);
    if (Number(startTagAttrs(`${t}/>`).firstSheet ?? 0) >= entries.length) t = setStartTagAttr(t, "firstSheet", undefined);
    return t;
  });
  if (ctx.formulas) workbook = fullCalcOnLoad(workbook);
  workbook = withRelationshipPrefix(workbook);
  if (changedAny) {
    // calcChain.xml lists formula cells; Excel rebuilds it, and a stale one makes it repair the file
    const chain = wbRels.list.find((r) => REL_CALC_CHAIN.test(r.type));
    if (chain) {
      const path = resolveTarget(workbookPath, chain.target);
      srcZip.remove(path);
      ctx.types.remove(path);
      wbRels.list.splice(wbRels.list.indexOf(chain), 1);
    }
    src.write(workbookPath, workbook);
    src.write(relsPath(workbookPath), wbRels.toXml());
  }
  if (ctx.styles.changed) src.write(stylesPath, ctx.styles.xml());
  if (changedAny) src.write("[Content_Types].xml", ctx.types.xml);
  return srcZip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

interface SrcSheet {
  e: { outer: string; attrs: Record<string, string> };
  path: string;
  /** A sheet that is no worksheet (a chart sheet): not in the model, kept as it is. */
  foreign: boolean;
}

/** Where each sheet goes in the saved workbook's list of sheets: the model's, and the file's sheets that are no worksheet (chart sheets). */
interface SheetLayout {
  /** The position in the saved list of each model sheet, by model index. */
  modelIndex: number[];
  /** The position in the saved list of each sheet read from the file, by part path. */
  byPath: Map<string, number>;
  /** The chart sheets that follow a kept sheet of the file (by its part path), or (null) come first. */
  foreignAfter: Map<string | null, SrcSheet[]>;
}

/** Each chart sheet stays after the sheet of the file it followed (that the session kept), or first. */
function sheetLayout(model: WorkbookModel, srcSheets: SrcSheet[]): SheetLayout {
  const inModel = new Set(model.sheets.map((s) => s.origin?.path));
  const foreignAfter = new Map<string | null, SrcSheet[]>();
  let anchor: string | null = null;
  for (const s of srcSheets) {
    if (s.foreign) foreignAfter.set(anchor, [...(foreignAfter.get(anchor) ?? []), s]);
    else if (inModel.has(s.path)) anchor = s.path;
  }
  const modelIndex: number[] = [];
  const byPath = new Map<string, number>();
  let n = 0;
  const place = (list: SrcSheet[] | undefined) => list?.forEach((s) => byPath.set(s.path, n++));
  place(foreignAfter.get(null));
  model.sheets.forEach((sheet, i) => {
    if (sheet.origin) byPath.set(sheet.origin.path, n);
    modelIndex[i] = n++;
    if (sheet.origin) place(foreignAfter.get(sheet.origin.path));
  });
  return { modelIndex, byPath, foreignAfter };
}

/**
 * The position of the sheet to show on opening: the file's own active sheet while it exists
 * (another one made active would leave two selected tabs, which Excel opens as a group
 * where every edit goes to both), else the session's active sheet.
 */
function resolveActive(model: WorkbookModel, srcSheets: SrcSheet[], workbook: string, layout: SheetLayout): number {
  const tab = Number(/<workbookView\b[^>]*?\bactiveTab="(\d+)"/.exec(workbook)?.[1] ?? 0);
  const still = layout.byPath.get(srcSheets[tab]?.path ?? "");
  return still ?? layout.modelIndex[Math.max(0, model.sheets.indexOf(model.activeSheet))] ?? 0;
}

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Declares the r: prefix that added elements use (r:id) on the root element, where the part does not. */
function withRelationshipPrefix(xml: string): string {
  if (/<\w[^>]*\bxmlns:r="/.test(/<(?!\?)[^>]*>/.exec(xml)?.[0] ?? "") || !/\br:id="/.test(xml)) return xml;
  return xml.replace(/<((?!\?)[\w:]+)\b/, (m) => `${m} xmlns:r="${RELATIONSHIPS_NS}"`);
}

function fullCalcOnLoad(workbook: string): string {
  if (/<calcPr\b/.test(workbook)) return workbook.replace(/<calcPr\b[^>]*?(?=\/?>)/, (tag) => setStartTagAttr(tag, "fullCalcOnLoad", "1"));
  return insertWorkbookChild(workbook, "calcPr", `<calcPr fullCalcOnLoad="1"/>`);
}

/**
 * workbook.xml's defined names with sheet-local ones following their sheet to its new
 * position (dropped with it), and the print titles of new sheets, and of sheets whose
 * page layout changed, taken from gen.
 */
async function definedNames(ctx: Context, workbook: string, srcPaths: string[], layout: SheetLayout): Promise<string> {
  const { model } = ctx;
  const newIndex = layout.byPath;
  const relayout = new Set<number>();
  model.sheets.forEach((s, i) => {
    const loaded = s.origin?.loaded as LoadedState | undefined;
    if (!loaded || loaded.pageLayout !== JSON.stringify(s.pageLayout)) relayout.add(layout.modelIndex[i]);
  });
  const block = elements(workbook, "definedNames")[0];
  const names: string[] = [];
  for (const e of block ? elements(block.inner, "definedName") : []) {
    if (e.attrs.localSheetId === undefined) {
      names.push(e.outer);
      continue;
    }
    const to = newIndex.get(srcPaths[Number(e.attrs.localSheetId)]);
    if (to === undefined) continue;
    if (relayout.has(to) && /^_xlnm\.Print_(Titles|Area)$/.test(e.attrs.name)) continue;
    names.push(to === Number(e.attrs.localSheetId) ? e.outer : setStartTagAttr(e.outer, "localSheetId", String(to)));
  }
  const genWorkbook = (await ctx.gen.text("xl/workbook.xml")) ?? "";
  const genBlock = elements(genWorkbook, "definedNames")[0];
  for (const e of genBlock ? elements(genBlock.inner, "definedName") : []) {
    // gen's sheets are the model's: its positions are model indexes
    const to = layout.modelIndex[Number(e.attrs.localSheetId)];
    if (/^_xlnm\.Print_(Titles|Area)$/.test(e.attrs.name) && relayout.has(to)) names.push(to === Number(e.attrs.localSheetId) ? e.outer : setStartTagAttr(e.outer, "localSheetId", String(to)));
  }
  if (!block && names.length === 0) return workbook;
  const element = names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
  if (block) return workbook.replace(block.outer, () => element);
  return insertWorkbookChild(workbook, "definedNames", element);
}

/** Removes a part, its relationships and the parts only it refers to (not media, which others may share). */
async function removePart(ctx: Context, path: string): Promise<void> {
  const rels = await ctx.src.rels(path);
  for (const rel of rels.list) {
    if (rel.external || /\/image$/.test(rel.type)) continue;
    const target = resolveTarget(path, rel.target);
    if (ctx.src.zip.file(target)) await removePart(ctx, target);
  }
  ctx.src.zip.remove(path);
  ctx.src.zip.remove(relsPath(path));
  ctx.types.remove(path);
}

/** Copies a part of gen (and the parts it refers to) into the file under a free name; returns the new path. */
async function copyPart(ctx: Context, genPath: string, folder: string, stem: string, edit: (xml: string) => string = (x) => x): Promise<string> {
  const path = ctx.src.freePath(folder, stem);
  const xml = (await ctx.gen.text(genPath)) ?? "";
  ctx.src.write(path, edit(xml));
  const type = ctx.genTypes.typeOf(genPath);
  if (type) ctx.types.add(path, type);
  const rels = await ctx.gen.rels(genPath);
  if (rels.list.length) {
    const out = new Relationships([]);
    for (const rel of rels.list) {
      if (rel.external) {
        out.list.push({ ...rel });
        continue;
      }
      const target = resolveTarget(genPath, rel.target);
      const folderOf = target.slice(0, target.lastIndexOf("/"));
      const stemOf = target.slice(target.lastIndexOf("/") + 1).replace(/\d*\.xml$/, "");
      const copied = await copyPart(ctx, target, folderOf, stemOf, (x) => (/\/table$/.test(rel.type) ? renumberTable(ctx, x) : x));
      out.list.push({ ...rel, target: relativeTarget(path, copied) });
    }
    ctx.src.writeRels(path, out);
  }
  return path;
}

/** A table part copied from gen gets an id no table of the file has. */
function renumberTable(ctx: Context, xml: string): string {
  return xml.replace(/(<table\b[^>]*?\bid=")\d+"/, `$1${ctx.nextTableId++}"`);
}

/** Cells of a generated sheet point at gen's styles: give them the file's numbers. */
function restyle(ctx: Context, xml: string): string {
  return xml
    .replace(/<c\b[^>]*?\bs="(\d+)"/g, (tag, n: string) => tag.replace(/\bs="\d+"/, `s="${ctx.styles.style(Number(n), null)}"`))
    .replace(/<col\b[^>]*?\bstyle="(\d+)"/g, (tag, n: string) => tag.replace(/\bstyle="\d+"/, `style="${ctx.styles.style(Number(n), null)}"`))
    .replace(/<row\b[^>]*?\bs="(\d+)"/g, (tag, n: string) => tag.replace(/\bs="\d+"/, `s="${ctx.styles.style(Number(n), null)}"`));
}

/** Text cells of gen point at gen's shared strings: in the file they are inline strings (its own shared strings stay as they were). */
function inlineStrings(ctx: Context, xml: string): string {
  return xml.replace(/<c\b([^>]*?)\bt="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, n: string) => `<c${a}t="inlineStr"${b}><is>${ctx.strings[Number(n)] ?? ""}</is></c>`);
}

/** Adds a sheet the session created, copied from gen; returns its part's path. */
async function graftSheet(ctx: Context, sheet: SheetModel, genPath: string, active: boolean): Promise<string> {
  if (sheet.usedRect(true) && /<f[\s>]/.test((await ctx.gen.text(genPath)) ?? "")) ctx.formulas = true;
  return copyPart(ctx, genPath, "xl/worksheets", "sheet", (xml) => {
    let out = inlineStrings(ctx, restyle(ctx, xml));
    if (!active) out = out.replace(/\s\btabSelected="(1|true)"/g, "");
    return out;
  });
}

// ---- a sheet read from the file -----------------------------------------------------------

/** Which parts of a cell's style differ between two styles. */
function styleParts(a: CellStyle, b: CellStyle): StyleParts {
  const differ = (keys: (keyof CellStyle)[]) => keys.some((k) => a[k] !== b[k]);
  return {
    numFmt: differ(["numberFormat"]),
    font: differ(["bold", "italic", "underline", "fontColor", "fontSize", "fontName"]),
    fill: differ(["fill"]),
    alignment: differ(["wrapText", "horizontalAlignment", "verticalAlignment"]),
  };
}

const sAttr = (cellXml: string | undefined): number | null => {
  const s = cellXml ? startTagAttrs(cellXml).s : undefined;
  return s === undefined ? null : Number(s);
};

/** Patches a sheet read from the file with what the session changed on it; returns whether anything did. */
async function patchSheet(ctx: Context, sheet: SheetModel, path: string, genPath: string): Promise<boolean> {
  const loaded = sheet.origin!.loaded as LoadedState;
  const now = sheetState(sheet);
  const cells = sheet.changedCells();
  const heights = changedKeys(loaded.heights, now.heights);
  const widths = changedKeys(loaded.widths, now.widths);
  const colStyles = changedKeys(loaded.columnStyles, now.columnStyles);
  const tablesChanged = loaded.tables.size !== now.tables.size || [...now.tables].some(([id, s]) => loaded.tables.get(id) !== s);
  const changed = {
    frozen: loaded.frozen !== now.frozen,
    tabColor: loaded.tabColor !== now.tabColor,
    pageLayout: loaded.pageLayout !== now.pageLayout,
    validations: loaded.validations !== now.validations,
    hyperlinks: loaded.hyperlinks !== now.hyperlinks,
  };
  if (loaded.charts !== now.charts) throw new CannotKeep("charts", sheet.name);
  if (sheet.origin!.movedCells) throw new CannotKeep("movedCells", sheet.name);
  if (!cells.length && !heights.length && !widths.length && !colStyles.length && !tablesChanged && !Object.values(changed).some(Boolean)) return false;

  const genXml = (await ctx.gen.text(genPath)) ?? "";
  let xml = (await ctx.src.text(path)) ?? "";
  const rels = await ctx.src.rels(path);

  if (cells.length || heights.length) xml = patchCells(ctx, sheet, xml, genXml, cells, heights);
  if (widths.length || colStyles.length) xml = patchColumns(ctx, sheet, xml, genXml, [...new Set([...widths, ...colStyles])], loaded);
  if (changed.frozen) xml = patchPanes(xml, genXml);
  if (changed.tabColor) {
    const tab = elements(genXml, "tabColor")[0]?.outer ?? "";
    xml = removeElements(xml, "tabColor");
    if (tab) xml = /<sheetPr\b[^>]*\/>/.test(xml) ? xml.replace(/<sheetPr\b([^>]*?)\s*\/>/, `<sheetPr$1>${tab}</sheetPr>`) : /<sheetPr\b/.test(xml) ? xml.replace(/(<sheetPr\b[^>]*>)/, `$1${tab}`) : xml.replace(/(<worksheet\b[^>]*>)/, `$1<sheetPr>${tab}</sheetPr>`);
  }
  if (changed.pageLayout) {
    for (const name of ["pageSetup", "headerFooter", "rowBreaks"]) {
      const el = elements(genXml, name)[0]?.outer;
      xml = removeElements(xml, name);
      if (el) xml = insertWorksheetChild(xml, name, el);
    }
    const fit = /<pageSetUpPr\b[^>]*\bfitToPage="(1|true)"/.test(genXml);
    xml = xml.replace(/<pageSetUpPr\b[^>]*?(?=\/?>)/, (tag) => setStartTagAttr(tag, "fitToPage", fit ? "1" : undefined));
    if (fit && !/<pageSetUpPr\b/.test(xml)) {
      xml = /<sheetPr\b[^>]*\/>/.test(xml) ? xml.replace(/<sheetPr\b([^>]*?)\s*\/>/, `<sheetPr$1><pageSetUpPr fitToPage="1"/></sheetPr>`) : /<sheetPr\b/.test(xml) ? xml.replace("</sheetPr>", `<pageSetUpPr fitToPage="1"/></sheetPr>`) : xml.replace(/(<worksheet\b[^>]*>)/, `$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
    }
  }
  if (changed.validations) {
    xml = removeElements(xml, "dataValidations");
    const dv = validationsXml(sheet.validations);
    if (dv) xml = insertWorksheetChild(xml, "dataValidations", dv);
  }
  if (changed.hyperlinks) {
    xml = removeElements(xml, "hyperlinks");
    rels.list.splice(0, rels.list.length, ...rels.list.filter((r) => r.type !== REL.hyperlink));
    const links = hyperlinksXml(sheet, rels);
    if (links) xml = insertWorksheetChild(xml, "hyperlinks", links);
  }
  if (tablesChanged) xml = await patchTables(ctx, sheet, path, xml, genPath, rels, loaded);
  ctx.src.write(path, withRelationshipPrefix(xml));
  if (rels.list.length) ctx.src.writeRels(path, rels);
  else ctx.src.zip.remove(relsPath(path));
  return true;
}

/** Puts the changed cells and row heights into the sheet's rows; everything else in them stays. */
function patchCells(ctx: Context, sheet: SheetModel, xml: string, genXml: string, cells: [number, number][], heights: number[]): string {
  const data = splitSheetData(xml);
  const gen = splitSheetData(genXml);
  const byRow = new Map<number, number[]>();
  for (const [r, c] of cells) byRow.set(r, [...(byRow.get(r) ?? []), c]);
  for (const r of heights) if (!byRow.has(r)) byRow.set(r, []);
  const expand = new Set<string>();
  const styles = ctx.model.styles;

  for (const [r, cols] of byRow) {
    const old = data.rows.get(r);
    const row: RowParts = old ? splitRow(old) : { open: `<row r="${r + 1}">`, cells: new Map() };
    const genRow = gen.rows.get(r);
    const genCells = genRow ? splitRow(genRow).cells : new Map<number, string>();
    for (const c of cols) {
      const before = sheet.before(r, c);
      const srcCell = row.cells.get(c);
      const genCell = genCells.get(c);
      const si = srcCell && /<f\b[^>]*\bt="shared"[^>]*\bref="/.test(srcCell) ? /<f\b[^>]*\bsi="(\d+)"/.exec(srcCell)?.[1] : undefined;
      if (si !== undefined) expand.add(si);
      let s: number | null = sAttr(srcCell);
      if (sheet.cellStyleId(r, c) !== before.style) {
        const was = styles.get(before.style || sheet.columnStyleId(c));
        const is = styles.get(sheet.styleIdAt(r, c));
        s = ctx.styles.style(sAttr(genCell) ?? 0, s, styleParts(was, is));
      }
      const g = genCell ? startTagAttrs(genCell) : {};
      const inner = genCell && !/\/>$/.test(/^<c\b[^>]*?\/?>/.exec(genCell)![0]) ? genCell.replace(/^<c\b[^>]*>/, "").replace(/<\/c>$/, "") : "";
      if (/<f[\s>]/.test(inner)) ctx.formulas = true;
      if (!inner && (s === null || s === 0) && sheet.cellStyleId(r, c) === 0) {
        row.cells.delete(c);
        continue;
      }
      const ref = formatCells({ r0: r, c0: c, r1: r, c1: c });
      const cellXml = inlineStrings(ctx, `<c${attrs({ r: ref, s: s ?? undefined, t: g.t })}${inner ? `>${inner}</c>` : "/>"}`);
      row.cells.set(c, cellXml);
    }
    row.open = setStartTagAttr(row.open, "spans", undefined);
    if (heights.includes(r)) {
      const h = sheet.explicitRowHeights().find(([i]) => i === r)?.[1];
      row.open = setStartTagAttr(setStartTagAttr(row.open, "ht", h === undefined ? undefined : String(h)), "customHeight", h === undefined ? undefined : "1");
    }
    data.rows.set(r, joinRow(row));
  }
  // a shared formula whose first cell changed: its other cells get their own formula
  if (expand.size) {
    for (const [r, rowXml] of data.rows) {
      if (!/\bt="shared"/.test(rowXml)) continue;
      const row = splitRow(rowXml);
      for (const [c, cellXml] of row.cells) {
        const m = /<f\b[^>]*\bt="shared"[^>]*\bsi="(\d+)"[^>]*?(?:\/>|>[^<]*<\/f>)/.exec(cellXml);
        const formula = sheet.formulaAt(r, c);
        if (m && expand.has(m[1]) && formula) row.cells.set(c, cellXml.replace(m[0], () => `<f>${escapeXml(formula.slice(1))}</f>`));
      }
      data.rows.set(r, joinRow(row));
    }
  }
  return joinSheetData(data);
}

interface ColumnAttrs {
  [name: string]: string;
}

/** Expands a <cols> element to one attribute set per column (1-based). */
function columnsOf(xml: string): Map<number, ColumnAttrs> {
  const out = new Map<number, ColumnAttrs>();
  const block = elements(xml, "cols")[0];
  for (const e of block ? elements(block.inner, "col") : []) {
    const { min, max, ...rest } = e.attrs;
    for (let c = Number(min); c <= Math.min(Number(max), 16384); c++) out.set(c, { ...rest });
  }
  return out;
}

/** The width a <col> that sets none gets: Excel's default 8.43 characters, stored as 9.140625. */
const DEFAULT_FILE_WIDTH = String(pointsToFileWidth(STANDARD_WIDTH));

/** Rewrites <cols> with new widths and styles for `changed` columns (0-based); the other columns keep every attribute. */
function patchColumns(ctx: Context, sheet: SheetModel, xml: string, genXml: string, changed: number[], loaded: LoadedState): string {
  const cols = columnsOf(xml);
  const gen = columnsOf(genXml);
  for (const c0 of changed) {
    const c = c0 + 1;
    const a = { ...(cols.get(c) ?? {}) };
    const g = gen.get(c) ?? {};
    if (loaded.widths.get(c0) !== sheet.explicitColumnWidths().find(([i]) => i === c0)?.[1]) {
      for (const k of ["width", "customWidth"]) {
        if (g[k] !== undefined) a[k] = g[k];
        else delete a[k];
      }
      if (a.width === undefined) delete a.customWidth;
      else a.customWidth = "1";
    }
    const styleNow = sheet.columnStyleId(c0);
    if ((loaded.columnStyles.get(c0) ?? 0) !== styleNow) {
      const was = ctx.model.styles.get(loaded.columnStyles.get(c0) ?? 0);
      const is = ctx.model.styles.get(styleNow);
      if (styleNow === 0) delete a.style;
      else a.style = String(ctx.styles.style(Number(g.style ?? 0), a.style === undefined ? null : Number(a.style), styleParts(was, is)));
    }
    if (a.width === undefined && a.style === undefined && a.hidden === undefined && a.outlineLevel === undefined) cols.delete(c);
    else {
      if (a.width === undefined) a.width = g.width ?? DEFAULT_FILE_WIDTH;
      cols.set(c, a);
    }
  }
  const order = [...cols.keys()].sort((x, y) => x - y);
  const runs: string[] = [];
  for (let i = 0; i < order.length; ) {
    const a = cols.get(order[i])!;
    const key = JSON.stringify(a);
    let j = i;
    while (j + 1 < order.length && order[j + 1] === order[j] + 1 && JSON.stringify(cols.get(order[j + 1])) === key) j++;
    runs.push(`<col${attrs({ min: order[i], max: order[j] })}${Object.entries(a).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("")}/>`);
    i = j + 1;
  }
  const element = runs.length ? `<cols>${runs.join("")}</cols>` : "";
  if (/<cols\b/.test(xml)) return xml.replace(/<cols\b[^>]*>[\s\S]*?<\/cols>|<cols\s*\/>/, () => element);
  return xml.replace(/<sheetData\b/, () => `${element}<sheetData`);
}

/** Frozen panes: the first sheet view takes gen's pane and selections and keeps everything else it had. */
function patchPanes(xml: string, genXml: string): string {
  const view = /<sheetView\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetView>)/.exec(xml);
  const genView = /<sheetView\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetView>)/.exec(genXml);
  if (!view) return xml;
  const pane = genView ? [...elements(genView[0], "pane"), ...elements(genView[0], "selection")].map((e) => e.outer).join("") : "";
  const open = /^<sheetView\b[^>]*?(?=\/?>)/.exec(view[0])![0];
  const rest = view[0].endsWith("/>") && !view[0].includes("</sheetView>") ? "" : removeElements(removeElements(view[0].replace(/^<sheetView\b[^>]*>/, "").replace(/<\/sheetView>$/, ""), "pane"), "selection");
  return xml.replace(view[0], () => `${open}>${pane}${rest}</sheetView>`);
}

/** The sheet's tables: changed ones patched in place, new ones copied from gen, deleted ones removed. */
async function patchTables(ctx: Context, sheet: SheetModel, path: string, xml: string, genPath: string, rels: Relationships, loaded: LoadedState): Promise<string> {
  const tables = sheet.tables();
  const live = new Set(tables.map((t) => t.id));
  const partIds = new Map<string, string>(); // table part path -> r:id
  for (const rel of rels.list) if (rel.type === REL.table) partIds.set(resolveTarget(path, rel.target), rel.id);
  // deleted
  for (const [id, tablePath] of loaded.tablePaths) {
    if (!loaded.tables.has(id) || live.has(id)) continue;
    const rid = partIds.get(tablePath);
    if (rid) rels.list.splice(rels.list.findIndex((r) => r.id === rid), 1);
    await removePart(ctx, tablePath);
  }
  const genRels = await ctx.gen.rels(genPath);
  const genTables = new Map<string, string>();
  for (const rel of genRels.list) {
    if (rel.type !== REL.table) continue;
    const p = resolveTarget(genPath, rel.target);
    const name = /<table\b[^>]*?\bdisplayName="([^"]*)"/.exec((await ctx.gen.text(p)) ?? "")?.[1];
    if (name) genTables.set(name.toLowerCase(), p);
  }
  for (const t of tables) {
    const genTable = genTables.get(escapeXml(t.name).toLowerCase());
    const tablePath = loaded.tables.has(t.id) ? loaded.tablePaths.get(t.id) : undefined;
    if (tablePath && loaded.tables.get(t.id) === tableState(t)) continue;
    if (!genTable) throw new Error(`The generated workbook has no part for table ${t.name}`);
    if (tablePath) {
      ctx.src.write(tablePath, patchTable((await ctx.src.text(tablePath)) ?? "", t, (await ctx.gen.text(genTable)) ?? ""));
    } else {
      const copied = await copyPart(ctx, genTable, "xl/tables", "table", (x) => renumberTable(ctx, x));
      rels.add(REL.table, relativeTarget(path, copied));
    }
  }
  const ids = rels.list.filter((r) => r.type === REL.table).map((r) => r.id);
  xml = removeElements(xml, "tableParts");
  if (ids.length) xml = insertWorksheetChild(xml, "tableParts", `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`);
  return xml;
}

/** A table part with the model's range, name and columns; its other content (filters, column formulas, styles) stays. */
export function patchTable(xml: string, t: TableModel, genXml: string): string {
  const genTable = /<table\b[^>]*>/.exec(genXml)![0];
  const g = startTagAttrs(genTable);
  let out = xml.replace(/<table\b[^>]*?(?=\/?>)/, (tag) => {
    let next = setStartTagAttr(tag, "ref", g.ref);
    next = setStartTagAttr(next, "name", escapeXml(t.name));
    return setStartTagAttr(next, "displayName", escapeXml(t.name));
  });
  const filter = /<autoFilter\b[^>]*?\bref="([^"]*)"/.exec(genXml)?.[1];
  if (filter) out = out.replace(/<autoFilter\b[^>]*?(?=\/?>)/, (tag) => setStartTagAttr(tag, "ref", filter));
  const srcCols = new Map(elements(out, "tableColumn").map((e) => [e.attrs.id, e.outer]));
  const genCols = new Map(elements(genXml, "tableColumn").map((e) => [e.attrs.id, e.outer]));
  const names = t.columnNames();
  const columns = t.columnIds.map((id, i) => {
    const own = srcCols.get(String(id));
    if (!own) return genCols.get(String(id)) ?? `<tableColumn${attrs({ id, name: names[i] })}/>`;
    return startTagAttrs(own).name === names[i] ? own : own.replace(/^<tableColumn\b[^>]*?(?=\/?>)/, (tag) => setStartTagAttr(tag, "name", escapeXml(names[i].replace(/\n/g, "_x000a_"))));
  });
  return out.replace(/<tableColumns\b[^>]*>[\s\S]*?<\/tableColumns>/, () => `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>`);
}
