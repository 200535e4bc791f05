// The year's key figures at a glance: goals, indicators, activities, meetings,
// the earmarked budget, what was spent and what remains, and the staff hours.

import { Fragment, type ReactNode } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { AnnualReport } from "../../../followup/types";
import { countText, formatNumber, plural } from "../../../i18n";
import { useLang, useT } from "../../lang";
import { reportText } from "../../../i18n/followup";
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
  // The same names as the report's summary, so the pane and the report read alike.
  const kf = reportText.keyFigures;
  const figures: [string, ReactNode][] = [
    [t(kf.goals), n(k.goals)],
    [t(kf.indicators), n(k.indicators)],
    [t(kf.activities), `${n(k.activities)} (${t(countText(k.status.done, overviewText.activitiesDone))})`],
    [t(kf.meetingsHeld), t(plural(k.meetingsPlanned, overviewText.meetingsOfPlanned), { held: n(k.meetingsHeld), planned: n(k.meetingsPlanned) })],
    [t(kf.earmarked), <Amount value={k.earmarked} none={none} />],
    [t(kf.spent), <Amount value={k.spent} />],
    [t(kf.remaining), <Amount value={k.remaining} none={none} />],
    [t(kf.hours), n(k.hours)],
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
