// What a page tells search engines, link previews and the search index in
// its <head>: OpenGraph and Twitter card tags, JSON-LD, and the metadata
// Pagefind stores with each result (title; handbook, also as a filter). The
// canonical link itself is in base.ts.
import { jsonLdFor } from "../../src/publish/json-ld.ts";
import type { PageContext } from "../context.ts";
import { html, raw, scriptJson, type SafeHtml } from "../lib/html.ts";
import { canonicalUrl } from "../lib/urls.ts";

export function seoMeta(ctx: PageContext, description: string | undefined): SafeHtml {
  const { page, handbook, model } = ctx;
  const title = page.kind === "landing" && handbook ? handbook.title : page.data.title || model.title;
  const urlOf = (sitePath: string) => canonicalUrl(ctx, sitePath);
  const isSection = page.kind === "section";
  // Handbook pages carry the handbook's name: Pagefind shows it next to each result.
  const handbookName = handbook && (isSection || page.kind === "landing") ? handbook.title : undefined;
  const ld = jsonLdFor({ page, handbook, siteTitle: model.title, lang: model.lang, position: ctx.position, updated: ctx.updated, urlOf });
  // Generated pages that must not be found on their own (the 404) say so.
  const noindex = page.data.noindex === true;
  return html`${noindex && html`<meta name="robots" content="noindex">\n`}<meta property="og:type" content="${isSection ? "article" : "website"}">
<meta property="og:title" content="${title}" data-pagefind-meta="title[content]">
<meta property="og:site_name" content="${model.title}">
${description && html`<meta property="og:description" content="${description}">\n`}${ctx.siteUrl && html`<meta property="og:url" content="${urlOf(page.url)}">\n`}${handbookName &&
    html`<meta property="article:section" content="${handbookName}" data-pagefind-meta="handbook[content]" data-pagefind-filter="handbook[content]">\n`}${isSection &&
    ctx.updated && html`<meta property="article:modified_time" content="${ctx.updated.toISOString().slice(0, 10)}">\n`}<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
${description && html`<meta name="twitter:description" content="${description}">\n`}${ld && html`<script type="application/ld+json">${raw(scriptJson(ld))}</script>\n`}`;
}
