// The year the Uppföljning view follows up: a list of years (newest first, so
// no year can be mistyped) and a button that reads the workbook again after edits.

import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useT } from "../../lang";
import { followUpView } from "../../../i18n/followupView";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  field: { minWidth: "10rem", flexGrow: 1 },
});

export interface YearPickerProps {
  year: number;
  years: readonly number[];
  onYear: (year: number) => void;
  onReload: () => void;
  busy: boolean;
}

export function YearPicker({ year, years, onYear, onReload, busy }: YearPickerProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.root}>
      <Field className={styles.field} label={t(followUpView.year)} hint={t(followUpView.yearHint)}>
        <Select value={String(year)} onChange={(_, data) => onYear(Number(data.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={onReload} disabledFocusable={busy}>
        {t(followUpView.reload)}
      </Button>
    </div>
  );
}
