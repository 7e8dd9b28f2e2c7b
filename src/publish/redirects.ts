// `redirect_from:` lists a page's old URLs. Each becomes a small page at the
// old address that sends readers (and search engines, via canonical) on to
// the page, so old links keep working on a host without server redirects.
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { renderRedirect } from "../../layouts/redirect.ts";
import { canonicalUrl, href } from "../../layouts/lib/urls.ts";
import { contentError } from "../checks/diagnostics.ts";
import type { SourcePage } from "../content/types.ts";
import { outputFileForUrl, RESERVED_FOLDERS } from "./url-claims.ts";

export interface Redirect {
  /** The old URL as a site path ("/old/section5/"). */
  from: string;
  /** Where its page is written under the output folder ("old/section5/index.html"). */
  outputFile: string;
  /** Index of the entry in the page's redirect_from list. */
  index: number;
  to: SourcePage;
}

/** The redirects a page asks for; throws FolioError (at the entry's line) on an unusable URL. */
export function redirectsOf(page: SourcePage, contentDir: string): Redirect[] {
  const list = page.data.redirect_from ?? [];
  return list.map((raw, index) => {
    const trimmed = raw.trim();
    // "old/page/" is read as "/old/page/"; a full URL ("https://…") stays as it is, and is refused.
    const from = trimmed.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `/${trimmed}`;
    const outputFile = outputFileForUrl(from);
    const fail = (message: string, hint: string) =>
      contentError({ file: page.displayPath, line: redirectEntryLine(page, contentDir, index), col: 1, message, hint });
    if (!outputFile) {
      throw fail(
        `redirect_from: "${raw}" is not a page address on this site`,
        "write the old path without the domain, ending in / or .html, e.g.  - /old/section5/  or  - /section5.html",
      );
    }
    if (RESERVED_FOLDERS.some((folder) => outputFile.startsWith(folder))) {
      throw fail(`redirect_from: "${raw}" points into /${outputFile.split("/")[0]}/, where Folio keeps its own files`, "pick the old page address this page used to have");
    }
    return { from, outputFile, index, to: page };
  });
}

/**
 * The 1-based file line of entry `index` of a page's redirect_from list.
 * Re-reads the file: only needed when reporting a problem with an entry.
 */
export function redirectEntryLine(page: SourcePage, contentDir: string, index: number): number {
  try {
    const source = readFileSync(path.join(contentDir, page.relPath), "utf8");
    return entryLineIn(source, index);
  } catch {
    return 1;
  }
}

/** Line of redirect_from's entry `index` in a file's text (1 when not found). */
export function entryLineIn(source: string, index: number): number {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const end = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
  if (end < 0) return 1;
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join("\n"), { lineCounter: counter });
  if (!isMap(doc.contents)) return 1;
  const pair = doc.contents.items.find((p) => String((p.key as { value?: unknown })?.value) === "redirect_from");
  const seq = pair?.value;
  const node = isSeq(seq) ? (seq.items[index] as { range?: [number, number, number] } | undefined) : undefined;
  const offset = node?.range?.[0] ?? (pair?.key as { range?: [number] } | undefined)?.range?.[0];
  // linePos is 1-based within the YAML, which starts on the file's second line.
  return offset === undefined ? 1 : counter.linePos(offset).line + 1;
}

/** Writes the page left at each old URL. */
export async function writeRedirects(
  outputDir: string,
  redirects: readonly Redirect[],
  site: { pathPrefix: string; siteUrl?: string; lang: string },
): Promise<void> {
  await Promise.all(redirects.map(async (r) => {
    const file = path.join(outputDir, r.outputFile);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, renderRedirect({
      lang: site.lang, title: r.to.data.title, href: href(site, r.to.url), canonical: canonicalUrl(site, r.to.url),
    }));
  }));
}
