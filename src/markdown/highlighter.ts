// Build-time syntax highlighting: the render cache of coloured blocks in
// front of Shiki (shiki-colourer.ts). Shiki itself is created only when a
// block is not in the cache, so a build whose code is all cached never loads
// it. Big batches of uncached blocks are coloured before rendering, in
// worker threads (see prehighlight.ts); what those left is coloured here, one
// block at a time.
import { createRequire } from "node:module";
import type { EarlyStart } from "./prehighlight.ts";
import { saveStamps } from "./prehighlight-plan.ts";
import { RenderCache } from "./render-cache.ts";
import { DEFAULT_THEMES, isKnownLanguage, shikiColourer, type CodeThemes } from "./shiki-colourer.ts";

const require = createRequire(import.meta.url);

export interface CodeHighlighter {
  /** True when Shiki has a grammar for the language (loaded or not), or it is plain text. */
  isKnown(lang: string): boolean;
  /** HTML `<pre class="shiki">…</pre>`, from the cache or coloured now. */
  highlight(code: string, lang: string): string;
}

export interface HighlighterOptions {
  themes?: CodeThemes;
  /** Folder of the on-disk render cache (.cache); undefined keeps it in memory. */
  cacheDir?: string;
  /** Worker threads already colouring the content's uncached blocks, and their plan (see prehighlight.ts). */
  prehighlight?: EarlyStart;
}

/** The cache of highlighted blocks: read on first use; saved after a build by the highlighter's save() (which also keeps the scan stamps). */
export type HighlightCache = RenderCache;

/**
 * The cache of one theme pair: everything the HTML depends on besides the
 * code and its language. The regex engine is not part of it: the Oniguruma
 * engine colours some languages in the workers, and gives the same HTML as
 * the JavaScript one (markdown-highlighter.test.ts); "js-forgiving" stays so
 * that existing caches stay valid.
 */
export function highlightCache(options: HighlighterOptions = {}): HighlightCache {
  const themes = options.themes ?? DEFAULT_THEMES;
  const shikiVersion = (require("shiki/package.json") as { version: string }).version;
  return new RenderCache(options.cacheDir, "shiki", JSON.stringify({ shikiVersion, THEMES: themes, engine: "js-forgiving", tokenizeTimeLimit: 0 }));
}

/** The cache key of a block: its language and code (see highlight()). */
export const blockInput = (code: string, lang: string) => `${lang.toLowerCase()}\0${code}`;

export async function createCodeHighlighter(
  options: HighlighterOptions = {},
): Promise<CodeHighlighter & { cache: HighlightCache; workersDone(): Promise<number>; save(): Promise<void> }> {
  const cache = highlightCache(options);
  const colour = shikiColourer(options.themes);
  let early = options.prehighlight;
  let workers = early?.workers;
  return {
    cache,
    isKnown: isKnownLanguage,
    highlight(code, lang) {
      const input = blockInput(code, lang);
      let html = cache.get(input);
      if (html !== undefined) return html;
      html = colour(code, lang);
      cache.set(input, html);
      return html;
    },
    /** Waits for the prehighlight workers (first build only) and takes their blocks; how many. */
    async workersDone() {
      if (!workers) return 0;
      const done = workers;
      workers = undefined;
      await done.finished;
      for (const [input, html] of done.results) cache.set(input, html);
      return done.results.length;
    },
    /** Saves the cache; after the first build also what the next one need not read again. */
    async save() {
      await cache.save();
      if (early) saveStamps(early.plan);
      early = undefined;
    },
  };
}
