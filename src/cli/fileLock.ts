// One writer at a time: the lock a command takes beside the file it saves
// (".plan.xlsx.radsplan-lock"), and the way a lock left by a killed run is
// taken over without two runs ever holding it at once.
//
// A lock holds "<pid> <nonce>", written under a name of its own first and then
// linked into place, so it never exists half-written; the nonce makes every
// lock's content unique for ever. A lock whose process is gone is removed only
// by the run that holds its guard, a second lock named after that content
// (".plan.xlsx.radsplan-lock.g<hash>") and taken the same way. Two runs that
// both find the same stale lock compete for its guard; the one that gets it
// removes the stale lock (nobody else can, and its content can never come
// back), the other starts over and finds the winner's live lock. A guard whose
// run was killed is itself stale and is taken over through a guard of its own.

import { createHash, randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { errorCode } from "./say";

/** Why the lock could not be taken: another live run holds it, or the file system refused. */
export type LockRefusal = { busy: number | null } | { error: unknown };

/** Whether process `pid` is alive on this machine. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === "EPERM";
  }
}

/** The lock beside `file`. */
export const lockPath = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.radsplan-lock`);

/** The guard of a lock (or of a guard) with this content. */
const guardPath = (of: string, content: string) => `${of}.g${createHash("sha256").update(content).digest("hex").slice(0, 12)}`;

/** How deep guards of guards go before a run gives up and reports the file busy (each level needs a run killed within microseconds). */
const MAX_DEPTH = 3;

const read = (p: string) => fs.readFile(p, "utf8").catch((err) => (errorCode(err) === "ENOENT" ? null : Promise.reject(err)));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The pid a lock's content names (0 when it names none). */
const holderOf = (content: string) => Number(content.trim().split(/\s+/)[0]) || 0;

/**
 * Takes the lock at `at` (linking `token`, a file holding `content`, into place),
 * taking over one whose process is gone. Resolves to null when taken.
 */
async function take(at: string, token: string, content: string, depth: number): Promise<LockRefusal | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.link(token, at);
      return null;
    } catch (err) {
      if (errorCode(err) !== "EEXIST") return { error: err };
    }
    let seen: string | null;
    try {
      seen = await read(at);
    } catch (err) {
      return { error: err };
    }
    if (seen === null) {
      // released meanwhile: try again (a lock that comes and goes this often is busy)
      if (attempt >= 50) return { busy: null };
      continue;
    }
    const holder = holderOf(seen);
    if (holder && alive(holder)) {
      // a guard is held only for the moment a takeover takes: wait for it; a lock's holder is saving: refuse
      if (depth > 0 && attempt < 50) {
        await pause(10);
        continue;
      }
      return { busy: holder };
    }
    if (depth >= MAX_DEPTH || attempt >= 50) return { busy: holder || null };
    const guard = guardPath(at, seen);
    const refused = await take(guard, token, content, depth + 1);
    if (refused) return refused;
    try {
      // holding the guard, nobody else can remove this stale lock, and its content can never come back
      if ((await read(at)) === seen) await fs.rm(at, { force: true });
    } catch (err) {
      return { error: err };
    } finally {
      await fs.rm(guard, { force: true }).catch(() => undefined);
    }
  }
}

/**
 * Takes the lock beside `file`. Resolves to the release function, or to why it
 * could not be taken.
 */
export async function takeLock(file: string): Promise<{ release: () => Promise<void> } | LockRefusal> {
  const at = lockPath(file);
  const content = `${process.pid} ${randomBytes(8).toString("hex")}\n`;
  const token = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(token, content, { flag: "wx" });
  } catch (err) {
    return { error: err };
  }
  try {
    const refused = await take(at, token, content, 0);
    if (refused) return refused;
  } finally {
    await fs.rm(token, { force: true }).catch(() => undefined);
  }
  return {
    release: async () => {
      // only our own lock (nobody removes a live run's lock, so it always is)
      if ((await read(at).catch(() => null)) === content) await fs.rm(at, { force: true }).catch(() => undefined);
    },
  };
}

/**
 * Whether `name` (in the folder of the lock `at`) is a guard nobody can need any
 * more: the lock or guard it was named after is gone for ever.
 */
export async function obsoleteGuard(dir: string, name: string, at: string): Promise<boolean> {
  const base = path.basename(at);
  if (!name.startsWith(`${base}.g`)) return false;
  const parent = name.slice(0, name.lastIndexOf("."));
  if (!/^(?:\.g[0-9a-f]{12})*$/.test(parent.slice(base.length)) || !/^g[0-9a-f]{12}$/.test(name.slice(parent.length + 1))) return false;
  const content = await read(path.join(dir, parent)).catch(() => undefined);
  if (content === undefined) return false;
  return content === null || guardPath(path.join(dir, parent), content) !== path.join(dir, name);
}
