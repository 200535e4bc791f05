// Workbook-level settings Rådsplan keeps in its hidden meta sheet, with defaults.

import type { Lang } from "./layout";

export interface Settings {
  /** Layout version the structure was created with (0 when never created). */
  layoutVersion: number;
  /** Language the planning sheets were created in. */
  lang: Lang;
  /** DOC-03: the newest lägesbild may be at most this many years old (SOU 2021:49). */
  situationReportMaxAgeYears: number;
  /** Municipality name, used in report headers. */
  municipality: string;
}

export const DEFAULT_SETTINGS: Settings = {
  layoutVersion: 0,
  lang: "sv",
  situationReportMaxAgeYears: 2,
  municipality: "",
};
