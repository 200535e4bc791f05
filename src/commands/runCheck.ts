// The ribbon's "Kontrollera" button (FunctionName "runCheck" in manifest.xml): runs
// the check without opening the task pane, rebuilds the Kontroll sheet and shows it.
//
// How the result reaches the user: Excel has no notification API for function
// commands (Office.context.mailbox.item.notificationMessages exists only in
// Outlook), and Office.context.ui.displayDialogAsync would open a separate window
// with its own page for one line of text. So the summary ("Kontroll: 3 fel,
// 7 varningar, 2 info") is the Kontroll sheet's title, and the command activates
// that sheet with the title selected: the user sees the result where they are, and
// every finding with a link to its cell right below it. The line is also logged.

import { runCheck, summaryText } from "../excel/commands/check";
import { localIsoDate } from "../plans/clock";
import { tr } from "../i18n";
import { ribbonCheckText } from "../i18n/checks";
import type { RibbonContext, RibbonHandler } from "./registry";

/**
 * Checks the workbook as of `now` (reference date today, the default follow-up year),
 * writes and activates the Kontroll sheet, and returns the summary line in the
 * user's language. Testable without Office: give it any ExcelRunner.
 */
export async function ribbonCheck({ run, caps, lang }: RibbonContext, now: Date = new Date()): Promise<string> {
  const result = await runCheck(run, { referenceDate: localIsoDate(now), lang, caps, activate: true, now });
  const summary = summaryText(result.summary);
  return tr(result.sheet ? ribbonCheckText.done(summary, result.sheet) : ribbonCheckText.notWritten(summary), lang);
}

const handler: RibbonHandler = async (context) => {
  console.info(`Rådsplan runCheck: ${await ribbonCheck(context)}`);
};

export default handler;
