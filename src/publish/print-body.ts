// Puts a section's rendered body inside the handbook's print page: its ids
// get the section's anchor as a prefix (every section has an "overview"),
// links to headings and to sibling sections become links within the page,
// and headings move one level down under the section's own <h2>.
// String rewriting of our own pipeline's output, one pass per section.

/** Anchor of a section on the print page: its file name without ".md". */
export function printAnchor(relPath: string): string {
  return relPath.slice(relPath.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/**
 * Rewrites one section body. `siblings` maps each section URL of the
 * handbook (as written in hrefs) to its anchor.
 */
export function printBody(body: string, anchor: string, siblings: ReadonlyMap<string, string>): string {
  return body
    .replace(/(\s)id="([^"]*)"/g, (_, space: string, id: string) => `${space}id="${anchor}--${id}"`)
    .replace(/href="([^"#]*)(#[^"]*)?"/g, (whole, target: string, hash: string | undefined) => {
      const to = target === "" ? anchor : siblings.get(target);
      if (to === undefined) return whole;
      return `href="#${hash && hash.length > 1 ? `${to}--${hash.slice(1)}` : to}"`;
    })
    .replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 1)}`);
}
