// Production builds keep each page's rendered body in .cache/, with what
// rendering it told the rest of the build: the links and heading ids the
// site-wide checks need, its warnings, and the code and maths cache entries
// it used. A page whose Markdown is unchanged is then not rendered again; its
// records are replayed instead, so the checks, the warnings and the caches
// come out exactly as if it had been (most of a warm build was Markdown).
//
// A body depends only on its page's Markdown, where the page is (links are
// resolved from its path; messages name its file and lines), the path prefix,
// and the code: all of that is in the key or the salt (see codeVersion), so
// nothing stale is ever served. Pages with errors are not kept. One small
// file per page: its first line (the facts) is read when the page renders,
// the body only when the page is laid out (and again for the print page);
// entries no build used are removed at the end of a successful build, and
// `rm -rf .cache` is safe.
// Each content folder has its own cache folder, so builds of other sites
// (tests build many at once) never remove what this one will read back.
import { closeSync, openSync, readdirSync, readFileSync, readSync, rmSync } from "node:fs";
import path from "node:path";
import type { TocEntry } from "../../layouts/context.ts";
import type { Collector, LinkRef } from "../checks/collector.ts";
import { SetupError, type Diagnostic, type WarningLog } from "../checks/diagnostics.ts";
import { shownPath } from "../checks/shown-path.ts";
import { sha1 } from "../content/sha1.ts";
import type { SourcePage } from "../content/types.ts";
import type { RenderCache } from "../markdown/render-cache.ts";
import { resourcesIn, type CitedResource } from "../publish/collector.ts";
import { markUsed, removeUnused, writeCacheFile } from "./cache-folders.ts";
import { extractToc, hasMath } from "./page-facts.ts";

/**
 * A rendered body and the facts the layout reads from it. The HTML is read
 * from the cache when asked for: Eleventy renders every page's Markdown
 * before it lays out the first page, so bodies held in memory were all held
 * at once (600 MB at 10,000 sections).
 */
export interface RenderedBody {
  html(): string;
  /** Whether html() reads the cache (and can again, for the print page; see collector.ts). */
  stored: boolean;
  toc: TocEntry[];
  hasMath: boolean;
  /** The resources its panels cite (for the handbook's resource index). */
  resources: CitedResource[];
}

/** What an entry's first line holds; the body HTML follows it, as is. */
interface Facts {
  toc: TocEntry[];
  hasMath: boolean;
  resources: CitedResource[];
  links: LinkRef[];
  ids: string[];
  warnings: Diagnostic[];
  /** Keys of the code and maths render caches this body used. */
  code: string[];
  math: string[];
}

export interface BodyCacheDeps {
  collector: Collector;
  warnings: WarningLog;
  code: RenderCache;
  math: RenderCache;
}

export class BodyCache {
  private readonly dir: string;
  private readonly used = new Set<string>();
  private added = 0;

  /** salt: everything a body depends on besides its page (code version, caches' salts, path prefix). */
  constructor(
    private readonly cacheDir: string,
    contentDir: string,
    salt: string,
    private readonly deps: BodyCacheDeps,
  ) {
    this.dir = path.join(cacheDir, `bodies-${sha1(path.resolve(contentDir)).slice(0, 8)}-${sha1(salt).slice(0, 16)}`);
    markUsed(this.dir);
  }

