// What a published site carries besides its pages: sitemap, robots.txt,
// 404, .nojekyll, CNAME, canonical/OpenGraph/Twitter meta, JSON-LD, "last
// updated", "Edit this page", redirect pages and the search index, built
// under a path prefix with a site URL, as the GitHub Pages workflow does.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSite, fixture, type BuildResult } from "../helpers/build.ts";
import { parseHtml, queryAll, queryOne, textOf } from "../helpers/html.ts";

const SITE = "https://example.test/some-repo";
let site: BuildResult;
before(async () => {
  site = await buildSite(fixture(import.meta.url, "publish-site"), { pathPrefix: "/some-repo/", siteUrl: SITE });
  assert.equal(site.status, 0, site.stderr);
});

const read = (rel: string) => readFileSync(path.join(site.outDir, rel), "utf8");
const doc = (url: string) => parseHtml(site.html(url));
const meta = (url: string, key: string) => {
  const el = queryAll(doc(url), "meta").find((m) => m.attrs.property === key || m.attrs.name === key);
  return el?.attrs.content;
};

/** Every HTML file of the output as a site path ("handbooks/x/" or "404.html"). */
function htmlPages(): string[] {
  return (readdirSync(site.outDir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => f.endsWith(".html"))
    .map((f) => (f.endsWith("/index.html") ? f.slice(0, -"index.html".length) : f === "index.html" ? "" : f));
}

test("the sitemap lists every page, under the site URL, and nothing else", () => {
  const xml = read("sitemap.xml");
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
  const redirects = htmlPages().filter((p) => /http-equiv="refresh"/.test(read(p.endsWith(".html") ? p : `${p}index.html`)));
  assert.ok(redirects.length === 3, `three redirect pages: ${redirects.join(", ")}`);
  const expected = htmlPages().filter((p) => p !== "404.html" && !redirects.includes(p)).map((p) => `${SITE}/${p}`);
  assert.deepEqual([...locs].sort(), [...expected].sort());
  assert.equal(new Set(locs).size, locs.length, "no page twice");
  assert.ok(locs.includes(`${SITE}/handbooks/alpha/print/`) && locs.includes(`${SITE}/about/`));
  assert.match(xml, /<loc>https:\/\/example\.test\/some-repo\/handbooks\/alpha\/section1\/<\/loc><lastmod>2025-03-14<\/lastmod>/);
});

test("robots.txt points at the sitemap; .nojekyll and CNAME are written", () => {
  assert.equal(read("robots.txt"), `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  assert.ok(existsSync(path.join(site.outDir, ".nojekyll")));
  assert.equal(read("CNAME"), "handbooks.example.test\n");
});

test("canonical, OpenGraph and Twitter meta use the site URL given on the command line", () => {
  const url = "/handbooks/alpha/section1/";
  assert.equal(queryOne(doc(url), 'link[rel="canonical"]')?.attrs.href, `${SITE}${url}`);
  assert.equal(meta(url, "og:url"), `${SITE}${url}`);
  assert.equal(meta(url, "og:type"), "article");
  assert.equal(meta(url, "og:title"), "Alpha One");
  assert.equal(meta(url, "og:description"), "Opens the handbook and cites two resources.");
  assert.equal(meta(url, "og:site_name"), "Publishing Test Site");
  assert.equal(meta(url, "twitter:card"), "summary");
  assert.equal(meta(url, "twitter:title"), "Alpha One");
  assert.equal(meta("/", "og:type"), "website");
});

function jsonLd(url: string): Record<string, unknown> {
  const script = queryOne(doc(url), 'script[type="application/ld+json"]');
  assert.ok(script, `${url} has JSON-LD`);
  return JSON.parse(textOf(script, { includeRawText: true }));
}

test("JSON-LD: a handbook is a Course of its sections, a section a LearningResource with its position", () => {
  const course = jsonLd("/handbooks/alpha/");
  assert.equal(course["@type"], "Course");
  assert.equal(course.name, "Alpha Handbook");
  assert.equal(course.url, `${SITE}/handbooks/alpha/`);
  assert.deepEqual((course.hasPart as { name: string; position: number }[]).map((p) => [p.position, p.name]),
    [[1, "Alpha One"], [2, "Alpha Two"], [3, "Alpha Three"]]);
  const section = jsonLd("/handbooks/alpha/section2/");
  assert.equal(section["@type"], "LearningResource");
  assert.equal(section.position, 2);
  assert.equal(section.url, `${SITE}/handbooks/alpha/section2/`);
  assert.deepEqual(section.isPartOf, { "@type": "Course", name: "Alpha Handbook", url: `${SITE}/handbooks/alpha/` });
  assert.equal(jsonLd("/handbooks/alpha/section1/").dateModified, "2025-03-14");
});

test("'last updated' shows the front matter date; 'Edit this page' opens the source on the configured branch", () => {
  const meta1 = queryOne(doc("/handbooks/alpha/section1/"), ".page-meta")!;
  assert.match(textOf(meta1), /Last updated March 14, 2025/);
  assert.equal(queryOne(meta1, "time")?.attrs.datetime, "2025-03-14");
  const edit = queryOne(meta1, "a.page-edit")!;
  assert.equal(textOf(edit), "Edit this page");
  assert.equal(edit.attrs.href,
    "https://github.com/example/handbooks/edit/trunk/tests/build/fixtures/publish-site/handbooks/alpha/section1.md");
  assert.match(queryOne(doc("/about/"), "a.page-edit")!.attrs.href!, /\/edit\/trunk\/tests\/build\/fixtures\/publish-site\/about\.md$/);
});

test("404.html has the search box and links to every handbook, all with the prefix", () => {
  const page = doc("/404.html");
  assert.equal(textOf(queryOne(page, "h1")!), "Page not found");
  assert.ok(queryOne(page, '[role="search"] input'), "search box");
  const links = queryAll(page, ".not-found-handbooks a").map((a) => [a.attrs.href, textOf(a)]);
  assert.deepEqual(links, [["/some-repo/handbooks/alpha/", "Alpha Handbook"], ["/some-repo/handbooks/beta/", "Beta Handbook"]]);
  assert.equal(meta("/404.html", "robots"), "noindex");
});

test("each redirect_from entry is a page at the old URL: meta refresh, canonical and a visible link", () => {
  for (const [old, target, title] of [
    ["/old/alpha-two/", "/handbooks/alpha/section2/", "Alpha Two"],
    ["/alpha/section2.html", "/handbooks/alpha/section2/", "Alpha Two"],
    ["/beta-old/", "/handbooks/beta/section1/", "Beta One"],
  ] as const) {
    const page = doc(old);
    const refresh = queryAll(page, "meta").find((m) => m.attrs["http-equiv"] === "refresh");
    assert.equal(refresh?.attrs.content, `0; url=/some-repo${target}`, old);
    assert.equal(queryOne(page, 'link[rel="canonical"]')?.attrs.href, `${SITE}${target}`, old);
    const link = queryOne(page, "main a")!;
    assert.equal(link.attrs.href, `/some-repo${target}`);
    assert.equal(textOf(link), title);
  }
});

test("Pagefind indexed the section text with title and handbook, and nothing Folio generated", () => {
  assert.ok(existsSync(path.join(site.outDir, "pagefind/pagefind.js")));
  const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
  // 4 sections, 2 landings, 1 plain page: the home, 404, redirects, print and resource pages are left out.
  assert.equal(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), 7);
  const section = doc("/handbooks/alpha/section2/");
  assert.ok(queryOne(section, ".article-body[data-pagefind-body]"), "only the article body is indexed");
  const handbook = queryAll(section, "meta").find((m) => m.attrs["data-pagefind-meta"] === "handbook[content]");
  assert.equal(handbook?.attrs.content, "Alpha Handbook");
});

test("every page links the search UI and index under the prefix, not in the core bundle", () => {
  const box = queryOne(doc("/handbooks/alpha/section1/"), '[role="search"]')!;
  assert.equal(box.attrs["data-search-src"], "/some-repo/assets/search.js");
  assert.equal(box.attrs["data-pagefind-src"], "/some-repo/pagefind/pagefind.js");
  assert.ok(existsSync(path.join(site.outDir, "assets/search.js")));
  assert.doesNotMatch(read("assets/folio.js"), /site-search-result/, "the results UI is not in the core bundle");
});
