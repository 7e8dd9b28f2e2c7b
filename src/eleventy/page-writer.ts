// Production builds write pages themselves. Eleventy keeps every page it
// renders (its body and its final HTML) until the build ends: at 1000
// sections that was about 200 MB of live strings, at 10,000 about 2 GB. So in
// a production build Eleventy runs dry: the Markdown library hands Eleventy an
// empty string and keeps the body here until the layout takes it; the layout
// writes the page and hands Eleventy an empty string again. What stays is a
// hash of each page (the search index's cache key) and its URL (link checks).
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface WrittenPage {
  url: string;
  outputPath: string;
  /** sha1 of the HTML, for the search index's cache key. */
  hash: string;
}

// The CLI reports how many pages were written; a global survives the config
// being loaded as a separate module graph.
const COUNT = Symbol.for("folio.pagesWritten");
type Holder = { [COUNT]?: number };

/** Pages written by the last production build of this process. */
export function pagesWritten(): number | undefined {
  return (globalThis as Holder)[COUNT];
}

export class PageWriter {
  private readonly bodies = new Map<string, string>();
  private readonly written = new Map<string, WrittenPage>();

  /** The Markdown library's side: keeps a page's body for its layout; Eleventy gets "". */
  keepBody(inputPath: string, html: string): "" {
    this.bodies.set(path.resolve(inputPath), html);
    return "";
  }

  /** The layout's side: the body kept for this page (once). */
  takeBody(inputPath: string): string | undefined {
    const key = path.resolve(inputPath);
    const body = this.bodies.get(key);
    this.bodies.delete(key);
    return body;
  }

  write(url: string, outputPath: string, html: string): "" {
    mkdirSync(path.dirname(outputPath), { recursive: true });
    writeFileSync(outputPath, html);
    this.written.set(outputPath, { url, outputPath, hash: createHash("sha1").update(html).digest("hex") });
    (globalThis as Holder)[COUNT] = this.written.size;
    return "";
  }

  pages(): WrittenPage[] {
    return [...this.written.values()];
  }

  /** Before each build. */
  clear(): void {
    this.bodies.clear();
    this.written.clear();
  }
}
