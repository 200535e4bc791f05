// A1 addresses, the one module for them: column letters to and from column
// indexes, and reading the addresses Office.js hands back ("'Mål (2)'!A1:I5") and
// the ones edits carry ("A2:A2", "B:D"): which sheet, which corner, how big.

/** A rectangular block of cells: 1-based rows, 0-based columns (0 = A). */
export interface CellBlock {
  firstRow: number;
  firstColumn: number;
  rowCount: number;
  columnCount: number;
}

/** Column letters of a 0-based column index (0 = "A", 26 = "AA"). */
export function columnLetter(index0: number): string {
  let n = Math.floor(index0) + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based index of column letters ("A" = 0, "AA" = 26). */
export function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CORNER = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** The block an A1 range address covers ("B2", "A1:C4", "$A$1:$C$4"); null when it is not one. */
export function parseA1(address: string): CellBlock | null {
  const [from, to = from] = address.split(":");
  const a = CORNER.exec(from.trim());
  const b = CORNER.exec(to.trim());
  if (!a || !b) return null;
  const [r1, r2] = [Number(a[2]), Number(b[2])];
  const [c1, c2] = [columnIndexOf(a[1]), columnIndexOf(b[1])];
  return {
    firstRow: Math.min(r1, r2),
    firstColumn: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

/** Splits "Sheet!A1:B2" or "'It''s'!A1" into the sheet name and the A1 part. */
export function splitSheetAddress(address: string): { sheet: string; a1: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", a1: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, a1: address.slice(bang + 1) };
}

