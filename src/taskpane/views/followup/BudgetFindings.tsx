// The budget checks' findings (BUD-01…BUD-05) beside the budget figures, shown as
// the Kontroll view shows findings: severity, message, rule and place as a button
// that selects the cell (click or Enter), and acknowledging warnings with a
// justification (or taking that back).

import { useId } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { type Text as I18nText } from "../../../i18n";
import { useT } from "../../lang";
import { budgetText } from "../../../i18n/followupView";
import type { AckedFinding } from "../../../rules/acks";
import { FindingItem } from "../checks/FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface BudgetFindingsProps {
  findings: readonly AckedFinding[];
  busy: boolean;
  onSelect: (finding: AckedFinding) => void;
  onAcknowledge: (finding: AckedFinding, justification: string, by: string) => Promise<I18nText | null>;
  onUnacknowledge: (finding: AckedFinding) => void;
}

export function BudgetFindings({ findings, ...actions }: BudgetFindingsProps) {
  const styles = useStyles();
  const t = useT();
  const hintId = useId();
  return (
    <section className={styles.root} aria-labelledby="budget-findings-heading">
      <Text as="h4" id="budget-findings-heading" size={300} weight="semibold">
        {t(budgetText.findingsHeading)}
      </Text>
      {findings.length === 0 ? (
        <Text>{t(budgetText.noFindings)}</Text>
      ) : (
        <>
          <Text id={hintId} size={200} className={styles.hint}>
            {t(budgetText.findingsHint)}
          </Text>
          <ul className={styles.list} aria-labelledby="budget-findings-heading">
            {findings.map((f) => (
              <FindingItem key={`${f.rule}|${f.key}`} finding={f} hintId={hintId} {...actions} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
