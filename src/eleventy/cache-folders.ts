// Caches kept per content folder and per salt (body-cache.ts, load-cache.ts)
// leave files behind when a site moves or Folio changes. Such a file or
// folder goes once no build has used it for a day: one used a moment ago may
// belong to a build running now (tests build many sites at once), and each
// build marks what it uses when it starts. Cache files are written whole and
// renamed into place, and a cache that cannot be written is said once and
// costs only the next build's time (writeCacheFile, cacheNotWritten).
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { shownPath } from "../checks/shown-path.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Marks a cache file or folder as in use now (nothing happens if it is not there yet). */
export function markUsed(file: string): void {
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch {
    // Not there yet: writing it marks it.
  }
}

/** Removes the entries of cacheDir named `<prefix>…`, other than `keep`, that no build has used for a day. */
export function removeUnused(cacheDir: string, prefix: string, keep: string): void {
  const now = Date.now();
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(cacheDir, name);
    if (!name.startsWith(prefix) || file === keep) continue;
    // Another build may have removed it a moment ago.
    const used = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now;
    if (now - used > DAY_MS) rmSync(file, { recursive: true, force: true });
  }
}

/** Removes a half-written cache file, if it can: a cache that cannot be written is no reason to fail a build. */
export function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing could be written there in the first place (not a folder, no space, no permission).
  }
}

/** What to do when a file could not be written: a full disk needs space, anything else a writable folder. */
export function writeFix(code: string | undefined, folder: string): string {
  return code === "ENOSPC" ? "free some disk space" : `make ${folder} writable`;
}

let warned = false;

/**
 * Says once (per process) that the cache could not be written: the build goes on
 * (nothing it writes depends on the cache), only the next one is not faster.
 */
export function cacheNotWritten(cacheDir: string, error: unknown): void {
  if (warned) return;
  warned = true;
  const why = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  const fix = writeFix(why, "the cache folder");
  console.error(`Folio: could not write the build cache in ${shownPath(cacheDir)} (${why}); this build is fine, the next one will not be faster.` +
    `  (${fix}, or set FOLIO_CACHE_DIR=off)`);
}

/**
 * Writes a cache file whole, then renames it into place, so a build stopped
 * mid-write leaves no half file. False when it could not be written (a full
 * disk, say): that is said once, and this build carries on.
 */
export function writeCacheFile(cacheDir: string, file: string, text: string, makeFolder = true): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    if (makeFolder) mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    return true;
  } catch (error) {
    removeQuietly(tmp);
    cacheNotWritten(cacheDir, error);
    return false;
  }
}
