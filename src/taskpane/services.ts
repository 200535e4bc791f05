// The services every view reaches Excel through, injected with a React context:
// Excel.run and Office's requirement sets inside Excel, the in-memory workbook in
// the browser preview and in tests. Views never touch Office.js themselves.

import { createContext, useContext } from "react";
import type { Services } from "../excel/api";

export type { Services } from "../excel/api";

export const ServicesContext = createContext<Services | null>(null);

/** The injected services; the app shell always provides them. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices() needs <ServicesContext.Provider> (the App provides it)");
  return services;
}
