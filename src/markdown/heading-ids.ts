// Every heading gets an id, so any section of a handbook can be linked to:
// the GitHub-style slug of its text, or an explicit `## Title {#my-id}`.
// Explicit ids are what links in other pages rely on, so they are reserved
// first and generated slugs step around them ("intro" -> "intro-1").
import GithubSlugger from "github-slugger";
import type MarkdownIt from "markdown-it";
import type { StateCore, Token } from "markdown-it";
import type { MarkdownContext } from "./context.ts";
import { reportError } from "./report.ts";

const EXPLICIT_ID = /\s*\{#([^\s{}]+)\}\s*$/;

interface Heading {
  open: Token;
  inline: Token;
  explicitId?: string;
}

export function headingIds(md: MarkdownIt, ctx: Pick<MarkdownContext, "locate" | "collect">): void {
  md.core.ruler.push("heading_ids", (state: StateCore) => {
    const headings = collectHeadings(state.tokens);
    if (headings.length === 0) return;
    // A new slugger per render: ids are unique within one page, and pages
    // must not influence each other's ids.
    const slugger = new GithubSlugger();
    const explicitLine = new Map<string, number>();
    for (const h of headings) {
      if (h.explicitId === undefined) continue;
      const line0 = h.open.map?.[0] ?? 0;
      const earlier = explicitLine.get(h.explicitId);
      if (earlier !== undefined) {
        const { file, line } = ctx.locate(state.env, line0);
        reportError(ctx, {
          file,
          line,
          col: 1,
          message: `Duplicate heading id "${h.explicitId}" (also on line ${ctx.locate(state.env, earlier).line})`,
          hint: "give each heading its own {#id}",
        });
        // Collecting: carry on with a generated id for this heading.
        h.explicitId = undefined;
        continue;
      }
      explicitLine.set(h.explicitId, line0);
      slugger.occurrences[h.explicitId] = 0;
    }
    for (const h of headings) {
      const id = h.explicitId ?? (slugger.slug(plainText(h.inline)) || slugger.slug("section"));
      h.open.attrSet("id", id);
    }
  });
}

/** Headings in document order, with any `{#id}` already cut from their text. */
function collectHeadings(tokens: Token[]): Heading[] {
  const headings: Heading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    const inline = tokens[i + 1];
    if (open.type !== "heading_open" || inline?.type !== "inline") continue;
    headings.push({ open, inline, explicitId: takeExplicitId(inline) });
  }
  return headings;
}

function takeExplicitId(inline: Token): string | undefined {
  const last = inline.children?.at(-1);
  const match = last?.type === "text" ? EXPLICIT_ID.exec(last.content) : null;
  if (!last || !match) return undefined;
  last.content = last.content.slice(0, match.index);
  inline.content = inline.content.replace(EXPLICIT_ID, "");
  return match[1];
}

/** The heading as a reader sees it: text without markup (TeX source for math). */
function plainText(inline: Token): string {
  let text = "";
  for (const child of inline.children ?? []) {
    if (["text", "code_inline", "math_inline", "image"].includes(child.type)) text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
  }
  return text;
}
