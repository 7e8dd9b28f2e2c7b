// The small files a public site needs next to its pages: sitemap.xml,
// robots.txt, .nojekyll (GitHub Pages must not run Jekyll over the output)
// and CNAME (a custom domain). Pure text builders plus one writer.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { escapeHtml } from "../../layouts/lib/html.ts";

export interface SitemapEntry {
  /** Absolute URL of the page. */
  loc: string;
  lastmod?: Date;
}

/** sitemap.xml text: entries sorted by URL so unchanged content gives the same bytes. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  const urls = sorted.map((e) => {
    const lastmod = e.lastmod ? `<lastmod>${e.lastmod.toISOString().slice(0, 10)}</lastmod>` : "";
    return `<url><loc>${escapeHtml(e.loc)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join("\n")}
</urlset>
`;
}

export function robotsTxt(sitemapUrl: string | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ""}`;
}

export interface SiteFiles {
  sitemap?: string;
  robots: string;
  cname?: string;
}

export async function writeSiteFiles(outputDir: string, files: SiteFiles): Promise<void> {
  const writes = [
    writeFile(path.join(outputDir, ".nojekyll"), ""),
    writeFile(path.join(outputDir, "robots.txt"), files.robots),
  ];
  if (files.sitemap !== undefined) writes.push(writeFile(path.join(outputDir, "sitemap.xml"), files.sitemap));
  if (files.cname) writes.push(writeFile(path.join(outputDir, "CNAME"), `${files.cname}\n`));
  await Promise.all(writes);
}
