// A stretch of Markdown between HTML blocks: kept as the author wrote it,
// except plain-text outlines (headings and lists), link destinations
// (mapped to the new site) and, through the mask, math delimiters.
import type { ConvertContext } from "./context.ts";
import { convertOutlines } from "./outline.ts";
import { rewriteMarkdownLinks } from "./markdown-links.ts";

export function markdownRun(run: string, start: number, ctx: ConvertContext): string {
  // Links first: they keep the run's lines as they are, so a link's line is the run's line plus the newlines before it.
  let text = rewriteMarkdownLinks(run, (href, at, kind) => ctx.link(href, lineStart(ctx.masked.text, start, newlinesBefore(run, at)), kind));
  const outline = convertOutlines(text, ctx.state.lastHeadingLevel, ctx.state.chapterLevel);
  if (outline.chapters > 0) {
    ctx.state.chapterLevel ??= outline.level;
    text = outline.text;
    ctx.log.note(ctx.page, "converted", "plain-text outline lines to headings and lists");
    ctx.log.count(ctx.page, "outline chapters", outline.chapters);
  }
  for (const m of text.matchAll(/^(#{1,6})\s/gm)) {
    ctx.state.lastHeadingLevel = m[1]!.length;
    ctx.log.count(ctx.page, "headings");
  }
  return text.replace(/^(?:[ \t]*\n)+/, "").replace(/\s+$/, "");
}

function newlinesBefore(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Offset of the line `lines` lines below the one holding `start`, in the page's text. */
function lineStart(text: string, start: number, lines: number): number {
  let at = start;
  for (let i = 0; i < lines; i++) {
    const next = text.indexOf("\n", at);
    if (next === -1) break;
    at = next + 1;
  }
  return at;
}
