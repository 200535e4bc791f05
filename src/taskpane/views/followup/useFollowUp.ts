// The Uppföljning view's state and actions: reading the follow-up of the chosen
// year (with the budget findings of a read-only check beside it), writing the
// Uppföljning or Verksamhetsberättelse sheet, downloading the report as Word
// (the Word code is loaded only then), jumping to a finding's cell, and
// acknowledging a budget finding or taking that back (then reading again).
// Every failure becomes a bilingual message; nothing here throws.

import { useCallback, useEffect, useRef, useState } from "react";
import { acknowledgeFinding, unacknowledgeFinding } from "../../../excel/commands/acks";
import { runCheck } from "../../../excel/commands/check";
import { localIsoDate } from "../../../plans/clock";
import { generateFollowUp, readFollowUp, type FollowUpView } from "../../../excel/commands/followUp";
import { toUserMessage } from "../../../excel/errors";
import { selectCell } from "../../../excel/navigation";
import type { GeneratedKind } from "../../../followup/sheetNames";
import { fillText, tr, type Text } from "../../../i18n";
import { useLang } from "../../lang";
import { actionText, budgetText, followUpView } from "../../../i18n/followupView";
import type { AckedFinding } from "../../../rules/acks";
import { useServices } from "../../services";
import { placeOf } from "../checks/model";
import { DOCX_TYPE, downloadFile } from "./download";
import { budgetFindings } from "./model";

/** What the view shows for one year. */
export interface FollowUpData extends FollowUpView {
  year: number;
  /** The BUD findings of a check on the same workbook, acknowledged ones marked. */
  budgetFindings: AckedFinding[];
}

export type Busy = GeneratedKind | "word" | "ack" | null;

export interface Failure {
  title: Text;
  message: Text;
}

/** What the last action did: a sheet written (with anything to know about it), or a file downloaded. */
export interface Outcome {
  message: Text;
  notices: Text[];
}

export interface FollowUpState {
  data: FollowUpData | null;
  loading: boolean;
  busy: Busy;
  failure: Failure | null;
  outcome: Outcome | null;
  reload(): Promise<void>;
  write(kind: GeneratedKind): Promise<void>;
  downloadWord(): Promise<void>;
  select(finding: AckedFinding): Promise<void>;
  /** Saves an acknowledgement; resolves to the refusal to show at the form, or null once saved. */
  acknowledge(finding: AckedFinding, justification: string, by: string): Promise<Text | null>;
  unacknowledge(finding: AckedFinding): Promise<void>;
}

const WRITE_FAILED: Record<GeneratedKind, Text> = {
  followUp: actionText.writeFollowUpFailed,
  report: actionText.writeReportFailed,
};

export function useFollowUp(year: number): FollowUpState {
  const { run, caps } = useServices();
  const lang = useLang();
  const [data, setData] = useState<FollowUpData | null>(null);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Only the latest read may show: an earlier year's answer arriving late is dropped.
  const latest = useRef(0);
  // The check's language only names a sheet it would write; this read writes none.
  const langRef = useRef(lang);
  langRef.current = lang;

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setLoading(true);
    setFailure(null);
    setOutcome(null);
    try {
      const view = await readFollowUp(run, year);
      const check = await runCheck(run, { referenceDate: localIsoDate(), followUpYear: year, lang: langRef.current, caps, write: false });
      if (request === latest.current) setData({ ...view, year, budgetFindings: budgetFindings(check.findings) });
    } catch (err) {
      if (request !== latest.current) return;
      setData(null);
      setFailure({ title: followUpView.loadFailed, message: toUserMessage(err) });
    } finally {
      if (request === latest.current) setLoading(false);
    }
  }, [run, caps, year]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs one action with its progress shown; a failure shows under `title`. */
  const perform = async (kind: Exclude<Busy, null>, title: Text, action: () => Promise<Outcome>) => {
    setBusy(kind);
    setFailure(null);
    setOutcome(null);
    try {
      setOutcome(await action());
    } catch (err) {
      setFailure({ title, message: toUserMessage(err) });
    }
    setBusy(null);
  };

  const write = (kind: GeneratedKind) =>
    perform(kind, WRITE_FAILED[kind], async () => {
      const result = await generateFollowUp(run, { year, lang, caps, sheets: [kind] });
      const sheet = result.sheets[0];
      return { message: fillText(actionText.written, () => ({ sheet })), notices: result.notices };
    });

  const downloadWord = () =>
    perform("word", actionText.downloadFailed, async () => {
      // Read afresh, so the document holds what the workbook holds now.
      const { report } = await readFollowUp(run, year);
      const [{ buildReportDocx }, { loadChartAssets }] = await Promise.all([import("../../../followup/docx"), import("../../chartAssets")]);
      const bytes = await buildReportDocx(report, lang, { chartAssets: loadChartAssets, asOf: localIsoDate() });
      const file = tr(actionText.fileName, lang, { year });
      downloadFile(bytes, file, DOCX_TYPE);
      return { message: fillText(actionText.downloaded, () => ({ file })), notices: [] };
    });

  const select = async (finding: AckedFinding) => {
    const place = placeOf(finding);
    if (!place || !finding.sheet || !finding.cell) return;
    setFailure(null);
    try {
      await selectCell(run, finding.sheet, finding.cell);
      setOutcome({ message: fillText(budgetText.selected, () => ({ place })), notices: [] });
    } catch (err) {
      setFailure({ title: budgetText.selectFailed, message: toUserMessage(err) });
    }
  };

  /** Changes an acknowledgement, then reads again; resolves to the failure's message, or null. */
  const changeAck = async (change: () => Promise<unknown>): Promise<Text | null> => {
    setBusy("ack");
    setFailure(null);
    try {
      await change();
    } catch (err) {
      setBusy(null);
      return toUserMessage(err);
    }
    setBusy(null);
    await reload();
    return null;
  };

  const acknowledge = (finding: AckedFinding, justification: string, by: string) =>
    changeAck(() => acknowledgeFinding(run, finding, justification, by, { caps }));

  const unacknowledge = async (finding: AckedFinding) => {
    const message = await changeAck(() => unacknowledgeFinding(run, finding));
    if (message) setFailure({ title: budgetText.unackFailed, message });
  };

  return { data, loading, busy, failure, outcome, reload, write, downloadWord, select, acknowledge, unacknowledge };
}
