// The command line's file handling: reading an input workbook with a clear
// reason when it is missing or no .xlsx, remembering its content (a SHA-256)
// so that a change by someone else is noticed, and saving crash-safely and one
// writer at a time: a lock file beside the target (fileLock.ts), a temporary
// file in the same folder, fsync, the content check immediately before the
// rename, the rename. A run killed mid-save leaves the old file or the new one;
// the next run takes over the lock and removes the temporary file it left.

import { createHash } from "node:crypto";
import { promises as fs, constants as fsConstants } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { fileText } from "../i18n/cli";
import { packageProblem, quickDiagnosis } from "./diagnose";
import { alive, lockPath, obsoleteGuard, takeLock } from "./fileLock";
import { CliFailure, errorCode, errorDetail, fail } from "./say";

/** What a file looked like when it was read, to notice a change before writing over it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  mode: number;
  /** SHA-256 of the content, hex. */
  sha256: string;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export interface ReadFile {
  bytes: Buffer;
  stamp: FileStamp;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: old .xls files and password-protected (encrypted) .xlsx files. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const MACRO_CONTENT_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/** Whether anything exists at `filePath`; messages name it as `shown`. */
export async function exists(filePath: string, shown = filePath): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch (err) {
    if (errorCode(err) === "ENOENT") return false;
    throw fail(fileText.noAccess, { file: shown, detail: errorDetail(err) });
  }
}

/** Whether `name` ends in `.ext` (any letter case). */
export function hasExtension(name: string, ext: string): boolean {
  return path.extname(name).toLowerCase() === `.${ext}`;
}

/**
 * Refuses, with the reason, bytes that are no .xlsx workbook: not a zip, an old
 * .xls or an encrypted file, a zip without a workbook part, or a macro workbook.
 */
export async function assertXlsx(bytes: Buffer, file: string): Promise<void> {
  if (bytes.length === 0) throw fail(fileText.empty, { file });
  if (bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) throw fail(fileText.protectedOrOld, { file });
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) throw fail(fileText.notXlsx, { file });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw fail(fileText.damagedZip, { file });
  }
  const types = zip.file("[Content_Types].xml");
  const workbook = (await zip.file("xl/workbook.xml")?.async("string").catch(() => null)) ?? null;
  const quick = quickDiagnosis(bytes, zip, workbook);
  if (quick) throw fail(quick.reason, { file, part: quick.part ?? "" });
  if (!types || workbook === null) throw fail(fileText.notXlsx, { file });
  if ((await types.async("string")).includes(MACRO_CONTENT_TYPE)) throw fail(fileText.macroEnabled, { file });
  const missing = await packageProblem(zip);
  if (missing) throw fail(missing.reason, { file, part: missing.part ?? "" });
}

/**
 * Reads an input workbook, refusing (exit 2) a missing file, a folder or anything but .xlsx.
 * Messages name the file as `shown` (as the user typed it), which defaults to `filePath`.
 */
export async function readInput(filePath: string, shown = filePath): Promise<ReadFile> {
  const file = shown;
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (err) {
    if (errorCode(err) === "ENOENT" || errorCode(err) === "ENOTDIR") throw fail(fileText.notFound, { file });
    throw fail(fileText.noAccess, { file, detail: errorDetail(err) });
  }
  if (stat.isDirectory()) throw fail(fileText.isDirectory, { file });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (err) {
    throw fail(fileText.noAccess, { file, detail: errorDetail(err) });
  }
  await assertXlsx(bytes, file);
  return { bytes, stamp: { size: stat.size, mtimeMs: stat.mtimeMs, mode: stat.mode, sha256: sha256(bytes) } };
}

/**
 * Refuses to go on when `file` no longer holds what was read (by content, not only by
 * time and size), or appeared since (when `stamp` is null).
 */
