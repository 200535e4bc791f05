// Excel's limit of 32 767 characters per cell, through the command line: a
// user's text at the limit, which the report repeats with words of its own
// around it, is cut to fit in the report's cells, ending in "…", and the
// command says which cell; the user's own cell is left whole.
import ExcelJS from "exceljs";
import { exampleWorkbook, runCli } from "./runCli";
import { editWorkbook, tempFolder } from "./workbooks";

jest.setTimeout(120_000);

const tmp = tempFolder();
const LIMIT = 32_767;
const long = `Trygghetsvandringar i centrum. ${"Samverkan med polisen och fastighetsägarna. ".repeat(800)}`.slice(0, LIMIT);

beforeAll(async () => {
  const file = await exampleWorkbook(tmp.dir, "plan.xlsx");
  await editWorkbook(file, (wb) => {
    const goals = wb.getWorksheet("Mål")!;
    goals.getCell("B3").value = long; // the goal M1's text, at Excel's limit
  });
});
afterAll(tmp.cleanup);

it("report cuts generated text over 32 767 characters with an ellipsis, says where, and keeps the user's cell whole", async () => {
  const r = await runCli(["report", "plan.xlsx", "--year", "2025", "--out", "out.xlsx", "--lang", "en"], { cwd: tmp.dir });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const notes = r.stdout.split("\n").filter((l) => /Excel's limit of 32 767 characters/.test(l));
  expect(notes.length).toBeGreaterThan(0);
  for (const n of notes) expect(n).toMatch(/^Note: (One cell|\d+ cells) on the sheet “(Follow-up|Annual report 2025)” \((first )?[A-Z]+\d+\) would hold more than Excel's limit of 32 767 characters; the text was cut and ends in “…”\. The whole text is still where it was typed\.$/);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(tmp.file("out.xlsx"));
  expect(wb.getWorksheet("Mål")!.getCell("B3").value).toBe(long);
  const cut: string[] = [];
  for (const name of ["Follow-up", "Annual report 2025"]) {
    wb.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        const text = typeof cell.value === "string" ? cell.value : "";
        expect(text.length).toBeLessThanOrEqual(LIMIT);
        if (text.length === LIMIT && text.endsWith("…")) cut.push(`${name}!${cell.address}`);
      }),
    );
  }
  // the first cell each note names is one of the cut cells
  for (const n of notes) {
    const [, sheet, first] = /sheet “([^”]+)” \((?:first )?([A-Z]+\d+)\)/.exec(n)!;
    expect(cut).toContain(`${sheet}!${first}`);
  }
});
