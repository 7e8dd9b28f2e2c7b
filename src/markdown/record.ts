// Records, for the site-wide checks (src/checks/links.ts), what a page links
// to and which ids it has. Runs after heading ids are set and before links
// are rewritten, so it sees hrefs exactly as the author wrote them.
import type MarkdownIt from "markdown-it";
import type { StateCore } from "markdown-it";
import type { MarkdownContext } from "./context.ts";
import { lineStarts, positionOf } from "./report.ts";

type RecordContext = Pick<MarkdownContext, "collect" | "locate" | "pageRelPath">;

// id="x" in raw HTML (migrated pages), and the old <a name="x"> anchors.
const HTML_ID = /\s(?:id|name)\s*=\s*(?:"([^"]+)"|'([^']+)')/gi;

export function recordFacts(md: MarkdownIt, ctx: RecordContext): void {
  md.core.ruler.push("record_facts", (state) => record(state, ctx));
}

function record(state: StateCore, ctx: RecordContext): void {
  const collect = ctx.collect;
  const from = ctx.pageRelPath(state.env);
  if (!collect || from === undefined) return;
  const ids: string[] = [];
  const starts = lineStarts(state.src);
  // Table cells' inline tokens have no map; their row has one.
  let lastMap: [number, number] | null = null;
  for (const block of state.tokens) {
    lastMap = block.map ?? lastMap;
    if (block.type === "heading_open") {
      const id = block.attrGet("id");
      if (id) ids.push(id);
    } else if (block.type === "html_block") {
      ids.push(...htmlIds(block.content));
    }
    if (block.type !== "inline" || !block.children) continue;
    let cursor = lastMap ? starts[lastMap[0]] ?? 0 : 0;
    for (const child of block.children) {
      if (child.type === "html_inline") ids.push(...htmlIds(child.content));
      const image = child.type === "image";
      const href = child.type === "link_open" ? child.attrGet("href") : image ? child.attrGet("src") : null;
      if (href === null) continue;
      const at = findUrl(state.src, href, cursor);
      if (at !== undefined) cursor = at + 1;
      const pos = at === undefined ? { line0: lastMap?.[0] ?? 0, col: 1 } : positionOf(starts, at);
      const { file, line } = ctx.locate(state.env, pos.line0);
      collect.link({ from, file, line, col: pos.col, href, image });
    }
  }
  collect.addIds(from, ids);
}

/**
 * Where the URL is written, searching forward from the link's block (the
 * column points at the URL). markdown-it percent-encodes hrefs, so the
 * decoded form is tried too; a reference definition may sit anywhere.
 */
function findUrl(src: string, href: string, from: number): number | undefined {
  const forms = [href];
  try {
    const decoded = decodeURI(href);
    if (decoded !== href) forms.push(decoded);
  } catch {
    // A malformed escape: only the written form can match.
  }
  for (const start of [from, 0]) {
    for (const form of forms) {
      // Only where a URL can begin: "](url", "](<url" or "[ref]: url".
      for (let at = src.indexOf(form, start); at !== -1; at = src.indexOf(form, at + 1)) {
        if (at === 0 || "(< \t".includes(src[at - 1]!)) return at;
      }
    }
  }
  return undefined;
}

function htmlIds(html: string): string[] {
  return [...html.matchAll(HTML_ID)].map((m) => m[1] ?? m[2]!);
}
