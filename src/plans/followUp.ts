// The follow-up command's plan: from one read (the snapshot plus the names of
// the sheets the follow-up may write and of every table), compute the
// follow-up and the annual report, and plan the edits that write the
// Uppföljning and/or Verksamhetsberättelse sheets. Only sheets Rådsplan made
// are replaced; a user's sheet of the same name is left alone. One sync to read
// and one per sheet written, whatever the plan's size: a sheet too large for one
// request under Excel on the web's 5 MB lists the first rows of its longest
// tables, says so on the sheet and in the notices, and the Word file keeps all.

import { buildAnnualReport } from "../followup/annualReport";
import { computeFollowUp } from "../followup/compute";
import { followUpSheetLayout, MAX_INDICATOR_CHARTS } from "../followup/followUpSheet";
import { annualReportLayout } from "../followup/reportSheet";
import {
  candidateSheetNames,
  chooseSheet,
  followUpSheetName,
  followUpTablePrefix,
  freeTablePrefix,
  reportSheetName,
  reportTablePrefix,
  type ExistingSheet,
  type GeneratedKind,
} from "../followup/sheetNames";
import { ALL_ROWS, type GeneratedSheet } from "../followup/rowLimit";
import type { AnnualReport, FollowUp } from "../followup/types";
import { followUpNotices } from "../i18n/followup";
import type { Edit } from "../workbook/edits";
import type { Capabilities } from "../base/capabilities";
import { TABLES, type Lang, type Text } from "../workbook/layout";
import { readSettings } from "../workbook/meta";
import { isYear } from "../workbook/parse";
import { parsePlan } from "../workbook/parsePlan";
import type { Plan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { UserError } from "../base/userError";
import { SNAPSHOT_READ, type Command } from "./command";
import { fitToRequest, totalBytes } from "./fitRequest";
import { SYNC_SPLIT_BYTES } from "./payload";

export interface FollowUpCommandOptions {
  year: number;
  lang: Lang;
  caps: Capabilities;
  /** Which sheets to (re)generate. */
  sheets: GeneratedKind[];
  /** The day the report is made ("YYYY-MM-DD"), for its paragraphs (activities past their end count as late); default the year's end. */
  asOf?: string;
}

export interface FollowUpCommandResult {
  /** context.sync() calls the command made. */
  syncs: number;
  /** The sheets written, in the order asked for. */
  sheets: string[];
  notices: Text[];
}

function wantedSheet(kind: GeneratedKind, year: number, lang: Lang): string {
  return kind === "followUp" ? followUpSheetName(lang) : reportSheetName(year, lang);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || !isYear(year)) throw new UserError(followUpNotices.badYear(String(year)));
}

/**
 * What the follow-up had to leave out: missing planning tables and cell values the
 * parser could not read. Throws when no planning table exists at all.
 */
function planNotices(plan: Plan): Text[] {
  const absent = TABLES.filter((t) => plan.tables[t.name] === null);
  if (absent.length === TABLES.length) throw new UserError(followUpNotices.noPlan);
  // A missing table the parser reports (parts newer than the workbook's layout are optional).
  const missing = absent.filter((t) => plan.problems.some((p) => p.kind === "missingTable" && p.table === t.name));
  const notices: Text[] = [];
  const names = (lang: Lang) => missing.map((t) => t.sheet[lang]).join(", ");
  if (missing.length > 0) notices.push(followUpNotices.missingTables(missing.length, names("sv"), names("en")));
  // a column that is missing, or whose header appears twice (neither is read): the DATA-06 findings
  const columns = plan.problems.flatMap((p) => (p.kind === "missingColumn" || p.kind === "duplicateColumn" ? [p] : []));
  if (columns.length > 0) {
    const label = (lang: Lang) =>
      columns
        .map((p) => {
          const column = TABLES.find((t) => t.name === p.table)?.columns.find((c) => c.key === p.column);
          return `${p.sheet}: ${column ? column[lang] : p.column}`;
        })
        .join(", ");
    notices.push(followUpNotices.columnsNotRead(columns.length, label("sv"), label("en")));
  }
  const unreadable = plan.problems.filter((p) => p.kind === "unreadable").length;
  if (unreadable > 0) notices.push(followUpNotices.planProblems(unreadable));
  return notices;
}

/**
 * Estimated request bytes one generated sheet may take, its deletion of the old one
 * included: one sync's worth, less room for the closing activate edit. The applier
 * then writes each sheet in at most one sync of its own (a sync never holds more
 * than the rest of one sheet and the start of the next).
 */
const SHEET_REQUEST_BYTES = SYNC_SPLIT_BYTES - 4 * 1024;

/** The sheet with every row when it fits in `limit` estimated bytes, else with as many rows per list as fit. */
function fitSheet<S extends GeneratedSheet>(build: (maxRows: number) => S, limit: number): { sheet: S; maxRows: number } {
  const whole = build(ALL_ROWS);
  if (totalBytes(whole.edits) <= limit) return { sheet: whole, maxRows: ALL_ROWS };
  // A limit of the longest list lists every row: the sheet just built.
  const { built, count } = fitToRequest(build, (s) => s.edits, whole.longestList, limit, whole);
  return { sheet: built, maxRows: count };
}

