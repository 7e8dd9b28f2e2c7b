// The fenced code blocks of a Markdown body, found the way the full pipeline
// finds them (markdown-it's own block parser, same options) but without
// inline parsing or rendering, so every block can be coloured before the
// pages render (see prehighlight.ts). A block this misses is coloured while
// its page renders, so a miss costs time, never correctness.
import MarkdownIt from "markdown-it";
import { fenceLanguage } from "./highlighter.ts";

export interface CodeFence {
  lang: string;
  code: string;
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
    const lang = fenceLanguage(scanner.utils.unescapeAll(token.info));
    // The same code the fence renderer passes on (code.ts): no final newline.
    if (lang) fences.push({ lang, code: token.content.replace(/\n$/, "") });
  }
  return fences;
}
