// A handbook's landing page: title, overview (its index.md), the sections in
// reading order with their descriptions, and related handbooks if any.
import type { Handbook, SiteModel } from "../src/content/types.ts";
import type { PageContext } from "./context.ts";
import { handbookReadingLabel, readingTimeLabel } from "./components/reading-time.ts";
import { handbookTools } from "./components/handbook-tools.ts";
import { html, raw, type SafeHtml } from "./lib/html.ts";
import { sectionCount } from "./lib/labels.ts";
import { href, SECTION_LIST_ID } from "./lib/urls.ts";

/** Handbooks named in the landing's `related` front matter that exist. */
function relatedHandbooks(model: SiteModel, related: unknown): Handbook[] {
  if (!Array.isArray(related)) return [];
  return related
    .map((slug) => (typeof slug === "string" ? model.handbookBySlug.get(slug) : undefined))
    .filter((hb): hb is Handbook => hb !== undefined);
}

function sectionTime(minutes: number | undefined): SafeHtml | undefined {
  const label = readingTimeLabel(minutes);
  return label ? html` <span class="section-list-time">${label}</span>` : undefined;
}

export function landingMain(ctx: PageContext): SafeHtml {
  const to = (url: string) => href(ctx, url);
  const hb = ctx.handbook;
  const title = hb?.title ?? ctx.page.data.title;
  const description = hb?.description ?? ctx.page.data.description;
  const sections = hb?.sections ?? [];
  const related = relatedHandbooks(ctx.model, ctx.page.data.related);
  const reading = hb && handbookReadingLabel(hb);
  return html`<article class="landing">
<header class="article-header">
<h1>${title}</h1>
${description && html`<p class="lead">${description}</p>`}
${reading && html`<p class="article-meta">${sectionCount(sections.length)} · ${reading}</p>`}
</header>
<div class="prose" data-pagefind-body>${raw(ctx.contentHtml)}</div>
${handbookTools(hb, to)}
${sections.length > 0 && html`<section class="sections" aria-labelledby="${SECTION_LIST_ID}">
<h2 id="${SECTION_LIST_ID}">Sections</h2>
<ol class="section-list">${sections.map(
    (s) => html`<li><a class="section-list-title" href="${to(s.url)}">${s.data.title}</a>${sectionTime(s.readingMinutes)}${s.data.description &&
      html`<p class="section-list-description">${s.data.description}</p>`}</li>`,
  )}</ol>
<p class="start-reading"><a href="${to(sections[0]!.url)}">Start reading: ${sections[0]!.data.title}</a></p>
</section>`}
${related.length > 0 && html`<section class="related" aria-labelledby="folio-related">
<h2 id="folio-related">Related handbooks</h2>
<ul class="related-list">${related.map(
    (r) => html`<li><a href="${to(r.url)}">${r.title}</a>${r.description && html` – ${r.description}`}</li>`,
  )}</ul>
</section>`}
</article>`;
}
