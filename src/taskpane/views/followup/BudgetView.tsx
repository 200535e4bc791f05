// The budget view for finance staff: per year the earmarked budget, what the
// activities were allocated and spent and what remains; per goal the same for
// the chosen year; the activities over budget; and the budget checks' findings.
// Amounts in Swedish money format ("1 234 kr"), overspending flagged in words.

import type { ReactNode } from "react";
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { formatMoney } from "../../../i18n";
import { useLang, useT } from "../../lang";
import { budgetText, overviewText } from "../../../i18n/followupView";
import { Amount } from "./Amount";
import { BudgetFindings, type BudgetFindingsProps } from "./BudgetFindings";
import { goalBudgetRows, overBudgetActivities } from "./model";
import type { FollowUpData } from "./useFollowUp";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Wide tables scroll sideways in a narrow pane; the region takes focus so the keyboard can scroll it.
  scroll: {
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  number: { textAlign: "end" },
  current: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

interface Column<R> {
  header: string;
  cell: (row: R) => ReactNode;
  number?: boolean;
}

/** A titled table of amounts, scrolling sideways when the pane is narrow. */
function AmountTable<R>({ id, title, columns, rows, rowKey, current }: {
  id: string;
  title: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  current?: (row: R) => boolean;
}) {
  const styles = useStyles();
  return (
    <div className={styles.part}>
      <Text as="h4" id={id} size={300} weight="semibold">
        {title}
      </Text>
      <div className={styles.scroll} role="region" aria-labelledby={id} tabIndex={0}>
        <Table size="small" aria-labelledby={id}>
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell key={c.header} className={c.number ? styles.number : undefined}>
                  {c.header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const isCurrent = current?.(row) ?? false;
              return (
                <TableRow key={rowKey(row)} data-key={rowKey(row)} aria-current={isCurrent || undefined} className={isCurrent ? styles.current : undefined}>
                  {columns.map((c) => (
                    <TableCell key={c.header} className={c.number ? styles.number : undefined}>
                      {c.cell(row)}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

export type BudgetViewProps = { data: FollowUpData } & Omit<BudgetFindingsProps, "findings">;

export function BudgetView({ data, ...findingActions }: BudgetViewProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { followUp, year } = data;
  const none = t(overviewText.none);
  const money = (v: number) => formatMoney(v, lang);
  const years = followUp.budget.years;
  const goals = goalBudgetRows(followUp);
  const over = overBudgetActivities(followUp);

  return (
    <section className={styles.root} aria-labelledby="budget-heading">
      <Text as="h3" id="budget-heading" size={400} weight="semibold">
        {t(budgetText.heading, { year })}
      </Text>
      <Text>{t(budgetText.intro)}</Text>
      {years.length === 0 ? (
        <Text>{t(budgetText.noBudget)}</Text>
      ) : (
        <AmountTable
          id="budget-years-heading"
          title={t(budgetText.yearsCaption)}
          rows={years}
          rowKey={(r) => String(r.year)}
          current={(r) => r.year === year}
          columns={[
            { header: t(budgetText.year), cell: (r) => String(r.year) },
            { header: t(budgetText.earmarked), cell: (r) => <Amount value={r.earmarked} none={none} />, number: true },
            { header: t(budgetText.allocated), cell: (r) => money(r.allocated), number: true },
            { header: t(budgetText.spent), cell: (r) => money(r.spent), number: true },
            { header: t(budgetText.remaining), cell: (r) => <Amount value={r.remaining} none={none} />, number: true },
          ]}
        />
      )}
      {goals.length === 0 ? (
        <Text>{t(budgetText.noGoalBudget, { year })}</Text>
      ) : (
        <AmountTable
          id="budget-goals-heading"
          title={t(budgetText.goalsCaption, { year })}
          rows={goals}
          rowKey={(r) => r.goalId}
          columns={[
            { header: t(budgetText.goal), cell: (r) => (r.goalId ? `${r.goalId} ${r.name}` : t(budgetText.noGoal)) },
            { header: t(budgetText.allocated), cell: (r) => money(r.allocated), number: true },
            { header: t(budgetText.spent), cell: (r) => money(r.spent), number: true },
            { header: t(budgetText.remaining), cell: (r) => <Amount value={r.remaining} />, number: true },
          ]}
        />
      )}
      <Text size={200} className={styles.hint}>
        {t(budgetText.remainingHint)}
      </Text>
      <section className={styles.part} aria-labelledby="budget-over-heading">
        <Text as="h4" id="budget-over-heading" size={300} weight="semibold">
          {t(budgetText.overBudgetHeading, { year })}
        </Text>
        {over.length === 0 ? (
          <Text>{t(budgetText.noOverBudget)}</Text>
        ) : (
          <ul className={styles.list} aria-labelledby="budget-over-heading">
            {over.map((a) => (
              <li key={a.activityId} data-activity={a.activityId}>
                {a.activityId} {a.name}: {t(budgetText.overBudgetLine, { budget: money(a.budget), spent: money(a.spent), over: money(a.over) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <BudgetFindings findings={data.budgetFindings} {...findingActions} />
    </section>
  );
}
