// Where the site lives and the browser storage Folio keeps. The layout writes
// the path prefix on <html data-root>, so a page can name any site page by
// its path below the root ("handbooks/nlp/section5/"): the same build served
// at "/" or at "/some-repo/" keeps the same names.

export function siteRoot(doc: Document): string {
  return doc.documentElement.dataset.root || "/";
}

/** The path of a link below the site root, without query or fragment. */
export function sitePath(doc: Document, href: string): string {
  const path = new URL(href, doc.baseURI).pathname;
  const root = siteRoot(doc);
  return path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, "");
}

/** localStorage key of the chosen theme ("light" | "dark"; absent: system). */
export const THEME_KEY = "folio-theme";

// localStorage throws when the reader has disabled storage; every feature
// that uses it then simply remembers nothing.
export function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value`, or removes the key when it is null. */
export function save(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // storage full or disabled: nothing to remember then
  }
}
