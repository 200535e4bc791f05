// The task pane's entry point (as in Microsoft's React task-pane template):
// renders <FluentProvider> + <App> once Office.onReady has resolved.

import { createRoot } from "react-dom/client";
import { boot, type OfficeGlobal } from "./boot";

const container = document.getElementById("container");
if (container) {
  const office: OfficeGlobal | undefined = typeof Office === "undefined" ? undefined : Office;
  void boot(createRoot(container), office);
}
