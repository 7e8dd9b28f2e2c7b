// A link to itself next to every ## and ### heading of a section, written at
// build time so it works without JavaScript (follow it, then copy the address);
// the client bundle makes a click also copy the URL (src/client/copy.ts).
// The link sits beside the heading, not inside it, so the heading's text and
// accessible name stay exactly what the author wrote. Its name says where it
// leads; the visible "#" is decoration drawn by CSS.
import type { TocEntry } from "../context.ts";
import { HEADING } from "../../src/eleventy/page-facts.ts";
import { escapeHtml, unescapeHtml } from "../lib/html.ts";


/**
 * Wraps each heading with an id in `<div class="heading-anchored">` and adds
 * its anchor link. `toc` gives the headings' plain text, by id. The id is
 * reused as written in the attribute (already escaped there).
 */
export function withHeadingAnchors(body: string, toc: readonly TocEntry[]): string {
  if (toc.length === 0) return body;
  const textById = new Map(toc.map((t) => [t.id, t.text]));
  return body.replace(HEADING, (heading: string, _level: string, id: string) => {
    const text = textById.get(unescapeHtml(id));
    if (text === undefined) return heading;
    return (
      `<div class="heading-anchored">${heading}` +
      `<a class="heading-anchor" href="#${id}" data-pagefind-ignore>` +
      `<span class="visually-hidden">Link to section “${escapeHtml(text)}”</span></a></div>`
    );
  });
}
