// The Uppföljning view: choose the year (default: the follow-up year of docs/rules.md),
// read the key figures and each goal's assessment at a glance, write the
// Uppföljning sheet (with charts) or the year's Verksamhetsberättelse sheet,
// download the report as Word, and, in the Budget part for finance staff, the
// budget per year and per goal with the budget checks' findings beside it.
// Progress and every failure are announced; everything works from the keyboard.

import { useMemo, useState } from "react";
import { Field, makeStyles, Radio, RadioGroup, Spinner, Text, tokens } from "@fluentui/react-components";
import { localIsoDate } from "../../plans/clock";
import { type Text as I18nText } from "../../i18n";
import { useT } from "../lang";
import { actionText, budgetText, followUpView } from "../../i18n/followupView";
import { defaultFollowUpYear } from "../../rules";
import { Notice, NoticeList } from "../Notice";
import { BudgetView } from "./followup/BudgetView";
import { FollowUpActions } from "./followup/FollowUpActions";
import { GoalAssessments } from "./followup/GoalAssessments";
import { KeyFigures } from "./followup/KeyFigures";
import { yearChoices } from "./followup/model";
import { useFollowUp, type Busy, type FollowUpData } from "./followup/useFollowUp";
import { YearPicker } from "./followup/YearPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
});

const PROGRESS: Record<Exclude<Busy, null>, I18nText> = {
  followUp: actionText.writingFollowUp,
  report: actionText.writingReport,
  word: actionText.buildingWord,
  ack: budgetText.changingAck,
};

type Part = "overview" | "budget";
const PARTS: readonly { id: Part; label: I18nText }[] = [
  { id: "overview", label: followUpView.tabOverview },
  { id: "budget", label: followUpView.tabBudget },
];

/** Whether the plan has nothing to follow up in the year. */
function isEmpty(data: FollowUpData): boolean {
  const { goals, indicators, activities } = data.followUp;
  return goals.length === 0 && indicators.length === 0 && activities.length === 0;
}

export default function FollowUpView() {
  const styles = useStyles();
  const t = useT();
  const [defaultYear] = useState(() => defaultFollowUpYear(localIsoDate()));
  const [year, setYear] = useState(defaultYear);
  const [part, setPart] = useState<Part>("overview");
  const state = useFollowUp(year);
  const { data, loading, busy, failure, outcome } = state;
  // Another year's figures never show under this year's heading while it loads.
  const shown = data && data.year === year ? data : null;
  const years = useMemo(() => yearChoices(defaultYear, data?.followUp ?? null), [defaultYear, data]);

  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t(followUpView.heading)}
      </Text>
      <Text>{t(followUpView.intro)}</Text>
      <YearPicker year={year} years={years} onYear={setYear} onReload={() => void state.reload()} busy={loading || busy !== null} />
      <FollowUpActions
        year={year}
        busy={busy}
        onWriteFollowUp={() => void state.write("followUp")}
        onWriteReport={() => void state.write("report")}
        onDownload={() => void state.downloadWord()}
      />
      <div aria-live="polite">
        {loading && <Spinner size="small" label={t(followUpView.loading, { year })} />}
        {busy && <Spinner size="small" label={t(PROGRESS[busy])} />}
        {failure && (
          <Notice intent="error" title={t(failure.title)}>
            {t(failure.message)}
          </Notice>
        )}
        {outcome && <Text role="status">{t(outcome.message)}</Text>}
        {outcome && <NoticeList title={t(actionText.noticesTitle)} notices={outcome.notices} />}
      </div>
      {shown && isEmpty(shown) && (
        <Notice intent="info" title={t(followUpView.emptyPlanTitle)}>
          {t(followUpView.emptyPlan, { year })}
        </Notice>
      )}
      {shown && (
        <>
          <Field label={t(followUpView.parts)}>
            <RadioGroup layout="horizontal" value={part} onChange={(_, d) => setPart(d.value as Part)}>
              {PARTS.map((p) => (
                <Radio key={p.id} value={p.id} label={t(p.label)} />
              ))}
            </RadioGroup>
          </Field>
          <div className={styles.panel} aria-busy={loading}>
            {part === "overview" ? (
              <>
                <KeyFigures report={shown.report} />
                <GoalAssessments report={shown.report} />
              </>
            ) : (
              <BudgetView
                data={shown}
                busy={busy !== null}
                onSelect={(f) => void state.select(f)}
                onAcknowledge={state.acknowledge}
                onUnacknowledge={(f) => void state.unacknowledge(f)}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}