export interface FollowUpWrite {
  edits: Edit[];
  /** The sheets the edits write, in the order asked for. */
  written: string[];
  notices: Text[];
}

/** The sheet names the follow-up may write for `kinds`: what queueSheetProbes must look up before planFollowUpWrite. */
function followUpSheetCandidates(kinds: readonly GeneratedKind[], year: number, lang: Lang): string[] {
  return kinds.flatMap((k) => candidateSheetNames(wantedSheet(k, year, lang)));
}

/**
 * The think step: from what the one read brought back, the edits that write the
 * chosen sheets, each sized to fit one request. Throws a UserError when nothing can
 * be written.
 */
function planFollowUpWrite(
  snapshot: WorkbookSnapshot,
  existing: readonly ExistingSheet[],
  allTables: readonly string[],
  kinds: readonly GeneratedKind[],
  year: number,
  lang: Lang,
  asOf?: string,
): FollowUpWrite {
  const plan = parsePlan(snapshot);
  const settings = readSettings(snapshot);
  const followUp = computeFollowUp(plan, year, settings);
  const notices = planNotices(plan);

  const written: string[] = [];
  const edits: Edit[] = [];
  const replaced = new Set<string>();
  for (const kind of kinds) {
    const wanted = wantedSheet(kind, year, lang);
    const choice = chooseSheet(wanted, existing);
    if (!choice) {
      notices.push(followUpNotices.noFreeSheetName(wanted));
      continue;
    }
    if (choice.displaced) notices.push(followUpNotices.sheetNameTaken(wanted, choice.sheet));
    const deletes: Edit[] = [];
    if (choice.replace) {
      deletes.push({ kind: "deleteSheet", sheet: choice.sheet });
      for (const t of existing.find((s) => s.name === choice.sheet)?.tables ?? []) replaced.add(t.toLowerCase());
    }
    const remaining = allTables.filter((t) => !replaced.has(t.toLowerCase()));
    const sheetName = choice.sheet;
    const tablePrefix = freeTablePrefix(kind === "followUp" ? followUpTablePrefix(year, lang) : reportTablePrefix(year, lang), remaining);
    const report = kind === "report" ? buildAnnualReport(plan, year, settings, followUp) : null;
    const build: (maxRows: number) => GeneratedSheet & { chartsLeftOut?: number } = report
      ? annualReportLayout(report, { lang, sheetName, tablePrefix, asOf })
      : followUpSheetLayout(followUp, { lang, sheetName, municipality: settings.municipality.trim(), tablePrefix });
    // The room for the old sheet's deletion is kept whether or not there is one, so that
    // writing the sheet again lists exactly the rows the first write listed.
    const deletion = totalBytes([{ kind: "deleteSheet", sheet: sheetName }]);
    const { sheet, maxRows } = fitSheet(build, SHEET_REQUEST_BYTES - deletion);
    edits.push(...deletes, ...sheet.edits);
    if (sheet.rowsLeftOut > 0) notices.push(followUpNotices.rowsLeftOut(sheetName, maxRows, sheet.rowsLeftOut));
    if (sheet.chartsLeftOut) notices.push(followUpNotices.chartsLeftOut(sheetName, MAX_INDICATOR_CHARTS, followUp.indicators.length));
    written.push(sheetName);
  }
  if (written.length === 0) throw new UserError(notices[notices.length - 1]);
  edits.push({ kind: "activate", sheet: written[0], cell: "A1" });
  return { edits, written, notices };
}

/** The distinct kinds asked for, in order; a UserError for a bad year or none chosen. */
function chosenKinds(options: Pick<FollowUpCommandOptions, "year" | "sheets">): GeneratedKind[] {
  checkYear(options.year);
  if (options.sheets.length === 0) throw new UserError(followUpNotices.nothingChosen);
  return [...new Set(options.sheets)];
}

/** Computes the chosen follow-up sheets for `year` in `lang` and plans their write. */
export const followUpCommand: Command<Omit<FollowUpCommandOptions, "caps">, Omit<FollowUpCommandResult, "syncs">> = {
  read: (options) => ({ ...SNAPSHOT_READ, probeSheets: followUpSheetCandidates(chosenKinds(options), options.year, options.lang) }),
  plan({ snapshot, existing, allTables }, options) {
    const { edits, written, notices } = planFollowUpWrite(snapshot, existing, allTables, chosenKinds(options), options.year, options.lang, options.asOf);
    return { edits, result: { sheets: written, notices } };
  },
};

export interface FollowUpView {
  followUp: FollowUp;
  report: AnnualReport;
}

/** The follow-up and the annual report of `year` for the task pane (reads only). */
export const followUpViewCommand: Command<{ year: number }, FollowUpView> = {
  read({ year }) {
    checkYear(year);
    return SNAPSHOT_READ;
  },
  plan({ snapshot }, { year }) {
    const plan = parsePlan(snapshot);
    const settings = readSettings(snapshot);
    const followUp = computeFollowUp(plan, year, settings);
    return { edits: [], result: { followUp, report: buildAnnualReport(plan, year, settings, followUp) } };
  },
};
