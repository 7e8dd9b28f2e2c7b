// One handbook on the home page: title (linked), description, section count
// and, when known, its total reading time.
import type { Handbook } from "../../src/content/types.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { sectionCount } from "../lib/labels.ts";
import { handbookReadingLabel } from "./reading-time.ts";

export function handbookCard(handbook: Handbook, toHref: (url: string) => string): SafeHtml {
  const reading = handbookReadingLabel(handbook);
  return html`<li class="card">
<h3 class="card-title"><a href="${toHref(handbook.url)}">${handbook.title}</a></h3>
${handbook.description && html`<p class="card-description">${handbook.description}</p>`}
<p class="card-meta">${sectionCount(handbook.sections.length)}${reading && ` · ${reading}`}</p>
</li>`;
}
