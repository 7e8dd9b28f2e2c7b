// Resource panels: `::: resources Title` around a list of
// `Type: [Title](url) by Author – note` items. Items that parse become a
// badge, a link and a byline; the others are kept as the author wrote them.
// Everything is computed per render from the page's own tokens.
import { container } from "@mdit/plugin-container";
import type MarkdownIt from "markdown-it";
import type { StateCore, Token } from "markdown-it";
import { parseResourceItem } from "./resource-item.ts";
import { titleOf } from "./callouts.ts";
import type { MarkdownContext } from "./context.ts";
import { reportError } from "./report.ts";

const NAME = "resources";

export function resources(md: MarkdownIt, ctx?: Pick<MarkdownContext, "locate" | "collect">): void {
  const escape = md.utils.escapeHtml;
  md.use(container, {
    name: NAME,
    openRender: (tokens, idx) => {
      const token = tokens[idx]!;
      const title = titleOf(token.info, NAME) || "Resources";
      const count = (token.meta as { count?: number } | null)?.count ?? 0;
      return (
        `<details class="resources" open><summary class="resources-title">` +
        `<span class="resources-heading">${escape(title)}</span> ` +
        `<span class="resources-count">${count} ${count === 1 ? "resource" : "resources"}</span>` +
        `</summary>\n`
      );
    },
    closeRender: () => "</details>\n",
  });
  // Runs after the links rule (registered earlier), so hrefs taken from link
  // tokens are already rewritten for the site.
  md.core.ruler.push("resource_items", (state) => {
    // A check: only while a build collects problems; the output is the same either way.
    if (ctx?.collect) lintItemsWithoutLink(state, ctx);
    renderResourceLists(state, escape);
  });
}

/** A resource item with no link points the reader nowhere: an error. */
function lintItemsWithoutLink(state: StateCore, ctx: Pick<MarkdownContext, "locate" | "collect">): void {
  const tokens = state.tokens;
  let lines: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.type !== `container_${NAME}_open`) continue;
    for (let j = i + 1; j < tokens.length; j++) {
      const li = tokens[j]!;
      if (li.type === `container_${NAME}_close` && li.level === open.level) break;
      if (li.level !== open.level + 2 || li.type !== "list_item_open" || !li.map) continue;
      let hasLink = false;
      for (let k = j + 1; k < tokens.length && !(tokens[k]!.type === "list_item_close" && tokens[k]!.level === li.level); k++) {
        if (tokens[k]!.children?.some((c) => c.type === "link_open" || (c.type === "html_inline" && /^<a\s/i.test(c.content)))) hasLink = true;
      }
      if (hasLink) continue;
      lines ??= state.src.split("\n");
      const text = lines[li.map[0]] ?? "";
      const { file, line } = ctx.locate(state.env, li.map[0]);
      reportError(ctx, {
        file, line, col: (/^[ \t>]*(?:[-+*]|\d{1,9}[.)])[ \t]+/.exec(text)?.[0].length ?? 0) + 1,
        message: "this resource has no link",
        hint: "write it as  Type: [Title](https://…) by Author – note",
      });
    }
  }
}

function renderResourceLists(state: StateCore, escape: (s: string) => string): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.type !== `container_${NAME}_open`) continue;
    let count = 0;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.type === `container_${NAME}_close` && t.level === open.level) break;
      if (t.level === open.level + 1 && (t.type === "bullet_list_open" || t.type === "ordered_list_open")) {
        t.attrJoin("class", "resource-list");
      } else if (t.level === open.level + 2 && t.type === "list_item_open") {
        count++;
        const html = itemHtml(tokens, j, escape);
        if (html === undefined) {
          t.attrJoin("class", "resource resource-plain");
          continue;
        }
        // Replace the item's five tokens (li, p, inline, /p, /li) with its HTML.
        const block = new state.Token("html_block", "", 0);
        block.content = html;
        block.map = t.map;
        block.block = true;
        tokens.splice(j, 5, block);
      }
    }
    open.meta = { ...(open.meta as object | null), count };
  }
}

/** The `<li>` of a list item that is one resource, or undefined to keep it as written. */
function itemHtml(tokens: Token[], li: number, escape: (s: string) => string): string | undefined {
  const [p, inline, pClose, liClose] = tokens.slice(li + 1, li + 5);
  if (p?.type !== "paragraph_open" || inline?.type !== "inline" || pClose?.type !== "paragraph_close") return undefined;
  if (liClose?.type !== "list_item_close") return undefined;
  const item = parseResourceItem(inline.content);
  const link = linkOf(inline.children ?? []);
  if (!item || !link) return undefined;

  const label = item.type ?? "Link";
  const kind = label.toLowerCase().replace(/\s+/g, "-");
  let html =
    `<li class="resource" data-type="${kind}"><span class="badge badge-${kind}">${escape(label)}</span> ` +
    `<a class="resource-link" href="${escape(link.href)}">${escape(link.text)}</a>`;
  if (item.byline && item.author) {
    html += ` <span class="resource-byline">${escape(`${item.byline} ${item.author}`)}</span>`;
  }
  if (item.note) html += ` <span class="resource-note">– ${escape(item.note)}</span>`;
  return `${html}</li>\n`;
}

const TEXT_TOKENS = new Set(["text", "code_inline", "math_inline", "html_inline"]);

/**
 * The item's only link as markdown-it parsed it: its href is validated
 * (no `javascript:`), normalised and already rewritten by the links rule.
 * Its text drops Markdown markers (`*`) and resolves escapes and entities;
 * raw HTML in it is kept as text, to be shown escaped. Undefined unless
 * there is exactly one link and it has text.
 */
function linkOf(children: Token[]): { href: string; text: string } | undefined {
  const opens = children.filter((c) => c.type === "link_open");
  if (opens.length !== 1) return undefined;
  let text = "";
  for (const c of children.slice(children.indexOf(opens[0]!) + 1)) {
    if (c.type === "link_close") break;
    if (TEXT_TOKENS.has(c.type)) text += c.content;
  }
  const href = opens[0]!.attrGet("href");
  return href === null || !text.trim() ? undefined : { href, text: text.trim() };
}
