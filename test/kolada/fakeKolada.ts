// A local stand-in for Kolada API v3 on 127.0.0.1, answering in the documented
// shape ({ count, values, next_page }) so the fetch module, the fill and the CLI
// are tested without the network: known municipalities, one group, a few KPIs,
// values split by gender K/M/T, null and "Missing" values, a preliminary year,
// paging, and faults (429, 500, a timeout) queued per path prefix.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault = "429" | "500" | "timeout" | "html";

export interface FakeKolada {
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  /** Faults answered to the next requests whose path starts with the prefix, in order. */
  fault(prefix: string, ...faults: Fault[]): void;
  /** Rows per page of data and search answers (default 5 000, as Kolada). */
  pageSize: number;
  close(): Promise<void>;
}

export const MUNICIPALITIES = [
  { id: "0000", title: "Riket", type: "L" },
  { id: "2480", title: "Umeå", type: "K" },
  { id: "2281", title: "Sundsvall", type: "K" },
  { id: "1880", title: "Örebro", type: "K" },
  { id: "0580", title: "Linköping", type: "K" },
];
export const GROUPS = [{ id: "G124026", title: "Större städer (jämförelsegrupp)", members: [{ id: "2281", title: "Sundsvall" }, { id: "1880", title: "Örebro" }, { id: "0580", title: "Linköping" }] }];
export const KPIS = [
  { id: "N07403", title: "Anmälda våldsbrott, antal/100 000 inv", description: "Antal anmälda våldsbrott per 100 000 invånare." },
  { id: "N07401", title: "Anmälda brott totalt, antal/100 000 inv", description: "Antal anmälda brott per 100 000 invånare." },
  { id: "N07402", title: "Anmälda brott om skadegörelse, antal/100 000 inv" },
  { id: "U07414", title: "Andel invånare som känner sig trygga, (%)" },
];

const AREA_BASE: Record<string, number> = { "0000": 1400, "2480": 900, "2281": 1200, "1880": 1300, "0580": 1100 };
const KPI_FACTOR: Record<string, number> = { N07403: 1, N07401: 10, N07402: 2, U07414: 0.05 };
/** The last year Kolada has, published preliminarily. */
export const PRELIMINARY_YEAR = 2025;

/** The total (gender T) the fake answers, or null where it has no value. */
export function fakeValue(kpi: string, area: string, year: number): number | null {
  if (kpi === "N07403" && area === "2480" && year === 2016) return null; // a hole in the series
  if (kpi === "N07402" && area === "1880") return null; // one group member lacks the KPI
  const base = AREA_BASE[area];
  if (base === undefined || KPI_FACTOR[kpi] === undefined) return null;
  return Math.round((base - (year - 2015) * 10) * KPI_FACTOR[kpi] * 10) / 10;
}

function dataRows(kpis: string[], areas: string[], years: number[]) {
  const rows = [];
  for (const kpi of kpis) {
    if (!KPI_FACTOR[kpi]) continue; // an unknown KPI simply has no data
    for (const area of areas) {
      if (AREA_BASE[area] === undefined) continue;
      for (const year of years) {
        if (year > PRELIMINARY_YEAR) continue;
        const t = fakeValue(kpi, area, year);
        const status = t === null ? "Missing" : year === PRELIMINARY_YEAR ? "Preliminary" : "";
        rows.push({
          kpi,
          municipality: area,
          period: year,
          values: [
            // K and M come first, so a client that takes the first value is wrong.
            { gender: "K", count: 1, status, value: t === null ? null : t - 50 },
            { gender: "M", count: 1, status, value: t === null ? null : t + 50 },
            { gender: "T", count: 1, status, value: t },
          ],
        });
      }
    }
  }
  return rows;
}

export async function startFakeKolada(): Promise<FakeKolada> {
  const faults = new Map<string, Fault[]>();
  const requests: string[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const fake: FakeKolada = {
    url: "",
    requests,
    pageSize: 5000,
    fault: (prefix, ...f) => faults.set(prefix, [...(faults.get(prefix) ?? []), ...f]),
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    // Kolada allows calls from any origin (CORS), so the task pane in a browser may call it.
    res.writeHead(status, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*", ...headers });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };

  /** A list answer, one page of it, with next_page when more follow. */
  const page = (res: ServerResponse, all: unknown[], url: URL) => {
    const n = Number(url.searchParams.get("page") ?? "1");
    const start = (n - 1) * fake.pageSize;
    const values = all.slice(start, start + fake.pageSize);
    const body: Record<string, unknown> = { count: values.length, values };
    if (start + fake.pageSize < all.length) {
      const next = new URL(url.toString());
      next.searchParams.set("page", String(n + 1));
      body.next_page = next.toString();
    }
    send(res, 200, body);
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", fake.url);
    const path = url.pathname.replace(/^\/v3/, "");
    requests.push(path + url.search);
    for (const [prefix, queue] of faults) {
      if (!path.startsWith(prefix) || queue.length === 0) continue;
      const f = queue.shift()!;
      if (f === "timeout") return; // never answers
      if (f === "429") return send(res, 429, { error: "Too many requests" }, { "Retry-After": "0" });
      if (f === "500") return send(res, 500, { error: "Internal error" });
      if (f === "html") return send(res, 200, "<html>proxy login</html>", { "Content-Type": "text/html" });
    }
    const parts = path.split("/").filter(Boolean);
    const title = (url.searchParams.get("title") ?? "").toLowerCase();
    if (parts[0] === "kpi" && parts.length === 1) return page(res, KPIS.filter((k) => k.title.toLowerCase().includes(title)), url);
    if (parts[0] === "kpi" && parts.length === 2) return page(res, KPIS.filter((k) => parts[1].split(",").includes(k.id)), url);
    if (parts[0] === "municipality" && parts.length === 1) return page(res, MUNICIPALITIES.filter((m) => m.title.toLowerCase().includes(title)), url);
    if (parts[0] === "municipality" && parts.length === 2) return page(res, MUNICIPALITIES.filter((m) => parts[1].split(",").includes(m.id)), url);
    if (parts[0] === "municipality_groups" && parts.length === 1) return page(res, GROUPS.filter((g) => g.title.toLowerCase().includes(title)), url);
    if (parts[0] === "municipality_groups" && parts.length === 2) return page(res, GROUPS.filter((g) => g.id === parts[1]), url);
    if (parts[0] === "data" && parts[1] === "kpi" && parts[3] === "municipality" && parts[5] === "year") {
      const ids = (i: number) => decodeURIComponent(parts[i]).split(",");
      if (ids(2).length > 25 || ids(4).length > 25 || ids(6).length > 25) return send(res, 400, { error: "too many ids" });
      return page(res, dataRows(ids(2), ids(4), ids(6).map(Number)), url);
    }
    send(res, 404, { error: "not found" });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
  return fake;
}
