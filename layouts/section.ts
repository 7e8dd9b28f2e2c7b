// A handbook section: sidebar of the handbook's sections, the article with
// its on-page table of contents, and previous/next links at the end.
import type { Handbook } from "../src/content/types.ts";
import type { PageContext } from "./context.ts";
import type { DocumentParts } from "./base.ts";
import { withHeadingAnchors } from "./components/heading-anchors.ts";
import { pageMeta } from "./components/page-meta.ts";
import { prevNext } from "./components/prev-next.ts";
import { readingTimeLabel } from "./components/reading-time.ts";
import { sidebar } from "./components/sidebar.ts";
import { toc } from "./components/toc.ts";
import { html, raw } from "./lib/html.ts";
import { href } from "./lib/urls.ts";

export function sectionParts(ctx: PageContext, handbook: Handbook): DocumentParts {
  const to = (url: string) => href(ctx, url);
  const { data } = ctx.page;
  const reading = readingTimeLabel(ctx.page.readingMinutes);
  const main = html`<article class="article article-section">
<header class="article-header">
<h1>${data.title}</h1>
${data.description && html`<p class="lead">${data.description}</p>`}
${reading && html`<p class="article-meta">${reading}</p>`}
</header>
${toc(ctx.toc)}
<div class="article-body prose" data-pagefind-body>${raw(withHeadingAnchors(ctx.contentHtml, ctx.toc))}</div>
<footer class="article-footer">
${pageMeta(ctx)}
${prevNext(ctx.nav, to)}
</footer>
</article>`;
  return {
    main,
    sidebar: sidebar({ handbook, current: ctx.page, toHref: to, markDrafts: ctx.mode === "development" }),
  };
}
