// An HTML body to Markdown blocks. Text between HTML blocks is Markdown and
// is kept as written (inline tags in it become Markdown); each HTML block is
// converted by what it is: a heading, paragraph, list, quote, code, table,
// one of the seed's callout divs, boilerplate to drop, or, when Markdown has
// no equivalent (iframes, forms), kept as raw HTML and reported.
import type { AnyNode, Element } from "domhandler";
import { calloutBlock } from "./callout-blocks.ts";
import type { ConvertContext } from "./context.ts";
import { boilerplate } from "./boilerplate.ts";
import { INLINE, isClosed, isTag, isText, meaningful, sourceOf } from "./dom.ts";
import { escapeLineStart } from "./escape.ts";
import { inlineMarkdown } from "./html-inline.ts";
import { listBlock, tableBlock } from "./html-lists.ts";
import { markdownRun } from "./markdown-run.ts";
import { unmask } from "./mask.ts";
import { fencedCode } from "./code-blocks.ts";
import { headingBlock } from "./heading-block.ts";

/** Containers whose own markup means nothing to a reader; their content is kept. */
const WRAPPERS = new Set(["div", "section", "article", "main", "header", "footer", "aside", "center", "span", "font"]);

/**
 * Blocks of Markdown for `nodes`. With `markdownText`, text nodes are
 * Markdown source (the page body, or a `markdown="1"` div); otherwise they
 * are HTML text, except a stretch with blank lines in it, which only an
 * author writing Markdown would leave.
 */
export function childBlocks(nodes: AnyNode[], ctx: ConvertContext, markdownText: boolean): string[] {
  const blocks: string[] = [];
  let run = "";
  let runStart = -1;
  let inline: AnyNode[] = [];
  const source = ctx.masked.text;
  const flushInline = () => {
    const para = escapeLineStart(inlineMarkdown(inline, ctx).trim());
    if (para) blocks.push(para);
    inline = [];
  };
  const flushRun = () => {
    if (run.trim()) blocks.push(markdownRun(run, runStart, ctx));
    run = "";
    runStart = -1;
  };
  const addRun = (s: string, at: number) => {
    if (runStart < 0) runStart = at;
    run += s;
  };
  for (const node of nodes) {
    const at = node.startIndex ?? 0;
    if (isText(node)) {
      const raw = sourceOf(node, source);
      if (markdownText || /\n[ \t]*\n/.test(raw)) {
        flushInline();
        addRun(markdownText ? raw : dedent(raw), at);
      } else {
        inline.push(node);
      }
    } else if (node.type === "comment") {
      if (markdownText) addRun(sourceOf(node, source), at);
    } else if (isTag(node) && INLINE.has(node.name)) {
      if (markdownText) addRun(ctx.hold(inlineMarkdown([node], ctx)), at);
      else inline.push(node);
    } else if (isTag(node)) {
      flushInline();
      flushRun();
      if (!isClosed(node, source)) warnUnclosed(node, ctx);
      blocks.push(...blockOf(node, ctx));
    }
  }
  flushInline();
  flushRun();
  return blocks.filter((b) => b.trim() !== "");
}

export function blockOf(el: Element, ctx: ConvertContext): string[] {
  const dropped = boilerplate(el, ctx);
  if (dropped) return dropped;
  const callout = calloutBlock(el, ctx);
  if (callout) return [callout];
  const tag = el.name;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return [headingBlock(el, Number(heading[1]), ctx)];
  switch (tag) {
    case "p":
      return [escapeLineStart(inlineMarkdown(el.children, ctx).trim())];
    case "ul":
    case "ol":
      return [listBlock(el, ctx)];
    case "blockquote":
      return [quote(childBlocks(el.children, ctx, el.attribs["markdown"] !== undefined).join("\n\n"))];
    case "pre":
      return [fencedCode(el, ctx)];
    case "hr":
      return ["---"];
    case "table":
      return [tableBlock(el, ctx) ?? keepAsWritten(el, ctx, "a table Markdown cannot express (merged or block cells)")];
    case "img":
      return [inlineMarkdown([el], ctx)];
    case "figure":
      return figure(el, ctx);
  }
  if (WRAPPERS.has(tag)) {
    const markdown = el.attribs["markdown"] === "1" || el.attribs["markdown"] === "block";
    return childBlocks(el.children, ctx, markdown);
  }
  return [keepAsWritten(el, ctx, `<${tag}> has no Markdown equivalent`)];
}

function figure(el: Element, ctx: ConvertContext): string[] {
  const parts = meaningful(el.children);
  const caption = parts.find((n) => isTag(n) && n.name === "figcaption") as Element | undefined;
  const images = parts.filter((n) => isTag(n) && (n.name === "img" || n.name === "a"));
  if (images.length + (caption ? 1 : 0) !== parts.length) return [keepAsWritten(el, ctx, "a figure with more than an image and a caption")];
  const blocks = [inlineMarkdown(images, ctx)];
  const text = caption ? inlineMarkdown(caption.children, ctx).trim() : "";
  if (text) blocks.push(`*${text}*`);
  return blocks;
}

export function keepAsWritten(el: Element, ctx: ConvertContext, why: string): string {
  const origin = ctx.originAt(el.startIndex ?? 0);
  ctx.log.note(ctx.page, "left as written", `<${el.name}> at ${origin.file}:${origin.line} (${why})`);
  return unmask(sourceOf(el, ctx.masked.text), ctx.masked.pieces, "raw");
}

function warnUnclosed(el: Element, ctx: ConvertContext): void {
  const origin = ctx.originAt(el.startIndex ?? 0);
  ctx.log.warn({
    file: origin.file, line: origin.line, col: 1,
    message: `<${el.name}> opened here is never closed; it was read as running to the end of its container`,
    hint: `check the imported text after this point; add </${el.name}> in the source and import again if it ends earlier`,
  });
}

function quote(body: string): string {
  return body.split("\n").map((l) => (l ? `> ${l}` : ">")).join("\n");
}

/** Removes the indentation all non-blank lines share. */
export function dedent(s: string): string {
  const lines = s.split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const n = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(n, /^[ \t]*/.exec(l)![0].length))).join("\n");
}
