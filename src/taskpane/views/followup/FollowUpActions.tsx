// The three things the view makes: the Uppföljning sheet (with charts), the
// Verksamhetsberättelse sheet of the year, and the report as a Word download.
// Each button is described by a line saying what it makes.

import { useId } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { tr } from "../../../i18n";
import { useLang, useT } from "../../lang";
import { actionText } from "../../../i18n/followupView";
import type { Busy } from "./useFollowUp";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  action: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface FollowUpActionsProps {
  year: number;
  busy: Busy;
  onWriteFollowUp: () => void;
  onWriteReport: () => void;
  onDownload: () => void;
}

export function FollowUpActions({ year, busy, onWriteFollowUp, onWriteReport, onDownload }: FollowUpActionsProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const ids = [useId(), useId(), useId()];
  const file = tr(actionText.fileName, lang, { year });
  const actions = [
    { label: t(actionText.writeFollowUp), hint: t(actionText.writeFollowUpHint, { year }), onClick: onWriteFollowUp, primary: true },
    { label: t(actionText.writeReport, { year }), hint: t(actionText.writeReportHint, { year }), onClick: onWriteReport, primary: false },
    { label: t(actionText.download), hint: t(actionText.downloadHint, { year, file }), onClick: onDownload, primary: false },
  ];
  return (
    <section className={styles.root} aria-labelledby="followup-actions-heading">
      <Text as="h3" id="followup-actions-heading" size={400} weight="semibold">
        {t(actionText.heading)}
      </Text>
      {actions.map((action, i) => (
        <div key={ids[i]} className={styles.action}>
          <Button appearance={action.primary ? "primary" : "secondary"} onClick={action.onClick} disabledFocusable={busy !== null} aria-describedby={ids[i]}>
            {action.label}
          </Button>
          <Text id={ids[i]} size={200} className={styles.hint}>
            {action.hint}
          </Text>
        </div>
      ))}
    </section>
  );
}
