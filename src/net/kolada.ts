// The one module that talks to Kolada over the network, used by the task pane and
// the CLI alike: GET requests with a timeout, retries with growing waits on 429
// and 5xx (Retry-After honoured, capped), paging through next_page / next_url,
// ids and years split into requests of at most 25, and a bilingual KoladaError
// when the network, the browser (CORS) or Kolada refuses. Only the municipality id,
// the group id, KPI ids, years and search words leave the machine.
// The pure core (src/kolada/) never imports this module.

import { UserError } from "../base/userError";
import { fillText } from "../i18n";
import { koladaErrors } from "../i18n/kolada";
import { groupMeans } from "../kolada/groupMean";
import { RIKET_ID } from "../workbook/koladaIds";
import { baseUrl, dataPaths, groupPath, groupSearchPath, KOLADA_URL, kpiPaths, kpiSearchPath, municipalityPath, municipalitySearchPath } from "../kolada/requests";
import { areaValues, dataValues, groupValues, kpiValues, nextPageUrl, pageSchema, type Page } from "../kolada/responses";
import type { FetchProgress, FetchRequest, FetchResult, KoladaArea, KoladaGroup, KoladaKpi, KoladaValue } from "../kolada/types";
import type { Text } from "../base/text";

export type KoladaErrorKind = "unreachable" | "timeout" | "busy" | "server" | "http" | "format" | "unknownMunicipality" | "unknownGroup";

/** Why a fetch failed, with what to do, in both languages. */
export class KoladaError extends UserError {
  constructor(
    readonly kind: KoladaErrorKind,
    message: Text,
  ) {
    super(message);
  }
}

export interface KoladaClientOptions {
  /** The API's base URL (RADSPLAN_KOLADA_URL, the koladaUrl setting); empty for the public API. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per request, in milliseconds (default 20 s). */
  timeoutMs?: number;
  /** Extra attempts after a 429, a 5xx or a timeout (default 3). */
  retries?: number;
  /** The first wait before a retry, doubled each time (default 1 s). */
  backoffMs?: number;
  /** The longest wait a Retry-After header may ask for (default 30 s). */
  maxWaitMs?: number;
  /** Running in a browser: an unreachable address may be a CORS refusal, and the message says so. */
  browser?: boolean;
  sleep?: (ms: number) => Promise<void>;
  /** Today as ISO "YYYY-MM-DD" (local), for the rows' "hämtad" note. */
  today: () => string;
}

/** Pages followed at most for one request (5 000 rows each): far more than any council needs. */
const MAX_PAGES = 200;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function errorText(text: Text, vars: Record<string, string | number>): Text {
  return fillText(text, () => vars);
}

/** A thrown value's short detail: its error code or cause's code, else its message. */
function detailOf(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } })?.cause;
  if (cause && typeof cause.code === "string") return cause.code;
  if (cause && typeof cause.message === "string") return cause.message.slice(0, 120);
  return err instanceof Error ? err.message.slice(0, 120) : String(err).slice(0, 120);
}

export class KoladaClient {
  readonly base: string;
  private readonly doFetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly today: () => string;

  constructor(private readonly options: KoladaClientOptions) {
    this.base = baseUrl(options.baseUrl);
    this.doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 1_000;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.sleep = options.sleep ?? wait;
    this.today = options.today;
  }

  // --- one request -----------------------------------------------------------

