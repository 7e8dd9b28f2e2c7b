// A handbook section: sidebar of the handbook's sections, the article with
// its on-page table of contents, and previous/next links at the end.
import type { Handbook } from "../src/content/types.ts";
import type { PageContext } from "./context.ts";
import type { DocumentParts } from "./base.ts";
import { prevNext } from "./components/prev-next.ts";
import { sidebar } from "./components/sidebar.ts";
import { toc } from "./components/toc.ts";
import { html, raw } from "./lib/html.ts";
import { formatDate } from "./lib/labels.ts";
import { href } from "./lib/urls.ts";

export function sectionParts(ctx: PageContext, handbook: Handbook): DocumentParts {
  const to = (url: string) => href(ctx, url);
  const { data } = ctx.page;
  const updated = data.updated instanceof Date ? formatDate(data.updated, ctx.model.lang) : undefined;
  const main = html`<article class="article article-section">
<header class="article-header">
<h1>${data.title}</h1>
${data.description && html`<p class="lead">${data.description}</p>`}
</header>
${toc(ctx.toc)}
<div class="article-body prose">${raw(ctx.contentHtml)}</div>
<footer class="article-footer">
${updated && html`<p class="updated">Last updated <time datetime="${updated.iso}">${updated.text}</time></p>`}
${prevNext(ctx.nav, to)}
</footer>
</article>`;
  return {
    main,
    sidebar: sidebar({ handbook, current: ctx.page, toHref: to, markDrafts: ctx.mode === "development" }),
  };
}
