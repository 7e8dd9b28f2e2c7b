// The handbook's sections in reading order, the current one marked with
// aria-current. A <details> so narrow screens show one line ("Sections, 3 of
// 12") instead of a long list above the text; wide screens keep it open (CSS).
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
<details class="collapsible">
<summary class="collapsible-summary">Sections${position >= 0 &&
    html` <span class="sidebar-position">(${position + 1} of ${handbook.sections.length})</span>`}</summary>
<ol class="sidebar-list">${items}</ol>
</details>
</nav>`;
}
