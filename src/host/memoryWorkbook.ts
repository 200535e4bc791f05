// MemoryWorkbook: the in-memory Excel that the add-in's Office.js layer runs
// against in tests, the command line and the browser preview. `run` behaves
// like Excel.run (a fresh RequestContext per batch, a final sync of whatever
// is still queued, objects unusable afterwards); `capabilities` answers
// isSetSupported for the chosen ExcelApi version; `model` is a read-only
// view of the workbook for tests and the preview grid.

import type { Capabilities } from "../base/capabilities";
import { formatRect } from "./addresses";
import { OfficeApiError } from "./errors";
import { HostContext, parseVersion, versionAtMost, type HostEnv, type HostStats } from "./api/context";
import { WorkbookModel } from "./model/workbookModel";
import { readXlsx } from "./xlsx/readXlsx";
import { writeXlsx } from "./xlsx/writeXlsx";

export interface MemoryWorkbookOptions {
  /** Highest supported ExcelApi requirement set, e.g. "1.7" (volume-licensed Office 2019); default "1.17". */
  apiVersion?: string;
}

export class MemoryWorkbook {
  readonly model: WorkbookModel;
  readonly stats: HostStats = { syncs: 0, requests: 0, largestPayloadBytes: 0 };
  readonly capabilities: Capabilities;
  private readonly version: number[];
  private readonly listeners = new Set<() => void>();

  constructor(options: MemoryWorkbookOptions = {}, model?: WorkbookModel) {
    const apiVersion = options.apiVersion ?? "1.17";
    if (!/^1\.\d{1,2}$/.test(apiVersion)) throw new Error(`apiVersion must look like "1.9", not ${JSON.stringify(apiVersion)}`);
    this.version = parseVersion(apiVersion);
    this.capabilities = {
      isSetSupported: (name, version) => name === "ExcelApi" && /^\d+(\.\d+)*$/.test(version) && versionAtMost(parseVersion(version), this.version),
    };
    this.model = model ?? new WorkbookModel();
    if (this.model.sheets.length === 0) this.model.addSheet("Sheet1");
  }

  static async fromXlsx(data: ArrayBuffer | Uint8Array, options: MemoryWorkbookOptions = {}): Promise<MemoryWorkbook> {
    return new MemoryWorkbook(options, await readXlsx(data));
  }

  toXlsx(): Promise<Uint8Array> {
    return writeXlsx(this.model);
  }

  /** Runs one batch like Excel.run (the shape of excel/api's ExcelRunner). */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const env: HostEnv = { model: this.model, apiVersion: this.version, stats: this.stats, notifyChange: () => this.notify() };
    const context = new HostContext(env);
    try {
      const pending: unknown = batch(context as unknown as Excel.RequestContext);
      if (typeof (pending as Promise<T> | undefined)?.then !== "function") {
        throw new OfficeApiError("RunMustReturnPromise", "The batch function passed to Excel.run didn't return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.", "Excel.run");
      }
      const result = await (pending as Promise<T>);
      if (context._hasPending) await context.sync();
      return result;
    } finally {
      context._close();
    }
  };

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requests = 0;
    this.stats.largestPayloadBytes = 0;
  }

  /** The current selection (set by Range.select()) on the active sheet; null until something was selected. */
  get selection(): { sheet: string; address: string } | null {
    if (!this.model.hasSelection) return null;
    const sheet = this.model.activeSheet;
    return { sheet: sheet.name, address: formatRect(sheet.selection) };
  }

  /** Subscribes to model changes (called after each sync that changed something); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}
