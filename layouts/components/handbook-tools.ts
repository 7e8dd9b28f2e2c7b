// Links from a handbook's landing page to the pages Folio makes for the
// whole handbook: every section on one page for printing, and the index of
// the resources its sections cite.
import type { Handbook } from "../../src/content/types.ts";
import { handbookPageUrls } from "../../src/publish/handbook-pages.ts";
import { html, type SafeHtml } from "../lib/html.ts";

export function handbookTools(handbook: Handbook | undefined, toHref: (url: string) => string): SafeHtml | undefined {
  if (!handbook || handbook.sections.length === 0) return undefined;
  const urls = handbookPageUrls(handbook);
  return html`<ul class="handbook-tools" aria-label="The whole handbook">
<li><a href="${toHref(urls.print)}">The whole handbook on one page, for printing</a></li>
<li><a href="${toHref(urls.resources)}">All resources cited in this handbook</a></li>
</ul>`;
}
