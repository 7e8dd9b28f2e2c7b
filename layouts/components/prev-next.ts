// Previous/next links at the end of a section. Plain links with rel so they
// work without JavaScript; the head carries matching <link rel> elements that
// the client's arrow-key navigation follows.
import type { PrevNext } from "../../src/content/types.ts";
import { html, type SafeHtml } from "../lib/html.ts";

export function prevNext(nav: PrevNext | undefined, toHref: (url: string) => string): SafeHtml | undefined {
  if (!nav || (!nav.prev && !nav.next)) return undefined;
  const { prev, next } = nav;
  return html`<nav class="prev-next" aria-label="Previous and next">
${prev && html`<a class="prev-next-link prev-next-prev" rel="prev" href="${toHref(prev.url)}"><span class="prev-next-label">Previous</span> <span class="prev-next-title">${prev.title}</span></a>`}
${next && html`<a class="prev-next-link prev-next-next" rel="next" href="${toHref(next.url)}"><span class="prev-next-label">Next</span> <span class="prev-next-title">${next.title}</span></a>`}
</nav>`;
}
