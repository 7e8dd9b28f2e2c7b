// The seed's HTML boxes to Folio containers: div.key-concept → `::: key-concept`,
// div.summary-section → `::: summary Title`, note/tip/warning boxes → the
// matching callout, div.resource-links → `::: resources Title` (see
// resource-panel.ts). A box's first heading becomes the container's title.
import type { Element } from "domhandler";
import type { ConvertContext } from "./context.ts";
import { CALLOUT_TITLES } from "../markdown/callouts.ts";
import { classes, hasAnyClass, isTag, meaningful, text } from "./dom.ts";
import { childBlocks } from "./html-blocks.ts";
import { inlineMarkdown } from "./html-inline.ts";
import { resourcePanel } from "./resource-panel.ts";

const CALLOUT_BY_CLASS: Record<string, string> = {
  "key-concept": "key-concept", "key-concepts": "key-concept", keyconcept: "key-concept", "concept-box": "key-concept",
  "summary-section": "summary", summary: "summary", "key-takeaways": "summary", takeaways: "summary", "section-summary": "summary",
  note: "note", info: "note", "info-box": "note", "note-box": "note", "alert-info": "note",
  tip: "tip", hint: "tip", "tip-box": "tip", "alert-success": "tip",
  warning: "warning", caution: "warning", danger: "warning", important: "warning", "warning-box": "warning", "alert-warning": "warning", "alert-danger": "warning",
};

export const RESOURCE_CLASSES = ["resource-links", "resources", "resource-list", "further-reading", "key-resources"];

/** The title Folio shows anyway (src/markdown/callouts.ts); a heading saying just that is not repeated as a title. */
const defaultTitle = (name: string) => (CALLOUT_TITLES as Record<string, string>)[name]?.toLowerCase();

export function calloutBlock(el: Element, ctx: ConvertContext): string | undefined {
  if (el.name !== "div" && el.name !== "section" && el.name !== "aside") return undefined;
  const cls = classes(el);
  if (hasAnyClass(el, RESOURCE_CLASSES)) return resourcePanel(el, ctx);
  const name = cls.map((c) => CALLOUT_BY_CLASS[c]).find(Boolean);
  if (!name) return undefined;
  const { title, rest } = splitTitle(el, ctx);
  const body = childBlocks(rest, ctx, el.attribs["markdown"] !== undefined).join("\n\n");
  ctx.log.count(ctx.page, name === "key-concept" ? "key concepts" : name === "summary" ? "summaries" : "callouts");
  const shownTitle = title && title.toLowerCase() !== defaultTitle(name) ? ` ${title}` : "";
  return container(`${name}${shownTitle}`, body);
}

/** The box's leading heading (h2–h6, or a lone bold paragraph) as its title, and the rest. */
export function splitTitle(el: Element, ctx: ConvertContext): { title: string; rest: Element["children"] } {
  const parts = meaningful(el.children);
  const first = parts[0];
  if (first && isTag(first)) {
    const isHeading = /^h[2-6]$/.test(first.name);
    const isBoldLine =
      first.name === "p" && meaningful(first.children).length === 1 &&
      isTag(meaningful(first.children)[0]!) && ["strong", "b"].includes((meaningful(first.children)[0] as Element).name);
    if (isHeading || isBoldLine) {
      const title = inlineMarkdown(isHeading ? first.children : (meaningful(first.children)[0] as Element).children, ctx)
        .trim().replace(/\s+/g, " ");
      if (title && text(first).trim()) return { title, rest: el.children.slice(el.children.indexOf(first) + 1) };
    }
  }
  return { title: "", rest: el.children };
}

/** `::: name` … `:::`, with a longer fence when the body holds containers of its own. */
export function container(info: string, body: string): string {
  const inner = Math.max(0, ...[...body.matchAll(/^(:{3,})/gm)].map((m) => m[1]!.length));
  const fence = ":".repeat(Math.max(3, inner + 1));
  return `${fence} ${info}\n${body}${body ? "\n" : ""}${fence}`;
}
