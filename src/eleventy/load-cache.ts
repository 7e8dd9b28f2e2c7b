// Production builds keep what loading each Markdown file gave (its page and
// front matter, its warnings or errors, its reading time) in .cache/, as the
// dev server keeps it in memory: a file whose text is unchanged (its hash: a
// fresh checkout, as in CI, gives every file a new time) is not parsed,
// validated or counted again. The salt (Folio's code
// and the working folder, which messages name files from) is in the file;
// another salt means an empty cache. One file per content folder.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LoadCacheEntry } from "../content/load.ts";
import { sha1 } from "../content/sha1.ts";
import { markUsed, removeUnused, writeCacheFile } from "./cache-folders.ts";

// Front matter may hold dates (`updated:`), which JSON would turn into strings.
const DATE = "\u0000date";

/** A LoadCache that counts its changes, so an unchanged one is not written again. */
class CountingMap extends Map<string, LoadCacheEntry> {
  changes = 0;
  override set(key: string, value: LoadCacheEntry): this {
    this.changes++;
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.changes++;
    return super.delete(key);
  }
}

export class StoredLoadCache {
  readonly entries = new CountingMap();
  private readonly file: string;

  constructor(cacheDir: string, contentDir: string, private readonly salt: string) {
    this.file = path.join(cacheDir, `load-${sha1(path.resolve(contentDir)).slice(0, 16)}.json`);
    markUsed(this.file);
    let stored: { salt?: string; entries?: [string, unknown][] } = {};
    try {
      stored = JSON.parse(readFileSync(this.file, "utf8"), (_, v: unknown) => revive(v)) as typeof stored;
    } catch {
      // Missing or damaged: start empty.
    }
    if (stored.salt === salt) for (const [rel, entry] of stored.entries ?? []) this.entries.set(rel, entry as LoadCacheEntry);
    // What was read is no change.
    this.entries.changes = 0;
  }

  /**
   * After loading (before anything else touches the pages): writes the
   * entries when a file was loaded anew or is gone. A page carries its
   * reading time, not its body (loadSource).
   */
  save(): void {
    if (this.entries.changes > 0) {
      const entries = [...this.entries];
      const text = JSON.stringify({ salt: this.salt, entries }, function (this: Record<string, unknown>, key, v: unknown) {
        const raw = this[key];
        return raw instanceof Date ? { [DATE]: Number.isNaN(raw.getTime()) ? null : raw.getTime() } : v;
      });
      // A cache that cannot be written (a full disk, say) costs the next build time, not this build.
      writeCacheFile(path.dirname(this.file), this.file, text);
      this.entries.changes = 0;
    }
    removeUnused(path.dirname(this.file), "load-", this.file);
  }
}

function revive(v: unknown): unknown {
  if (v === null || typeof v !== "object" || !(DATE in v)) return v;
  const time = (v as Record<string, number | null>)[DATE];
  return new Date(time ?? Number.NaN);
}
