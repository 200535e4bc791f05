// Each goal's assessment for the year at a glance: the indicators counted per
// assessment, then the goals in tree order (sub-goals indented) with the roll-up
// of their indicators as a badge, or "Inga indikatorer" when they have none.

import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ASSESSMENTS } from "../../../followup/goals";
import type { AnnualReport, GoalFollowUp } from "../../../followup/types";
import { countText } from "../../../i18n";
import { useT } from "../../lang";
import { overviewText } from "../../../i18n/followupView";
import { AssessmentBadge } from "./AssessmentBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0 },
  goals: { listStyleType: "none", margin: 0, padding: 0 },
  goal: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { flexGrow: 1, flexBasis: "12rem" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Indentation per level of the goal tree. */
const INDENT_REM = 1;

function GoalLine({ goal }: { goal: GoalFollowUp }) {
  const styles = useStyles();
  const t = useT();
  const count = goal.indicatorIds.length;
  return (
    <li className={styles.goal} data-goal={goal.goalId} style={{ paddingInlineStart: `${goal.depth * INDENT_REM}rem` }}>
      <span className={styles.name}>
        {goal.goalId} {goal.name}
      </span>
      {goal.assessment ? (
        <AssessmentBadge assessment={goal.assessment} />
      ) : (
        <Badge appearance="outline" color="subtle" shape="rounded">
          {t(overviewText.noIndicators)}
        </Badge>
      )}
      {count > 0 && (
        <span className={styles.meta}>
          {t(countText(count, overviewText.indicatorCount))}
        </span>
      )}
    </li>
  );
}

export function GoalAssessments({ report }: { report: AnnualReport }) {
  const styles = useStyles();
  const t = useT();
  const counts = report.keyFigures.assessments;
  // "Kan inte bedömas" only when some indicator is so, as on the report sheet.
  const shown = ASSESSMENTS.filter((a) => a !== "unknown" || counts.unknown > 0);
  return (
    <section className={styles.root} aria-labelledby="followup-goals-heading">
      <Text as="h3" id="followup-goals-heading" size={400} weight="semibold">
        {t(overviewText.goalsHeading, { year: report.year })}
      </Text>
      {report.goals.length === 0 ? (
        <Text>{t(overviewText.noGoals)}</Text>
      ) : (
        <>
          <ul className={styles.counts} aria-label={t(overviewText.assessmentCounts)}>
            {shown.map((a) => (
              <li key={a}>
                <AssessmentBadge assessment={a} count={counts[a]} />
              </li>
            ))}
          </ul>
          <ul className={styles.goals} aria-labelledby="followup-goals-heading">
            {report.goals.map((goal) => (
              <GoalLine key={goal.goalId} goal={goal} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
