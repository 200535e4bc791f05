// The check as the CLI runs it: read the workbook once, parse it, run the
// rules with the run's dates and the workbook's settings, and mark the findings
// the workbook has acknowledged. Never writes.

import type { ExcelRunner } from "../excel/api";
import { readSnapshot } from "../excel/readSnapshot";
import { runChecks } from "../rules";
import type { Lang } from "../workbook/layout";
import { readSettings } from "../workbook/meta";
import { parsePlan } from "../workbook/parsePlan";
import type { CheckedFinding } from "./findingsOutput";

export interface CheckOptions {
  referenceDate: string;
  followUpYear: number;
}

export async function checkWorkbook(run: ExcelRunner, options: CheckOptions): Promise<{ findings: CheckedFinding[]; lang: Lang }> {
  const snapshot = await run((context) => readSnapshot(context));
  const plan = parsePlan(snapshot);
  const findings = runChecks(plan, { ...options, settings: readSettings(snapshot) });
  return { findings, lang: plan.lang };
}
