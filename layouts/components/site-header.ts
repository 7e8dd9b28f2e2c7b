// The banner at the top of every page: the site title, linking home, and
// any header controls (the theme switch) after it.
import { html, type SafeHtml } from "../lib/html.ts";

export interface SiteHeaderProps {
  siteTitle: string;
  homeHref: string;
  /** Controls shown at the end of the header, e.g. the theme switch. */
  tools?: SafeHtml;
  /** The search box (layouts/components/search-box.ts), between the title and the tools. */
  search?: SafeHtml;
}

export function siteHeader({ siteTitle, homeHref, tools, search }: SiteHeaderProps): SafeHtml {
  return html`<header class="site-header">
<a class="site-title" href="${homeHref}">${siteTitle}</a>
${search && html`${search}\n`}${tools && html`${tools}\n`}</header>`;
}