async function assertUnchanged(file: string, stamp: FileStamp | null, shown: string): Promise<void> {
  let now: Buffer;
  try {
    now = await fs.readFile(file);
  } catch (err) {
    if (errorCode(err) === "ENOENT" && stamp === null) return;
    throw fail(fileText.changedMeanwhile, { file: shown });
  }
  if (!stamp || now.length !== stamp.size || sha256(now) !== stamp.sha256) throw fail(fileText.changedMeanwhile, { file: shown });
}

/** Removes the temporary files, the lock and the guards a killed run left beside `file` (the commands that write call it first). */
export async function removeLeftovers(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  const at = lockPath(file);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    // temporary files (and lock contents not yet linked into place) name their run's pid; so did locks before guards
    const m = /^(?:(\d+)\.[0-9a-z]+\.tmp|radsplan-lock\.(\d+))$/.exec(name.slice(prefix.length));
    const pid = m ? Number(m[1] ?? m[2]) : 0;
    if ((pid && !alive(pid)) || (await obsoleteGuard(dir, name, at))) await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

/** Refuses (exit 2) to write a new file over one that exists, unless `replace` (--replace) allows it. */
export async function assertNew(file: string, shown: string, replace: boolean): Promise<void> {
  if (replace) return;
  const there = await fs.lstat(file).then(
    () => true,
    (err: unknown) => errorCode(err) !== "ENOENT",
  );
  if (there) throw fail(fileText.outExists, { file: shown });
}

/** The file a path names, through symbolic links; a path that names no file yet, in its folder's real place. */
export async function realFile(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** Takes the lock beside `file` (fileLock.ts), or refuses: another run is saving it. Returns the release function. */
async function lock(file: string, shown: string): Promise<() => Promise<void>> {
  const taken = await takeLock(file);
  if ("release" in taken) return taken.release;
  if ("busy" in taken) throw fail(fileText.busy, { file: shown, pid: taken.busy ?? "?" });
  throw fail(fileText.writeFailed, { file: shown, detail: errorDetail(taken.error) });
}

/** Flushes a directory entry to disk where the platform allows it (not on Windows). */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, fsConstants.O_RDONLY);
    await handle.sync();
  } catch {
    // Directories cannot be opened or synced on some platforms; the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export interface WriteOptions {
  /**
   * The target as it was read: the write is refused when it changed since. `null`
   * means it did not exist and must still not; undefined means "overwrite whatever is there".
   */
  expect?: FileStamp | null;
  /** Permission bits for the new file (defaults to those of the file replaced, else 0o666 less umask). */
  mode?: number;
  /** How messages name the file (as the user typed it); defaults to the path. */
  shown?: string;
}

/**
 * Writes `data` to `file` so that a crash at any moment leaves either the old file or
 * the complete new one: a temporary file in the same folder, fsync, rename, fsync the folder.
 */
export async function writeAtomic(file: string, data: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const shown = options.shown ?? file;
  // through a symbolic link: the file it points at is replaced (and locked), the link stays
  const target = await realFile(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  await removeLeftovers(target);
  const unlock = await lock(target, shown);
  try {
    const mode = options.mode ?? options.expect?.mode;
    let handle;
    try {
      handle = await fs.open(temp, "wx", mode === undefined ? 0o666 : mode & 0o777);
      await handle.writeFile(data);
      await handle.sync();
      await handle.close();
      handle = undefined;
    } catch (err) {
      await handle?.close().catch(() => undefined);
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw fail(fileText.writeFailed, { file: shown, detail: errorDetail(err) });
    }
    try {
      // the last look before the rename: a file someone else saved since it was read is not overwritten
      if (options.expect !== undefined) await assertUnchanged(target, options.expect, shown);
      await fs.rename(temp, target);
    } catch (err) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw err instanceof CliFailure ? err : fail(fileText.writeFailed, { file: shown, detail: errorDetail(err) });
    }
    await syncDirectory(dir);
  } finally {
    await unlock();
  }
}
