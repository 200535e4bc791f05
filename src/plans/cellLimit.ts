// Excel's limit on a cell's text: 32 767 characters (Excel refuses more). Text
// a command generates from the user's own (a long comment with a prefix, a
// joined list) is cut to fit, ending in "…", and the command says where.

import { structureText } from "../i18n/structure";
import type { Edit } from "../workbook/edits";
import { columnLetter, parseA1 } from "../base/a1";
import type { Text } from "../base/text";

export const MAX_CELL_CHARS = 32_767;

/** `edit` with every text value over the limit cut, and a notice naming the first such cell (null when none was). */
export function fitCellText(edit: Edit): { edit: Edit; notice: Text | null } {
  if (edit.kind !== "setValues" || !edit.values.some((row) => row.some((v) => typeof v === "string" && v.length > MAX_CELL_CHARS))) return { edit, notice: null };
  const corner = parseA1(edit.address);
  let cut = 0;
  let first = "";
  const values = edit.values.map((row, r) =>
    row.map((v, c) => {
      if (typeof v !== "string" || v.length <= MAX_CELL_CHARS) return v;
      if (cut++ === 0) first = corner ? `${columnLetter(corner.firstColumn + c)}${corner.firstRow + r}` : edit.address;
      // never split a surrogate pair
      let keep = MAX_CELL_CHARS - 1;
      if (/[\uD800-\uDBFF]/.test(v[keep - 1])) keep--;
      return `${v.slice(0, keep)}…`;
    }),
  );
  return { edit: { ...edit, values }, notice: structureText.cellTextCut(cut, edit.sheet, first) };
}
