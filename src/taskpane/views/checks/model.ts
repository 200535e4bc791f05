// The Kontroll view's picture of a check result, as plain functions: which findings
// the filters let through, grouped by area in the catalogue's order, which sheets
// there are to filter on, and how a finding's place reads ("Grupper!G10").

import { AREAS, ruleArea, type AreaId } from "../../../rules";
import type { AckedFinding } from "../../../rules/acks";
import type { Severity } from "../../../workbook/findings";
import type { Text } from "../../../workbook/layout";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Sheet filter values that no sheet name can take (Excel forbids "[" and "]" in sheet names). */
export const ALL_SHEETS = "[all]";
export const NO_SHEET = "[none]";

export interface Filters {
  severities: ReadonlySet<Severity>;
  /** A sheet name, ALL_SHEETS or NO_SHEET. */
  sheet: string;
}

export const NO_FILTERS: Filters = { severities: new Set(SEVERITIES), sheet: ALL_SHEETS };

export interface AreaGroup {
  id: AreaId;
  name: Text;
  findings: AckedFinding[];
}

/** Whether the filters let `f` through. */
export function passes(f: AckedFinding, filters: Filters): boolean {
  if (!filters.severities.has(f.severity)) return false;
  if (filters.sheet === ALL_SHEETS) return true;
  return filters.sheet === NO_SHEET ? !f.sheet : f.sheet === filters.sheet;
}

/** The findings the filters let through, by area in AREAS order (empty areas left out), each in the check's order. */
export function groupByArea(findings: readonly AckedFinding[], filters: Filters): AreaGroup[] {
  const byArea = new Map<AreaId, AckedFinding[]>();
  for (const f of findings) {
    if (!passes(f, filters)) continue;
    const area = ruleArea(f.rule) ?? "DATA";
    const list = byArea.get(area);
    if (list) list.push(f);
    else byArea.set(area, [f]);
  }
  return AREAS.flatMap((a) => (byArea.has(a.id) ? [{ id: a.id, name: a.name, findings: byArea.get(a.id)! }] : []));
}

/** The sheets findings point at, in order of first appearance; whether some point at none. */
export function sheetsOf(findings: readonly AckedFinding[]): { sheets: string[]; unplaced: boolean } {
  const sheets = new Set<string>();
  let unplaced = false;
  for (const f of findings) {
    if (f.sheet) sheets.add(f.sheet);
    else unplaced = true;
  }
  return { sheets: [...sheets], unplaced };
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly AckedFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "Grupper!G10", or null when the finding points at no cell. */
export function placeOf(f: Pick<AckedFinding, "sheet" | "cell">): string | null {
  return f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null;
}
