// The fenced code blocks of a Markdown body, found the way the full pipeline
// finds them (markdown-it's own block parser, same options) but without
// inline parsing or rendering, so every block can be coloured before the
// pages render (see prehighlight.ts). A block this misses is coloured while
// its page renders, so a miss costs time, never correctness.
import MarkdownIt from "markdown-it";

export interface CodeFence {
  lang: string;
  code: string;
}

/**
 * What a fence token holds for the highlighter: its language word ("" for
 * none) and its code without the newline before the closing fence (Shiki
 * would turn it into an empty last line). The renderer (code.ts) and the
 * scanner below both use it, so a prehighlighted block is found in the cache.
 */
export function fenceOf(token: { info: string; content: string }, unescapeAll: (s: string) => string): CodeFence {
  return { lang: fenceLanguage(unescapeAll(token.info)), code: token.content.replace(/\n$/, "") };
}

let scanner: MarkdownIt | undefined;

export function codeFences(markdown: string): CodeFence[] {
  if (!scanner) {
    scanner = new MarkdownIt({ html: true, linkify: false, typographer: false });
    scanner.disable("code"); // as in createMarkdown: indented code is not a block
    scanner.core.ruler.enableOnly(["normalize", "block"]);
  }
  const fences: CodeFence[] = [];
  for (const token of scanner.parse(markdown, {})) {
    if (token.type !== "fence") continue;
    const fence = fenceOf(token, scanner.utils.unescapeAll);
    if (fence.lang) fences.push(fence);
  }
  return fences;
}

/**
 * The language word of a fence's info string: "python title=x" -> "python",
 * "js{1,3}" (VitePress line marks) -> "js". Lower-cased because Shiki's
 * language ids are, so "Python" works too.
 */
function fenceLanguage(info: string): string {
  return (/^[^\s{]*/.exec(info.trim())?.[0] ?? "").toLowerCase();
}
