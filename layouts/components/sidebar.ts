// The handbook's sections in reading order, the current one marked with
// aria-current. Wide screens show the list as a column beside the text (CSS
// forces the <details> open). On phones it is a drawer behind a button
// ("Sections (3 of 12)"): a <details>, so it opens and closes without
// JavaScript; its open panel slides over the page and the summary becomes the
// backdrop, so a tap beside the panel closes it. The client bundle adds a
// close button, moves focus into the panel and back, closes on Escape and
// makes the page behind inert (src/client/drawer.ts).
import type { Handbook, SourcePage } from "../../src/content/types.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { navLabel } from "../lib/labels.ts";

export interface SidebarProps {
  handbook: Handbook;
  current: SourcePage;
  toHref: (url: string) => string;
  /** Development mode: mark draft sections so authors see what will be left out. */
  markDrafts: boolean;
}

export function sidebar({ handbook, current, toHref, markDrafts }: SidebarProps): SafeHtml {
  const position = handbook.sections.findIndex((s) => s.relPath === current.relPath);
  const items = handbook.sections.map((section) => {
    const isCurrent = section.relPath === current.relPath;
    const draft = markDrafts && section.data.draft === true;
    return html`<li><a href="${toHref(section.url)}"${isCurrent && html` aria-current="page"`}>${navLabel(section)}${draft &&
      html` <span class="draft-tag">Draft</span>`}</a></li>`;
  });
  return html`<nav class="sidebar" aria-label="Handbook sections">
<p class="sidebar-handbook"><a href="${toHref(handbook.url)}">${handbook.title}</a></p>
<details class="collapsible drawer">
<summary class="collapsible-summary drawer-button"><span class="drawer-label">Sections${position >= 0 &&
    html` <span class="sidebar-position">(${position + 1} of ${handbook.sections.length})</span>`}</span></summary>
<div class="drawer-panel">
<p class="drawer-heading"><a href="${toHref(handbook.url)}">${handbook.title}</a></p>
<ol class="sidebar-list">${items}</ol>
</div>
</details>
</nav>`;
}
