// The Struktur view: which planning sheets the workbook has, and the buttons that
// create the missing structure and fill in the Umeå example plan, with progress,
// the result and a clear message on every failure.

import { useCallback, useEffect, useId, useState } from "react";
import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { StructureStatus } from "../../excel/api";
import { createStructure, readStructureStatus } from "../../excel/commands/createStructure";
import { insertExampleData } from "../../excel/commands/insertExample";
import { toUserMessage } from "../../excel/errors";
import { plural, type Text as I18nText } from "../../i18n";
import { useLang, useT } from "../lang";
import { structure } from "../../i18n/ui";
import { TABLE_BY_NAME, type TableName } from "../../workbook/layout";
import { Notice } from "../Notice";
import { useServices } from "../services";
import { StructureOutcome, type Outcome } from "./StructureOutcome";
import { StructureTable } from "./StructureTable";

type Loaded = { phase: "loading" } | { phase: "ready"; status: StructureStatus } | { phase: "failed"; message: I18nText };
type Busy = "create" | "example" | null;

/** Whether every planning table is empty (the example plan may only go into an empty plan). */
export function planIsEmpty(status: StructureStatus): boolean {
  return status.tables.every((table) => !table.rows);
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export default function StructureView() {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { run, caps } = useServices();
  const [loaded, setLoaded] = useState<Loaded>({ phase: "loading" });
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const createHint = useId();
  const exampleHint = useId();

  const refresh = useCallback(async () => {
    try {
      setLoaded({ phase: "ready", status: await readStructureStatus(run, lang) });
    } catch (err) {
      setLoaded({ phase: "failed", message: toUserMessage(err) });
    }
  }, [run, lang]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const perform = async (kind: Exclude<Busy, null>, action: () => Promise<Outcome>) => {
    setBusy(kind);
    setOutcome(null);
    try {
      setOutcome(await action());
    } catch (err) {
      const title = kind === "create" ? structure.createFailed : structure.exampleFailed;
      setOutcome({ kind: "failed", title, message: toUserMessage(err) });
    }
    await refresh();
    setBusy(null);
  };

  const create = () =>
    perform("create", async () => ({ kind: "created", report: await createStructure(run, { lang, caps }) }));
  const fillExample = () =>
    perform("example", async () => ({ kind: "example", ...(await insertExampleData(run, { lang, caps })) }));

  const status = loaded.phase === "ready" ? loaded.status : undefined;
  const exampleAllowed = status !== undefined && planIsEmpty(status);
  const incomplete = status?.tables.filter((table) => table.state !== "present").length ?? 0;
  const sheetOf = (table: TableName) =>
    status?.tables.find((t) => t.table === table)?.sheet ?? TABLE_BY_NAME[table].sheet[lang];

  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t(structure.heading)}
      </Text>
      <Text>{t(structure.intro)}</Text>

      {loaded.phase === "loading" && <Spinner size="small" label={t(structure.reading)} />}
      {loaded.phase === "failed" && (
        <Notice intent="error" title={t(structure.readFailed)}>
          {t(loaded.message)}
        </Notice>
      )}
      {status && (
        <>
          <Text weight="semibold">
            {incomplete === 0
              ? t(structure.summaryAllPresent)
              : t(plural(incomplete, structure.summaryIncomplete), { missing: incomplete, total: status.tables.length })}
          </Text>
          <StructureTable tables={status.tables} />
          <Text size={200}>
            {status.layoutVersion > 0
              ? t(structure.layoutVersion, { version: status.layoutVersion })
              : t(structure.layoutNone)}
          </Text>
        </>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy !== null} onClick={create} aria-describedby={createHint}>
          {t(structure.create)}
        </Button>
        <Text id={createHint} size={200} className={styles.hint}>
          {t(structure.createHint)}
        </Text>
      </div>
      <div className={styles.actions}>
        <Button disabledFocusable={busy !== null || !exampleAllowed} onClick={fillExample} aria-describedby={exampleHint}>
          {t(structure.example)}
        </Button>
        <Text id={exampleHint} size={200} className={styles.hint}>
          {t(status && !exampleAllowed ? structure.exampleDisabled : structure.exampleHint)}
        </Text>
      </div>
      <Button appearance="subtle" size="small" disabledFocusable={busy !== null} onClick={() => void refresh()}>
        {t(structure.refresh)}
      </Button>

      <div aria-live="polite">
        {busy && <Spinner size="small" label={t(busy === "create" ? structure.creating : structure.filling)} />}
        {outcome && <StructureOutcome outcome={outcome} sheetOf={sheetOf} />}
      </div>
    </div>
  );
}
