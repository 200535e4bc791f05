// Test plans for the rules: cleanRows() is a small plan that follows every rule at
// REF_DATE, for tests to break one thing at a time (snapshots of it: test/support/snapshots.ts).

import { TABLE_BY_NAME, type TableName } from "../../src/workbook/layout";
import { snapshotFrom, type Rows, type SnapshotOptions } from "../support/snapshots";
import { parsePlan } from "../../src/workbook/parsePlan";
import type { CellValue } from "../../src/workbook/snapshot";
import { runChecks } from "../../src/rules";
import type { Finding } from "../../src/workbook/findings";
import { DEFAULT_SETTINGS, type Settings } from "../../src/workbook/settings";

export type { Rows } from "../support/snapshots";

export const REF_DATE = "2025-02-15";
export const FOLLOW_UP_YEAR = 2024;

export function check(
  rows: Rows,
  options: SnapshotOptions & { referenceDate?: string; followUpYear?: number; settings?: Partial<Settings> } = {},
): Finding[] {
  return runChecks(parsePlan(snapshotFrom(rows, options)), {
    referenceDate: options.referenceDate ?? REF_DATE,
    followUpYear: options.followUpYear,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  });
}

/** Findings of one rule as [sheet, cell] pairs. */
export function placesOf(findings: Finding[], rule: string): [string | undefined, string | undefined][] {
  return findings.filter((f) => f.rule === rule).map((f) => [f.sheet, f.cell]);
}

