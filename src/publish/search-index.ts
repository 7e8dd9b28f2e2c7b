// Indexes the built site with Pagefind (its Node API; the binary comes with
// the npm package) into <output>/pagefind/. Runs after every production
// build, on the folder that is swapped in only afterwards, and before Folio
// writes its own pages there: those are never search results, and the
// print pages alone would double the work. Pages opt in with
// data-pagefind-body (section text, handbook overviews, plain pages).
import path from "node:path";
import { close, createIndex, type PagefindIndex } from "pagefind";

export interface IndexReport {
  pages: number;
  seconds: number;
}

/** A scanned site whose index is not written yet (so other files can be written meanwhile). */
export interface ScannedSite {
  write(): Promise<IndexReport>;
}

// KaTeX prints each formula twice (MathML and HTML); the MathML copy, with its
// TeX annotation, is enough for search. Panel counts ("3 resources") are noise.
const EXCLUDE = [".katex-html", ".resources-count"];

/** Everything besides the pages that the index depends on (part of its cache key). */
export const SEARCH_OPTIONS = { excludeSelectors: EXCLUDE };

export async function scanSite(outputDir: string): Promise<ScannedSite> {
  const started = performance.now();
  const dir = path.resolve(outputDir);
  let index: PagefindIndex | undefined;
  try {
    const created = await createIndex(SEARCH_OPTIONS);
    index = created.index;
    if (!index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const scanned = index;
    return {
      async write() {
        try {
          const written = await scanned.writeFiles({ outputPath: path.join(dir, "pagefind") });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
        } finally {
          await close();
        }
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