  /** The page's body: from the cache when its Markdown is unchanged, else `render()` and keep it. */
  body(page: SourcePage, markdown: string, render: () => string): RenderedBody {
    const key = sha1(`${page.relPath}\0${page.displayPath}\0${page.bodyLine}\0${markdown}`);
    this.used.add(key);
    const file = path.join(this.dir, `${key}.json`);
    const cached = readFacts(file);
    if (cached) {
      this.replay(page, cached);
      return { ...storedBody(file), toc: cached.toc, hasMath: cached.hasMath, resources: cached.resources };
    }
    const { collector, warnings, code, math } = this.deps;
    const [errorsBefore, warningsBefore] = [collector.errorCount, warnings.size];
    const [codeKeys, mathKeys] = [code.watch(), math.watch()];
    const html = render();
    const facts: Facts = {
      toc: extractToc(html), hasMath: hasMath(html), resources: page.kind === "section" ? resourcesIn(html) : [],
      ...collector.pageRecords(page.relPath),
      warnings: warnings.since(warningsBefore),
      code: codeKeys(), math: mathKeys(),
    };
    // A page with errors fails the build; it is rendered again next time.
    const kept = collector.errorCount > errorsBefore ? undefined : this.store(file, facts, html);
    if (!kept) return { ...bodyInMemory(html), toc: facts.toc, hasMath: facts.hasMath, resources: facts.resources };
    // The facts as written, not as found: the table of contents and the
    // resources are substrings of the body, and V8 keeps a string alive for as
    // long as any substring of it lives.
    return { ...storedBody(file), toc: kept.toc, hasMath: kept.hasMath, resources: kept.resources };
  }

  /**
   * After a build that succeeded and wrote its print pages: entries this build
   * did not use go. Folders of other salts (an older Folio, another path
   * prefix) or other content folders go once unused for a day (a build
   * running now reads its bodies back at its end; see cache-folders.ts).
   */
  prune(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    if (this.added > 0 || names.length !== this.used.size) {
      // Only entries: a `.tmp` file may be another build's entry being written now.
      for (const name of names) {
        if (name.endsWith(".json") && !this.used.has(name.slice(0, -".json".length))) rmSync(path.join(this.dir, name), { force: true });
      }
    }
    removeUnused(this.cacheDir, "bodies-", this.dir);
    this.used.clear();
    this.added = 0;
  }

  private replay(page: SourcePage, entry: Facts): void {
    const { collector, warnings, code, math } = this.deps;
    for (const link of entry.links) collector.link(link);
    collector.addIds(page.relPath, entry.ids);
    for (const w of entry.warnings) warnings.warn(w);
    code.touch(entry.code);
    math.touch(entry.math);
  }

  /**
   * Keeps an entry and gives its facts back as read from what was written;
   * undefined when it could not be written (a full disk, say): the page is
   * then simply not cached.
   */
  private store(file: string, facts: Facts, html: string): Facts | undefined {
    const json = JSON.stringify(facts);
    return writeCacheFile(this.cacheDir, file, `${json}\n${html}`, this.added++ === 0) ? (JSON.parse(json) as Facts) : undefined;
  }
}

// The two kinds of html(), made outside body(): a closure keeps every variable
// of its function that any closure there uses, so a stored page's html() made
// in body() kept the rendered body alive for the whole build (82 MB at 1000
// sections, most of the cold build's heap at 10,000).
const storedBody = (file: string) => ({ html: () => readBody(file), stored: true });
const bodyInMemory = (html: string) => ({ html: () => html, stored: false });

/**
 * An entry's facts: JSON on its first line (JSON has no raw newline); the body
 * HTML follows. A missing or damaged entry counts as none.
 */
function readFacts(file: string): Facts | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    // Only as far as the first line: the body after it is read when its page is laid out.
    const chunks: Buffer[] = [];
    for (let at = 0; ; ) {
      const chunk = Buffer.allocUnsafe(FACTS_CHUNK);
      const got = readSync(fd, chunk, 0, FACTS_CHUNK, at);
      if (got === 0) return undefined;
      const end = chunk.subarray(0, got).indexOf(10);
      chunks.push(chunk.subarray(0, end < 0 ? got : end));
      if (end >= 0) return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Facts;
      at += got;
    }
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const FACTS_CHUNK = 16 * 1024;

/** The body of an entry written earlier in this build (without parsing its facts). */
function readBody(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "was removed during the build (by another build sharing .cache/?)" : `could not be read (${code})`;
    throw new SetupError(`the cached page body ${shownPath(file)} ${why}; build again.`, { cause: error });
  }
  return text.slice(text.indexOf("\n") + 1);
}
