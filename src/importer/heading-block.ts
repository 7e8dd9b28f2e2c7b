// An HTML heading as a Markdown heading. Its id (on the heading, or on a
// span or anchor inside it, as some pages write it) is kept as `{#id}`, so
// links to the old anchors still land on it.
import type { Element } from "domhandler";
import type { ConvertContext } from "./context.ts";
import { isTag } from "./dom.ts";
import { inlineMarkdown } from "./html-inline.ts";

/** `## Title {#id}`: the id of the element or of a span/anchor inside it, so old links keep working. */
export function headingBlock(el: Element, level: number, ctx: ConvertContext): string {
  const id = el.attribs["id"] ?? innerId(el);
  let title = inlineMarkdown(el.children, ctx).trim().replace(/<a id="[^"]*"><\/a>/g, "").trim();
  if (!title) return "";
  // A trailing "{#x}" in the text would be read as an id.
  title = title.replace(/\{(#[^}]*\})$/, "\\{$1");
  ctx.state.lastHeadingLevel = level;
  ctx.log.count(ctx.page, "headings");
  return `${"#".repeat(level)} ${title}${id ? ` {#${id}}` : ""}`;
}

function innerId(el: Element): string | undefined {
  for (const child of el.children) {
    if (!isTag(child)) continue;
    if ((child.name === "span" || (child.name === "a" && child.attribs["href"] === undefined)) && (child.attribs["id"] ?? child.attribs["name"])) {
      return child.attribs["id"] ?? child.attribs["name"];
    }
  }
  return undefined;
}
