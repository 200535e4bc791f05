// The one place the task pane and the ribbon read Office.js globals: the services
// for code running inside Excel, and the display language and theme Office reports.

import type { Services } from "./api";

/** Services backed by the running Excel: Excel.run and Office.context.requirements. */
export function officeServices(): Services {
  return {
    run: (batch) => Excel.run(batch),
    caps: { isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version) },
    host: "excel",
  };
}

/** Office's UI language ("sv-SE", "en-US", ...), when Office reports one. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/** The body background colour of Office's theme, when the host exposes it. */
export function officeBodyBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor || undefined;
  } catch {
    return undefined;
  }
}
