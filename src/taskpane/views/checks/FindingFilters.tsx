// The Kontroll view's filters: one checkbox per severity, showing how many findings
// it has ("Varning (7)"), and a choice of sheet.

import { Checkbox, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useT } from "../../lang";
import { checksView } from "../../../i18n/checks";
import { SEVERITY_NAMES } from "../../../i18n/rules";
import type { AckedFinding } from "../../../rules/acks";
import type { Severity } from "../../../workbook/findings";
import { ALL_SHEETS, countBySeverity, NO_SHEET, SEVERITIES, sheetsOf, type Filters } from "./model";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalL },
  severities: { display: "flex", flexWrap: "wrap", border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
});

export function FindingFilters({
  findings,
  filters,
  onChange,
}: {
  findings: readonly AckedFinding[];
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const counts = countBySeverity(findings);
  const { sheets, unplaced } = sheetsOf(findings);

  const toggle = (severity: Severity, on: boolean) => {
    const next = new Set(filters.severities);
    if (on) next.add(severity);
    else next.delete(severity);
    onChange({ ...filters, severities: next });
  };

  return (
    <div className={styles.root} role="group" aria-label={t(checksView.filters)}>
      <fieldset className={styles.severities}>
        <legend className={styles.legend}>{t(checksView.severityFilter)}</legend>
        {SEVERITIES.map((s) => (
          <Checkbox
            key={s}
            label={`${t(SEVERITY_NAMES[s])} (${counts[s]})`}
            checked={filters.severities.has(s)}
            onChange={(_, data) => toggle(s, data.checked === true)}
          />
        ))}
      </fieldset>
      <Field label={t(checksView.sheetFilter)}>
        <Select value={filters.sheet} onChange={(_, data) => onChange({ ...filters, sheet: data.value })}>
          <option value={ALL_SHEETS}>{t(checksView.allSheets)}</option>
          {sheets.map((sheet) => (
            <option key={sheet} value={sheet}>
              {sheet}
            </option>
          ))}
          {unplaced && <option value={NO_SHEET}>{t(checksView.noSheet)}</option>}
        </Select>
      </Field>
    </div>
  );
}
