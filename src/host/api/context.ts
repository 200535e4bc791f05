// The request context of one Excel.run batch: the queue of pending operations
// and `sync()`, which measures the request (UTF-8 bytes of the JSON of the
// queued operations, values included, plus Office.js's framing of each),
// refuses it whole when it passes 5 MB,
// and otherwise runs the operations in order against the model. An error
// stops the sync where it happens (earlier operations stay applied, as in
// Excel) and no loaded value of that sync is delivered.

import { OfficeApiError } from "../errors";
import type { WorkbookModel } from "../model/workbookModel";
import { WorkbookProxy } from "./workbook";

/** Excel on the web's limit for one request. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * What Office.js adds to each queued operation beyond our short description of it:
 * an object path or action with its numeric ids and type fields. 90 bytes keeps the
 * measured request within about 10 % below what Office.js sends for the same batch
 * (test/excel/requestSize.test.ts compares them through bench/officeJsRequests.ts).
 */
const OPERATION_FRAMING_BYTES = 90;

export interface HostStats {
  syncs: number;
  requests: number;
  largestPayloadBytes: number;
}

/** What a context needs from the workbook it runs against. */
export interface HostEnv {
  readonly model: WorkbookModel;
  /** Highest supported ExcelApi version, as numbers, e.g. [1, 17]. */
  readonly apiVersion: number[];
  readonly stats: HostStats;
  notifyChange(): void;
}

/** The state of one sync while its operations run. */
export interface Exec {
  readonly model: WorkbookModel;
  /** Run after every operation succeeded: hands loaded values to the proxies. */
  readonly commits: (() => void)[];
  /** Set when an operation may have changed the workbook. */
  changed: boolean;
  /** Throws ApiNotFound when `version` is above the host's ExcelApi version. */
  requireApi(version: string, what: string): void;
}

export interface Op {
  /** JSON-serialisable description (what Office.js would send). */
  desc: unknown;
  run(exec: Exec): void;
}

export function parseVersion(v: string): number[] {
  return v.split(".").map((p) => Number(p));
}

export function versionAtMost(v: number[], max: number[]): boolean {
  for (let i = 0; i < Math.max(v.length, max.length); i++) {
    const a = v[i] ?? 0;
    const b = max[i] ?? 0;
    if (a !== b) return a < b;
  }
  return true;
}

/** UTF-8 length of a string without allocating the encoded bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class HostContext {
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = { add: (_o: unknown): void => {}, remove: (_o: unknown): void => {} };
  /** Syncs made through this context (host only). */
  syncCount = 0;
  private queue: Op[] = [];
  private closed = false;
  private ids = 0;

  constructor(readonly host: HostEnv) {
    this.workbook = new WorkbookProxy(this);
  }

  _nextId(): number {
    return ++this.ids;
  }

  _enqueue(op: Op): void {
    if (this.closed) {
      throw new OfficeApiError("InvalidObjectPath", "The object path isn't working for what you're trying to do: this object belongs to an Excel.run batch that has finished.", "RequestContext");
    }
    this.queue.push(op);
  }

  get _hasPending(): boolean {
    return this.queue.length > 0;
  }

  _close(): void {
    this.closed = true;
    this.queue = [];
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    this.syncCount++;
    const stats = this.host.stats;
    stats.syncs++;
    await Promise.resolve();
    if (ops.length === 0) return passThroughValue as T;
    stats.requests++;
    const bytes = utf8Length(JSON.stringify(ops.map((op) => op.desc))) + ops.length * OPERATION_FRAMING_BYTES;
    stats.largestPayloadBytes = Math.max(stats.largestPayloadBytes, bytes);
    if (bytes > REQUEST_LIMIT_BYTES) {
      throw new OfficeApiError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload is ${bytes} bytes; Excel accepts at most ${REQUEST_LIMIT_BYTES} bytes (5 MB) per sync. Nothing of it was applied; split the writes over several syncs.`,
        "RequestContext.sync",
      );
    }
    const { model, apiVersion } = this.host;
    const exec: Exec = {
      model,
      commits: [],
      changed: false,
      requireApi(version, what) {
        if (!versionAtMost(parseVersion(version), apiVersion)) {
          throw new OfficeApiError("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel supports ExcelApi ${apiVersion.join(".")}. Check Office.context.requirements.isSetSupported("ExcelApi", "${version}") first.`, what);
        }
      },
    };
    try {
      for (const op of ops) op.run(exec);
    } finally {
      if (exec.changed) this.host.notifyChange();
    }
    for (const commit of exec.commits) commit();
    return passThroughValue as T;
  }
}
