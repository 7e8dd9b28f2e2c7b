// The banner at the top of every page: the site title, linking home.
import { html, type SafeHtml } from "../lib/html.ts";

export interface SiteHeaderProps {
  siteTitle: string;
  homeHref: string;
}

export function siteHeader({ siteTitle, homeHref }: SiteHeaderProps): SafeHtml {
  return html`<header class="site-header">
<a class="site-title" href="${homeHref}">${siteTitle}</a>
</header>`;
}
