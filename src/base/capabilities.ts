// Which Excel API requirement sets the running Excel has: the plain question the
// plans ask (e.g. may the structure add dropdowns?) and the Excel layer answers
// from Office.context.requirements, the in-memory host from its chosen API version.

/** Which requirement sets the running Excel supports (Office.context.requirements in Office). */
export interface Capabilities {
  isSetSupported(name: "ExcelApi", version: string): boolean;
}
