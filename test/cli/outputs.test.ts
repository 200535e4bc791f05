// Where the CLI writes: a file that --out or --docx names and that already exists
// (another municipality's plan, last year's report) is written over only with
// --replace; without it nothing at all is written. A workbook reached through a
// symbolic link is saved into the file the link points at, and the link stays.
import { copyFileSync, existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { exampleWorkbook, runCli } from "./runCli";
import { digest, tempFolder } from "./workbooks";

jest.setTimeout(120_000);

const tmp = tempFolder("radsplan-outputs-");
let plan: string;

beforeAll(async () => {
  plan = await exampleWorkbook(tmp.dir, "plan.xlsx");
});
afterAll(tmp.cleanup);

const sheetNames = async (file: string) =>
  [...(await (await JSZip.loadAsync(readFileSync(file))).file("xl/workbook.xml")!.async("string")).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);

function oneLine(stderr: string): [string, string] {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  return lines[0].replace(/^radsplan: /, "").split(" / ") as [string, string];
}

it("report --out refuses to write over another existing workbook, and --replace replaces it", async () => {
  copyFileSync(plan, tmp.file("in.xlsx"));
  writeFileSync(tmp.file("other.xlsx"), "another municipality's plan");
  const [inHash, otherHash] = [digest(tmp.file("in.xlsx")), digest(tmp.file("other.xlsx"))];
  const r = await runCli(["report", "in.xlsx", "--year", "2025", "--out", "other.xlsx"], { cwd: tmp.dir });
  expect(r.code).toBe(2);
  const [sv, en] = oneLine(r.stderr);
  expect(sv).toMatch(/”other\.xlsx” finns redan.*Ingenting ändrades\..*--replace/);
  expect(en).toMatch(/“other\.xlsx” already exists.*Nothing was changed\..*--replace/);
  expect([digest(tmp.file("in.xlsx")), digest(tmp.file("other.xlsx"))]).toEqual([inHash, otherHash]);

  const replaced = await runCli(["report", "in.xlsx", "--year", "2025", "--out", "other.xlsx", "--replace"], { cwd: tmp.dir });
  expect(replaced.stderr).toBe("");
  expect(replaced.code).toBe(0);
  expect(await sheetNames(tmp.file("other.xlsx"))).toContain("Uppföljning");
  expect(digest(tmp.file("in.xlsx"))).toBe(inHash);
});

it("report --docx refuses an existing Word file before writing anything, the workbook included", async () => {
  copyFileSync(plan, tmp.file("plan2.xlsx"));
  writeFileSync(tmp.file("report.docx"), "last year's edited report");
  const hashes = () => [digest(tmp.file("plan2.xlsx")), digest(tmp.file("report.docx"))];
  const before = hashes();
  const r = await runCli(["report", "plan2.xlsx", "--year", "2025", "--docx", "report.docx"], { cwd: tmp.dir });
  expect(r.code).toBe(2);
  expect(oneLine(r.stderr)[1]).toMatch(/“report\.docx” already exists/);
  expect(hashes()).toEqual(before);
  const again = await runCli(["report", "plan2.xlsx", "--year", "2025", "--docx", "report.docx", "--replace"], { cwd: tmp.dir });
  expect(again.code).toBe(0);
  expect(readFileSync(tmp.file("report.docx")).subarray(0, 2).toString()).toBe("PK");
});

it("kolada --out refuses an existing file before fetching anything", async () => {
  writeFileSync(tmp.file("taken.xlsx"), "x");
  const r = await runCli(["kolada", "plan.xlsx", "--municipality", "2480", "--out", "taken.xlsx"], { cwd: tmp.dir, env: { RADSPLAN_KOLADA_URL: "http://127.0.0.1:9/v3" } });
  expect(r.code).toBe(2);
  expect(oneLine(r.stderr)[1]).toMatch(/“taken\.xlsx” already exists/);
  expect(readFileSync(tmp.file("taken.xlsx"), "utf8")).toBe("x");
});

it("saves through a symbolic link into the file it points at, keeping the link; --out naming the input through a link writes into the input", async () => {
  copyFileSync(plan, tmp.file("real.xlsx"));
  symlinkSync("real.xlsx", tmp.file("link.xlsx"));
  const r = await runCli(["report", "link.xlsx", "--year", "2025"], { cwd: tmp.dir });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(lstatSync(tmp.file("link.xlsx")).isSymbolicLink()).toBe(true);
  expect(await sheetNames(tmp.file("real.xlsx"))).toContain("Uppföljning");
  // --out is the input itself, reached through the link: no --replace needed, and the input's guard applies
  const into = await runCli(["report", "real.xlsx", "--year", "2025", "--out", "link.xlsx"], { cwd: tmp.dir });
  expect(into.stderr).toBe("");
  expect(into.code).toBe(0);
  expect(lstatSync(tmp.file("link.xlsx")).isSymbolicLink()).toBe(true);
  expect(existsSync(tmp.file(".real.xlsx.radsplan-lock"))).toBe(false);
});
