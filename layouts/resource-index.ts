// Every resource a handbook cites, grouped by type, each once, with links
// back to the sections that cite it.
import type { Handbook } from "../src/content/types.ts";
import { groupHeading, type ResourceGroup } from "../src/publish/resource-index.ts";
import { html, type SafeHtml } from "./lib/html.ts";

const groupId = (type: string) => `type-${type.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

export function resourceIndexMain(handbook: Handbook, groups: readonly ResourceGroup[], toHref: (url: string) => string): SafeHtml {
  const total = groups.reduce((n, g) => n + g.resources.length, 0);
  return html`<article class="article resource-index">
<header class="article-header">
<h1>Resources cited in ${handbook.title}</h1>
<p class="lead">${total === 0
    ? "No section of this handbook cites a resource yet."
    : `${total === 1 ? "One resource" : `${total} resources`} from the handbook's resource panels, grouped by type, each with the sections that cite it.`}</p>
<p><a href="${toHref(handbook.url)}">Back to the handbook</a></p>
</header>
${groups.map((g) => html`<section class="resource-group" aria-labelledby="${groupId(g.type)}">
<h2 id="${groupId(g.type)}">${groupHeading(g.type)} <span class="resource-group-count">(${g.resources.length})</span></h2>
<ul class="resource-index-list">${g.resources.map((r) => html`<li class="resource-index-item">
<a class="resource-link" href="${r.url}">${r.title}</a>${r.byline && html` <span class="resource-byline">${r.byline}</span>`}${r.note && html` <span class="resource-note">– ${r.note}</span>`}
<p class="cited-in">Cited in ${r.citedIn.map((s, i) => html`${i > 0 && ", "}<a href="${toHref(s.url)}">${s.data.title}</a>`)}</p>
</li>`)}</ul>
</section>
`)}</article>`;
}
