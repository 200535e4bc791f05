// Measuring one command run on the in-memory Excel: wall and CPU time, every
// sync with the size of the request it carried, and peak memory. Resident set
// size is sampled every few milliseconds by a worker thread (process-wide, so
// it sees peaks during long synchronous stretches of the main thread); the main
// thread's heap is sampled at every sync and on a timer between them.

import { Worker } from "node:worker_threads";
import type { ExcelRunner } from "../src/excel/api";
import type { MemoryWorkbook } from "../src/host";

export interface SyncRecord {
  /** Whether the sync carried a request (queued operations). */
  request: boolean;
  /** UTF-8 bytes of the request's JSON, as the host measures it against the 5 MB limit. */
  bytes: number;
}

export interface RunMeasurement {
  wallMs: number;
  /** User + system CPU time of the process (all its threads) during the run. */
  cpuMs: number;
  syncs: number;
  /** Syncs after the first (the command's one read) that carried a request: the writes. */
  writeRequests: number;
  /** The largest write request, in bytes. */
  largestWriteBytes: number;
  /** The read request (the first sync), in bytes. */
  readRequestBytes: number;
  peakRssBytes: number;
  peakHeapBytes: number;
  /** Resident set size and heap just before the run (after a GC). */
  startRssBytes: number;
  startHeapBytes: number;
}

const SAMPLER_SOURCE = `
const { workerData } = require("node:worker_threads");
const peak = new Int32Array(workerData.buffer);
setInterval(() => {
  const kib = Math.round(process.memoryUsage.rss() / 1024);
  if (kib > Atomics.load(peak, 0)) Atomics.store(peak, 0, kib);
}, workerData.intervalMs);
`;

/** Samples the process's resident set size from a worker thread; `peak()` since the last `reset()`. */
export class RssSampler {
  private readonly peakKib = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;

  constructor(intervalMs = 2) {
    this.worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: { buffer: this.peakKib.buffer, intervalMs } });
    this.worker.unref();
  }

  reset(): void {
    Atomics.store(this.peakKib, 0, Math.round(process.memoryUsage.rss() / 1024));
  }

  peak(): number {
    return Math.max(Atomics.load(this.peakKib, 0) * 1024, process.memoryUsage.rss());
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Runs a full garbage collection when the process was started with --expose-gc. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

/** The host's runner, recording every sync of the batches it runs (and sampling the heap there). */
function instrumentedRunner(wb: MemoryWorkbook, records: SyncRecord[], onSync: () => void): ExcelRunner {
  return (batch) =>
    wb.run((context) => {
      const sync = context.sync.bind(context);
      context.sync = (async <T>(passThroughValue?: T) => {
        const before = { requests: wb.stats.requests, largest: wb.stats.largestPayloadBytes };
        wb.stats.largestPayloadBytes = 0;
        onSync();
        try {
          return await sync(passThroughValue);
        } finally {
          records.push({ request: wb.stats.requests > before.requests, bytes: wb.stats.largestPayloadBytes });
          wb.stats.largestPayloadBytes = Math.max(before.largest, wb.stats.largestPayloadBytes);
          onSync();
        }
      }) as typeof context.sync;
      return batch(context);
    });
}

/** Runs `command` once on `wb` and measures it. */
export async function measureRun<T>(wb: MemoryWorkbook, rss: RssSampler, command: (run: ExcelRunner) => Promise<T>): Promise<{ result: T; measurement: RunMeasurement }> {
  collectGarbage();
  const records: SyncRecord[] = [];
  const start = process.memoryUsage();
  let peakHeap = start.heapUsed;
  const sampleHeap = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const run = instrumentedRunner(wb, records, sampleHeap);
  const timer = setInterval(sampleHeap, 5);
  rss.reset();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let result: T;
  try {
    result = await command(run);
  } finally {
    clearInterval(timer);
  }
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  sampleHeap();
  const writes = records.slice(1).filter((r) => r.request);
  return {
    result,
    measurement: {
      wallMs,
      cpuMs: (used.user + used.system) / 1000,
      syncs: records.length,
      writeRequests: writes.length,
      largestWriteBytes: Math.max(0, ...writes.map((r) => r.bytes)),
      readRequestBytes: records[0]?.bytes ?? 0,
      peakRssBytes: rss.peak(),
      peakHeapBytes: peakHeap,
      startRssBytes: start.rss,
      startHeapBytes: start.heapUsed,
    },
  };
}
