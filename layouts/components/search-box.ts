// The search box in the header. The search code and index load only when it
// is first used (src/client/search/loader.ts imports data-search-src), so
// pages pay nothing for search until someone searches. role="search" lets
// the "/" shortcut find its input. Without JavaScript the box is hidden by
// CSS (@media (scripting: none)): it could not do anything.
import { html, type SafeHtml } from "../lib/html.ts";

export interface SearchBoxProps {
  /** Prefixed URL of the search UI bundle. */
  scriptHref: string;
  /** Prefixed URL of Pagefind's pagefind.js. */
  pagefindHref: string;
  /** Development builds have no index: the UI says so instead of failing. */
  indexed: boolean;
}

export function searchBox({ scriptHref, pagefindHref, indexed }: SearchBoxProps): SafeHtml {
  return html`<div class="site-search" role="search" data-search-src="${scriptHref}" data-pagefind-src="${pagefindHref}"${!indexed &&
    html` data-search-unavailable`}>
<label class="visually-hidden" for="site-search-input">Search the handbooks</label>
<input class="site-search-input" id="site-search-input" type="search" placeholder="Search" autocomplete="off" spellcheck="false" aria-controls="site-search-results">
<div class="site-search-panel" id="site-search-results" hidden></div>
</div>`;
}
