// The real `radsplan` command as a child process (node bin/radsplan.js, which
// runs the TypeScript sources through tsx), one run per command and the ways it
// ends: exit codes, stdout and one-line reasons on stderr.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { REPO, spawnCli } from "./runCli";
import { digest, sheetsAndTables, tempFolder } from "./workbooks";

jest.setTimeout(60_000);

const tmp = tempFolder();
afterAll(tmp.cleanup);

describe("radsplan as a process", () => {
  it("init --example creates the workbook", async () => {
    const r = await spawnCli(["init", "umea.xlsx", "--example"], { cwd: tmp.dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Skapade den nya arbetsboken umea\.xlsx\./);
    expect((await sheetsAndTables(tmp.file("umea.xlsx"))).map((s) => s.sheet)).toEqual(expect.arrayContaining(["Grupper", "Aktiviteter"]));
  });

  it("check prints the example's warnings and exits 0; with --json it prints only JSON", async () => {
    const r = await spawnCli(["check", "umea.xlsx", "--date", "2025-05-01"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}PLAN-06 +Problem!F\d+ +Problemet /m);
    const json = await spawnCli(["check", "umea.xlsx", "--date", "2025-05-01", "--json", "--lang", "en"], { cwd: tmp.dir });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ rule: "PLAN-06", severity: "warning", sheet: "Problem" }));
  });

  it("report --out --docx writes both files and leaves the input as it was", async () => {
    const hash = digest(tmp.file("umea.xlsx"));
    const r = await spawnCli(["report", "umea.xlsx", "--year", "2024", "--out", "out.xlsx", "--docx", "out.docx"], { cwd: tmp.dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(digest(tmp.file("umea.xlsx"))).toBe(hash);
    expect((await sheetsAndTables(tmp.file("out.xlsx"))).map((s) => s.sheet)).toContain("Verksamhetsberättelse 2024");
    await expect(JSZip.loadAsync(readFileSync(tmp.file("out.docx")))).resolves.toBeDefined();
  });

  it("exits 2 with one line on stderr for a non-xlsx file and for a missing one", async () => {
    writeFileSync(tmp.file("anteckningar.txt"), "hej");
    const bad = await spawnCli(["check", "anteckningar.txt", "--lang", "en"], { cwd: tmp.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "radsplan: “anteckningar.txt” is not an Excel .xlsx file. Open it in Excel and save it as an Excel Workbook (.xlsx).\n",
    );
    const missing = await spawnCli(["report", "borta.xlsx", "--year", "2024"], { cwd: tmp.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^radsplan: ”borta\.xlsx” hittades inte\..* \/ “borta\.xlsx” was not found\..*\n$/);
  });

  it("exits 2 with the usage for an unknown option; --help and --version exit 0", async () => {
    const r = await spawnCli(["init", "x.xlsx", "--force", "--lang", "en"], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^radsplan: Unknown option “--force” for init\.\n\nUsage:\n {2}radsplan init /);
    const help = await spawnCli(["--help", "--lang", "en"], { cwd: tmp.dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /m);
    const version = await spawnCli(["--version"], { cwd: tmp.dir });
    expect(version.stdout).toBe(`radsplan ${JSON.parse(readFileSync(`${REPO}/package.json`, "utf8")).version}\n`);
  });

  it("runs as `npm run radsplan -- check <file>` in the repository", async () => {
    const r = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        "npm",
        ["run", "--silent", "radsplan", "--", "check", tmp.file("umea.xlsx"), "--date", "2025-05-01", "--json"],
        { cwd: REPO },
        (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
      );
    });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { rule: string }[]).map((f) => f.rule)).toContain("PLAN-06");
  });
});
