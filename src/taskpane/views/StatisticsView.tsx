// The Hämta statistik view (Kolada): choose the municipality (and a comparison
// group) from Kolada's lists, link each indicator to a KPI found by title, fetch
// with progress, see what would change, tick differing values to replace, fill in
// with one write. What leaves the machine is said on the view.

import { useState } from "react";
import { Button, Field, Input, makeStyles, ProgressBar, Spinner, Text, tokens } from "@fluentui/react-components";
import { countText, plural } from "../../i18n/plural";
import { statisticsView } from "../../i18n/statisticsView";
import { baseUrl, KOLADA_URL } from "../../kolada/requests";
import { Notice, NoticeList } from "../Notice";
import { useT } from "../lang";
import { PreviewList } from "./statistics/PreviewList";
import { SearchPicker } from "./statistics/SearchPicker";
import { useStatistics } from "./statistics/useStatistics";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: 0, listStyleType: "none" },
  dim: { color: tokens.colorNeutralForeground3 },
  address: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
});

export default function StatisticsView() {
  const styles = useStyles();
  const t = useT();
  const s = useStatistics();
  const [linking, setLinking] = useState<string | null>(null);
  const [address, setAddress] = useState<string | null>(null);
  const busy = s.busy !== null;
  const settings = s.state?.settings;
  const areaName = (id: string, none: string) => (id ? `${s.names[id] ?? id} (${id})` : none);
  const linked = s.state?.targets ?? [];
  const years = linked.flatMap((x) => x.years);

  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t(statisticsView.heading)}
      </Text>
      <Text>{t(statisticsView.intro)}</Text>
      <Text size={200} className={styles.dim}>
        {t(statisticsView.privacy, { url: s.client.base })}
      </Text>
      <div aria-live="polite">
        {s.loading && <Spinner size="small" label={t(statisticsView.loading)} />}
        {s.failure && (
          <Notice intent="error" title={t(s.failure.title)}>
            {t(s.failure.message)}
          </Notice>
        )}
        {s.outcome && <Text role="status">{t(s.outcome.message)}</Text>}
        {s.outcome && <NoticeList title={t(statisticsView.noticesTitle)} notices={s.outcome.notices} />}
      </div>
      {s.state?.needsStructure && (
        <Notice intent="warning" title={t(statisticsView.needsStructureTitle)}>
          {t(statisticsView.needsStructure)}{" "}
          <Button size="small" onClick={() => void s.addStructure()} disabledFocusable={busy}>
            {t(statisticsView.addStructure)}
          </Button>
        </Notice>
      )}
      {settings && (
        <section className={styles.section} aria-labelledby="statistics-area-heading">
          <Text as="h3" id="statistics-area-heading" size={400} weight="semibold">
            {t(statisticsView.municipalityHeading)}
          </Text>
          <Text>
            {t(statisticsView.municipality)}: <Text weight="semibold">{areaName(settings.koladaMunicipality, t(statisticsView.municipalityNone))}</Text>
          </Text>
          <SearchPicker
            label={t(statisticsView.searchMunicipality)}
            placeholder={t(statisticsView.searchPlaceholder)}
            search={(q) => s.client.searchMunicipalities(q)}
            onChoose={(hit) => void s.chooseArea("municipality", hit)}
            disabled={busy}
          />
          <div className={styles.row}>
            <Text>
              {t(statisticsView.group)}: <Text weight="semibold">{areaName(settings.koladaGroup, t(statisticsView.groupNone))}</Text>
            </Text>
            {settings.koladaGroup && (
              <Button size="small" onClick={() => void s.chooseArea("group", null)} disabledFocusable={busy}>
                {t(statisticsView.groupNone)}
              </Button>
            )}
          </div>
          <SearchPicker label={t(statisticsView.searchGroup)} placeholder={t(statisticsView.groupPlaceholder)} search={(q) => s.client.searchGroups(q)} onChoose={(hit) => void s.chooseArea("group", hit)} disabled={busy} />
          <div className={styles.address}>
            <Field label={t(statisticsView.address, { url: KOLADA_URL })}>
              <Input value={address ?? settings.koladaUrl} onChange={(_, d) => setAddress(d.value)} placeholder={KOLADA_URL} disabled={busy} />
            </Field>
            <Button onClick={() => address !== null && void s.saveAddress(baseUrl(address) === KOLADA_URL ? "" : address)} disabledFocusable={busy || address === null}>
              {t(statisticsView.saveAddress)}
            </Button>
          </div>
        </section>
      )}
      {s.state && (
        <section className={styles.section} aria-labelledby="statistics-indicators-heading">
          <Text as="h3" id="statistics-indicators-heading" size={400} weight="semibold">
            {t(statisticsView.indicatorsHeading)}
          </Text>
          {s.state.indicators.length === 0 && <Text>{t(statisticsView.noIndicators)}</Text>}
          <ul className={styles.list}>
            {s.state.indicators.map((ind) => (
              <li key={ind.indicatorId}>
                <div className={styles.row}>
                  <Text>
                    {ind.indicatorId} {ind.indicator} — <Text weight="semibold">{ind.kpi || t(statisticsView.notLinked)}</Text>
                  </Text>
                  <Button size="small" onClick={() => setLinking(linking === ind.indicatorId ? null : ind.indicatorId)} disabledFocusable={busy || s.state!.needsStructure}>
                    {linking === ind.indicatorId ? t(statisticsView.cancel) : t(ind.kpi ? statisticsView.relink : statisticsView.link)}
                  </Button>
                </div>
                {linking === ind.indicatorId && (
                  <SearchPicker
                    label={t(statisticsView.kpiSearch, { id: ind.indicatorId })}
                    placeholder={t(statisticsView.kpiPlaceholder)}
                    search={(q) => s.client.searchKpis(q)}
                    onChoose={(hit) => {
                      setLinking(null);
                      void s.link(ind.indicatorId, hit.id);
                    }}
                    disabled={busy}
                  />
                )}
              </li>
            ))}
          </ul>
          <Button appearance="primary" onClick={() => void s.fetch()} disabledFocusable={busy || linked.length === 0}>
            {t(statisticsView.fetch)}
          </Button>
          {linked.length > 0 && (
            <Text size={200} className={styles.dim}>
              {t(countText(linked.length, statisticsView.fetchHint), { from: Math.min(...years), to: Math.max(...years) })}
            </Text>
          )}
          {s.busy === "fetch" && s.progress && (
            <Field validationMessage={t(plural(s.progress.total, statisticsView.fetching), { done: s.progress.done, total: s.progress.total })} validationState="none">
              <ProgressBar value={s.progress.total ? s.progress.done / s.progress.total : 0} />
            </Field>
          )}
        </section>
      )}
      {s.preview && (
        <>
          <PreviewList preview={s.preview} accept={s.accept} onToggle={s.toggle} disabled={busy} />
          <Button appearance="primary" onClick={() => void s.apply()} disabledFocusable={busy}>
            {t(statisticsView.apply)}
          </Button>
          {s.busy === "apply" && <Spinner size="small" label={t(statisticsView.applying)} />}
        </>
      )}
    </div>
  );
}
