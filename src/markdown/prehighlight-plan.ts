// Which Markdown files the prehighlight workers need to read. After a build,
// the size and modification time of every file is kept beside the code cache;
// a file that still has both had all its blocks coloured then, so a build with
// no edits starts no worker at all, and one with a few edits reads only those
// files. (A fresh checkout gives every file a new time: its first build scans
// them all and finds their blocks in the cache.) This is only a hint: a block
// missing from the cache is always coloured while its page renders.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { listMarkdownFiles } from "../content/list-files.ts";
import { writeCacheFile } from "../eleventy/cache-folders.ts";

type Stamp = [mtimeMs: number, size: number];

export interface ScanPlan {
  /** Where the stamps are kept (beside the code cache); undefined without a disk cache. */
  file?: string;
  /** Every Markdown file now. */
  stamps: Record<string, Stamp>;
  /** Files new or changed since the stamps were written (all of them without stamps). */
  changed: string[];
  changedBytes: number;
}

export async function planScan(contentDir: string, cacheFile: string | undefined): Promise<ScanPlan> {
  const file = cacheFile && `${cacheFile}.stamps`;
  // Stamps without their cache (deleted, or from another Shiki or theme) say nothing.
  const before = file && existsSync(cacheFile) ? readStamps(file) : {};
  const stamps: Record<string, Stamp> = {};
  const changed: string[] = [];
  let changedBytes = 0;
  for (const rel of await listMarkdownFiles(contentDir)) {
    const { mtimeMs, size } = statSync(path.join(contentDir, rel));
    stamps[rel] = [mtimeMs, size];
    const old = before[rel];
    if (!old || old[0] !== mtimeMs || old[1] !== size) {
      changed.push(rel);
      changedBytes += size;
    }
  }
  return { file, stamps, changed, changedBytes };
}

/** After a build whose blocks are all in the saved cache (beside it, in the cache folder). */
export function saveStamps(plan: ScanPlan): void {
  if (plan.file) writeCacheFile(path.dirname(plan.file), plan.file, JSON.stringify(plan.stamps));
}

function readStamps(file: string): Record<string, Stamp> {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, Stamp>;
  } catch {
    return {};
  }
}
