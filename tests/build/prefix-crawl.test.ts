// A project site on GitHub Pages lives under /<repo>/. Build with that
// prefix, serve the output mounted there (everything else answers 404), and
// follow every reference from every page and asset: links, images, scripts,
// stylesheets, fonts in CSS, imports in JS, the search UI and index, redirect
// targets, canonical and sitemap URLs. Any 404 fails.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { buildSite, fixture } from "../helpers/build.ts";
import { serveDir } from "../helpers/serve.ts";
import { parseHtml, type HtmlElement } from "../helpers/html.ts";

const PREFIX = "/some-repo/";
const SITE = "https://example.test/some-repo";
let server: { url: string; close(): Promise<void> };

before(async () => {
  const site = await buildSite(fixture(import.meta.url, "publish-site"), { pathPrefix: PREFIX, siteUrl: SITE });
  assert.equal(site.status, 0, site.stderr);
  server = await serveDir(site.outDir, PREFIX);
});
after(() => server?.close());

function* elements(el: HtmlElement): Generator<HtmlElement> {
  for (const child of el.children) {
    if (child.kind !== "element") continue;
    yield child;
    yield* elements(child);
  }
}

/** URLs an HTML page refers to, as written. */
function htmlRefs(html: string): string[] {
  const refs: string[] = [];
  for (const el of elements(parseHtml(html).root)) {
    for (const [name, value] of Object.entries(el.attrs)) {
      if (name === "href" || name === "src" || name.endsWith("-src")) refs.push(value);
      else if (name === "srcset") refs.push(...value.split(",").map((c) => c.trim().split(/\s+/)[0]!));
      else if (name === "content" && el.tag === "meta") {
        const refresh = /^\d+;\s*url=(.+)$/i.exec(value);
        if (refresh) refs.push(refresh[1]!);
        else if (value.startsWith(SITE)) refs.push(value); // og:url
      }
    }
  }
  return refs;
}

function cssRefs(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]!);
}

function jsRefs(js: string): string[] {
  return [...js.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)|\bfrom\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]!);
}

/** A reference resolved to a URL on the local server, or undefined when it leaves the site. */
function local(ref: string, base: string): string | undefined {
  if (/^(data|mailto|javascript):/i.test(ref) || ref.startsWith("#")) return undefined;
  const absolute = ref.startsWith(SITE) ? server.url + ref.slice(SITE.length + 1) : new URL(ref, base).href;
  const url = new URL(absolute);
  if (url.origin !== new URL(server.url).origin) return undefined; // another site: not ours to check
  url.hash = "";
  return url.href;
}

test("under /some-repo/ every page and every asset it references is found", async () => {
  // Entry points: the home page, the files nothing links to, and the old URLs of redirect_from.
  const start = ["", "404.html", "sitemap.xml", "robots.txt", "old/alpha-two/", "alpha/section2.html", "beta-old/"]
    .map((p) => server.url + p);
  const seen = new Set<string>(start);
  const queue = [...start];
  const missing: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const res = await fetch(url);
    if (res.status !== 200) {
      missing.push(`${res.status} ${url}`);
      continue;
    }
    const type = res.headers.get("content-type") ?? "";
    const refs = type.includes("html") ? htmlRefs(await res.text())
      : type.includes("css") ? cssRefs(await res.text())
      : type.includes("javascript") ? jsRefs(await res.text())
      : url.endsWith("sitemap.xml") ? [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
      : url.endsWith("robots.txt") ? [...(await res.text()).matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]!)
      : [];
    for (const ref of refs) {
      const next = local(ref, url);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  assert.deepEqual(missing, []);
  const paths = [...seen].map((u) => new URL(u).pathname);
  // The crawl reached every kind of file, so each kind was checked.
  for (const expected of [
    "/some-repo/handbooks/alpha/section3/", "/some-repo/handbooks/alpha/print/", "/some-repo/handbooks/beta/resources/",
    "/some-repo/about/", "/some-repo/old/alpha-two/", "/some-repo/handbooks/alpha/images/diagram.svg",
    "/some-repo/assets/folio.css", "/some-repo/assets/folio.js", "/some-repo/assets/search.js",
    "/some-repo/assets/katex/katex.min.css", "/some-repo/pagefind/pagefind.js",
  ]) {
    assert.ok(paths.includes(expected), `the crawl did not reach ${expected}`);
  }
  assert.ok(paths.some((p) => p.startsWith("/some-repo/assets/katex/fonts/") && p.endsWith(".woff2")), "KaTeX fonts from the CSS");
  assert.ok(paths.every((p) => p.startsWith(PREFIX)), "every URL stays under the prefix");
});
