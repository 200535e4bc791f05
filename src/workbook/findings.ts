// What a check produces: a finding with rule id, severity, a bilingual message
// and the cell it points at. Shared by rules/, the Kontroll sheet and the task pane.

import type { TableName, Text } from "./layout";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable rule id, e.g. "ORG-02". */
  rule: string;
  severity: Severity;
  /** What is wrong and what to do, in Swedish and English. */
  message: Text;
  /** The guidance the rule rests on (e.g. "Brå, Samverkan i lokalt brottsförebyggande arbete"). */
  guidance: Text;
  /** Worksheet name the finding points at, when a sheet exists. */
  sheet?: string;
  /** A1 address on `sheet`: a cell, or the table's range when a row is missing. */
  cell?: string;
  table?: TableName;
  /**
   * Stable identity of the subject, e.g. "ORG-02|G1|policeAreaHead", used to attach an
   * acknowledgement. Unique among one run's findings.
   */
  key: string;
  /**
   * Digest of the data the finding rests on; an acknowledgement drops off when it changes.
   */
  fingerprint: string;
}
