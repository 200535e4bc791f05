// The Kontroll view's form: reference date (default today), follow-up year (the
// docs/rules.md default for that date until the user types one) and the Kontrollera
// button. Dates the check cannot use get a message at the field, not a run.

import { useState, type FormEvent } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { localIsoDate } from "../../../plans/clock";
import { useT } from "../../lang";
import { checksView } from "../../../i18n/checks";
import { defaultFollowUpYear } from "../../../rules";
import { isIsoDate } from "../../../rules/dates";
import { isYear } from "../../../workbook/parse";
import type { RunDates } from "./useChecks";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  field: { minWidth: "10rem", flexGrow: 1 },
});

/** The year typed, when it is a whole calendar year. */
function yearOf(text: string): number | null {
  const n = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && isYear(n) ? n : null;
}

export function CheckForm({ busy, onRun }: { busy: boolean; onRun: (dates: RunDates) => void }) {
  const styles = useStyles();
  const t = useT();
  const [referenceDate, setReferenceDate] = useState(() => localIsoDate());
  const [yearText, setYearText] = useState<string | null>(null); // null: follow the reference date
  const [tried, setTried] = useState(false);

  const dateOk = isIsoDate(referenceDate);
  const shownYear = yearText ?? (dateOk ? String(defaultFollowUpYear(referenceDate)) : "");
  const year = yearOf(shownYear);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (dateOk && year !== null && !busy) onRun({ referenceDate, followUpYear: year });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        className={styles.field}
        label={t(checksView.referenceDate)}
        hint={t(checksView.referenceDateHint)}
        validationState={tried && !dateOk ? "error" : "none"}
        validationMessage={tried && !dateOk ? t(checksView.referenceDateInvalid) : undefined}
      >
        <Input type="date" value={referenceDate} onChange={(_, data) => setReferenceDate(data.value)} />
      </Field>
      <Field
        className={styles.field}
        label={t(checksView.followUpYear)}
        hint={t(checksView.followUpYearHint)}
        validationState={tried && year === null ? "error" : "none"}
        validationMessage={tried && year === null ? t(checksView.followUpYearInvalid) : undefined}
      >
        <Input type="number" inputMode="numeric" min={1900} max={2200} value={shownYear} onChange={(_, data) => setYearText(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabledFocusable={busy}>
        {t(checksView.run)}
      </Button>
    </form>
  );
}
