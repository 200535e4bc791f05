// A plan whose Utfall (kr) column is one shared formula, as Excel saves a
// formula filled down (a master <f t="shared" ref="J2:J5" si="0"> and cells
// <f t="shared" si="0"/>, each with its saved result; LibreOffice and openpyxl
// do not write them, so the XML is put in by hand). `check` reads each cell's
// saved result (ROUNDUP is no function the host computes), and `init`, which
// completes the Activities table on that sheet, and `report` keep every
// shared formula cell as it was.
import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/host";
import { exampleWorkbook, runCli } from "./runCli";
import { tempFolder } from "./workbooks";

jest.setTimeout(120_000);

const tmp = tempFolder();
const SHEET = "xl/worksheets/sheet7.xml"; // Aktiviteter in `init --example`'s workbook
const TABLE = "xl/tables/table6.xml"; // Activities
let expected: number[];

beforeAll(async () => {
  const base = await exampleWorkbook(tmp.dir, "base.xlsx");
  const zip = await JSZip.loadAsync(readFileSync(base));
  expect(await zip.file(TABLE)!.async("string")).toMatch(/displayName="Activities" ref="A1:N18"/);
  let sheet = await zip.file(SHEET)!.async("string");
  // Utfall (kr) = ROUNDUP(Budget (kr) * 0.9, -3), filled down J2:J5, with the results Excel saves
  const budget = (r: number) => Number(new RegExp(`<c r="I${r}"[^>]*><v>([\\d.]+)</v></c>`).exec(sheet)![1]);
  expected = [2, 3, 4, 5].map((r) => Math.ceil((budget(r) * 0.9) / 1000) * 1000);
  for (const [i, r] of [2, 3, 4, 5].entries()) {
    const f = r === 2 ? '<f t="shared" ref="J2:J5" si="0">ROUNDUP(I2*0.9,-3)</f>' : '<f t="shared" si="0"/>';
    sheet = sheet.replace(new RegExp(`<c r="J${r}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`), (_m, a: string) => `<c r="J${r}"${a}>${f}<v>${expected[i]}</v></c>`);
  }
  // the table without its last column (Kommentar), so that `init` has something to add on this sheet
  sheet = sheet.replace(/<c r="N\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, "");
  zip.file(SHEET, sheet);
  const table = (await zip.file(TABLE)!.async("string"))
    .replace(/ref="A1:N18"/g, 'ref="A1:M18"')
    .replace('<tableColumns count="14">', '<tableColumns count="13">')
    .replace('<tableColumn id="14" name="Kommentar"/>', "");
  zip.file(TABLE, table);
  writeFileSync(tmp.file("shared.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
});
afterAll(tmp.cleanup);

/** Each cell element of a worksheet part, by reference. */
async function cells(file: string): Promise<Map<string, string>> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file(SHEET)!.async("string");
  return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [m[1], m[0]]));
}

const J = ["J2", "J3", "J4", "J5"];

it("check reads each shared formula cell's saved result, not a blank", async () => {
  const wb = await MemoryWorkbook.fromXlsx(readFileSync(tmp.file("shared.xlsx")));
  const read = await wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Aktiviteter").getRange("J2:J5").load("values, formulas");
    await context.sync();
    return { values: range.values, formulas: range.formulas };
  });
  expect(read).toEqual({ values: expected.map((v) => [v]), formulas: [2, 3, 4, 5].map((r) => [`=ROUNDUP(I${r}*0.9,-3)`]) });
  const r = await runCli(["check", "shared.xlsx", "--json", "--lang", "en", "--date", "2026-03-01", "--year", "2025"], { cwd: tmp.dir });
  expect(r.stderr).toBe("");
  const found = JSON.parse(r.stdout) as { rule: string; sheet: string | null; cell: string | null }[];
  expect(found.filter((f) => f.sheet === "Aktiviteter" && J.includes(f.cell ?? "") && /^DATA/.test(f.rule))).toEqual([]);
});

it("init completes the table on that sheet and keeps every shared formula cell as it was; report keeps the sheet byte for byte", async () => {
  const before = await cells(tmp.file("shared.xlsx"));
  const r = await runCli(["init", "shared.xlsx", "--lang", "en"], { cwd: tmp.dir });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Saved shared\.xlsx\.$/m);
  const after = await cells(tmp.file("shared.xlsx"));
  expect(after.get("N1")).toBeDefined(); // the Kommentar header init added
  for (const ref of J) expect([ref, after.get(ref)]).toEqual([ref, before.get(ref)]);
  expect(after.get("J2")).toContain('<f t="shared" ref="J2:J5" si="0">ROUNDUP(I2*0.9,-3)</f>');

  const sheetXml = async (file: string) => (await JSZip.loadAsync(readFileSync(file))).file(SHEET)!.async("string");
  const out = await runCli(["report", "shared.xlsx", "--year", "2025", "--out", "report.xlsx", "--lang", "en"], { cwd: tmp.dir });
  expect(out.code).toBe(0);
  expect(out.stdout).not.toMatch(/lacks/);
  expect(await sheetXml(tmp.file("report.xlsx"))).toBe(await sheetXml(tmp.file("shared.xlsx")));
});
