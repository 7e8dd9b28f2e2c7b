// The handbook's sections in reading order, the current one marked with
// aria-current. Wide screens show the list as a column beside the text (CSS
// forces the <details> open). On phones it is a drawer behind a button
// ("Sections (3 of 12)"): a <details>, so it opens and closes without
// JavaScript; its open panel slides over the page and the summary becomes the
// backdrop, so a tap beside the panel closes it. The client bundle adds a
// close button, moves focus into the panel and back, closes on Escape and
// makes the page behind inert (src/client/drawer.ts).
// A very long handbook lists only the sections around the current one, with
// links to the overview for the rest: every page carries its sidebar, so a
// full list would make the site grow with the square of the handbook's length.
import type { Handbook, SourcePage } from "../../src/content/types.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { navLabel } from "../lib/labels.ts";
import { SECTION_LIST_ID } from "../lib/urls.ts";

export interface SidebarProps {
  handbook: Handbook;
  current: SourcePage;
  toHref: (url: string) => string;
  /** Development mode: mark draft sections so authors see what will be left out. */
  markDrafts: boolean;
}

/** Handbooks up to this long list every section in the sidebar. */
export const FULL_LIST_MAX = 150;
/** Longer ones list this many sections before and after the current one. */
export const WINDOW = 25;

/** The [from, to) range of sections the sidebar lists. */
export function sidebarRange(count: number, position: number): [number, number] {
  if (count <= FULL_LIST_MAX) return [0, count];
  const from = Math.max(0, Math.min(position - WINDOW, count - 2 * WINDOW - 1));
  return [from, from + 2 * WINDOW + 1];
}

export function sidebar({ handbook, current, toHref, markDrafts }: SidebarProps): SafeHtml {
  const position = handbook.sections.findIndex((s) => s.relPath === current.relPath);
  const [from, to] = sidebarRange(handbook.sections.length, position);
  const overview = `${toHref(handbook.url)}#${SECTION_LIST_ID}`;
  const gap = (count: number, which: string) =>
    html`<p class="sidebar-gap"><a href="${overview}">${count} ${which} ${count === 1 ? "section" : "sections"}</a></p>`;
  const items = handbook.sections.slice(from, to).map((section) => {
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
<p class="drawer-heading"><a href="${toHref(handbook.url)}">${handbook.title}</a></p>${from > 0 && html`
${gap(from, "earlier")}`}
<ol class="sidebar-list"${from > 0 && html` start="${from + 1}"`}>${items}</ol>${to < handbook.sections.length && html`
${gap(handbook.sections.length - to, "later")}`}
</div>
</details>
</nav>`;
}
