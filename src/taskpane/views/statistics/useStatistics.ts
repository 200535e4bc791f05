// The Hämta statistik view's state and actions: reading the indicators and the
// Kolada settings, searching Kolada (municipalities, groups, KPIs), linking an
// indicator to a KPI, fetching with progress, the change preview with the values
// the user ticks to replace, and the one write that fills in. Every failure
// becomes a bilingual message; nothing here throws.

import { useCallback, useEffect, useMemo, useState } from "react";
import type { Text } from "../../../base/text";
import { createStructure } from "../../../excel/commands/createStructure";
import { fillFromKolada, linkKpi, previewFetched, readKoladaState, saveKoladaSettings, type KoladaState } from "../../../excel/commands/kolada";
import { toUserMessage } from "../../../excel/errors";
import type { KoladaPreview } from "../../../kolada/fill";
import type { FetchProgress, FetchResult, KoladaArea } from "../../../kolada/types";
import { KoladaClient } from "../../../net/kolada";
import { appliedText, statisticsView } from "../../../i18n/statisticsView";
import { localIsoDate } from "../../../plans/clock";
import { requestFor } from "../../../plans/kolada";
import { defaultFollowUpYear } from "../../../rules";
import { useLang } from "../../lang";
import { useServices } from "../../services";

export interface Failure {
  title: Text;
  message: Text;
}

export type Busy = "structure" | "settings" | "link" | "fetch" | "apply" | null;

export interface StatisticsState {
  state: KoladaState | null;
  followUpYear: number;
  client: KoladaClient;
  loading: boolean;
  busy: Busy;
  progress: FetchProgress | null;
  failure: Failure | null;
  preview: KoladaPreview | null;
  accept: ReadonlySet<string>;
  outcome: { message: Text; notices: Text[] } | null;
  /** Names of the chosen municipality and group, when known from a search or fetch. */
  names: Record<string, string>;
  reload(): Promise<void>;
  addStructure(): Promise<void>;
  chooseArea(kind: "municipality" | "group", area: KoladaArea | null): Promise<void>;
  saveAddress(url: string): Promise<void>;
  link(indicatorId: string, kpi: string): Promise<void>;
  fetch(): Promise<void>;
  toggle(key: string): void;
  apply(): Promise<void>;
}

export function useStatistics(): StatisticsState {
  const { run, caps } = useServices();
  const lang = useLang();
  const [followUpYear] = useState(() => defaultFollowUpYear(localIsoDate()));
  const [state, setState] = useState<KoladaState | null>(null);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<FetchProgress | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [fetched, setFetched] = useState<FetchResult | null>(null);
  const [preview, setPreview] = useState<KoladaPreview | null>(null);
  const [accept, setAccept] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<StatisticsState["outcome"]>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const options = useMemo(() => ({ followUpYear }), [followUpYear]);
  const client = useMemo(() => new KoladaClient({ baseUrl: state?.settings.koladaUrl, browser: true, today: () => localIsoDate() }), [state?.settings.koladaUrl]);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setState(await readKoladaState(run, options));
    } catch (err) {
      setFailure({ title: statisticsView.loadFailed, message: toUserMessage(err) });
    } finally {
      setLoading(false);
    }
  }, [run, options]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs one action with `busy` set; a failure shows under `title`, and the indicators are read again after a write. */
  const act = useCallback(
    async (kind: Exclude<Busy, null>, title: Text, body: () => Promise<void>, reread = true) => {
      setBusy(kind);
      setFailure(null);
      try {
        await body();
        if (reread) setState(await readKoladaState(run, options));
      } catch (err) {
        setFailure({ title, message: toUserMessage(err) });
      } finally {
        setBusy(null);
        setProgress(null);
      }
    },
    [run, options],
  );

  return {
    state,
    followUpYear,
    client,
    loading,
    busy,
    progress,
    failure,
    preview,
    accept,
    outcome,
    names,
    reload,
    addStructure: () => act("structure", statisticsView.loadFailed, async () => void (await createStructure(run, { lang, caps }))),
    chooseArea: (kind, area) =>
      act("settings", statisticsView.loadFailed, async () => {
        if (area) setNames((n) => ({ ...n, [area.id]: area.title }));
        await saveKoladaSettings(run, kind === "municipality" ? { koladaMunicipality: area?.id ?? "" } : { koladaGroup: area?.id ?? "" }, caps);
        setPreview(null);
      }),
    saveAddress: (url) => act("settings", statisticsView.loadFailed, () => saveKoladaSettings(run, { koladaUrl: url.trim() }, caps)),
    link: (indicatorId, kpi) => act("link", statisticsView.loadFailed, () => linkKpi(run, indicatorId, kpi, caps)),
    fetch: () =>
      act(
        "fetch",
        statisticsView.fetchFailed,
        async () => {
          setOutcome(null);
          setPreview(null);
          const fresh = await readKoladaState(run, options);
          setState(fresh);
          const request = requestFor(fresh, fresh.settings.koladaMunicipality, fresh.settings.koladaGroup || undefined);
          const result = await client.fetchStatistics(request, setProgress);
          setNames((n) => ({ ...n, [result.municipality.id]: result.municipality.title, ...(result.group ? { [result.group.id]: result.group.title } : {}) }));
          setFetched(result);
          setAccept(new Set());
          setPreview(await previewFetched(run, result, options));
        },
        false,
      ),
    toggle: (key) =>
      setAccept((old) => {
        const next = new Set(old);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    apply: () =>
      act("apply", statisticsView.applyFailed, async () => {
        if (!fetched) return;
        const r = await fillFromKolada(run, fetched, { ...options, caps, accept, lang });
        setOutcome({
          message: appliedText({ measurements: r.addedMeasurements, comparisons: r.addedComparisons, replaced: r.replaced, kept: r.kept }),
          notices: r.notices,
        });
        setPreview(null);
        setFetched(null);
      }),
  };
}
