// The task pane's views, in tab order. Adding a view is one line: give its entry
// a `load` that imports the view module (which default-exports a component with
// no props). Each view is loaded lazily, in its own chunk, the first time its
// tab is opened; an entry without `load` shows a plain "not built yet" notice.

import type { ComponentType } from "react";
import type { Text } from "../../i18n";
import { shell } from "../../i18n/ui";

export interface ViewDef {
  /** Stable id, used in element ids. */
  id: string;
  /** The tab's label. */
  label: Text;
  /** Imports the view's module; absent while the view is not built. */
  load?: () => Promise<{ default: ComponentType }>;
}

export const VIEWS: readonly ViewDef[] = [
  { id: "structure", label: shell.tabStructure, load: () => import("./StructureView") },
  { id: "checks", label: shell.tabChecks, load: () => import("./ChecksView") },
  { id: "followup", label: shell.tabFollowUp, load: () => import("./FollowUpView") },
  { id: "statistics", label: shell.tabStatistics, load: () => import("./StatisticsView") },
];
