// The 404 page (404.html at the site root, which static hosts such as GitHub
// Pages serve for any missing address): what happened, the search box in the
// header, and a way into every handbook. All its links are absolute (with the
// path prefix) because it is served at whatever address was missing.
import type { SiteModel } from "../src/content/types.ts";
import { html, type SafeHtml } from "./lib/html.ts";

export function notFoundMain(model: SiteModel, toHref: (url: string) => string): SafeHtml {
  return html`<article class="article not-found">
<header class="article-header">
<h1>Page not found</h1>
<p class="lead">There is no page at this address. It may have moved, or the link may have a typo.</p>
</header>
<p class="not-found-search">Search for what you were looking for with the search box at the top of the page${model.handbooks.length > 0 ? ", or start from one of the handbooks:" : "."}</p>
${model.handbooks.length > 0 && html`<ul class="not-found-handbooks">${model.handbooks.map(
    (hb) => html`<li><a href="${toHref(hb.url)}">${hb.title}</a>${hb.description && html` – ${hb.description}`}</li>`,
  )}</ul>`}
<p><a href="${toHref("/")}">Go to the home page</a></p>
</article>`;
}
