// Why a file the CLI cannot open is not readable, as a reason a user
// understands (never a JavaScript error): an empty file, an OpenDocument file,
// a damaged zip, a Strict Open XML workbook, a part that is missing or not
// well-formed XML. Run only after loading failed (or, cheaply, before).

import JSZip from "jszip";
import { PackageParts, resolveTarget } from "../host/xlsx/packageParts";
import { elements } from "../host/xlsx/xml";
import { fileText } from "../i18n/cli";
import type { Text } from "../workbook/layout";

export interface Diagnosis {
  reason: Text;
  part?: string;
}

const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** Where well-formedness fails in an XML text (tags must nest), or null when it does not. */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  let m: RegExpExecArray | null;
  let root = false;
  while ((m = re.exec(xml))) {
    const text = m[0];
    if (text === "<") return "a stray <";
    if (text.startsWith("&")) return "a stray &";
    if (!m[2]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `</${m[2]}> does not close the open element`;
    } else if (!m[4]) {
      if (root && stack.length === 0) return "more than one root element";
      stack.push(m[2]);
      root = true;
    } else if (!root) root = true;
  }
  if (!root) return "no element";
  return stack.length ? `<${stack[stack.length - 1]}> is not closed` : null;
}

/** A reason found in the bytes before loading: empty, OpenDocument, Strict Open XML. */
export function quickDiagnosis(bytes: Uint8Array, zip: JSZip | null, workbookXml: string | null): Diagnosis | null {
  if (bytes.length === 0) return { reason: fileText.empty };
  if (zip?.file("mimetype") && !zip.file("[Content_Types].xml")) return { reason: fileText.openDocument };
  if (workbookXml?.includes(STRICT_NS)) return { reason: fileText.strict };
  return null;
}

/** Parts whose absence changes what is read: a sheet, the styles, the shared strings, a table. */
const NEEDED_PART = /\/(worksheet|styles|sharedStrings|table)$/;

/**
 * A workbook whose sheets cannot all be found (no <sheets>, no relationships, a
 * sheet part missing), or that refers to styles, shared strings or a table that is
 * not in the package: ExcelJS would read it as a workbook with fewer sheets, text as
 * string numbers or a table gone, and saving it would write a broken file.
 */
export async function packageProblem(zip: JSZip): Promise<Diagnosis | null> {
  const pkg = await PackageParts.open(zip);
  if (pkg.sheets.length === 0) return { reason: fileText.missingPart, part: "xl/workbook.xml <sheets>" };
  if (!zip.file("xl/_rels/workbook.xml.rels")) return { reason: fileText.missingPart, part: "xl/_rels/workbook.xml.rels" };
  for (const sheet of pkg.sheets) if (!sheet.path || !zip.file(sheet.path)) return { reason: fileText.missingPart, part: sheet.path || `xl/worksheets (${sheet.name})` };
  for (const name of Object.keys(zip.files)) {
    const m = /^(.*)_rels\/([^/]*)\.rels$/.exec(name);
    if (!m) continue;
    for (const rel of elements((await zip.file(name)!.async("string")) ?? "", "Relationship")) {
      if (rel.attrs.TargetMode === "External" || !NEEDED_PART.test(rel.attrs.Type ?? "")) continue;
      const target = resolveTarget(`${m[1]}${m[2]}`, rel.attrs.Target ?? "");
      if (!zip.file(target)) return { reason: fileText.missingPart, part: target };
    }
  }
  return null;
}

/** Why an .xlsx package could not be loaded, or null when nothing specific is wrong. */
export async function diagnose(bytes: Uint8Array): Promise<Diagnosis | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    return { reason: fileText.damagedZip };
  }
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? null;
  const quick = quickDiagnosis(bytes, zip, workbook);
  if (quick) return quick;
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels|vml)$/i.test(name)) continue;
    let text: string;
    try {
      text = await entry.async("string");
    } catch {
      return { reason: fileText.damagedZip };
    }
    if (xmlProblem(text)) return { reason: fileText.damagedPart, part: name };
  }
  return packageProblem(zip);
}
