// The CLI never saves a workbook with a user's work missing: where the in-memory
// Excel cannot keep something the file holds (merged cells, borders, named
// ranges...), writing over the file is refused and a copy says what it lacks.
import { exampleWorkbook, runCli } from "./runCli";
import { digest, editWorkbook, tempFolder } from "./workbooks";

// Each test loads and saves whole workbooks: allow for a slow, busy machine.
jest.setTimeout(30_000);

const tmp = tempFolder();
let file: string;

beforeAll(async () => {
  file = await exampleWorkbook(tmp.dir, "umea.xlsx");
  await editWorkbook(file, (wb) => {
    const ws = wb.addWorksheet("Anteckningar");
    ws.getCell("A1").value = "Mötesanteckningar 2024";
    ws.mergeCells("A1:D1");
    ws.getCell("A2").value = "Budgetrad";
    ws.getCell("A2").border = { bottom: { style: "double" } };
    wb.definedNames.add("Anteckningar!$A$2:$A$9", "Budgetrader");
  });
});
afterAll(tmp.cleanup);

it("init refuses to save over a workbook whose merged cells and borders it cannot keep", async () => {
  const hash = digest(file);
  const r = await runCli(["init", "umea.xlsx", "--lang", "en"], { cwd: tmp.dir });
  // The structure is complete, so there is nothing to save and nothing to lose.
  expect(r.code).toBe(0);
  expect(digest(file)).toBe(hash);

  await editWorkbook(file, (wb) => wb.removeWorksheet(wb.getWorksheet("Möten")!.id), tmp.file("lacking.xlsx"));
  const lacking = digest(tmp.file("lacking.xlsx"));
  const refused = await runCli(["init", "lacking.xlsx", "--lang", "en"], { cwd: tmp.dir });
  expect(refused.code).toBe(2);
  expect(refused.stderr).toBe(
    "radsplan: “lacking.xlsx” holds merged cells (sheet Anteckningar), borders (sheet Anteckningar), named ranges, which radsplan cannot keep when it saves the workbook. Nothing was changed. Do this in Excel with the Rådsplan add-in instead; it keeps everything.\n",
  );
  expect(digest(tmp.file("lacking.xlsx"))).toBe(lacking);
});

it("report refuses to write into such a workbook without --out", async () => {
  const hash = digest(file);
  const r = await runCli(["report", "umea.xlsx", "--year", "2024"], { cwd: tmp.dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^radsplan: ”umea\.xlsx” innehåller sammanfogade celler \(bladet Anteckningar\).*Ingenting ändrades\. Skriv bladen i en kopia med --out/);
  expect(digest(file)).toBe(hash);
});

it("report --out writes the copy and says what the copy lacks", async () => {
  const hash = digest(file);
  const r = await runCli(["report", "umea.xlsx", "--year", "2024", "--out", "kopia.xlsx", "--lang", "en"], { cwd: tmp.dir });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Note: The copy lacks merged cells \(sheet Anteckningar\), borders \(sheet Anteckningar\), named ranges that the original holds; the original is unchanged\.$/m);
  expect(digest(file)).toBe(hash);
});
