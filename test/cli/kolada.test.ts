// `radsplan kolada` against a local Kolada on 127.0.0.1 (RADSPLAN_KOLADA_URL): the
// preview per indicator, --dry-run writing nothing, --out leaving the input
// byte-identical, the user's differing values kept, missing years not written,
// one-line reasons with exit 2 for a bad municipality or an unreachable Kolada.

import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { linkKpi } from "../../src/excel/commands/kolada";
import { MemoryWorkbook } from "../../src/host";
import { startFakeKolada, type FakeKolada } from "../kolada/fakeKolada";
import { exampleWorkbook, runCli, spawnCli } from "./runCli";
import { cellsOf, digest, tempFolder } from "./workbooks";

jest.setTimeout(60_000);

const tmp = tempFolder();
let fake: FakeKolada;
let linked: string;

beforeAll(async () => {
  fake = await startFakeKolada();
  const file = await exampleWorkbook(tmp.dir, "umea.xlsx");
  const wb = await MemoryWorkbook.fromXlsx(readFileSync(file));
  await linkKpi(wb.run, "I2", "N07403", wb.capabilities);
  linked = tmp.file("linked.xlsx");
  writeFileSync(linked, await wb.toXlsx());
});
afterAll(async () => {
  await fake.close();
  tmp.cleanup();
});

/** A port on 127.0.0.1 where nothing listens. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const env = () => ({ RADSPLAN_KOLADA_URL: fake.url });
const today = "2026-12-03";

describe("radsplan kolada", () => {
  it("--dry-run prints the preview per indicator and writes nothing", async () => {
    const hash = digest(linked);
    const r = await runCli(["kolada", "linked.xlsx", "--municipality", "2480", "--years", "2014-2025", "--dry-run"], { cwd: tmp.dir, env: env(), today });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe(`Kolada (${fake.url}): Umeå (2480), Riket, hämtat 2026-12-03`);
    expect(lines[1]).toBe("I2 Anmälda misshandelsbrott utomhus i centrum (N07403)");
    expect(lines[2]).toBe("  läggs till i Mätvärden: 2014 910 · 2015 900 · 2017 880 · 2018 870 · 2019 860 · 2020 850 · 2021 840");
    expect(lines[3]).toBe("  skiljer sig från ditt värde, behålls (Umeå): 2022 ditt 212 / Kolada 830 · 2023 ditt 198 / Kolada 820 · 2024 ditt 187 / Kolada 810 · 2025 ditt 176 / Kolada 800");
    expect(lines[4]).toBe("  saknas hos Kolada, skrivs inte (Umeå): 2016");
    expect(lines[5]).toMatch(/^ {2}läggs till i Jämförelsevärden \(Riket\): 2014 1\u00a0410 · .* · 2025 1\u00a0300 prel\.$/);
    expect(lines[lines.length - 1]).toBe("Inget skrevs (--dry-run).");
    expect(digest(linked)).toBe(hash);
  });

  it("writes into --out, leaving the input byte-identical and every value of it in the copy", async () => {
    const hash = digest(linked);
    const r = await runCli(["kolada", "linked.xlsx", "--municipality", "2480", "--years", "2014-2025", "--out", "filled.xlsx"], { cwd: tmp.dir, env: env(), today });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Skrev 7 rader i Mätvärden och 12 rader i Jämförelsevärden i filled.xlsx; 4 värden som skiljer sig från dina behölls.");
    expect(digest(linked)).toBe(hash);
    const before = await cellsOf(linked);
    const after = await cellsOf(tmp.file("filled.xlsx"));
    const changed = [...before].filter(([ref, cell]) => !ref.startsWith("_Rådsplan!") && JSON.stringify(after.get(ref)?.value) !== JSON.stringify(cell.value));
    expect(changed).toEqual([]);
    const added = [...after].filter(([ref, c]) => ref.startsWith("Mätvärden!") && String(c.value).startsWith("Kolada N07403"));
    expect(added).toHaveLength(7);
  });

  it("fills the file itself when asked without --out, through a temporary file and a rename", async () => {
    const file = tmp.file("inplace.xlsx");
    writeFileSync(file, readFileSync(linked));
    const r = await runCli(["kolada", "inplace.xlsx", "--municipality", "2480", "--years", "2020-2025", "--lang", "en"], { cwd: tmp.dir, env: env(), today });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Wrote 2 rows into Measurements and 6 rows into Comparisons in inplace.xlsx; 4 values that differ from yours were kept.");
    const again = await runCli(["kolada", "inplace.xlsx", "--years", "2020-2025", "--lang", "en"], { cwd: tmp.dir, env: env(), today });
    expect(again.stdout).toContain("Nothing new from Kolada; inplace.xlsx was left untouched.");
  });

  it("stops with exit 2 and one line saying why: a bad municipality code, an unknown one, an unreachable Kolada, a bad span", async () => {
    const bad = await runCli(["kolada", "linked.xlsx", "--municipality", "Umeå"], { cwd: tmp.dir, env: env(), today });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("radsplan: ”Umeå” är ingen kommunkod. Kolada använder fyra siffror, t.ex. 2480 för Umeå. / “Umeå” is not a municipality code. Kolada uses four digits, e.g. 2480 for Umeå.\n");
    const unknown = await runCli(["kolada", "linked.xlsx", "--municipality", "9999", "--lang", "sv"], { cwd: tmp.dir, env: env(), today });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("radsplan: Kolada känner inte till kommunen 9999. Välj kommunen i listan (kommunkoden har fyra siffror, t.ex. 2480 för Umeå).\n");
    const port = await closedPort();
    const down = await runCli(["kolada", "linked.xlsx", "--municipality", "2480", "--lang", "en"], { cwd: tmp.dir, env: { RADSPLAN_KOLADA_URL: `http://127.0.0.1:${port}/v3` }, today });
    expect(down.code).toBe(2);
    expect(down.stderr).toBe(
      `radsplan: Kolada (http://127.0.0.1:${port}/v3) could not be reached: no network connection, or a firewall or proxy stopped the request. Check the connection, or set your municipality's proxy in the koladaUrl setting (ECONNREFUSED).\n`,
    );
    const span = await runCli(["kolada", "linked.xlsx", "--municipality", "2480", "--years", "2025-2015"], { cwd: tmp.dir, env: env(), today });
    expect(span.code).toBe(2);
    expect(span.stderr.split("\n")[0]).toContain("”2025-2015” är inget årsintervall");
  });

  it("runs as a real process, reading RADSPLAN_KOLADA_URL from its environment", async () => {
    const r = await spawnCli(["kolada", "linked.xlsx", "--municipality", "2480", "--years", "2024-2025", "--dry-run", "--lang", "en"], { cwd: tmp.dir, env: env() });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Kolada (${fake.url}): Umeå (2480), Riket, fetched`);
  });
});
