// Build-time syntax highlighting with Shiki. One highlighter per build: making
// it costs more than using it, and loading every bundled grammar takes ~20 s,
// so grammars are loaded only for the languages the content actually uses
// (see findFenceLanguages). markdown-it renders synchronously, hence the split
// between async ensureLanguages() before the build and sync highlight() in it.
import {
  bundledLanguages,
  createHighlighter,
  createJavaScriptRegexEngine,
  isSpecialLang,
} from "shiki";
import { createRequire } from "node:module";
import { RenderCache } from "./render-cache.ts";

export interface CodeHighlighter {
  /** Loads the grammars of these languages (aliases allowed); unknown names are ignored. */
  ensureLanguages(langs: Iterable<string>): Promise<void>;
  /** True when Shiki has a grammar for the language (loaded or not), or it is plain text. */
  isKnown(lang: string): boolean;
  /** HTML `<pre class="shiki">…</pre>`; throws if the language was not loaded. */
  highlight(code: string, lang: string): string;
}

export interface CodeThemes {
  light: string;
  dark: string;
}

/** Both themes meet WCAG AA contrast for every token colour on their own background. */
export const DEFAULT_THEMES: CodeThemes = { light: "github-light-default", dark: "github-dark-default" };

export interface HighlighterOptions {
  themes?: CodeThemes;
  /** Folder of the on-disk render cache (.cache); undefined keeps it in memory. */
  cacheDir?: string;
}

/** The cache of highlighted blocks: load() before a build, save() after it. */
export type HighlightCache = RenderCache;

export async function createCodeHighlighter(
  options: HighlighterOptions = {},
): Promise<CodeHighlighter & { cache: HighlightCache }> {
  const THEMES = options.themes ?? DEFAULT_THEMES;
  const shikiVersion = (createRequire(import.meta.url)("shiki/package.json") as { version: string }).version;
  // Everything the HTML depends on besides the code and its language.
  const cache = new RenderCache(options.cacheDir, "shiki", JSON.stringify({ shikiVersion, THEMES, engine: "js-forgiving" }));
  const shiki = await createHighlighter({
    themes: [THEMES.light, THEMES.dark],
    langs: [],
    // The JS engine is faster than the Oniguruma WASM one and gives the same
    // output; `forgiving` skips the rare grammar pattern it cannot compile
    // instead of failing the build over a colour.
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });

  const hasGrammar = (lang: string) => Object.hasOwn(bundledLanguages, lang);
  const isLoaded = (lang: string) => isSpecialLang(lang) || shiki.getLoadedLanguages().includes(lang);

  return {
    cache,
    async ensureLanguages(langs) {
      const missing = new Set<string>();
      for (const raw of langs) {
        const lang = raw.toLowerCase();
        if (hasGrammar(lang) && !isLoaded(lang)) missing.add(lang);
      }
      if (missing.size > 0) await shiki.loadLanguage(...([...missing] as (keyof typeof bundledLanguages)[]));
    },
    isKnown: (lang) => isSpecialLang(lang.toLowerCase()) || hasGrammar(lang.toLowerCase()),
    highlight(code, rawLang) {
      const lang = rawLang.toLowerCase();
      if (!isLoaded(lang)) {
        throw new Error(`Code language "${lang}" is not loaded; call ensureLanguages() with it before rendering`);
      }
      const input = `${lang}\0${code}`;
      const cached = cache.get(input);
      if (cached !== undefined) return cached;
      // defaultColor:false emits only CSS variables (--shiki-light/--shiki-dark),
      // so the page's CSS picks the theme with prefers-color-scheme.
      const html = shiki.codeToHtml(code, { lang, themes: { light: THEMES.light, dark: THEMES.dark }, defaultColor: false });
      cache.set(input, html);
      return html;
    },
  };
}

/**
 * The language word of a fence's info string: "python title=x" -> "python",
 * "js{1,3}" (VitePress line marks) -> "js". Lower-cased because Shiki's
 * language ids are, so "Python" works too.
 */
export function fenceLanguage(info: string): string {
  return (/^[^\s{]*/.exec(info.trim())?.[0] ?? "").toLowerCase();
}

// An opening fence, possibly inside blockquotes (`>`) and list items (`-`,
// `1.`). Over-matching (a fence-like line inside another code block) only
// loads one grammar too many; under-matching would break the build.
const FENCE_LINE = /^(?:[ \t>]+|[-+*][ \t]+|\d{1,9}[.)][ \t]+)*(`{3,}(?!`)|~{3,}(?!~))[ \t]*(\S+)/gm;

/** Language words of all ``` and ~~~ fences in Markdown source (pure; no Shiki). */
export function findFenceLanguages(markdown: string): Set<string> {
  const langs = new Set<string>();
  for (const m of markdown.matchAll(FENCE_LINE)) {
    const info = m[2]!;
    // CommonMark: a backtick fence's info string cannot contain backticks.
    if (m[1]!.startsWith("`") && info.includes("`")) continue;
    const lang = fenceLanguage(info);
    if (lang) langs.add(lang);
  }
  return langs;
}
