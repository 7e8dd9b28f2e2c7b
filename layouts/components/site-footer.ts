// The footer of every page. Kept plain: a way home and what built the site.
import { html, type SafeHtml } from "../lib/html.ts";

export interface SiteFooterProps {
  siteTitle: string;
  homeHref: string;
}

export function siteFooter({ siteTitle, homeHref }: SiteFooterProps): SafeHtml {
  return html`<footer class="site-footer">
<p><a href="${homeHref}">${siteTitle}</a> · Built with Folio</p>
</footer>`;
}
