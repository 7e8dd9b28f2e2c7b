// A handbook on one page, for printing or saving as PDF: the title, a table
// of contents, then every section in reading order. The page is written in
// pieces (src/publish/generated-pages.ts streams one section at a time), so
// `printPageMain` leaves a slot for the sections and `printSection` renders
// one. Bodies arrive already rewritten for this page (print-body.ts).
import type { Handbook } from "../src/content/types.ts";
import { html, raw, type SafeHtml } from "./lib/html.ts";
import { sectionCount } from "./lib/labels.ts";

export interface PrintSectionPart {
  anchor: string;
  title: string;
  description?: string;
}

export function printPageMain(
  handbook: Handbook,
  sections: readonly PrintSectionPart[],
  toHref: (url: string) => string,
  slot: SafeHtml,
): SafeHtml {
  return html`<article class="article print-handbook">
<header class="article-header">
<h1>${handbook.title}</h1>
${handbook.description && html`<p class="lead">${handbook.description}</p>`}
<p class="print-hint">The whole handbook on one page (${sectionCount(sections.length)}): use your browser's Print command to print it or save it as a PDF. <a href="${toHref(handbook.url)}">Back to the handbook</a></p>
</header>
<nav class="print-toc" aria-labelledby="print-contents">
<h2 id="print-contents">Contents</h2>
<ol>${sections.map((s) => html`<li><a href="#${s.anchor}">${s.title}</a></li>`)}</ol>
</nav>
${slot}</article>`;
}

/** One section of the print page; `body` is trusted HTML from our own pipeline. */
export function printSection(part: PrintSectionPart, position: number, body: string): SafeHtml {
  return html`<section class="print-section" aria-labelledby="${part.anchor}">
<h2 id="${part.anchor}"><span class="print-section-number">${position}.</span> ${part.title}</h2>
${part.description && html`<p class="lead">${part.description}</p>`}
<div class="prose">${raw(body)}</div>
</section>
`;
}
