// Shiki, created on first use, with its grammars loaded on first use of their
// language: the one place that turns code into coloured HTML, for the build
// (highlighter.ts) and for the prehighlight workers alike, so both give the
// same HTML. markdown-it renders synchronously, so creation and grammar
// loading are synchronous too (Node 20.19+ can require() ES modules).
import { createRequire } from "node:module";
import type { HighlighterCore, LanguageRegistration, RegexEngine, ThemeRegistration } from "shiki/core";
import { bundledLanguagesInfo } from "shiki/langs";

const require = createRequire(import.meta.url);

export interface CodeThemes {
  light: string;
  dark: string;
}

/** Both themes meet WCAG AA contrast for every token colour on their own background. */
export const DEFAULT_THEMES: CodeThemes = { light: "github-light-default", dark: "github-dark-default" };

/** Names Shiki colours without a grammar (plain text, and ANSI escape codes). */
const SPECIAL = new Set(["text", "txt", "plain", "plaintext", "ansi"]);
/** Language id of every name and alias Shiki has a grammar for. */
const LANGUAGE_IDS = new Map(bundledLanguagesInfo.flatMap((l) => [l.id, ...(l.aliases ?? [])].map((n) => [n, l.id] as const)));

/** The grammar a fence's language name stands for ("ts" and "typescript" are one); the name itself when there is none. */
export const grammarOf = (lang: string) => LANGUAGE_IDS.get(lang.toLowerCase()) ?? lang.toLowerCase();

/** True when Shiki has a grammar for the language (loaded or not), or it is plain text. */
export const isKnownLanguage = (lang: string) => SPECIAL.has(lang.toLowerCase()) || LANGUAGE_IDS.has(lang.toLowerCase());

/**
 * Languages whose grammars run much faster on Shiki's Oniguruma (WASM) regex
 * engine than on its JavaScript one. Measured on the bench corpus's
 * TypeScript code: 6 ms a block against 15 ms with any of these four grammars
 * (they share their source), and C++'s grammar compiles in 0.24 s against
 * 1.2 s (C's, which it embeds, in half the time). Python, Rust, Go, CSS, SQL,
 * shell and most others are as fast or faster on the JavaScript engine
 * (Python 1.3 ms against 2.1 ms a block), so that stays the default.
 * Both engines give the same HTML for these languages (highlighter test).
 */
const ONIGURUMA_FASTER = new Set(["typescript", "tsx", "javascript", "jsx", "c", "cpp"]);

/** True when the language is coloured faster by the Oniguruma engine (if one is loaded). */
export const prefersOniguruma = (lang: string) => ONIGURUMA_FASTER.has(grammarOf(lang));

/**
 * Shiki's Oniguruma engine. Its WASM loads asynchronously, so only the
 * prehighlight workers (which colour most blocks of a cold build) use it;
 * markdown-it's synchronous rendering keeps to the JavaScript engine.
 */
export async function loadOniguruma(): Promise<RegexEngine> {
  const { createOnigurumaEngine } = await import("shiki/engine/oniguruma");
  return createOnigurumaEngine(import("shiki/wasm"));
}

/**
 * Colours blocks with Shiki, created on the first call. Used by the build
 * and by the prehighlight workers, so both produce the same HTML. Given the
 * Oniguruma engine, the languages it runs faster go through a second
 * highlighter built on it.
 */
export function shikiColourer(themes: CodeThemes = DEFAULT_THEMES, oniguruma?: RegexEngine): (code: string, lang: string) => string {
  const engines = { js: lazyShiki(themes), oniguruma: oniguruma ? lazyShiki(themes, oniguruma) : undefined };
  return (code, rawLang) => {
    const lang = rawLang.toLowerCase();
    const id = LANGUAGE_IDS.get(lang);
    const shiki = (engines.oniguruma && prefersOniguruma(lang) ? engines.oniguruma : engines.js)(id);
    return shiki.codeToHtml(code, {
      lang: id ?? (SPECIAL.has(lang) ? lang : "text"),
      themes: { light: themes.light, dark: themes.dark },
      // Only CSS variables (--shiki-light/--shiki-dark): the page's CSS picks
      // the theme with prefers-color-scheme.
      defaultColor: false,
      // Shiki gives up on a line after 500 ms by default and colours the rest
      // of it as one token. The first line of a language pays for compiling
      // its grammar, so on a busy machine that cut-off came and went: the same
      // block got different colours (seen in a test), and the cache kept them.
      tokenizeTimeLimit: 0,
    });
  };
}

/** A highlighter created on first use, which loads each language's grammar the first time it is asked for. */
function lazyShiki(themes: CodeThemes, engine?: RegexEngine): (id: string | undefined) => HighlighterCore {
  let shiki: HighlighterCore | undefined;
  const loaded = new Set<string>();
  return (id) => {
    shiki ??= createShiki(themes, engine);
    if (id !== undefined && !loaded.has(id)) {
      shiki.loadLanguageSync(require(`@shikijs/langs/${id}`).default as LanguageRegistration[]);
      loaded.add(id);
    }
    return shiki;
  };
}

function createShiki(themes: CodeThemes, engine?: RegexEngine): HighlighterCore {
  const { createHighlighterCoreSync } = require("shiki/core") as typeof import("shiki/core");
  const { createJavaScriptRegexEngine } = require("shiki/engine/javascript") as typeof import("shiki/engine/javascript");
  const theme = (name: string) => require(`@shikijs/themes/${name}`).default as ThemeRegistration;
  return createHighlighterCoreSync({
    themes: [theme(themes.light), theme(themes.dark)],
    langs: [],
    // `forgiving` skips the rare grammar pattern the JavaScript engine cannot
    // compile instead of failing the build over a colour.
    engine: engine ?? createJavaScriptRegexEngine({ forgiving: true }),
  });
}
