// The Kontroll view's state and actions: running the check, acknowledging a finding
// and taking that back (each followed by a fresh check with the same dates, so that
// what the pane shows is what the workbook says), and jumping to a finding's cell.
// Every failure becomes a bilingual message; nothing here throws.

import { useCallback, useState } from "react";
import { acknowledgeFinding, unacknowledgeFinding } from "../../../excel/commands/acks";
import { runCheck, type CheckResult } from "../../../excel/commands/check";
import { toUserMessage } from "../../../excel/errors";
import { selectCell } from "../../../excel/navigation";
import { fillText, type Text } from "../../../i18n";
import { useLang } from "../../lang";
import { checksView } from "../../../i18n/checks";
import type { AckedFinding } from "../../../rules/acks";
import { useServices } from "../../services";
import { placeOf } from "./model";

export type Busy = "check" | "ack" | "unack" | null;

export interface Failure {
  title: Text;
  message: Text;
}

export interface RunDates {
  referenceDate: string;
  followUpYear: number;
}

export interface Checks {
  result: CheckResult | null;
  busy: Busy;
  failure: Failure | null;
  /** The last thing done that a screen reader should hear ("Markerade Grupper!G10…"), or a note. */
  status: Text | null;
  check(dates: RunDates): Promise<void>;
  /** Saves an acknowledgement; resolves to the refusal to show at the form, or null once saved. */
  acknowledge(finding: AckedFinding, justification: string, by: string): Promise<Text | null>;
  unacknowledge(finding: AckedFinding): Promise<void>;
  select(finding: AckedFinding): Promise<void>;
}

const sameFinding = (a: AckedFinding, b: AckedFinding) => a.rule === b.rule && a.key === b.key;
const datesOf = (r: CheckResult): RunDates => ({ referenceDate: r.referenceDate, followUpYear: r.followUpYear });

export function useChecks(): Checks {
  const { run, caps } = useServices();
  const lang = useLang();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [status, setStatus] = useState<Text | null>(null);

  const start = (kind: Busy) => {
    setBusy(kind);
    setFailure(null);
    setStatus(null);
  };

  /** Runs the check; returns the new result (null after a failure, which is then shown). */
  const checkWith = useCallback(
    async (dates: RunDates): Promise<CheckResult | null> => {
      try {
        const next = await runCheck(run, { ...dates, lang, caps });
        setResult(next);
        return next;
      } catch (err) {
        setFailure({ title: checksView.runFailed, message: toUserMessage(err) });
        return null;
      }
    },
    [run, caps, lang],
  );

  const check = async (dates: RunDates) => {
    start("check");
    await checkWith(dates);
    setBusy(null);
  };

  const acknowledge = async (finding: AckedFinding, justification: string, by: string): Promise<Text | null> => {
    start("ack");
    try {
      await acknowledgeFinding(run, finding, justification, by, { caps });
    } catch (err) {
      setBusy(null);
      return toUserMessage(err);
    }
    if (result) {
      const next = await checkWith(datesOf(result));
      const now = next?.findings.find((f) => sameFinding(f, finding));
      if (now && !now.acknowledged) setStatus(fillText(checksView.ackStale, () => ({ rule: finding.rule })));
    }
    setBusy(null);
    return null;
  };

  const unacknowledge = async (finding: AckedFinding) => {
    start("unack");
    try {
      await unacknowledgeFinding(run, finding);
      if (result) await checkWith(datesOf(result));
    } catch (err) {
      setFailure({ title: checksView.unackFailed, message: toUserMessage(err) });
    }
    setBusy(null);
  };

  const select = async (finding: AckedFinding) => {
    const place = placeOf(finding);
    if (!place || !finding.sheet || !finding.cell) return;
    try {
      await selectCell(run, finding.sheet, finding.cell);
      setStatus(fillText(checksView.selected, () => ({ place })));
    } catch (err) {
      setFailure({ title: checksView.selectFailed, message: toUserMessage(err) });
    }
  };

  return { result, busy, failure, status, check, acknowledge, unacknowledge, select };
}
