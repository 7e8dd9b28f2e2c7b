// HTML lists and tables to Markdown. Lists nest by indentation under their
// item's marker; a table becomes a GFM table only when every cell is one
// line of inline content, otherwise the caller keeps it as HTML.
import type { Element } from "domhandler";
import type { ConvertContext } from "./context.ts";
import { INLINE, isTag, isText, meaningful } from "./dom.ts";
import { childBlocks } from "./html-blocks.ts";
import { inlineMarkdown } from "./html-inline.ts";
import { escapeLineStart } from "./escape.ts";

export function listBlock(el: Element, ctx: ConvertContext): string {
  const ordered = el.name === "ol";
  let n = Number(el.attribs["start"] ?? 1) || 1;
  const items: string[] = [];
  for (const li of el.children) {
    if (!isTag(li) || li.name !== "li") continue;
    const marker = ordered ? `${n++}. ` : "- ";
    items.push(indentItem(marker, listItemBody(li, ctx)));
  }
  return items.join("\n");
}

/** An item's content: one line of inline text, or blocks when it holds paragraphs or lists. */
export function listItemBody(li: Element, ctx: ConvertContext): string {
  const hasBlocks = li.children.some((c) => isTag(c) && !INLINE.has(c.name));
  if (!hasBlocks) return escapeLineStart(inlineMarkdown(li.children, ctx).trim());
  // Inline content before the first block is the item's first line.
  const lead: typeof li.children = [];
  let i = 0;
  for (; i < li.children.length; i++) {
    const c = li.children[i]!;
    if (isTag(c) && !INLINE.has(c.name)) break;
    lead.push(c);
  }
  const first = escapeLineStart(inlineMarkdown(lead, ctx).trim());
  const rest = childBlocks(li.children.slice(i), ctx, false);
  // Tight nested lists stay directly under the first line.
  const nestedOnly = rest.length > 0 && li.children.slice(i).every((c) => (isText(c) && !c.data.trim()) || (isTag(c) && (c.name === "ul" || c.name === "ol")));
  if (first && nestedOnly) return `${first}\n${rest.join("\n")}`;
  return [first, ...rest].filter(Boolean).join("\n\n");
}

function indentItem(marker: string, body: string): string {
  const pad = " ".repeat(marker.length);
  return marker + body.split("\n").map((l, i) => (i === 0 || !l ? l : pad + l)).join("\n");
}

export function tableBlock(table: Element, ctx: ConvertContext): string | undefined {
  const rows: Element[] = [];
  const collect = (el: Element) => {
    for (const c of el.children) {
      if (!isTag(c)) continue;
      if (c.name === "tr") rows.push(c);
      else if (["thead", "tbody", "tfoot"].includes(c.name)) collect(c);
      else if (c.name !== "caption" && c.name !== "colgroup") return false;
    }
    return true;
  };
  if (collect(table) === false || rows.length === 0) return undefined;
  const cells = rows.map((r) => meaningful(r.children).filter((c): c is Element => isTag(c) && (c.name === "td" || c.name === "th")));
  const header = cells[0]!;
  if (!header.every((c) => c.name === "th")) return undefined;
  for (const row of cells) {
    for (const cell of row) {
      if (cell.attribs["colspan"] || cell.attribs["rowspan"]) return undefined;
      if (cell.children.some((c) => isTag(c) && !INLINE.has(c.name))) return undefined;
    }
  }
  const width = Math.max(...cells.map((r) => r.length));
  const line = (row: Element[]) => {
    const texts = row.map((c) => inlineMarkdown(c.children, ctx).trim().replace(/\|/g, "\\|"));
    while (texts.length < width) texts.push("");
    return `| ${texts.join(" | ")} |`;
  };
  return [line(header), `|${" --- |".repeat(width)}`, ...cells.slice(1).map(line)].join("\n");
}
