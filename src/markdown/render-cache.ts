// A content-addressed cache for build-time rendering (Shiki, KaTeX), kept on
// disk in .cache/ between builds. The key of every entry is a hash of its
// input and of a salt naming everything else the output depends on (package
// versions, themes, options), and the file name carries the salt's hash too:
// upgrading Shiki or changing a theme starts a fresh file, never serves stale
// HTML. Only entries used by the current build are written back, so the file
// tracks the content instead of growing forever. Deleting .cache/ is safe.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export class RenderCache {
  private readonly stored = new Map<string, string>();
  private readonly used = new Map<string, string>();
  private added = 0;
  readonly file: string | undefined;

  /** dir undefined: an in-memory cache for this process only. */
  constructor(
    private readonly dir: string | undefined,
    private readonly namespace: string,
    private readonly salt: string,
  ) {
    this.file = dir ? path.join(dir, `${namespace}-${hash(salt).slice(0, 16)}.json`) : undefined;
  }

  key(input: string): string {
    return hash(`${this.salt}\0${input}`);
  }

  get(input: string): string | undefined {
    const k = this.key(input);
    const hit = this.used.get(k) ?? this.stored.get(k);
    if (hit !== undefined) this.used.set(k, hit);
    return hit;
  }

  set(input: string, output: string): void {
    this.used.set(this.key(input), output);
    this.added++;
  }

  /** Reads the cache file of this salt, if there is one; a damaged file counts as empty. */
  async load(): Promise<void> {
    if (!this.file) return;
    try {
      const entries = JSON.parse(await readFile(this.file, "utf8")) as Record<string, string>;
      for (const [k, v] of Object.entries(entries)) this.stored.set(k, v);
    } catch {
      // Missing or unreadable: start empty.
    }
  }

  /** Writes what this build used, when it added or dropped anything; removes files of other salts. */
  async save(): Promise<void> {
    if (!this.file || !this.dir) return;
    const changed = this.added > 0 || this.used.size !== this.stored.size;
    if (changed) {
      await mkdir(this.dir, { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(Object.fromEntries(this.used)));
      await rename(tmp, this.file);
      const stale = (await readdir(this.dir)).filter(
        (f) => f.startsWith(`${this.namespace}-`) && f.endsWith(".json") && path.join(this.dir!, f) !== this.file,
      );
      await Promise.all(stale.map((f) => rm(path.join(this.dir!, f), { force: true })));
    }
    this.stored.clear();
    for (const [k, v] of this.used) this.stored.set(k, v);
    this.used.clear();
    this.added = 0;
  }
}

function hash(s: string): string {
  return createHash("sha1").update(s).digest("hex");
}
