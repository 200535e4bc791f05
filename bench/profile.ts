// CPU profiling of one benchmark run in this process (V8's sampling profiler,
// the one `node --cpu-prof` uses), with every position mapped back to the
// TypeScript source through the source maps tsx registers, so that profiles
// name the real file and line. Saved as .cpuprofile for Chrome DevTools too.

import { Session } from "node:inspector/promises";
import { findSourceMap } from "node:module";
import type { CpuProfile } from "./profileSummary";

/** Starts the profiler; the returned function stops it and gives the source-mapped profile. */
export async function startProfile(): Promise<() => Promise<CpuProfile>> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    return mapToSource(profile as unknown as CpuProfile);
  };
}

/** The profile with each call frame's line and column in the original source (where a source map knows it). */
export function mapToSource(profile: CpuProfile): CpuProfile {
  for (const node of profile.nodes) {
    const frame = node.callFrame;
    if (!frame.url.startsWith("file://")) continue;
    const entry = findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (!entry || !("originalLine" in entry)) continue;
    frame.lineNumber = entry.originalLine;
    frame.columnNumber = entry.originalColumn;
  }
  return profile;
}
