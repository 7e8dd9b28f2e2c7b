// Small helpers over htmlparser2's DOM: classes, ids, text, and the source
// slice of a node (so what is kept "as written" is byte for byte the input).
import type { AnyNode, Element } from "domhandler";
import { isTag, isText } from "domhandler";
import { textContent } from "domutils";

export { isTag, isText };
export type { AnyNode, Element };

export function classes(el: Element): string[] {
  return (el.attribs["class"] ?? "").split(/\s+/).filter(Boolean).map((c) => c.toLowerCase());
}

export function hasAnyClass(el: Element, names: readonly string[]): boolean {
  return classes(el).some((c) => names.includes(c));
}

/** The element's source text. */
export function sourceOf(node: AnyNode, source: string): string {
  return source.slice(node.startIndex ?? 0, (node.endIndex ?? source.length - 1) + 1);
}

export function text(node: AnyNode | AnyNode[]): string {
  return textContent(node);
}

/** Element children, skipping whitespace-only text. */
export function meaningful(nodes: AnyNode[]): AnyNode[] {
  return nodes.filter((n) => !(isText(n) && n.data.trim() === "") && n.type !== "comment");
}

/** Does the source close this element explicitly (`</div>`), or is it void? */
export function isClosed(el: Element, source: string): boolean {
  if (VOID.has(el.name)) return true;
  const raw = sourceOf(el, source);
  return new RegExp(`</${el.name}\\s*>$`, "i").test(raw) || /\/>$/.test(raw);
}

export const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

export const INLINE = new Set([
  "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd",
  "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
]);
