// The rule catalogue of docs/rules.md: every rule's id, severity and the guidance
// it rests on, and the five areas rules are grouped in. The one place a rule's
// severity is decided; the rule functions themselves live in the area modules.

import { AREA_NAMES, GUIDANCE } from "../i18n/rules";
import type { Severity } from "../workbook/findings";
import type { Text } from "../workbook/layout";

export type AreaId = keyof typeof AREA_NAMES;

/** The areas in the order the task pane and the Kontroll sheet group them. */
export const AREAS: readonly { id: AreaId; name: Text }[] = (Object.keys(AREA_NAMES) as AreaId[]).map((id) => ({
  id,
  name: AREA_NAMES[id],
}));

interface RuleInfo {
  severity: Severity;
  guidance: Text;
}

const E = "error";
const W = "warning";
const I = "info";
const g = GUIDANCE;

export const RULE_INFO = {
  "DATA-01": { severity: E, guidance: g.workbook },
  "DATA-02": { severity: E, guidance: g.workbook },
  "DATA-03": { severity: E, guidance: g.workbook },
  "DATA-04": { severity: E, guidance: g.workbook },
  "DATA-05": { severity: E, guidance: g.workbook },
  "DATA-06": { severity: E, guidance: g.workbook },
  "DATA-07": { severity: W, guidance: g.kolada },

  "ORG-01": { severity: E, guidance: g.braCollaboration },
  "ORG-02": { severity: W, guidance: g.braCollaboration },
  "ORG-03": { severity: E, guidance: g.braCollaboration },
  "ORG-04": { severity: W, guidance: g.braCollaboration },
  "ORG-05": { severity: W, guidance: g.braCollaboration },
  "ORG-06": { severity: W, guidance: g.braCollaboration },
  "ORG-07": { severity: W, guidance: g.braCollaboration },
  "ORG-08": { severity: W, guidance: g.braCollaboration },
  "ORG-09": { severity: E, guidance: g.lawCoordination },
  "ORG-10": { severity: I, guidance: g.braCollaboration },
  "ORG-11": { severity: I, guidance: g.braCollaboration },
  "ORG-12": { severity: W, guidance: g.braFollowUp },
  "ORG-13": { severity: W, guidance: g.braCollaboration },
  "ORG-14": { severity: E, guidance: g.workbook },
  "ORG-15": { severity: W, guidance: g.braCollaboration },
  "ORG-16": { severity: I, guidance: g.braCollaboration },

  "DOC-01": { severity: W, guidance: g.lawAgreements },
  "DOC-02": { severity: W, guidance: g.braFollowUp },
  "DOC-03": { severity: W, guidance: g.lawSituationReport },
  "DOC-04": { severity: W, guidance: g.lawActionPlan },
  "DOC-05": { severity: I, guidance: g.braCollaboration },
  "DOC-06": { severity: I, guidance: g.braCollaboration },

  "PLAN-01": { severity: E, guidance: g.braGoals },
  "PLAN-02": { severity: W, guidance: g.braGoals },
  "PLAN-03": { severity: W, guidance: g.braChain },
  "PLAN-04": { severity: W, guidance: g.braChain },
  "PLAN-05": { severity: W, guidance: g.braChain },
  "PLAN-06": { severity: W, guidance: g.braRootCause },
  "PLAN-07": { severity: W, guidance: g.braChain },
  "PLAN-08": { severity: E, guidance: g.workbook },
  "PLAN-09": { severity: W, guidance: g.braFollowUp },
  "PLAN-10": { severity: W, guidance: g.braCollaboration },
  "PLAN-11": { severity: W, guidance: g.braGoals },
  "PLAN-12": { severity: W, guidance: g.braGoals },
  "PLAN-13": { severity: W, guidance: g.braFollowUp },
  "PLAN-14": { severity: E, guidance: g.workbook },

  "BUD-01": { severity: W, guidance: g.braCollaboration },
  "BUD-02": { severity: E, guidance: g.braCollaboration },
  "BUD-03": { severity: W, guidance: g.braFollowUp },
  "BUD-04": { severity: W, guidance: g.braFollowUp },
  "BUD-05": { severity: E, guidance: g.workbook },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULE_INFO;

export const RULE_IDS = Object.keys(RULE_INFO) as RuleId[];

/** The area a rule id belongs to ("ORG-02" → "ORG"); undefined for an id no rule has. */
export function ruleArea(ruleId: string): AreaId | undefined {
  const area = ruleId.split("-")[0];
  return Object.prototype.hasOwnProperty.call(AREA_NAMES, area) ? (area as AreaId) : undefined;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RULE_RANK = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

/** Errors first, then warnings, then infos. */
export const severityRank = (s: Severity): number => SEVERITY_RANK[s] ?? 3;

/** A rule's position in the catalogue (area order, then number); unknown ids last. */
export const ruleRank = (id: string): number => RULE_RANK.get(id) ?? RULE_IDS.length;
