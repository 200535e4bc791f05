// The Kontroll view: run the check (reference date, follow-up year), read the result
// at a glance ("3 fel, 7 varningar, 2 info"), filter the findings by severity and
// sheet, read them grouped by area, jump to a finding's cell, and acknowledge
// warnings and infos with a justification (or take that back). Progress and every
// failure are announced; everything works from the keyboard.

import { useId, useMemo, useState } from "react";
import { makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { summaryText, type CheckResult } from "../../excel/commands/check";
import { formatNumber, plural, type Text as I18nText } from "../../i18n";
import { useLang, useT } from "../lang";
import { checksView } from "../../i18n/checks";
import { Notice, NoticeList } from "../Notice";
import { CheckForm } from "./checks/CheckForm";
import { FindingFilters } from "./checks/FindingFilters";
import { FindingGroups } from "./checks/FindingGroups";
import { groupByArea, NO_FILTERS, type Filters } from "./checks/model";
import { useChecks, type Busy, type Checks } from "./checks/useChecks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const PROGRESS: Record<Exclude<Busy, null>, I18nText> = {
  check: checksView.running,
  ack: checksView.savingAck,
  unack: checksView.removingAck,
};

function ResultSection({ result, checks }: { result: CheckResult; checks: Checks }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const hintId = useId();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const groups = useMemo(() => groupByArea(result.findings, filters), [result, filters]);
  const shown = groups.reduce((n, g) => n + g.findings.length, 0);
  const total = result.findings.length;
  const n = (v: number) => formatNumber(v, lang);

  return (
    <section className={styles.result} aria-labelledby="checks-result-heading">
      <Text as="h3" id="checks-result-heading" size={400} weight="semibold">
        {t(checksView.resultTitle)}
      </Text>
      <Text role="status" size={500} weight="semibold">
        {summaryText(result.summary)[lang]}
      </Text>
      {result.sheet && (
        <Text>
          {result.listed < total
            ? t(checksView.listedOnSheet, { sheet: result.sheet, listed: n(result.listed), total: n(total) })
            : t(checksView.writtenTo, { sheet: result.sheet })}
        </Text>
      )}
      <NoticeList title={t(checksView.noticesTitle)} notices={result.notices} />
      {total === 0 ? (
        <Text>{t(checksView.nothingFound)}</Text>
      ) : (
        <>
          <FindingFilters findings={result.findings} filters={filters} onChange={setFilters} />
          <Text id={hintId} size={200} className={styles.hint}>
            {t(checksView.goToHint)}
          </Text>
          <Text size={200}>{t(plural(total, checksView.shownOf), { shown: n(shown), total: n(total) })}</Text>
          {groups.length === 0 ? (
            <Text>{t(checksView.noneMatch)}</Text>
          ) : (
            <FindingGroups
              groups={groups}
              busy={checks.busy !== null}
              hintId={hintId}
              onSelect={(f) => void checks.select(f)}
              onAcknowledge={checks.acknowledge}
              onUnacknowledge={(f) => void checks.unacknowledge(f)}
            />
          )}
        </>
      )}
    </section>
  );
}

export default function ChecksView() {
  const styles = useStyles();
  const t = useT();
  const checks = useChecks();
  const { result, busy, failure, status } = checks;

  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t(checksView.heading)}
      </Text>
      <Text>{t(checksView.intro)}</Text>
      <CheckForm busy={busy !== null} onRun={(dates) => void checks.check(dates)} />
      <div aria-live="polite">
        {busy && <Spinner size="small" label={t(PROGRESS[busy])} />}
        {failure && (
          <Notice intent="error" title={t(failure.title)}>
            {t(failure.message)}
          </Notice>
        )}
        {status && <Text>{t(status)}</Text>}
      </div>
      {result && <ResultSection result={result} checks={checks} />}
    </div>
  );
}
