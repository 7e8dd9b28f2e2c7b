// "On this page": the ## and ### headings of the body, ### nested under the
// ## before it. A <details> so narrow screens can fold it away; wide screens
// show it open through CSS (see layout.css).
import type { TocEntry } from "../context.ts";
import { html, type SafeHtml } from "../lib/html.ts";

interface TocNode {
  entry: TocEntry;
  children: TocEntry[];
}

/** Groups ### entries under the preceding ##; a leading ### stands alone. */
export function nestToc(entries: readonly TocEntry[]): TocNode[] {
  const nodes: TocNode[] = [];
  for (const entry of entries) {
    const parent = nodes[nodes.length - 1];
    if (entry.level === 3 && parent && parent.entry.level === 2) parent.children.push(entry);
    else nodes.push({ entry, children: [] });
  }
  return nodes;
}

function tocLink(entry: TocEntry): SafeHtml {
  return html`<a href="#${entry.id}">${entry.text}</a>`;
}

export function toc(entries: readonly TocEntry[]): SafeHtml | undefined {
  if (entries.length === 0) return undefined;
  const items = nestToc(entries).map(
    ({ entry, children }) => html`<li>${tocLink(entry)}${children.length > 0 &&
      html`<ul>${children.map((c) => html`<li>${tocLink(c)}</li>`)}</ul>`}</li>`,
  );
  return html`<nav class="toc" aria-label="On this page">
<details class="collapsible">
<summary class="collapsible-summary">On this page</summary>
<ul class="toc-list">${items}</ul>
</details>
</nav>`;
}
