// Jumping to a cell (a finding in the task pane, a link on the Kontroll sheet):
// activate its sheet and select the cell. Reads nothing: one sync in all.

import type { Command } from "./command";

export interface SelectOptions {
  sheet: string;
  /** A1 address on that sheet, without the sheet name. */
  address: string;
}

export const selectCommand: Command<SelectOptions, void> = {
  read: () => ({}),
  plan: (_read, { sheet, address }) => ({ edits: [{ kind: "activate", sheet, cell: address }], result: undefined }),
};
