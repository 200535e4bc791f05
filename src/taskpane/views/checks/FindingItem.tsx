// One finding in the Kontroll view: its severity, message, rule and place as one
// button that selects the cell in the workbook (click or Enter), the
// acknowledgement when there is one, and for warnings and infos the buttons
// to acknowledge (with a justification) or take the acknowledgement back.

import { useId, useRef, useState, type KeyboardEvent } from "react";
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { type Text as I18nText } from "../../../i18n";
import { useLang, useT } from "../../lang";
import { checksView } from "../../../i18n/checks";
import { SEVERITY_NAMES } from "../../../i18n/rules";
import { canAcknowledge, type AckedFinding } from "../../../rules/acks";
import type { Severity } from "../../../workbook/findings";
import { AckForm } from "./AckForm";
import { placeOf } from "./model";

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: tokens.spacingHorizontalXS,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
  },
  goTo: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  ack: { fontStyle: "italic" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** "Gruppen … arbetar tills vidare (Anna Ek, 2026-03-16)". */
function ackLine(a: NonNullable<AckedFinding["acknowledged"]>): string {
  const who = [a.by, a.date].filter((s) => s.trim() !== "").join(", ");
  return who ? `${a.justification} (${who})` : a.justification;
}

export interface FindingItemProps {
  finding: AckedFinding;
  busy: boolean;
  /** Id of the hint that explains what selecting a finding does. */
  hintId: string;
  onSelect: (finding: AckedFinding) => void;
  onAcknowledge: (finding: AckedFinding, justification: string, by: string) => Promise<I18nText | null>;
  onUnacknowledge: (finding: AckedFinding) => void;
}

export function FindingItem({ finding: f, busy, hintId, onSelect, onAcknowledge, onUnacknowledge }: FindingItemProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [acking, setAcking] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const place = placeOf(f);

  /** Closes the form and gives focus back to the button that opened it. */
  const closeForm = () => {
    setAcking(false);
    toggleRef.current?.focus();
  };

  const content = (
    <>
      <span className={styles.badges}>
        <Badge appearance="filled" color={BADGE_COLOR[f.severity]}>
          {t(SEVERITY_NAMES[f.severity])}
        </Badge>
        {f.acknowledged && (
          <Badge appearance="outline" color="success">
            {t(checksView.acknowledged)}
          </Badge>
        )}
      </span>
      <span>{f.message[lang]}</span>
      <span className={styles.meta}>
        {f.rule} · {place ?? t(checksView.noPlace)}
      </span>
    </>
  );

  // Enter is handled here (and the button's own click suppressed) so that it selects exactly once everywhere.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    onSelect(f);
  };

  const save = async (justification: string, by: string) => {
    const refusal = await onAcknowledge(f, justification, by);
    if (!refusal) closeForm();
    return refusal;
  };

  return (
    <li className={styles.item} data-rule={f.rule} data-severity={f.severity}>
      {place ? (
        <button type="button" className={`${styles.finding} ${styles.goTo}`} onClick={() => onSelect(f)} onKeyDown={onKeyDown} aria-describedby={hintId}>
          {content}
        </button>
      ) : (
        <div className={styles.finding}>{content}</div>
      )}
      {f.acknowledged && <Text className={styles.ack}>{t(checksView.acknowledgedBy, { why: ackLine(f.acknowledged) })}</Text>}
      {canAcknowledge(f) && (
        <div className={styles.actions}>
          {f.acknowledged ? (
            <Button ref={toggleRef} size="small" disabledFocusable={busy} onClick={() => onUnacknowledge(f)} aria-label={t(checksView.unacknowledgeFor, { rule: f.rule })}>
              {t(checksView.unacknowledge)}
            </Button>
          ) : (
            <Button
              ref={toggleRef}
              size="small"
              disabledFocusable={busy}
              onClick={() => setAcking((open) => !open)}
              aria-expanded={acking}
              aria-controls={acking ? formId : undefined}
              aria-label={t(checksView.acknowledgeFor, { rule: f.rule })}
            >
              {t(checksView.acknowledge)}
            </Button>
          )}
        </div>
      )}
      {acking && !f.acknowledged && <AckForm id={formId} rule={f.rule} busy={busy} onSave={save} onCancel={closeForm} />}
    </li>
  );
}
