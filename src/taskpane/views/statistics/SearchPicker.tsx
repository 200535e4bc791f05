// A small search-and-choose control: type a word, press Sök (or Enter), pick one of
// Kolada's answers. Used for the municipality, the comparison group and KPIs.

import { useState } from "react";
import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { toUserMessage } from "../../../excel/errors";
import { statisticsView } from "../../../i18n/statisticsView";
import { useT } from "../../lang";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  hits: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, paddingLeft: 0, listStyleType: "none" },
  hit: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface Hit {
  id: string;
  title: string;
}

export interface SearchPickerProps {
  label: string;
  placeholder: string;
  search: (q: string) => Promise<Hit[]>;
  onChoose: (hit: Hit) => void;
  disabled?: boolean;
}

export function SearchPicker({ label, placeholder, search, onChoose, disabled }: SearchPickerProps) {
  const styles = useStyles();
  const t = useT();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const go = async () => {
    if (!q.trim()) return;
    setSearching(true);
    setError(null);
    try {
      setHits(await search(q));
    } catch (err) {
      setHits(null);
      setError(t(toUserMessage(err)));
    } finally {
      setSearching(false);
    }
  };
  return (
    <div>
      <div className={styles.row}>
        <Field label={label}>
          <Input value={q} placeholder={placeholder} onChange={(_, d) => setQ(d.value)} onKeyDown={(e) => e.key === "Enter" && void go()} disabled={disabled} />
        </Field>
        <Button onClick={() => void go()} disabledFocusable={disabled || searching}>
          {t(statisticsView.search)}
        </Button>
      </div>
      <div aria-live="polite">
        {searching && <Spinner size="tiny" label={t(statisticsView.searching)} />}
        {error && <Text className={styles.error}>{error}</Text>}
        {hits && hits.length === 0 && <Text>{t(statisticsView.noHits, { q })}</Text>}
      </div>
      {hits && hits.length > 0 && (
        <ul className={styles.hits}>
          {hits.slice(0, 12).map((h) => (
            <li key={h.id} className={styles.hit}>
              <Text>
                {h.title} <Text weight="semibold">({h.id})</Text>
              </Text>
              <Button
                size="small"
                onClick={() => {
                  setHits(null);
                  onChoose(h);
                }}
                aria-label={`${t(statisticsView.choose)} ${h.title} (${h.id})`}
              >
                {t(statisticsView.choose)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
