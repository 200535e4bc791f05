// The guard against losing a user's work on saving. Saving patches the file
// it read (src/host/xlsx/patchXlsx.ts), so everything should survive; this
// checks it. Before the CLI writes, it counts per sheet, in the bytes it read
// and in the bytes it is about to write, every feature a save could lose
// (values, merged cells, borders, comments, pictures, hidden rows, filters,
// outlines, rich text, array and shared formulas, validations and their input
// messages, names, protection, the date system...) and notices any package part that disappeared; whatever would get
// fewer is named and the save refused, so a file is never saved with a user's
// work missing. An empty <workbookProtection/> (LibreOffice writes one) protects
// nothing and is not counted. The sheets `report` rebuilds are not counted, except
// for charts of the user's own on them (a chart Rådsplan did not draw), which would
// be lost with the sheet.

import JSZip from "jszip";
import { splitSheet } from "../host/addresses";
import { PackageParts, Relationships, relsPath, resolveTarget } from "../host/xlsx/packageParts";
import { elements, unescapeXml, type XmlElement } from "../host/xlsx/xml";
import { fillText, tr } from "../i18n";
import { lossText } from "../i18n/cli";
import type { Lang, Text } from "../workbook/layout";
import { CliFailure } from "./say";

/** Things a workbook can hold that a save might lose. */
export type Feature = keyof typeof lossText.features;

/** A feature the output has fewer of than the input: on a sheet, or (sheet null) in the workbook. */
export interface Loss {
  feature: Feature;
  sheet: string | null;
}

type Counts = Map<string, number>;

const countKey = (feature: Feature, sheet: string | null) => `${feature}\u0000${sheet ?? ""}`;

const REL_TYPE = {
  comments: /\/(comments|threadedComment)$/,
  drawing: /\/drawing$/,
};

