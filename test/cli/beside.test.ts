// A table that `init` completes by a column, with the user's own cells beside it
// (test/corpus/make_beside.py, saved by openpyxl). Right beside the table the new
// column would move those cells, and their comment, merged area, validation and the
// formulas reading them would stay behind: nothing is saved and the reason says
// to leave the column beside the table empty. With an empty column between them,
// the table grows into it and every one of the user's cells stays where it was.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { exampleWorkbook, REPO, runCli } from "./runCli";
import { digest, tempFolder } from "./workbooks";

jest.setTimeout(120_000);

const tmp = tempFolder("radsplan-beside-");
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
let base: string;

beforeAll(async () => {
  base = await exampleWorkbook(tmp.dir, "base.xlsx");
});
afterAll(tmp.cleanup);

function make(mode: "--beside" | "--apart", name: string): string {
  const file = tmp.file(name);
  execFileSync(PYTHON, [path.join(REPO, "test", "corpus", "make_beside.py"), mode, base, file]);
  return file;
}

interface UserCells {
  cells: Record<string, unknown[]>;
  merged: string[];
  validations: string[];
  budgetF2: string;
  table: string;
}

/** What openpyxl sees of the user's cells on Aktiviteter and Budget. */
function userCells(file: string): UserCells {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
a = wb["Aktiviteter"]
cells = {}
for row in a.iter_rows(min_col=14):
    for c in row:
        if c.value is not None or c.comment or c.hyperlink:
            cells[c.coordinate] = [c.value, c.comment.text if c.comment else None, c.hyperlink.target if c.hyperlink else None, c.fill.fgColor.rgb if c.fill.fill_type else None]
print(json.dumps({
  "cells": cells,
  "merged": sorted(str(m) for m in a.merged_cells.ranges),
  "validations": sorted(str(v.sqref) for v in a.data_validations.dataValidation if v.formula1 == '"Ja,Nej"'),
  "budgetF2": wb["Budget"]["F2"].value,
  "table": a.tables["Activities"].ref,
}))`;
  return JSON.parse(execFileSync(PYTHON, ["-c", script, file], { encoding: "utf8" }));
}

it("refuses, saving nothing, when the table's new column would move the user's cells beside it", async () => {
  const file = make("--beside", "beside.xlsx");
  const hash = digest(file);
  const r = await runCli(["init", "beside.xlsx"], { cwd: tmp.dir });
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  const [sv, en] = lines[0].replace(/^radsplan: /, "").split(" / ");
  expect(sv).toMatch(/egna celler direkt till höger om en tabell som behöver en ny kolumn \(bladet Aktiviteter\).*Ingenting ändrades\. Den nya kolumnen skulle flytta dem.*Flytta dina celler så att kolumnen till höger om tabellen är tom/);
  expect(en).toMatch(/cells of your own right beside a table that needs a new column \(sheet Aktiviteter\).*Nothing was changed\. The new column would move them.*Move your cells so that the column right of the table is empty/);
  expect(digest(file)).toBe(hash);
  // a copy is refused too: it would lose the same things
  const copy = await runCli(["init", "beside.xlsx", "--out", "copy.xlsx"], { cwd: tmp.dir });
  expect(copy.code).toBe(2);
  expect(existsSync(tmp.file("copy.xlsx"))).toBe(false);
});

it("grows the table into an empty column beside it, leaving the user's cells further right as they were", async () => {
  const file = make("--apart", "apart.xlsx");
  const before = userCells(file);
  const r = await runCli(["init", "apart.xlsx"], { cwd: tmp.dir });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Activities: Kommentar/);
  const after = userCells(file);
  expect(before.table).toBe("A1:M18");
  expect(after).toEqual({ ...before, table: "A1:N18", cells: { ...before.cells, N1: ["Kommentar", null, null, null] } });
});
