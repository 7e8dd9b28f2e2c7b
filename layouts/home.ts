// The site home: the intro from content/index.md, then one card per handbook.
import type { PageContext } from "./context.ts";
import { handbookCard } from "./components/handbook-card.ts";
import { html, raw, type SafeHtml } from "./lib/html.ts";
import { href } from "./lib/urls.ts";

export function homeMain(ctx: PageContext): SafeHtml {
  const to = (url: string) => href(ctx, url);
  const { handbooks } = ctx.model;
  return html`<div class="home">
<h1>${ctx.page.data.title || ctx.model.title}</h1>
<div class="prose">${raw(ctx.contentHtml)}</div>
${handbooks.length > 0 && html`<section class="handbooks" aria-labelledby="folio-handbooks">
<h2 id="folio-handbooks">Handbooks</h2>
<ul class="card-list">${handbooks.map((hb) => handbookCard(hb, to))}</ul>
</section>`}
</div>`;
}