/** How a cell style (an index into cellXfs) looks, as far as losses are concerned. */
interface StyleFlags {
  borders: boolean;
  themeColours: boolean;
  otherFills: boolean;
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** The children of a styles.xml collection (e.g. every <border> inside <borders>). */
function collection(styles: string, outer: string, inner: string): XmlElement[] {
  const block = elements(styles, outer)[0];
  return block ? elements(block.inner, inner) : [];
}

/** What each cell style draws that the host does not keep: borders, theme colours, pattern or gradient fills. */
function styleFlags(styles: string): StyleFlags[] {
  const borders = collection(styles, "borders", "border").map((b) => /\bstyle="(?!none")/.test(b.outer));
  const fills = collection(styles, "fills", "fill").map((f) => ({
    other: /<gradientFill\b/.test(f.outer) || /patternType="(?!none"|solid"|gray125")/.test(f.outer),
    theme: /\btheme="/.test(f.outer),
  }));
  // theme="1" without a tint is the default text colour (black): nothing visible is lost without it.
  const fonts = collection(styles, "fonts", "font").map((f) => /<color\b(?=[^>]*\btheme=")(?![^>]*\btheme="1")[^>]*>|<color\b[^>]*\btint=/.test(f.outer));
  return collection(styles, "cellXfs", "xf").map(({ attrs }) => {
    const fill = fills[Number(attrs.fillId ?? 0)];
    return {
      borders: borders[Number(attrs.borderId ?? 0)] === true,
      themeColours: fonts[Number(attrs.fontId ?? 0)] === true || fill?.theme === true,
      otherFills: fill?.other === true,
    };
  });
}

/** Rådsplan names the charts it draws on its generated sheets RP_… (src/followup/charts.ts). */
const GENERATED_CHART = /^RP_/;

/**
 * The charts in a drawing part that the user made: not named as Rådsplan names its
 * own, and drawing on data of another sheet (a chart of a generated sheet that another
 * program saved under a name of its own, as openpyxl does, still draws on that sheet).
 */
async function ownCharts(pkg: PackageParts, drawingPath: string, drawing: string, sheet: string): Promise<number> {
  const rels = await pkg.rels(drawingPath);
  let n = 0;
  for (const anchor of drawing.match(/<(?:\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/(?:\w+:)?\1>/g) ?? []) {
    const rid = /<c:chart\b[^>]*\br:id="([^"]+)"/.exec(anchor)?.[1];
    if (!rid) continue;
    if (GENERATED_CHART.test(unescapeXml(/<(?:\w+:)?cNvPr\b[^>]*\bname="([^"]*)"/.exec(anchor)?.[1] ?? ""))) continue;
    const rel = rels.get(rid);
    const chart = rel && !rel.external ? ((await pkg.text(resolveTarget(drawingPath, rel.target))) ?? "") : "";
    // the sheet each data reference ("'Uppföljning'!$B$3:$B$7") points at
    const refs = [...chart.matchAll(/<(?:\w+:)?f>([^<]*)<\/(?:\w+:)?f>/g)].map((m) => splitSheet(unescapeXml(m[1]))?.sheet);
    const onItsSheet = refs.length > 0 && refs.every((s) => s === sheet);
    if (!onItsSheet) n++;
  }
  return n;
}

/** Counts one worksheet's features into `counts`; its charts of the user's own only when `rebuilt` (no other sheet's are compared). */
async function countSheet(
  pkg: PackageParts,
  sheet: { name: string; path: string; rebuilt: boolean },
  styles: StyleFlags[],
  richStrings: Set<number>,
  counts: Counts,
): Promise<void> {
  const { name, path } = sheet;
  const xml = (await pkg.text(path)) ?? "";
  const add = (feature: Feature, n: number) => counts.set(countKey(feature, name), (counts.get(countKey(feature, name)) ?? 0) + n);
  add("values", count(xml, /<c\b[^>]*[^/]>(?:(?!<\/c>)[\s\S])*?<(?:v|f|is)\b/g));
  add("merged", count(xml, /<mergeCell\b/g));
  add("conditionalFormats", count(xml, /<conditionalFormatting\b/g));
  add("protection", count(xml, /<sheetProtection\b/g));
  add("hiddenRows", count(xml, /<row\b[^>]*\bhidden="(1|true)"/g));
  add("hiddenColumns", count(xml, /<col\b[^>]*\bhidden="(1|true)"/g));
  add("filters", count(xml, /<autoFilter\b/g));
  add("outlines", count(xml, /<(?:row|col)\b[^>]*\boutlineLevel="[1-7]"/g));
  add("arrayFormulas", count(xml, /<f\b[^>]*\bt="array"/g));
  add("sharedFormulas", count(xml, /<f\b[^>]*\bt="shared"/g));
  add("validations", count(xml, /<(?:x14:)?dataValidation\b/g));
  add("inputMessages", count(xml, /<(?:x14:)?dataValidation\b[^>]*\bprompt(?:Title)?="[^"]/g));
  add("hyperlinks", count(xml, /<hyperlink\b/g));
  add("tables", count(xml, /<tablePart\b/g));
  add("richText", count(xml, /<is>\s*<r>/g));
  for (const m of xml.matchAll(/<c\b[^>]*\bt="s"[^>]*>\s*<v>(\d+)<\/v>/g)) if (richStrings.has(Number(m[1]))) add("richText", 1);
  for (const m of xml.matchAll(/<c\b[^>]*?\bs="(\d+)"/g)) {
    const flags = styles[Number(m[1])];
    if (!flags) continue;
    if (flags.borders) add("borders", 1);
    if (flags.themeColours) add("themeColours", 1);
    if (flags.otherFills) add("otherFills", 1);
  }
  const rels: Relationships = await pkg.rels(path);
  for (const rel of rels.list) {
    if (rel.external) continue;
    if (REL_TYPE.comments.test(rel.type)) add("comments", 1);
    if (REL_TYPE.drawing.test(rel.type)) {
      const drawing = (await pkg.text(resolveTarget(path, rel.target))) ?? "";
      add("pictures", count(drawing, /<xdr:pic\b/g));
      add("shapes", count(drawing, /<xdr:sp\b/g));
      add("charts", count(drawing, /<c:chart\b/g));
      if (sheet.rebuilt) add("ownCharts", await ownCharts(pkg, resolveTarget(path, rel.target), drawing, name));
    }
  }
}

/**
 * Every feature of an .xlsx package, counted per sheet (and for the workbook); sheets
 * whose part is in `skip` (unchanged, so no feature can be lost there) are not counted,
 * and charts of the user's own only on the sheets named in `rebuilt` (lower case).
 */
export async function countFeatures(data: Uint8Array | JSZip, skip: ReadonlySet<string> = new Set(), rebuilt: ReadonlySet<string> = new Set()): Promise<Counts> {
  const zip = data instanceof JSZip ? data : await JSZip.loadAsync(data);
  const pkg = await PackageParts.open(zip);
  const counts: Counts = new Map();
  const styles = styleFlags((await pkg.text("xl/styles.xml")) ?? "");
  const strings = elements((await pkg.text("xl/sharedStrings.xml")) ?? "", "si");
  const richStrings = new Set(strings.flatMap((si, i) => (/<r>/.test(si.inner) ? [i] : [])));
  for (const { name, path } of pkg.sheets) {
    if (!skip.has(path)) await countSheet(pkg, { name, path, rebuilt: rebuilt.has(name.toLowerCase()) }, styles, richStrings, counts);
  }
  const workbook = (await pkg.text("xl/workbook.xml")) ?? "";
  const names = elements(workbook, "definedName").filter((e) => !unescapeXml(e.attrs.name ?? "").startsWith("_xlnm."));
  counts.set(countKey("definedNames", null), names.length);
  // an empty <workbookProtection/> (as LibreOffice writes it) protects nothing
  counts.set(countKey("protection", null), count(workbook, /<workbookProtection\b[^>]*\b(lock\w+="(1|true)"|workbookPassword=|workbookHashValue=|revisionsPassword=)/g));
  counts.set(countKey("dateSystem", null), count(workbook, /<workbookPr\b[^>]*\bdate1904="(1|true)"/g));
  const files = Object.keys(zip.files);
  counts.set(countKey("pivotTables", null), files.filter((f) => /^xl\/pivotTables\/[^/]+\.xml$/.test(f)).length);
  counts.set(countKey("externalLinks", null), files.filter((f) => /^xl\/externalLinks\/[^/]+\.xml$/.test(f)).length);
  return counts;
}

