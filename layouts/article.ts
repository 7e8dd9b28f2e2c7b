// A plain page (any Markdown file outside a handbook): title, lead, body.
import type { PageContext } from "./context.ts";
import { html, raw, type SafeHtml } from "./lib/html.ts";

export function articleMain(ctx: PageContext): SafeHtml {
  const { data } = ctx.page;
  return html`<article class="article">
<header class="article-header">
<h1>${data.title}</h1>
${data.description && html`<p class="lead">${data.description}</p>`}
</header>
<div class="prose" data-pagefind-body>${raw(ctx.contentHtml)}</div>
</article>`;
}
