// div.resource-links (an <h3> title and a <ul> of resources) → `::: resources Title`.
// Each <li> is read as a typed resource item; one that does not fit the
// grammar is kept as written, and both kinds are counted for the report.
import type { Element } from "domhandler";
import type { ConvertContext } from "./context.ts";
import { isTag } from "./dom.ts";
import { splitTitle, container } from "./callout-blocks.ts";
import { childBlocks } from "./html-blocks.ts";
import { listItemBody } from "./html-lists.ts";
import { normaliseResourceItem } from "./resource-items.ts";

export function resourcePanel(el: Element, ctx: ConvertContext): string {
  const { title, rest } = splitTitle(el, ctx);
  const blocks: string[] = [];
  let pendingOther: Element["children"] = [];
  const flushOther = () => {
    if (pendingOther.length) blocks.push(...childBlocks(pendingOther, ctx, false));
    pendingOther = [];
  };
  for (const node of rest) {
    if (!isTag(node) || (node.name !== "ul" && node.name !== "ol")) {
      pendingOther.push(node);
      continue;
    }
    flushOther();
    const items: string[] = [];
    for (const li of node.children) {
      if (!isTag(li) || li.name !== "li") continue;
      const written = listItemBody(li, ctx);
      const item = written.includes("\n") ? undefined : normaliseResourceItem(written);
      ctx.log.count(ctx.page, "resources");
      if (item) {
        items.push(`- ${item}`);
        continue;
      }
      const origin = ctx.originAt(li.startIndex ?? 0);
      ctx.log.count(ctx.page, "resources kept as written");
      ctx.log.note(ctx.page, "left as written", `resource item at ${origin.file}:${origin.line} does not read as  Type: link by Author – note`);
      items.push(`- ${written.replace(/\n/g, "\n  ")}`);
    }
    blocks.push(items.join("\n"));
  }
  flushOther();
  ctx.log.count(ctx.page, "resource panels");
  return container(`resources ${title || "Resources"}`, blocks.join("\n\n"));
}
