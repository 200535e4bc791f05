// Acknowledgements: a municipality may accept a warning or an info with a written
// justification (a small council that is both styrgrupp and beredningsgrupp, say).
// The finding then stays visible, marked acknowledged, for as long as the data it
// rests on (its fingerprint) is unchanged. Errors can never be acknowledged.

import { ACK_MESSAGES } from "../i18n/rules";
import type { Finding } from "../workbook/findings";
import type { Text } from "../workbook/layout";
import { ackRow, type Ack } from "../workbook/meta";
import type { CellValue } from "../workbook/snapshot";
import { isIsoDate } from "./dates";

export type { Ack } from "../workbook/meta";

export interface Acknowledgement {
  justification: string;
  by: string;
  /** ISO "YYYY-MM-DD". */
  date: string;
}

export type AckedFinding = Finding & { acknowledged?: Acknowledgement };

/** Only warnings and infos can be acknowledged: an error means the workbook is inconsistent. */
export function canAcknowledge(finding: Pick<Finding, "severity">): boolean {
  return finding.severity === "warning" || finding.severity === "info";
}

const ackId = (rule: string, key: string, fingerprint: string) => `${rule}\u0000${key}\u0000${fingerprint}`;

/**
 * The findings with `acknowledged` set where an ack has the same rule, key and
 * fingerprint (the latest by date when there are several). An ack whose fingerprint
 * no longer matches does nothing: the finding shows unacknowledged again.
 */
export function applyAcks(findings: readonly Finding[], acks: readonly Ack[]): AckedFinding[] {
  const byId = new Map<string, Ack>();
  for (const a of acks) {
    const id = ackId(a.rule, a.key, a.fingerprint);
    const prev = byId.get(id);
    if (!prev || a.date >= prev.date) byId.set(id, a);
  }
  return findings.map((f) => {
    const a = canAcknowledge(f) ? byId.get(ackId(f.rule, f.key, f.fingerprint)) : undefined;
    return a ? { ...f, acknowledged: { justification: a.justification, by: a.by, date: a.date } } : f;
  });
}

/** The acks that still match a finding of this run (the rest have dropped off and can be cleared). */
export function liveAcks(findings: readonly Finding[], acks: readonly Ack[]): Ack[] {
  const live = new Set(findings.filter(canAcknowledge).map((f) => ackId(f.rule, f.key, f.fingerprint)));
  return acks.filter((a) => live.has(ackId(a.rule, a.key, a.fingerprint)));
}

export type AckRowResult = { ok: true; ack: Ack; row: CellValue[] } | { ok: false; message: Text };

/**
 * The acknowledgement of `finding` and the row the check command appends to the acks
 * table (ACKS_COLUMNS order), or a bilingual message saying why it cannot be made.
 */
export function ackRowFor(finding: Finding, justification: string, by: string, date: string): AckRowResult {
  if (!canAcknowledge(finding)) return { ok: false, message: ACK_MESSAGES.errorsCannotBeAcknowledged(finding.rule) };
  const why = String(justification ?? "").trim();
  if (why === "") return { ok: false, message: ACK_MESSAGES.justificationRequired };
  if (!isIsoDate(date)) return { ok: false, message: ACK_MESSAGES.dateInvalid };
  const ack: Ack = { rule: finding.rule, key: finding.key, fingerprint: finding.fingerprint, justification: why, by: String(by ?? "").trim(), date };
  return { ok: true, ack, row: ackRow(ack) };
}
