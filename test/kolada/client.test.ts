// The fetch module against a local Kolada on 127.0.0.1: paging, retries after a 429
// and a 500, giving up with a clear message on a lasting 500, a timeout and an
// unreachable address, null values kept as missing, the gender total T, an unknown
// KPI, a group's mean, and at most 25 ids or years per request.

import { KoladaClient, KoladaError } from "../../src/net/kolada";
import { startFakeKolada, type FakeKolada } from "./fakeKolada";

let fake: FakeKolada;
beforeAll(async () => {
  fake = await startFakeKolada();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.pageSize = 5000;
});

const client = (extra: Partial<ConstructorParameters<typeof KoladaClient>[0]> = {}) =>
  new KoladaClient({ baseUrl: fake.url, backoffMs: 1, timeoutMs: 2000, today: () => "2026-12-03", ...extra });

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("the Kolada fetch module", () => {
  it("searches KPIs by title, following next_page over every page", async () => {
    fake.pageSize = 1;
    const found = await client().searchKpis("anmälda");
    expect(found.map((k) => k.id)).toEqual(["N07403", "N07401", "N07402"]);
    expect(fake.requests).toEqual(["/kpi?title=anm%C3%A4lda", "/kpi?title=anm%C3%A4lda&page=2", "/kpi?title=anm%C3%A4lda&page=3"]);
  });

  it("takes the total (gender T), keeps a null value as missing, never as 0, and marks the preliminary year", async () => {
    const result = await client().fetchStatistics({ municipality: "2480", kpis: ["N07403"], years: [2015, 2016, 2025] });
    const own = result.values.filter((v) => v.area === "2480").map((v) => [v.year, v.value, v.status]);
    expect(own).toEqual([
      [2015, 900, "final"],
      [2016, null, "missing"],
      [2025, 800, "preliminary"],
    ]);
    expect(result.values.filter((v) => v.area === "0000").map((v) => v.value)).toEqual([1400, 1390, 1300]);
    expect(result).toMatchObject({ municipality: { id: "2480", title: "Umeå" }, fetchedOn: "2026-12-03", unknownKpis: [] });
  });

  it("retries after a 429 and after a 500, and then succeeds", async () => {
    fake.fault("/data/", "429", "500");
    const result = await client().fetchStatistics({ municipality: "2480", kpis: ["N07401"], years: [2020] });
    expect(result.values.find((v) => v.area === "2480")).toMatchObject({ year: 2020, value: 8500 });
    expect(fake.requests.filter((p) => p.startsWith("/data/"))).toHaveLength(3);
  });

  it("gives up on a lasting server error with a message that says what to do", async () => {
    fake.fault("/data/", "500", "500", "500");
    const err = await client({ retries: 2 }).fetchStatistics({ municipality: "2480", kpis: ["N07401"], years: [2020] }).catch((e) => e);
    expect(err).toBeInstanceOf(KoladaError);
    expect(err.kind).toBe("server");
    expect(err.message.sv).toBe("Kolada svarade med ett serverfel (HTTP 500) även efter 3 försök. Försök igen senare.");
    expect(err.message.en).toContain("server error (HTTP 500) even after 3 attempts");
  });

  it("stops waiting for an answer after the timeout and says so", async () => {
    fake.fault("/municipality/", "timeout", "timeout");
    const started = Date.now();
    const err = await client({ timeoutMs: 150, retries: 1 }).fetchStatistics({ municipality: "2480", kpis: ["N07401"], years: [2020] }).catch((e) => e);
    expect(err.kind).toBe("timeout");
    expect(err.message.sv).toBe("Kolada svarade inte inom 0.2 sekunder (2 försök). Försök igen om en stund.");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("retries a timeout once and goes on when the next answer comes", async () => {
    fake.fault("/municipality/", "timeout");
    const result = await client({ timeoutMs: 150, retries: 1 }).fetchStatistics({ municipality: "2480", kpis: ["N07401"], years: [2020] });
    expect(result.municipality.title).toBe("Umeå");
  });

  it("says the network (or, in the browser, CORS) refused when nothing answers at the address", async () => {
    const closed = "http://127.0.0.1:9/v3";
    const node = await new KoladaClient({ baseUrl: closed, retries: 0, today: () => "2026-12-03" }).searchKpis("brott").catch((e) => e);
    expect(node.kind).toBe("unreachable");
    expect(node.message.sv).toContain("Kolada (http://127.0.0.1:9/v3) gick inte att nå");
    expect(node.message.sv).toContain("koladaUrl");
    const browser = await new KoladaClient({ baseUrl: closed, retries: 0, browser: true, today: () => "2026-12-03" }).searchKpis("brott").catch((e) => e);
    expect(browser.message.sv).toContain("CORS");
    expect(browser.message.en).toContain("the browser refused the request (CORS");
  });

  it("refuses an answer that is no Kolada response (a proxy's login page)", async () => {
    fake.fault("/kpi", "html");
    const err = await client().searchKpis("brott").catch((e) => e);
    expect(err.kind).toBe("format");
  });

  it("lists a KPI Kolada does not know and fetches no data for it", async () => {
    const result = await client().fetchStatistics({ municipality: "2480", kpis: ["N07403", "N99999"], years: [2020] });
    expect(result.unknownKpis).toEqual(["N99999"]);
    expect(result.kpis.map((k) => k.id)).toEqual(["N07403"]);
    expect(fake.requests.filter((p) => p.startsWith("/data/")).join()).not.toContain("N99999");
  });

  it("refuses a municipality or group Kolada does not know", async () => {
    expect((await client().fetchStatistics({ municipality: "9999", kpis: ["N07403"], years: [2020] }).catch((e) => e)).kind).toBe("unknownMunicipality");
    expect((await client().fetchStatistics({ municipality: "2480", group: "G1", kpis: ["N07403"], years: [2020] }).catch((e) => e)).kind).toBe("unknownGroup");
  });

  it("computes a group's figure as its members' unweighted mean, over the members with a value", async () => {
    const result = await client().fetchStatistics({ municipality: "2480", group: "G124026", kpis: ["N07403", "N07402"], years: [2020] });
    const group = result.values.filter((v) => v.area === "G124026");
    expect(group).toEqual([
      { kpi: "N07403", area: "G124026", year: 2020, value: 1150, status: "final", members: { withValue: 3, total: 3 } },
      { kpi: "N07402", area: "G124026", year: 2020, value: 2200, status: "final", members: { withValue: 2, total: 3 } },
    ]);
    expect(result.group?.title).toBe("Större städer (jämförelsegrupp)");
  });

  it("asks for at most 25 KPIs or years per request, reports progress, and sends only ids and years", async () => {
    const progress: number[][] = [];
    const kpis = ["N07403", "N07401", ...Array.from({ length: 28 }, (_, i) => `N1${String(i).padStart(4, "0")}`)];
    const result = await client().fetchStatistics({ municipality: "2480", kpis, years: years(1990, 2025) }, (p) => progress.push([p.done, p.total]));
    expect(result.unknownKpis).toHaveLength(28);
    for (const path of fake.requests) {
      for (const list of path.split("/")) expect(list.split(",").length).toBeLessThanOrEqual(25);
      expect(path).toMatch(/^\/(municipality|kpi|data)\/[0-9A-Z,/akpiyermunicpl_]*$/i);
    }
    expect(fake.requests.filter((p) => p.startsWith("/kpi/"))).toHaveLength(2);
    expect(fake.requests.filter((p) => p.startsWith("/data/"))).toHaveLength(2); // 36 years in two requests
    expect(progress[0]).toEqual([0, 4]);
    expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
    expect(result.values.filter((v) => v.area === "2480" && v.kpi === "N07401")).toHaveLength(36); // 1990..2025
  });

  it("follows paging of data answers", async () => {
    fake.pageSize = 3;
    const result = await client().fetchStatistics({ municipality: "2480", kpis: ["N07401"], years: years(2015, 2024) });
    expect(result.values.filter((v) => v.area === "2480")).toHaveLength(10);
    expect(fake.requests.filter((p) => p.startsWith("/data/"))).toHaveLength(7); // 20 rows, 3 per page
  });
});
