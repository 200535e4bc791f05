// The check command's plan: from one batched read (the snapshot with settings and
// acknowledgements, plus where the Kontroll sheet may go), parse, rules and
// acknowledgements, and the edits of one batched write that rebuilds the
// generated Kontroll sheet (deleted and added again; no other sheet is touched).
// Two syncs for any workbook size: when the findings would make a request larger
// than one sync may carry (SYNC_SPLIT_BYTES, below Excel on the web's 5 MB), the
// sheet lists the most serious ones that fit and says so in its title, instead of
// splitting the write over more syncs. Text that can hold user data is written as
// literal text (buildChecksSheetEdits marks it so and applyEdits escapes it).

import type { Capabilities } from "../base/capabilities";
import type { Lang, Text } from "../base/text";
import { UserError } from "../base/userError";
import { checkText } from "../i18n/checks";
import { CHECKS_SHEET_TEXT, summaryLine } from "../i18n/rules";
import { runChecks } from "../rules";
import { applyAcks, type AckedFinding } from "../rules/acks";
import { buildChecksSheetEdits, countFindings } from "../rules/checksSheet";
import { defaultFollowUpYear, isIsoDate } from "../rules/dates";
import type { Edit } from "../workbook/edits";
import { readAcks, readSettings } from "../workbook/meta";
import { isYear } from "../workbook/parse";
import { parsePlan } from "../workbook/parsePlan";
import { checksCandidateNames, checksSheetName, chooseChecksTarget, type ChecksTarget } from "./checksTarget";
import { localStamp } from "./clock";
import { SNAPSHOT_READ, type Command } from "./command";
import { fitToRequest, totalBytes } from "./fitRequest";
import { SYNC_SPLIT_BYTES } from "./payload";

export interface CheckCommandOptions {
  /** ISO "YYYY-MM-DD" the plan is judged against. */
  referenceDate: string;
  /** Default: defaultFollowUpYear(referenceDate) (docs/rules.md). */
  followUpYear?: number;
  /** Language of the Kontroll sheet. */
  lang: Lang;
  caps: Capabilities;
  /** Write the Kontroll sheet (default true); false reads only (one sync). */
  write?: boolean;
  /** Activate the Kontroll sheet and select its title (the ribbon command shows its result so). */
  activate?: boolean;
  /** When the check runs, for the sheet's "generated" line; default now. */
  now?: Date;
  /** Request size at which the sheet is cut (default SYNC_SPLIT_BYTES); tests lower it. */
  splitBytes?: number;
}

export interface CheckSummary {
  error: number;
  warning: number;
  info: number;
  acknowledged: number;
}

export interface CheckResult {
  /** Every finding, acknowledged ones marked, in runChecks' order (errors first). */
  findings: AckedFinding[];
  summary: CheckSummary;
  /** context.sync() calls the command made. */
  syncs: number;
  /** The largest estimated request one sync carried, in bytes. */
  largestPayloadBytes: number;
  referenceDate: string;
  followUpYear: number;
  /** The sheet the findings were written to; null when nothing was written. */
  sheet: string | null;
  /** How many findings the sheet lists (fewer than findings.length only for very large results). */
  listed: number;
  /** Things the user should know: a displaced sheet name, a shortened list, features this Excel lacks. */
  notices: Text[];
}

/** The counts of a run, with the severity names of Finding. */
export function summarize(findings: readonly AckedFinding[]): CheckSummary {
  const c = countFindings(findings);
  return { error: c.errors, warning: c.warnings, info: c.infos, acknowledged: c.acknowledged };
}

/** "3 fel, 7 varningar, 2 info" / "3 errors, 7 warnings, 2 info" (plus acknowledged ones, if any). */
export function summaryText(summary: CheckSummary): Text {
  return summaryLine({ errors: summary.error, warnings: summary.warning, infos: summary.info, acknowledged: summary.acknowledged });
}

