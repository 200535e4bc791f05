// The commands the benchmark times, run exactly as the task pane runs them (the
// real runCheck and generateFollowUp on the in-memory Excel), plus the untimed
// upkeep around them: putting the workbook back as it was between runs, and
// sizing what a run wrote (also as Microsoft's Office.js would send it) and what
// the one read brings back.

import type { ExcelRunner } from "../src/excel/api";
import { runCheck } from "../src/excel/commands/check";
import { applyEdits } from "../src/excel/applyEdits";
import { generateFollowUp, readFollowUp } from "../src/excel/commands/followUp";
import { loadChartAssets } from "../src/cli/chartAssets";
import { buildReportDocx, MAX_WORD_INDICATOR_CHARTS } from "../src/followup/docx";
import { readAndPlan } from "../src/excel/runCommand";
import { followUpCommand } from "../src/plans/followUp";
import { readSnapshot } from "../src/excel/readSnapshot";
import type { MemoryWorkbook } from "../src/host";
import { utf8Length } from "../src/host/api/context";
import { BENCH_FOLLOW_UP_YEAR, BENCH_REFERENCE_DATE } from "./generatePlan";
import { recordRequests } from "./officeJsRequests";

export type CommandId = "check" | "followUp" | "wordReport";

export interface CommandOutcome {
  /** The sheets the command wrote. */
  sheets: string[];
  /** What it found or made, in a few words. */
  detail: string;
}

export interface BenchCommand {
  id: CommandId;
  /** The most syncs the command may take at any size (the target). */
  maxSyncs: number;
  run(run: ExcelRunner, wb: MemoryWorkbook): Promise<CommandOutcome>;
  /**
   * The command's write as Microsoft's Office.js would send it: the UTF-8 bytes of each
   * request (bench/officeJsRequests.ts), for the workbook as it is before a run.
   */
  officeJsRequests?(wb: MemoryWorkbook): Promise<number[]>;
  /** The sizes it is run at (default every size asked for). */
  sizes?: readonly number[];
  /** Timed runs at most (default as asked), for commands too slow to repeat five times. */
  maxRuns?: number;
}

const FOLLOW_UP_SHEETS = ["followUp", "report"] as const;

export const COMMANDS: readonly BenchCommand[] = [
  {
    id: "check",
    maxSyncs: 2,
    async run(run, wb) {
      const r = await runCheck(run, { referenceDate: BENCH_REFERENCE_DATE, followUpYear: BENCH_FOLLOW_UP_YEAR, lang: "sv", caps: wb.capabilities });
      const { error, warning, info } = r.summary;
      return {
        sheets: r.sheet ? [r.sheet] : [],
        detail: `${r.findings.length} findings (${error} errors, ${warning} warnings, ${info} info), ${r.listed} listed`,
      };
    },
  },
  {
    id: "followUp",
    maxSyncs: 3,
    async run(run, wb) {
      const r = await generateFollowUp(run, { year: BENCH_FOLLOW_UP_YEAR, lang: "sv", caps: wb.capabilities, sheets: [...FOLLOW_UP_SHEETS] });
      return { sheets: r.sheets, detail: `sheets ${r.sheets.join(", ")}${r.notices.length ? `; notices: ${r.notices.map((n) => n.en).join(" | ")}` : ""}` };
    },
    async officeJsRequests(wb) {
      const kinds = [...FOLLOW_UP_SHEETS];
      const write = await wb.run((context) => readAndPlan(context, followUpCommand, { sheets: [...kinds], year: BENCH_FOLLOW_UP_YEAR, lang: "sv" }));
      const { requestBytes } = await recordRequests((context) => applyEdits(context, write.edits, wb.capabilities));
      return requestBytes;
    },
  },
  {
    // The Word report as the task pane and `radsplan report --docx` make it: the one read,
    // then the .docx with a chart picture (rasterised by resvg) per indicator, budget and meetings.
    id: "wordReport",
    maxSyncs: 1,
    sizes: [1],
    maxRuns: 2,
    async run(run) {
      const { report } = await readFollowUp(run, BENCH_FOLLOW_UP_YEAR);
      const bytes = await buildReportDocx(report, "sv", { chartAssets: loadChartAssets, asOf: BENCH_REFERENCE_DATE });
      const charted = report.indicators.filter((i) => i.series.length > 0 || i.baseValue !== null).length;
      const pictures = Math.min(charted, MAX_WORD_INDICATOR_CHARTS);
      return { sheets: [], detail: `.docx of ${(bytes.length / 2 ** 20).toFixed(1)} MB: ${report.goals.length} goals, about ${pictures} indicator charts (of ${charted} indicators with values), ${report.activities.length} activities` };
    },
  },
];

/** Rows the sheets hold (their used ranges' heights, summed). */
export function rowsWritten(wb: MemoryWorkbook, sheets: readonly string[]): number {
  return sheets.reduce((n, name) => {
    const used = wb.model.sheet(name)?.usedRange;
    return n + (used ? used.r1 - used.r0 + 1 : 0);
  }, 0);
}

/** Deletes the sheets a run wrote, so that the next run starts from the same workbook. */
export async function deleteSheets(wb: MemoryWorkbook, sheets: readonly string[]): Promise<void> {
  if (sheets.length === 0) return;
  await wb.run(async (context) => {
    for (const name of sheets) context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}

/**
 * The UTF-8 size of what the commands' one read brings back (every planning table's
 * values, as JSON): Excel on the web limits responses to 5 MB as it does requests,
 * which the in-memory host does not model.
 */
export async function readResponseBytes(wb: MemoryWorkbook): Promise<number> {
  const snapshot = await wb.run((context) => readSnapshot(context));
  return utf8Length(JSON.stringify(snapshot));
}