/**
 * What `after` holds less of than `before`, leaving out `replacedSheets` (the
 * generated sheets a command rebuilt on purpose). Empty when nothing is lost.
 */
export async function losses(before: Uint8Array, after: Uint8Array, replacedSheets: readonly string[] = []): Promise<Loss[]> {
  const [a, b] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(after)]);
  const same = await unchangedSheets(a, b);
  const replaced = new Set(replacedSheets.map((s) => s.toLowerCase()));
  const [was, now] = await Promise.all([countFeatures(a, same, replaced), countFeatures(b, same, replaced)]);
  const lost: Loss[] = [];
  for (const [key, n] of was) {
    const [feature, sheet] = key.split("\u0000") as [Feature, string];
    // a sheet rebuilt on purpose loses only what the user put on it that is no cell: a chart of their own
    const rebuilt = Boolean(sheet) && replaced.has(sheet.toLowerCase());
    if (rebuilt !== (feature === "ownCharts")) continue;
    if ((now.get(key) ?? 0) < n) lost.push({ feature, sheet: sheet || null });
  }
  if (await partsMissing(a, b, replaced)) lost.push({ feature: "otherParts", sheet: null });
  return lost;
}

/** Worksheet parts that are the same, with the same relationships and drawings, in both packages (saving patches only what changed). */
async function unchangedSheets(a: JSZip, b: JSZip): Promise<Set<string>> {
  const same = new Set<string>();
  const text = (zip: JSZip, name: string) => zip.file(name)?.async("string") ?? Promise.resolve(null);
  for (const name of Object.keys(a.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const parts = [name, relsPath(name)];
    const rels = Relationships.parse(await text(a, relsPath(name)));
    for (const rel of rels.list) if (!rel.external) parts.push(resolveTarget(name, rel.target));
    let equal = true;
    for (const p of parts) if ((await text(a, p)) !== (await text(b, p))) equal = false;
    if (equal) same.add(name);
  }
  return same;
}

/** The parts a part refers to, and theirs, and so on. */
async function reachable(pkg: PackageParts, path: string, into: Set<string>): Promise<void> {
  if (into.has(path)) return;
  into.add(path);
  into.add(relsPath(path));
  for (const rel of (await pkg.rels(path)).list) if (!rel.external) await reachable(pkg, resolveTarget(path, rel.target), into);
}

/**
 * Whether a part of `before` is missing from `after`, other than the parts of the sheets
 * a command rebuilt and the calculation chain (a cache Excel rebuilds).
 */
async function partsMissing(a: JSZip, b: JSZip, replaced: Set<string>): Promise<boolean> {
  const pkg = await PackageParts.open(a);
  const gone = new Set<string>(["xl/calcChain.xml"]);
  for (const sheet of pkg.sheets) if (replaced.has(sheet.name.toLowerCase())) await reachable(pkg, sheet.path, gone);
  return Object.keys(a.files).some((f) => !a.files[f].dir && !b.file(f) && !gone.has(f));
}

/** "merged cells (sheet Notes, Budget), named ranges" in both languages. */
export function describeLosses(lost: readonly Loss[]): Text {
  const sheets = new Map<Feature, string[]>();
  for (const l of lost) {
    const list = sheets.get(l.feature) ?? [];
    if (l.sheet) list.push(l.sheet);
    sheets.set(l.feature, list);
  }
  const one = (lang: Lang) =>
    [...sheets]
      .map(([feature, on]) => {
        const name = tr(lossText.features[feature], lang);
        return on.length ? tr(lossText.onSheets, lang, { feature: name, sheets: on.join(", ") }) : name;
      })
      .join(", ");
  return { sv: one("sv"), en: one("en") };
}

/**
 * Refuses (CliFailure, exit 2) to save `after` over `file` when it would hold less
 * than `before` did; `advice` says what to do instead.
 */
export async function assertNothingLost(
  before: Uint8Array,
  after: Uint8Array,
  options: { file: string; advice: Text; replacedSheets?: readonly string[] },
): Promise<void> {
  const lost = await losses(before, after, options.replacedSheets);
  if (lost.length === 0) return;
  const features = describeLosses(lost);
  // the add-in rebuilds its sheets too: a chart of the user's own there has to move
  const advice = lost.some((l) => l.feature === "ownCharts") ? lossText.moveOwnCharts : options.advice;
  throw new CliFailure(fillText(lossText.refused, (lang) => ({ file: options.file, features: features[lang], advice: advice[lang] })));
}
