// Where the pages Folio generates live. One place, so the landing page's
// links, the URL claims and the writers always agree.
import type { Handbook } from "../content/types.ts";

export function handbookPageUrls(handbook: Pick<Handbook, "url">): { print: string; resources: string } {
  return { print: `${handbook.url}print/`, resources: `${handbook.url}resources/` };
}

export const NOT_FOUND_URL = "/404.html";

/** Site-relative URLs of the search assets. */
export const SEARCH_URLS = { script: "/assets/search.js", pagefind: "/pagefind/pagefind.js" } as const;