/** A plan that follows every rule on REF_DATE with follow-up year 2024. */
export function cleanRows(): Rows {
  return {
    Groups: [
      ["G1", "Styrgrupp för trygghet", "Styrgrupp", "", "Förankra och besluta", "2020-01-01", "", 2, "Ja", "Kommunstyrelsen"],
      ["G2", "Brottsförebyggande rådet", "Beredningsgrupp", "G1", "Bereda och följa upp", "2020-01-01", "", 4, "Nej", "Kommunstyrelsen"],
      ["G3", "Arbetsgrupp nattvandring", "Arbetsgrupp", "G2", "Organisera nattvandringar", "2023-01-01", "2025-12-31", 2, "Nej", ""],
      ["G4", "Samordning", "Samordningsfunktion", "G1", "Samordna arbetet", "2020-01-01", "", "", "Nej", "Kommunstyrelsen"],
    ],
    Members: [
      ["Anna Ek", "G1", "Ordförande", "Kommunstyrelsens ordförande", "Kommun", "Kommunstyrelsen", "Förtroendevald", "anna@kommun.se", "", ""],
      ["Per Berg", "G1", "Ledamot", "Lokalpolisområdeschef", "Polis", "", "Tjänsteperson", "", "", ""],
      ["Karin Lund", "G1", "Sammankallande", "Kommundirektör", "Kommun", "Kommunledningsförvaltningen", "Tjänsteperson", "", "", ""],
      ["Lars Ahl", "G2", "Ordförande", "Förvaltningschef", "Kommun", "Socialförvaltningen", "Tjänsteperson", "", "", ""],
      ["Eva Stål", "G2", "Ledamot", "Kommunpolis", "Polis", "", "Tjänsteperson", "", "", ""],
      ["Sara Holm", "G2", "Sammankallande", "Samordnare", "Kommun", "Kommunledningsförvaltningen", "Tjänsteperson", "", "", ""],
      ["Olle Nord", "G2", "Ledamot", "Nämndordförande", "Kommun", "Socialnämnden", "Förtroendevald", "", "", ""],
      ["Mia Sand", "G3", "Ordförande", "Annan", "Kommun", "Socialförvaltningen", "Tjänsteperson", "", "2023-01-01", ""],
      ["Nils Ås", "G3", "Sammankallande", "Annan", "Civilsamhälle", "", "", "", "", ""],
      ["Sara Holm", "G4", "Ledamot", "Samordnare", "Kommun", "Kommunledningsförvaltningen", "Tjänsteperson", "", "", ""],
    ],
    Documents: [
      ["D1", "Samverkansöverenskommelse", "Samverkansöverenskommelse", "Kommunen, Polisen", "Kommunstyrelsen", "2023-01-15", "2026-12-31", "2024-12-01", "2025-12-01", "G1"],
      ["D2", "Lägesbild 2024", "Lägesbild", "", "Kommunstyrelsen", "2024-03-01", "", "2024-12-01", "2025-12-01", "G2"],
      ["D3", "Åtgärdsplan 2024", "Åtgärdsplan", "", "Kommunstyrelsen", "2024-04-01", "", "", "2025-12-01", "G2"],
      ["D4", "Medborgarlöfte 2024", "Medborgarlöfte", "Kommunen, Polisen", "Kommunstyrelsen", "2024-01-10", "2024-12-31", "", "2025-06-01", "G2"],
    ],
    Problems: [["P1", "Otrygghet i centrum kvällstid", "Centrum", "D2", 1, "Ja"]],
    Goals: [
      ["M0", "Kommunen växer utan utsatta områden", "Övergripande mål", "", "", "", "", "D1", "G1"],
      ["M1", "Ökad trygghet i centrum", "Mål", "M0", "Effektmål", "P1", "Trygghet", "D1", "G2"],
      ["M2", "Fler nattvandringar", "Delmål", "M1", "Produktionsmål", "", "Trygghet", "D3", "G3"],
    ],
    Activities: [
      ["A1", "Nattvandringar", "M2", "G3", "Mia Sand", "2024-01-01", "2024-12-31", "Genomförd", 50000, 40000, 200, 2024, "D4", ""],
      ["A2", "Trygghetsvandring", "M1", "G3", "Mia Sand", "2025-01-01", "2025-12-31", "Pågår", 20000, 0, 10, 2025, "", ""],
    ],
    Indicators: [
      ["I1", "Andel otrygga i centrum", "M1", "Procent", "Lägre är bättre", "NTU", 2020, 30, 2026, 20],
      ["I2", "Antal nattvandringar", "M2", "Antal", "Högre är bättre", "Egen mätning", 2020, 10, 2026, 40],
    ],
    Measurements: [
      ["I1", 2023, 27, ""],
      ["I1", 2024, 25, ""],
      ["I2", 2024, 30, ""],
    ],
    Budget: [
      [2024, 100000, "Kommunfullmäktige", ""],
      [2025, 100000, "Kommunfullmäktige", ""],
    ],
    Meetings: [
      ["G1", "2024-03-01", "Ordinarie", ""],
      ["G1", "2024-10-01", "Ordinarie", ""],
      ["G2", "2024-02-01", "Ordinarie", ""],
      ["G2", "2024-05-01", "Ordinarie", ""],
      ["G2", "2024-09-01", "Ordinarie", ""],
      ["G2", "2024-11-01", "Ordinarie", ""],
      ["G3", "2024-04-01", "Ordinarie", ""],
      ["G3", "2024-08-01", "Ordinarie", ""],
    ],
  };
}

const columnIndex = (table: TableName, key: string): number => {
  const i = (TABLE_BY_NAME[table].columns as readonly { key: string }[]).findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} in ${table}`);
  return i;
};

/** Sets a cell of the row whose first cell is `first` (an ID, or a row index as number). */
export function set(rows: Rows, table: TableName, first: string | number, key: string, value: CellValue): Rows {
  const list = rows[table]!;
  const row = typeof first === "number" ? list[first] : list.find((r) => r[0] === first);
  if (!row) throw new Error(`no row ${first} in ${table}`);
  row[columnIndex(table, key)] = value;
  return rows;
}

/** Removes the rows whose first cell is `first` (or which `pred` matches). */
export function drop(rows: Rows, table: TableName, pred: string | ((r: CellValue[]) => boolean)): Rows {
  const match = typeof pred === "string" ? (r: CellValue[]) => r[0] === pred : pred;
  rows[table] = rows[table]!.filter((r) => !match(r));
  return rows;
}

/** Adds a row, given as { columnKey: value }. */
export function add(rows: Rows, table: TableName, values: Record<string, CellValue>): Rows {
  const row: CellValue[] = TABLE_BY_NAME[table].columns.map(() => "");
  for (const [k, v] of Object.entries(values)) row[columnIndex(table, k)] = v;
  (rows[table] ??= []).push(row);
  return rows;
}
