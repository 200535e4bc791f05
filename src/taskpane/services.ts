// The services every view reaches Excel through, injected with a React context:
// Excel.run and Office's requirement sets inside Excel, the in-memory workbook in
// the browser preview and in tests. Views never touch Office.js themselves.

import { createContext, useContext } from "react";
import type { Capabilities, ExcelRunner } from "../excel/api";

export interface Services {
  /** Runs one batch against the workbook. */
  run: ExcelRunner;
  /** The requirement sets the running Excel supports. */
  caps: Capabilities;
  /** Where the pane runs: inside Excel, or in the browser preview. */
  host: "excel" | "preview";
}

export const ServicesContext = createContext<Services | null>(null);

/** The injected services; the app shell always provides them. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices() needs <ServicesContext.Provider> (the App provides it)");
  return services;
}
