// The follow-up command: read the workbook once (the snapshot plus the names
// of the sheets the follow-up may write and of every table), compute the
// follow-up and the annual report in pure TypeScript, and write the
// Uppföljning and/or Verksamhetsberättelse sheets. Only sheets Rådsplan made
// are replaced; a user's sheet of the same name is left alone. One sync to read
// and one per sheet written, whatever the plan's size: a sheet too large for one
// request under Excel on the web's 5 MB lists the first rows of its longest
// tables, says so on the sheet and in the notices, and the Word file keeps all.

import { buildAnnualReport } from "../../followup/annualReport";
import { computeFollowUp } from "../../followup/compute";
import { followUpSheetLayout, MAX_INDICATOR_CHARTS } from "../../followup/followUpSheet";
import { annualReportLayout } from "../../followup/reportSheet";
import {
  candidateSheetNames,
  chooseSheet,
  followUpSheetName,
  followUpTablePrefix,
  freeTablePrefix,
  reportSheetName,
  reportTablePrefix,
  type GeneratedKind,
} from "../../followup/sheetNames";
import { ALL_ROWS, type GeneratedSheet } from "../../followup/rowLimit";
import type { AnnualReport, FollowUp } from "../../followup/types";
import { followUpNotices } from "../../i18n/followup";
import type { Edit } from "../../workbook/edits";
import { TABLES, type Lang, type Text } from "../../workbook/layout";
import { readSettings } from "../../workbook/meta";
import { isYear } from "../../workbook/parse";
import { parsePlan } from "../../workbook/parsePlan";
import type { Plan } from "../../workbook/plan";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { Capabilities, ExcelRunner } from "../api";
import { applyEdits } from "../applyEdits";
import { fitToRequest, totalBytes } from "../fitRequest";
import { SYNC_SPLIT_BYTES } from "../payload";
import { UserError } from "../errors";
import { queueSnapshotRead } from "../readSnapshot";
import { queueSheetProbes, type SheetProbeResult } from "./sheetProbe";
import { addNotice } from "../requirements";

export interface FollowUpCommandOptions {
  year: number;
  lang: Lang;
  caps: Capabilities;
  /** Which sheets to (re)generate. */
  sheets: GeneratedKind[];
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
  const missing = TABLES.filter((t) => plan.tables[t.name] === null);
  if (missing.length === TABLES.length) throw new UserError(followUpNotices.noPlan);
  const notices: Text[] = [];
  const names = (lang: Lang) => missing.map((t) => t.sheet[lang]).join(", ");
  if (missing.length > 0) notices.push(followUpNotices.missingTables(names("sv"), names("en")));
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
function planFollowUpWrite(snapshot: WorkbookSnapshot, probes: SheetProbeResult, kinds: readonly GeneratedKind[], year: number, lang: Lang): FollowUpWrite {
  const { existing, allTables } = probes;
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
      ? annualReportLayout(report, { lang, sheetName, tablePrefix })
      : followUpSheetLayout(followUp, { lang, sheetName, municipality: settings.municipality.trim(), tablePrefix });
    const { sheet, maxRows } = fitSheet(build, SHEET_REQUEST_BYTES - totalBytes(deletes));
    edits.push(...deletes, ...sheet.edits);
    if (sheet.rowsLeftOut > 0) notices.push(followUpNotices.rowsLeftOut(sheetName, maxRows, sheet.rowsLeftOut));
    if (sheet.chartsLeftOut) notices.push(followUpNotices.chartsLeftOut(sheetName, MAX_INDICATOR_CHARTS, followUp.indicators.length));
    written.push(sheetName);
  }
  if (written.length === 0) throw new UserError(notices[notices.length - 1]);
  edits.push({ kind: "activate", sheet: written[0], cell: "A1" });
  return { edits, written, notices };
}

/**
 * The read and think steps: one sync, then the edits that write the chosen sheets.
 * Nothing read stays referenced once this returns, so the snapshot and the parsed
 * plan are not held in memory while the (possibly large) write runs. (The benchmark
 * and tests also replay these edits through Microsoft's Office.js.)
 */
export async function readAndPlanWrite(context: Excel.RequestContext, kinds: readonly GeneratedKind[], year: number, lang: Lang): Promise<FollowUpWrite> {
  const readSnapshot = queueSnapshotRead(context);
  const readProbes = queueSheetProbes(context, followUpSheetCandidates(kinds, year, lang));
  await context.sync();
  return planFollowUpWrite(readSnapshot(), readProbes(), kinds, year, lang);
}

/** Computes and writes the chosen follow-up sheets for `year` in `lang`. */
export async function generateFollowUp(run: ExcelRunner, options: FollowUpCommandOptions): Promise<FollowUpCommandResult> {
  const { year, lang, caps } = options;
  checkYear(year);
  if (options.sheets.length === 0) throw new UserError(followUpNotices.nothingChosen);
  const kinds = [...new Set(options.sheets)];
  return run(async (context) => {
    const { edits, written, notices } = await readAndPlanWrite(context, kinds, year, lang);
    const applied = await applyEdits(context, edits, caps);
    for (const n of applied.notices) addNotice(notices, n);
    return { syncs: 1 + applied.syncs, sheets: written, notices };
  });
}

export interface FollowUpView {
  followUp: FollowUp;
  report: AnnualReport;
}

/** The follow-up and the annual report of `year` for the task pane, read with one sync. */
export async function readFollowUp(run: ExcelRunner, year: number): Promise<FollowUpView> {
  checkYear(year);
  return run(async (context) => {
    const readSnapshot = queueSnapshotRead(context);
    await context.sync();
    const snapshot = readSnapshot();
    const plan = parsePlan(snapshot);
    const settings = readSettings(snapshot);
    const followUp = computeFollowUp(plan, year, settings);
    return { followUp, report: buildAnnualReport(plan, year, settings, followUp) };
  });
}
