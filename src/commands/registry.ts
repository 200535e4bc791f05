// The ribbon's function commands, by the id the manifest's ExecuteFunction
// actions name. Adding a command is one line here (and a button in manifest.xml);
// its module is loaded only when the button is pressed.

import type { Capabilities, ExcelRunner } from "../excel/api";
import type { Lang } from "../i18n";

/** What a ribbon command gets to work with. */
export interface RibbonContext {
  run: ExcelRunner;
  caps: Capabilities;
  /** The user's UI language. */
  lang: Lang;
}

/**
 * A ribbon command's module default-exports its handler. There is no pane to show
 * messages in, so a handler reports its outcome in the workbook (e.g. the Kontroll
 * sheet); anything it throws is logged in both languages.
 */
export type RibbonHandler = (context: RibbonContext) => Promise<void>;

export interface RibbonCommand {
  /** The FunctionName in manifest.xml. */
  id: string;
  load: () => Promise<{ default: RibbonHandler }>;
}

export const RIBBON_COMMANDS: readonly RibbonCommand[] = [
  // The Kontrollera button: runs the check and shows the Kontroll sheet.
  { id: "runCheck", load: () => import("./runCheck") },
];
