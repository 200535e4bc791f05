// Reads the answers people pick or type from a fixed set: Ja/Nej (Yes/No, J/N,
// true/false, Excel booleans) and the values of the layout's allowed lists, matched
// case- and whitespace-insensitively against the Swedish label, the English label and the key.

import { PARSE_MESSAGES } from "../../i18n/parse";
import { LISTS, type ListId, type ListItem } from "../layout";
import type { CellValue } from "../snapshot";
import { CellFailure, unreadable, type CellRead } from "./result";
import { isBlank, isExcelError, labelKey } from "./text";

const YES_NO = new Map<string, boolean>([
  ...["ja", "j", "yes", "y", "true", "sant"].map((w) => [w, true] as const),
  ...["nej", "n", "no", "false", "falskt"].map((w) => [w, false] as const),
]);

/** Reads a Ja/Nej cell. */
export function parseYesNo(raw: CellValue): CellRead<boolean> {
  if (typeof raw === "boolean") return raw;
  if (typeof raw !== "string") return unreadable(PARSE_MESSAGES.unreadable("yesno", raw));
  if (isBlank(raw)) return null;
  if (isExcelError(raw)) return unreadable(PARSE_MESSAGES.excelError(raw.trim()));
  const value = YES_NO.get(labelKey(raw));
  return value === undefined ? unreadable(PARSE_MESSAGES.unreadable("yesno", raw)) : value;
}

/** Per list: every accepted spelling (exact and normalised) -> the item's key. Built once. */
const LOOKUP = new Map<ListId, Map<string, string>>();

function lookupFor(list: ListId): Map<string, string> {
  let map = LOOKUP.get(list);
  if (!map) {
    map = new Map();
    for (const item of LISTS[list] as readonly ListItem[]) {
      for (const label of [item.sv, item.en, item.key]) {
        map.set(label, item.key);
        map.set(labelKey(label), item.key);
      }
    }
    LOOKUP.set(list, map);
  }
  return map;
}

/** The key of the list item a text names (any language, any case), or undefined. */
export function listKeyOf(list: ListId, text: string): string | undefined {
  const map = lookupFor(list);
  return map.get(text) ?? map.get(labelKey(text));
}

/** Reads a cell of a list column, returning the item's key. */
export function parseListValue(list: ListId, raw: CellValue): CellRead<string> {
  if (isBlank(raw)) return null;
  if (typeof raw === "string" && isExcelError(raw)) return unreadable(PARSE_MESSAGES.excelError(raw.trim()));
  const key = listKeyOf(list, String(raw));
  if (key !== undefined) return key;
  return new CellFailure("notInList", PARSE_MESSAGES.notInList(raw, LISTS[list] as readonly ListItem[] as ListItem[]));
}
