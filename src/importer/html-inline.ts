// Inline HTML (text, links, emphasis, code, images) to inline Markdown.
// Text is HTML text: whitespace collapses and Markdown syntax is escaped.
import type { AnyNode, Element } from "domhandler";
import type { ConvertContext } from "./context.ts";
import { isTag, isText, text } from "./dom.ts";
import { codeSpan, collapseSpace, escapeText, linkDestination } from "./escape.ts";
import { unmask } from "./mask.ts";

const KEEP_TAG = new Set(["sup", "sub", "mark", "u", "s", "del", "ins", "q", "cite", "abbr", "kbd", "var", "samp", "dfn", "strike"]);

export function inlineMarkdown(nodes: AnyNode[], ctx: ConvertContext): string {
  let out = "";
  for (const node of nodes) out += inlineNode(node, ctx);
  return out;
}

function inlineNode(node: AnyNode, ctx: ConvertContext): string {
  if (isText(node)) return escapeText(collapseSpace(node.data));
  if (!isTag(node)) return "";
  const el = node;
  switch (el.name) {
    case "a":
      return link(el, ctx);
    case "em":
    case "i":
      return wrap("*", inlineMarkdown(el.children, ctx));
    case "strong":
    case "b":
      return wrap("**", inlineMarkdown(el.children, ctx));
    case "code":
    case "tt":
      return codeSpan(unmask(collapseSpace(text(el)), ctx.masked.pieces, "raw"));
    case "br":
      return "<br>";
    case "img":
      return image(el, ctx);
    case "script":
    case "style":
    case "link":
      return "";
    default:
      if (KEEP_TAG.has(el.name)) return `<${el.name}>${inlineMarkdown(el.children, ctx)}</${el.name}>`;
      // span, font, small and block elements met inside a line: their text, unwrapped.
      return inlineMarkdown(el.children, ctx);
  }
}

/** `*x*` with the spaces moved outside the markers, so emphasis still applies. */
function wrap(marker: string, inner: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : inner;
}

function link(el: Element, ctx: ConvertContext): string {
  const label = inlineMarkdown(el.children, ctx).trim();
  const href = el.attribs["href"];
  if (href === undefined) {
    const id = el.attribs["id"] ?? el.attribs["name"];
    return id ? `<a id="${id.replace(/"/g, "&quot;")}"></a>${label}` : label;
  }
  const target = ctx.link(href.trim(), el.startIndex ?? 0, "link");
  if (target === undefined) return label;
  const shown = label || escapeText(href.trim());
  const title = el.attribs["title"] ? ` "${el.attribs["title"].replace(/"/g, '\\"')}"` : "";
  return `[${shown}](${linkDestination(target)}${title})`;
}

function image(el: Element, ctx: ConvertContext): string {
  const src = el.attribs["src"];
  const alt = escapeText(collapseSpace(el.attribs["alt"] ?? "")).trim();
  if (!src) return alt;
  const target = ctx.link(src.trim(), el.startIndex ?? 0, "image");
  if (target === undefined) return alt;
  const title = el.attribs["title"] ? ` "${el.attribs["title"].replace(/"/g, '\\"')}"` : "";
  return `![${alt}](${linkDestination(target)}${title})`;
}
