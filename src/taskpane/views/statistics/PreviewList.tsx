// The change preview before anything is written: per indicator, the rows to add
// per table and area, the values that differ from the user's side by side (each
// with a box to tick to replace it; none ticked at first), and the years Kolada lacks.

import { Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../../i18n/format";
import { previewSummaryText, statisticsView } from "../../../i18n/statisticsView";
import type { KoladaChange, KoladaPreview } from "../../../kolada/fill";
import { TABLE_BY_NAME } from "../../../workbook/layout";
import { useLang, useT } from "../../lang";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  indicator: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
  dim: { color: tokens.colorNeutralForeground3 },
});

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const i of items) map.set(key(i), [...(map.get(key(i)) ?? []), i]);
  return map;
}

export interface PreviewListProps {
  preview: KoladaPreview;
  accept: ReadonlySet<string>;
  onToggle: (key: string) => void;
  disabled: boolean;
}

export function PreviewList({ preview, accept, onToggle, disabled }: PreviewListProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const num = (v: number) => formatNumber(v, lang, 6);
  const value = (c: KoladaChange) => `${num(c.kolada!)}${c.status === "preliminary" ? ` (${t(statisticsView.preliminary)})` : ""}`;
  return (
    <section className={styles.root} aria-labelledby="statistics-preview-heading">
      <Text as="h3" id="statistics-preview-heading" size={400} weight="semibold">
        {t(statisticsView.previewHeading)}
      </Text>
      <Text role="status">{t(previewSummaryText(preview.counts))}</Text>
      {preview.unknownKpis.length > 0 && <Text>{t(statisticsView.unknownKpis, { kpis: preview.unknownKpis.join(", ") })}</Text>}
      {[...groupBy(preview.changes, (c) => c.indicatorId)].map(([id, changes]) => {
        const shown = changes.filter((c) => c.kind !== "same");
        return (
          <div key={id} className={styles.indicator}>
            <Text weight="semibold">
              {id} {changes[0].indicator} <span className={styles.dim}>({changes[0].kpi})</span>
            </Text>
            {shown.length === 0 && <Text className={styles.dim}>{t(statisticsView.nothingNew)}</Text>}
            {[...groupBy(shown, (c) => c.area)].map(([area, list]) => {
              const table = TABLE_BY_NAME[list[0].role === "municipality" ? "Measurements" : "Comparisons"].sheet[lang];
              const adds = list.filter((c) => c.kind === "add");
              const missing = list.filter((c) => c.kind === "missing");
              return (
                <div key={area}>
                  {adds.length > 0 && <Text block>{t(statisticsView.addsTo, { table, area, items: adds.map((c) => `${c.year} ${value(c)}`).join(" · ") })}</Text>}
                  {missing.length > 0 && <Text block className={styles.dim}>{t(statisticsView.missingItems, { area, years: missing.map((c) => c.year).join(", ") })}</Text>}
                </div>
              );
            })}
            {shown.some((c) => c.kind === "differs") && <Text size={200}>{t(statisticsView.differsTitle)}</Text>}
            {shown
              .filter((c) => c.kind === "differs")
              .map((c) => (
                <Checkbox
                  key={c.key}
                  checked={accept.has(c.key)}
                  disabled={disabled}
                  onChange={() => onToggle(c.key)}
                  label={t(statisticsView.differsItem, { year: c.year, area: c.area, yours: typeof c.yours === "number" ? num(c.yours) : String(c.yours ?? ""), kolada: value(c) })}
                />
              ))}
          </div>
        );
      })}
    </section>
  );
}
