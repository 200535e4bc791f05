// The browser preview's entry point (preview.html): renders the preview page in
// a FluentProvider. Office.js is not loaded here; the task pane runs against the
// in-memory Excel and needs no network. preview.html?empty starts with an empty
// workbook instead of the Umeå example plan.

import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbook } from "../host";
import { PreviewApp } from "./PreviewApp";

const container = document.getElementById("preview");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp
        emptyWorkbook={() => new MemoryWorkbook()}
        startWith={new URLSearchParams(window.location.search).has("empty") ? "empty" : "example"}
      />
    </FluentProvider>,
  );
}
