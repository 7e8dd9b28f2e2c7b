// Fenced code, highlighted at build time (no highlighting JavaScript in the
// browser). Every block gets the same wrapper so layouts can style and label
// it (data-lang) whether or not Shiki coloured it.
import type MarkdownIt from "markdown-it";
import type { MarkdownContext } from "./context.ts";
import { fenceOf } from "./code-fences.ts";

export function codeBlocks(md: MarkdownIt, ctx: Pick<MarkdownContext, "highlighter" | "warnings" | "locate">): void {
  const escape = md.utils.escapeHtml;
  // Same shape as Shiki's <pre>, so the theme CSS and scroll focus
  // (tabindex: a scrollable region must be reachable by keyboard) match.
  const plain = (code: string) => `<pre class="shiki" tabindex="0"><code>${escape(code)}</code></pre>`;
  const wrap = (lang: string | undefined, pre: string) =>
    `<div class="code-block"${lang ? ` data-lang="${escape(lang)}"` : ""}>${pre}</div>\n`;

  md.renderer.rules.fence = (tokens, idx, _options, env) => {
    const token = tokens[idx]!;
    const { lang, code } = fenceOf(token, md.utils.unescapeAll);
    if (!lang) return wrap(undefined, plain(code));
    if (!ctx.highlighter.isKnown(lang)) {
      const { file, line } = ctx.locate(env, token.map?.[0] ?? 0);
      ctx.warnings.warn({
        file,
        line,
        col: 1,
        message: `Unknown code language "${lang}"; shown as plain text`,
        hint: "use a language Shiki knows, e.g. python, ts, bash, or none",
      });
      return wrap(lang, plain(code));
    }
    return wrap(lang, ctx.highlighter.highlight(code, lang));
  };
}
