// A content-addressed cache for build-time rendering (Shiki, KaTeX), kept on
// disk in .cache/ between builds. The key of every entry is a hash of its
// input and of a salt naming everything else the output depends on (package
// versions, themes, options), and the file name carries the salt's hash too:
// upgrading Shiki or changing a theme starts a fresh file, never serves stale
// HTML. Only entries used by the current build are written back, so the file
// tracks the content instead of growing forever. Deleting .cache/ is safe.
// The file is read on first use: a build whose pages all come from the body
// cache (src/eleventy/body-cache.ts) never reads it.
import { sha1 } from "../content/sha1.ts";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { removeQuietly } from "../eleventy/cache-folders.ts";

export class RenderCache {
  private readonly stored = new Map<string, string>();
  private readonly used = new Map<string, string>();
  private added = 0;
  /** Keys read or written since watch() (see BodyCache: a page served from it keeps its entries here). */
  private watched?: string[];
  /** Whether `stored` holds the file's entries yet; touch() before that is kept in `touched`. */
  private loaded = false;
  private touched: string[] = [];
  readonly file: string | undefined;

  /** dir undefined: an in-memory cache for this process only. */
  constructor(
    private readonly dir: string | undefined,
    private readonly namespace: string,
    readonly salt: string,
  ) {
    this.file = dir ? path.join(dir, `${namespace}-${sha1(salt).slice(0, 16)}.json`) : undefined;
  }

  key(input: string): string {
    return sha1(`${this.salt}\0${input}`);
  }

  get(input: string): string | undefined {
    if (!this.loaded) this.readStored(readText(this.file));
    const k = this.key(input);
    const hit = this.used.get(k) ?? this.stored.get(k);
    if (hit !== undefined) {
      this.used.set(k, hit);
      this.watched?.push(k);
    }
    return hit;
  }

  set(input: string, output: string): void {
    const k = this.key(input);
    this.used.set(k, output);
    this.watched?.push(k);
    this.added++;
  }

  /** Starts noting the keys used; the returned function stops and gives them. */
  watch(): () => string[] {
    const keys: string[] = [];
    this.watched = keys;
    return () => {
      if (this.watched === keys) this.watched = undefined;
      return keys;
    };
  }

  /** Marks entries as used by this build (their page was not rendered again), so save() keeps them. */
  touch(keys: readonly string[]): void {
    if (!this.loaded) {
      this.touched.push(...keys);
      return;
    }
    for (const k of keys) {
      const hit = this.used.get(k) ?? this.stored.get(k);
      if (hit !== undefined) this.used.set(k, hit);
    }
  }

  /** Reads the cache file of this salt now (else it is read on first use); a damaged file counts as empty. */
  async load(): Promise<void> {
    if (!this.loaded) this.readStored(this.file ? await readFile(this.file, "utf8").catch(() => undefined) : undefined);
  }

  private readStored(text: string | undefined): void {
    this.loaded = true;
    try {
      const entries = JSON.parse(text ?? "{}") as Record<string, string>;
      for (const [k, v] of Object.entries(entries)) this.stored.set(k, v);
    } catch {
      // Unreadable: start empty.
    }
    const touched = this.touched;
    this.touched = [];
    this.touch(touched);
  }

  /** Writes what this build used, when it added or dropped anything or there is no file yet; removes files of other salts. */
  async save(): Promise<void> {
    if (!this.file || !this.dir) return;
    // Nothing read and nothing new: the file stays as it is (entries of pages deleted since
    // are dropped by the next build that reads it). A site without code still gets its
    // (empty) file: the scan stamps kept beside it count only when it is there.
    const missing = !existsSync(this.file);
    if (!this.loaded && this.added === 0 && !missing) {
      this.touched = [];
      return;
    }
    await this.load();
    const changed = missing || this.added > 0 || this.used.size !== this.stored.size;
    if (changed) {
      await mkdir(this.dir, { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      try {
        await writeJsonObject(tmp, this.used);
        await rename(tmp, this.file);
      } catch (error) {
        // A full disk mid-write: no half file is left behind (it can be hundreds of megabytes).
        removeQuietly(tmp);
        throw error;
      }
      const mine = path.basename(this.file);
      const stale = (await readdir(this.dir)).filter(
        // Other salts' files and what is kept beside them (the scan stamps, prehighlight-plan.ts);
        // not other builds' files being written (.tmp).
        (f) => f.startsWith(`${this.namespace}-`) && !f.startsWith(mine) && !f.endsWith(".tmp"),
      );
      await Promise.all(stale.map((f) => rm(path.join(this.dir!, f), { force: true })));
    }
    this.stored.clear();
    for (const [k, v] of this.used) this.stored.set(k, v);
    this.used.clear();
    this.added = 0;
  }
}

/**
 * The map as one JSON object, written a megabyte at a time: as a single
 * string (and its UTF-8 copy) the Shiki cache of a 10,000-section site added
 * 400 MB to the build's peak memory while it was saved.
 */
async function writeJsonObject(file: string, entries: ReadonlyMap<string, string>): Promise<void> {
  const handle = await open(file, "w");
  try {
    let chunk = "{";
    let first = true;
    for (const [k, v] of entries) {
      chunk += `${first ? "" : ","}${JSON.stringify(k)}:${JSON.stringify(v)}`;
      first = false;
      if (chunk.length >= CHUNK_CHARS) {
        await handle.write(chunk);
        chunk = "";
      }
    }
    await handle.write(`${chunk}}`);
  } finally {
    await handle.close();
  }
}

const CHUNK_CHARS = 1 << 20;

function readText(file: string | undefined): string | undefined {
  try {
    return file ? readFileSync(file, "utf8") : undefined;
  } catch {
    return undefined;
  }
}