  /** One page, with retries; throws KoladaError. */
  private async page(url: string): Promise<Page> {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.retries;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.timeoutMs);
      let response: Response;
      try {
        response = await this.doFetch(url, { method: "GET", headers: { Accept: "application/json" }, signal: controller.signal });
      } catch (err) {
        clearTimeout(timer);
        if (controller.signal.aborted) {
          if (last) throw new KoladaError("timeout", errorText(koladaErrors.timeout, { seconds: Math.round(this.timeoutMs / 100) / 10, attempts: attempt + 1 }));
          await this.sleep(this.backoff(attempt));
          continue;
        }
        const text = this.options.browser ? koladaErrors.unreachableBrowser : koladaErrors.unreachable;
        throw new KoladaError("unreachable", errorText(text, { url: this.base, detail: detailOf(err) }));
      }
      if (response.status === 429 || response.status >= 500) {
        clearTimeout(timer);
        if (last) {
          const kind = response.status === 429 ? "busy" : "server";
          throw new KoladaError(kind, errorText(koladaErrors[kind], { status: response.status, attempts: attempt + 1 }));
        }
        await this.sleep(this.retryWait(response, attempt));
        continue;
      }
      try {
        if (!response.ok) throw new KoladaError("http", errorText(koladaErrors.http, { status: response.status, url, defaultUrl: KOLADA_URL }));
        const parsed = pageSchema.safeParse(await response.json());
        if (!parsed.success) throw new KoladaError("format", errorText(koladaErrors.format, { url }));
        return parsed.data;
      } catch (err) {
        if (err instanceof KoladaError) throw err;
        if (controller.signal.aborted && !last) {
          await this.sleep(this.backoff(attempt));
          continue;
        }
        throw new KoladaError("format", errorText(koladaErrors.format, { url }));
      } finally {
        clearTimeout(timer);
      }
    }
  }

  private backoff(attempt: number): number {
    return Math.min(this.backoffMs * 2 ** attempt, this.maxWaitMs);
  }

  /** Retry-After (seconds or an HTTP date) when given, capped; else the growing backoff. */
  private retryWait(response: Response, attempt: number): number {
    const header = response.headers.get("retry-after");
    if (header) {
      const seconds = Number(header);
      const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
      if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, this.maxWaitMs);
    }
    return this.backoff(attempt);
  }

  /** Every row of a list, following next_page / next_url; `onPage` is told of each page fetched and of each further one. */
  private async all(path: string, onPage?: (more: boolean) => void): Promise<unknown[]> {
    const rows: unknown[] = [];
    let url: string | undefined = this.base + path;
    for (let n = 0; url && n < MAX_PAGES; n++) {
      const page = await this.page(url);
      rows.push(...page.values);
      const next = nextPageUrl(page);
      url = next ? new URL(next, this.base + "/").toString() : undefined;
      onPage?.(url !== undefined);
    }
    return rows;
  }

  // --- look-ups ----------------------------------------------------------------

  /** KPIs whose title holds `title`. */
  async searchKpis(title: string): Promise<KoladaKpi[]> {
    return kpiValues(await this.all(kpiSearchPath(title)));
  }

  /** Municipalities (and regions) whose name holds `title`. */
  async searchMunicipalities(title: string): Promise<KoladaArea[]> {
    return areaValues(await this.all(municipalitySearchPath(title)));
  }

  /** Municipality groups whose title holds `title`. */
  async searchGroups(title: string): Promise<KoladaArea[]> {
    return groupValues(await this.all(groupSearchPath(title))).map(({ id, title: t }) => ({ id, title: t }));
  }

  // --- the fetch ---------------------------------------------------------------

  /**
   * Everything Hämta statistik needs for `request`: the municipality's and the group's
   * names, which KPIs Kolada knows, and the yearly totals of the municipality, of
   * Riket and of the group (its members' unweighted mean).
   */
  async fetchStatistics(request: FetchRequest, onProgress?: (p: FetchProgress) => void): Promise<FetchResult> {
    const progress: FetchProgress = { done: 0, total: 2 + (request.group ? 1 : 0) + kpiPaths(request.kpis).length };
    const tick = (more: boolean) => {
      progress.done++;
      if (more) progress.total++;
      onProgress?.({ ...progress });
    };
    onProgress?.({ ...progress });
    const municipality = areaValues(await this.all(municipalityPath(request.municipality), tick)).find((a) => a.id === request.municipality);
    if (!municipality) throw new KoladaError("unknownMunicipality", errorText(koladaErrors.unknownMunicipality, { id: request.municipality }));
    let group: KoladaGroup | undefined;
    if (request.group) {
      group = groupValues(await this.all(groupPath(request.group), tick)).find((g) => g.id.toUpperCase() === request.group!.toUpperCase());
      if (!group) throw new KoladaError("unknownGroup", errorText(koladaErrors.unknownGroup, { id: request.group }));
    } else tick(false);

    const kpis: KoladaKpi[] = [];
    for (const path of kpiPaths(request.kpis)) kpis.push(...kpiValues(await this.all(path, tick)));
    const known = new Set(kpis.map((k) => k.id));
    const knownIds = request.kpis.filter((k) => known.has(k));
    const unknownKpis = request.kpis.filter((k) => !known.has(k));

    const areas = [...new Set([request.municipality, RIKET_ID, ...(group?.members ?? [])])];
    const paths = knownIds.length && request.years.length ? dataPaths(knownIds, areas, request.years) : [];
    progress.total += paths.length;
    const fetched: KoladaValue[] = [];
    for (const path of paths) fetched.push(...dataValues(await this.all(path, tick)));
    // Progress ends at its total (the municipality row counted once even when no paths remain).
    onProgress?.({ done: progress.total, total: progress.total });

    const wanted = new Set(knownIds);
    const years = new Set(request.years);
    const own = fetched.filter((v) => wanted.has(v.kpi) && years.has(v.year) && (v.area === request.municipality || v.area === RIKET_ID));
    const values = group ? [...own, ...groupMeans(group, fetched, knownIds, request.years)] : own;
    return { request, fetchedOn: this.today(), municipality, ...(group ? { group } : {}), kpis, unknownKpis, values };
  }
}
