// An amount of kronor as the pane shows it ("1 234 kr"): a negative one in the
// danger colour, with a warning sign and the word "Överskridet", so that an
// overspent budget reads clearly without relying on colour.

import { makeStyles, tokens } from "@fluentui/react-components";
import { formatMoney } from "../../../i18n";
import { useLang, useT } from "../../lang";
import { budgetText } from "../../../i18n/followupView";

const useStyles = makeStyles({
  amount: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  flag: { display: "block", fontSize: tokens.fontSizeBase200 },
});

export function Amount({ value, none }: { value: number | null; none?: string }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  if (value === null) return <span>{none ?? "–"}</span>;
  if (value >= 0) return <span className={styles.amount}>{formatMoney(value, lang)}</span>;
  return (
    <span className={styles.negative} data-negative="">
      <span className={styles.amount}>{formatMoney(value, lang)}</span>
      <span className={styles.flag}>
        <span aria-hidden="true">⚠ </span>
        {t(budgetText.overspent)}
      </span>
    </span>
  );
}