/** The run's dates made sound, or a UserError saying what to type. */
function runDates(options: Pick<CheckCommandOptions, "referenceDate" | "followUpYear">): { referenceDate: string; followUpYear: number } {
  const { referenceDate, followUpYear } = options;
  if (!isIsoDate(referenceDate)) throw new UserError(checkText.badReferenceDate(String(referenceDate ?? "")));
  if (followUpYear === undefined) return { referenceDate, followUpYear: defaultFollowUpYear(referenceDate) };
  if (!Number.isInteger(followUpYear) || !isYear(followUpYear)) throw new UserError(checkText.badFollowUpYear(String(followUpYear)));
  return { referenceDate, followUpYear };
}

interface SheetPlan {
  edits: Edit[];
  listed: number;
}

/**
 * The edits that rebuild the Kontroll sheet on `target`, listing as many findings
 * (most serious first) as fit in one request of `limit` bytes. When some are left
 * out, the title still counts them all and its note says how many are listed.
 */
function planChecksSheet(
  findings: readonly AckedFinding[],
  target: ChecksTarget,
  lang: Lang,
  dates: { referenceDate: string; followUpYear: number },
  generatedAt: string,
  limit: number,
): SheetPlan {
  // The edits for the first `listed` findings; with some left out, the title still
  // counts them all and its note says how many are listed.
  const build = (listed: number): Edit[] => {
    const edits: Edit[] = target.stale.map((sheet) => ({ kind: "deleteSheet", sheet }));
    const shown = findings.slice(0, listed);
    for (const e of buildChecksSheetEdits(shown, { lang, sheetName: target.sheet, existingSheet: target.replace, generatedAt, summary: dates })) {
      edits.push(e.kind === "addTable" ? { ...e, name: target.tableName } : e);
    }
    if (listed < findings.length) {
      const sheet = target.sheet;
      const title = `${CHECKS_SHEET_TEXT.title[lang]}: ${summaryText(summarize(findings))[lang]}`;
      const note = `${checkText.truncated(listed, findings.length)[lang]} ${CHECKS_SHEET_TEXT.generatedNote[lang]}`;
      edits.push(
        { kind: "setValues", sheet, address: "A1", values: [[title]], text: true },
        { kind: "setValues", sheet, address: "A3", values: [[note]], text: true },
      );
    }
    return edits;
  };
  const { built: edits, count: listed } = fitToRequest(build, (e) => e, findings.length, limit);
  return { edits, listed };
}

/** What the plan returns: the CheckResult but what the write costs (the runner adds it). */
export type CheckPlanResult = Omit<CheckResult, "syncs" | "largestPayloadBytes">;

/**
 * Runs every rule on the workbook, marks the acknowledged findings and (unless
 * `write` is false) plans the edits that rebuild the Kontroll sheet.
 */
export const checkCommand: Command<CheckCommandOptions, CheckPlanResult> = {
  read(options) {
    runDates(options);
    return options.write === false ? SNAPSHOT_READ : { ...SNAPSHOT_READ, probeSheets: checksCandidateNames(options.lang) };
  },
  plan(read, options) {
    const dates = runDates(options);
    const { lang } = options;
    const { snapshot } = read;
    const plan = parsePlan(snapshot);
    const raw = runChecks(plan, { ...dates, settings: readSettings(snapshot) });
    const findings = applyAcks(raw, readAcks(snapshot));
    const result: CheckPlanResult = { findings, summary: summarize(findings), ...dates, sheet: null, listed: 0, notices: [] };
    if (options.write === false) return { edits: [], result };

    const target = chooseChecksTarget(lang, read.existing, read.allTables);
    const wanted = checksSheetName(lang);
    if (!target) {
      result.notices.push(checkText.noFreeSheetName(wanted));
      return { edits: [], result };
    }
    if (target.displaced) result.notices.push(checkText.sheetNameTaken(wanted, target.sheet));
    const activate: Edit[] = options.activate ? [{ kind: "activate", sheet: target.sheet, cell: "A1" }] : [];
    const limit = (options.splitBytes ?? SYNC_SPLIT_BYTES) - totalBytes(activate);
    const { edits, listed } = planChecksSheet(findings, target, lang, dates, localStamp(options.now), limit);
    if (listed < findings.length) result.notices.push(checkText.truncated(listed, findings.length));
    edits.push(...activate);
    return { edits, result: { ...result, sheet: target.sheet, listed } };
  },
};
