// Starts the task pane: waits for Office.js, then renders the app inside Excel or
// the outside-Excel notice anywhere else, in a FluentProvider themed like Office.

import type { ReactNode } from "react";
import type { Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { officeBodyBackground, officeDisplayLanguage, officeServices } from "../excel/office";
import { OutsideExcel, type OutsideReason } from "./OutsideExcel";
import { themeFor } from "./theme";

/** The part of the Office.js global that booting needs. */
export interface OfficeGlobal {
  onReady(): Promise<{ host?: unknown }>;
}

/** What to render once Office is ready (or known to be absent). */
export async function paneFor(office: OfficeGlobal | undefined): Promise<ReactNode> {
  let reason: OutsideReason;
  if (!office) {
    reason = { kind: "noOffice" };
  } else {
    const host = await office.onReady().then(
      (info) => info.host,
      () => undefined,
    );
    if (String(host) === "Excel") {
      return (
        <FluentProvider theme={themeFor(officeBodyBackground())}>
          <App services={officeServices()} displayLanguage={officeDisplayLanguage()} />
        </FluentProvider>
      );
    }
    reason = host ? { kind: "otherHost", host: String(host) } : { kind: "noHost" };
  }
  return (
    <FluentProvider theme={themeFor()}>
      <OutsideExcel reason={reason} />
    </FluentProvider>
  );
}

/** Renders the pane into `root`. */
export async function boot(root: Root, office: OfficeGlobal | undefined): Promise<void> {
  root.render(await paneFor(office));
}
