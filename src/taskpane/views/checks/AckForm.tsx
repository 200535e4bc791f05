// The form that acknowledges one finding: a required justification and, optionally,
// who acknowledges it (remembered in this browser for next time). A refusal from the
// command (no justification, say) is shown at the justification field.

import { useState, type FormEvent } from "react";
import { Button, Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { type Text } from "../../../i18n";
import { useT } from "../../lang";
import { checksView } from "../../../i18n/checks";

const BY_KEY = "radsplan.ackBy";

function rememberedBy(): string {
  try {
    return globalThis.localStorage?.getItem(BY_KEY) ?? "";
  } catch {
    return "";
  }
}

function rememberBy(by: string): void {
  try {
    globalThis.localStorage?.setItem(BY_KEY, by);
  } catch {
    // Storage unavailable: the name is simply not remembered.
  }
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface AckFormProps {
  id: string;
  /** The rule id, to name the form. */
  rule: string;
  busy: boolean;
  /** Saves; resolves to the refusal to show, or null once saved. */
  onSave: (justification: string, by: string) => Promise<Text | null>;
  onCancel: () => void;
}

export function AckForm({ id, rule, busy, onSave, onCancel }: AckFormProps) {
  const styles = useStyles();
  const t = useT();
  const [justification, setJustification] = useState("");
  const [by, setBy] = useState(rememberedBy);
  const [refusal, setRefusal] = useState<Text | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    rememberBy(by.trim());
    setRefusal(await onSave(justification, by));
  };

  return (
    <form id={id} className={styles.form} onSubmit={(e) => void submit(e)} aria-label={t(checksView.acknowledgeFor, { rule })} noValidate>
      <Field
        label={t(checksView.justification)}
        required
        hint={t(checksView.justificationHint)}
        validationState={refusal ? "error" : "none"}
        validationMessage={refusal ? t(refusal) : undefined}
      >
        <Textarea value={justification} onChange={(_, data) => setJustification(data.value)} resize="vertical" autoFocus />
      </Field>
      <Field label={t(checksView.by)}>
        <Input value={by} onChange={(_, data) => setBy(data.value)} autoComplete="name" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={busy}>
          {t(checksView.saveAck)}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t(checksView.cancel)}
        </Button>
      </div>
    </form>
  );
}
