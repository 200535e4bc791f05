// Where the check writes its Kontroll / Checks sheet. A sheet counts as the check's
// own when it holds the findings table (CHECKS_TABLE, or a copy Excel numbered,
// e.g. "RadsplanChecks2"), so a user's sheet that happens to be named "Kontroll"
// is never deleted: the result goes to "Kontroll (2)" … "(9)" instead. The
// check's own sheet in the other language is removed, so that switching the
// pane's language does not leave two result sheets. The check's read probes the
// candidate names (ReadRequest.probeSheets) on its one read sync.

import { candidateSheetNames, type ExistingSheet } from "../followup/sheetNames";
import { CHECKS_TABLE } from "../rules/checksSheet";
import { GENERATED_SHEETS, type Lang } from "../workbook/layout";

export interface ChecksTarget {
  /** The sheet to write. */
  sheet: string;
  /** True when that sheet exists (it is the check's own) and is deleted first. */
  replace: boolean;
  /** True when the wanted name was taken by a user's sheet. */
  displaced: boolean;
  /** The check's own sheets under the other language's name, to delete. */
  stale: string[];
  /** The findings table's name: CHECKS_TABLE unless a table that stays already has it. */
  tableName: string;
}

const OWN_TABLE = new RegExp(`^${CHECKS_TABLE}\\d*$`, "i");

const isOwn = (sheet: ExistingSheet) => sheet.tables.some((t) => OWN_TABLE.test(t));

/** The check's sheet name in `lang` ("Kontroll" / "Checks"). */
export function checksSheetName(lang: Lang): string {
  return GENERATED_SHEETS.checks[lang];
}

/** Every sheet name the choice may look at, for the probe. */
export function checksCandidateNames(lang: Lang): string[] {
  return [...candidateSheetNames(checksSheetName(lang)), checksSheetName(lang === "sv" ? "en" : "sv")];
}

/**
 * The sheet (and table name) to write the findings to, or null when the wanted
 * name and all its numbered alternatives are the user's own sheets.
 * `allTables` is every table name in the workbook.
 */
export function chooseChecksTarget(lang: Lang, existing: readonly ExistingSheet[], allTables: readonly string[]): ChecksTarget | null {
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  const other = byName.get(checksSheetName(lang === "sv" ? "en" : "sv").toLowerCase());
  const stale = other && isOwn(other) ? [other.name] : [];
  for (const [i, name] of candidateSheetNames(checksSheetName(lang)).entries()) {
    const found = byName.get(name.toLowerCase());
    if (found && !isOwn(found)) continue;
    const removed = new Set([...stale, ...(found ? [found.name] : [])].flatMap((s) => byName.get(s.toLowerCase())?.tables ?? []).map((t) => t.toLowerCase()));
    const taken = new Set(allTables.map((t) => t.toLowerCase()).filter((t) => !removed.has(t)));
    let tableName = CHECKS_TABLE;
    for (let n = 2; taken.has(tableName.toLowerCase()); n++) tableName = `${CHECKS_TABLE}${n}`;
    return { sheet: found?.name ?? name, replace: found !== undefined, displaced: i > 0, stale, tableName };
  }
  return null;
}
