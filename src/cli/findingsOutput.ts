// How check's findings are printed: the human-readable listing (grouped by
// severity, then rule, sheet!cell and message), the JSON objects of --json, and
// the summary table closing a run over several files.

import { summaryText, type CheckSummary } from "../excel/commands/check";
import { quoteSheetName } from "../host";
import { tr } from "../i18n";
import { outcomeText } from "../i18n/cli";
import { SEVERITY_NAMES } from "../i18n/rules";
import type { AckedFinding, Acknowledgement } from "../rules/acks";
import type { Finding, Severity } from "../workbook/findings";
import type { Lang } from "../workbook/layout";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** "Blad!C5", "Blad" (no cell) or "" (no sheet), the sheet quoted as Excel quotes it. */
export function location(f: Pick<Finding, "sheet" | "cell">): string {
  if (!f.sheet) return "";
  return f.cell ? `${quoteSheetName(f.sheet)}!${f.cell}` : quoteSheetName(f.sheet);
}

/** One finding as a --json object. `file` is included when several files were checked. */
export interface FindingJson {
  file?: string;
  rule: string;
  severity: Severity;
  message: string;
  sheet: string | null;
  cell: string | null;
  table: string | null;
  guidance: string;
  /** The workbook's acknowledgement of the finding (warnings and infos only), or null. */
  acknowledged: Acknowledgement | null;
  key: string;
}

export function findingJson(f: AckedFinding, lang: Lang, file?: string): FindingJson {
  return {
    ...(file === undefined ? {} : { file }),
    rule: f.rule,
    severity: f.severity,
    message: tr(f.message, lang),
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    table: f.table ?? null,
    guidance: tr(f.guidance, lang),
    acknowledged: f.acknowledged ?? null,
    key: f.key,
  };
}

/** " [kvitterad: motivering (Anna, 2025-03-01)]", or "" when the finding is not acknowledged. */
function acknowledgedNote(a: Acknowledgement | undefined, lang: Lang): string {
  if (!a) return "";
  const who = [a.by, a.date].filter((s) => s.trim() !== "").join(", ");
  return ` [${tr(outcomeText.acknowledged, lang, { justification: a.justification })}${who ? ` (${who})` : ""}]`;
}

/**
 * The human-readable listing of one file's findings: a heading per severity with its
 * count, one line per finding (rule, sheet!cell, message) in the check's own order
 * (as the Kontroll sheet lists them), and the summary line.
 */
export function formatFindings(findings: readonly AckedFinding[], summary: CheckSummary, lang: Lang): string[] {
  const lines: string[] = [];
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
  const placeWidth = Math.max(0, ...findings.map((f) => location(f).length));
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${tr(SEVERITY_NAMES[severity], lang)} (${group.length})`);
    for (const f of group) {
      lines.push(`  ${f.rule.padEnd(ruleWidth)}  ${location(f).padEnd(placeWidth)}  ${tr(f.message, lang)}${acknowledgedNote(f.acknowledged, lang)}`);
    }
  }
  lines.push(tr(summaryText(summary), lang));
  return lines;
}

/** A file's line in the summary table: its counts, or null when it could not be read. */
export interface SummaryRow {
  file: string;
  counts: CheckSummary | null;
}

/** The summary table of a run over several files (file, errors, warnings, info), with a total row. */
export function formatSummary(rows: readonly SummaryRow[], lang: Lang): string[] {
  const total = { error: 0, warning: 0, info: 0 };
  for (const r of rows) for (const s of SEVERITIES) total[s] += r.counts?.[s] ?? 0;
  const header = [outcomeText.colFile, outcomeText.colErrors, outcomeText.colWarnings, outcomeText.colInfo].map((t) => tr(t, lang));
  const cells = (r: SummaryRow) => [r.file, ...SEVERITIES.map((s) => (r.counts ? String(r.counts[s]) : ""))];
  const totalRow = [tr(outcomeText.total, lang), ...SEVERITIES.map((s) => String(total[s]))];
  const table = [header, ...rows.map(cells), totalRow];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ")
      .trimEnd();
  const body = rows.map((r) => (r.counts ? line(cells(r)) : `${r.file.padEnd(widths[0])}  ${tr(outcomeText.notRead, lang)}`));
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [tr(outcomeText.summaryTitle, lang), line(header), rule, ...body, rule, line(totalRow)];
}
