// The year's key figures at a glance: goals, indicators, activities, meetings,
// the earmarked budget, what was spent and what remains, and the staff hours.

import { Fragment, type ReactNode } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { AnnualReport } from "../../../followup/types";
import { formatNumber, useLang, useT } from "../../../i18n";
import { overviewText } from "../../../i18n/followupView";
import { Amount } from "./Amount";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(8rem, max-content) 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export function KeyFigures({ report }: { report: AnnualReport }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const k = report.keyFigures;
  const n = (v: number) => formatNumber(v, lang);
  const none = t(overviewText.none);
  const figures: [string, ReactNode][] = [
    [t(overviewText.goals), n(k.goals)],
    [t(overviewText.indicators), n(k.indicators)],
    [t(overviewText.activities), `${n(k.activities)} (${t(overviewText.activitiesDone, { n: n(k.status.done) })})`],
    [t(overviewText.meetings), t(overviewText.meetingsOfPlanned, { held: n(k.meetingsHeld), planned: n(k.meetingsPlanned) })],
    [t(overviewText.earmarked), <Amount value={k.earmarked} none={none} />],
    [t(overviewText.spent), <Amount value={k.spent} />],
    [t(overviewText.remaining), <Amount value={k.remaining} none={none} />],
    [t(overviewText.hours), n(k.hours)],
  ];
  return (
    <section aria-labelledby="followup-keyfigures-heading">
      <Text as="h3" id="followup-keyfigures-heading" size={400} weight="semibold">
        {t(overviewText.keyFiguresHeading, { year: report.year })}
      </Text>
      <dl className={styles.list}>
        {figures.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
