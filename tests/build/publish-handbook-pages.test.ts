// The pages Folio makes for a whole handbook: the resource index (every
// resource cited, once per URL, grouped by type, with backlinks) and the
// print page (every section in order on one page, with a table of contents).
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { buildSite, fixture, type BuildResult } from "../helpers/build.ts";
import { parseHtml, queryAll, queryOne, textOf, type HtmlDocument } from "../helpers/html.ts";

let site: BuildResult;
before(async () => {
  site = await buildSite(fixture(import.meta.url, "publish-site"), { pathPrefix: "/some-repo/" });
  assert.equal(site.status, 0, site.stderr);
});

const doc = (url: string): HtmlDocument => parseHtml(site.html(url));

interface IndexedItem {
  title: string;
  href: string;
  citedIn: [string, string][];
}

function resourceIndex(url: string): Map<string, IndexedItem[]> {
  const groups = new Map<string, IndexedItem[]>();
  for (const group of queryAll(doc(url), ".resource-group")) {
    const heading = textOf(queryOne(group, "h2")!).replace(/\s*\(\d+\)$/, "");
    groups.set(heading, queryAll(group, ".resource-index-item").map((item) => {
      const link = queryOne(item, "a.resource-link")!;
      return {
        title: textOf(link),
        href: link.attrs.href!,
        citedIn: queryAll(item, ".cited-in a").map((a) => [textOf(a), a.attrs.href!] as [string, string]),
      };
    }));
  }
  return groups;
}

test("the resource index lists each resource once, grouped by type, with the sections citing it", () => {
  const groups = resourceIndex("/handbooks/alpha/resources/");
  assert.deepEqual([...groups.keys()], ["Papers", "Videos", "Code", "Other links"]);
  // Cited in section 1 and (with a #fragment and another title) in section 2: one entry, first title.
  assert.deepEqual(groups.get("Papers"), [{
    title: "Attention Is All You Need",
    href: "https://arxiv.org/abs/1706.03762",
    citedIn: [["Alpha One", "/some-repo/handbooks/alpha/section1/"], ["Alpha Two", "/some-repo/handbooks/alpha/section2/"]],
  }]);
  assert.deepEqual(groups.get("Videos")?.map((r) => [r.title, r.citedIn.map(([t]) => t)]), [["A Lecture on Attention", ["Alpha One"]]]);
  assert.deepEqual(groups.get("Code")?.map((r) => r.href), ["https://github.com/example/code"]);
  assert.deepEqual(groups.get("Other links")?.map((r) => r.title), ["Some notes"]);
});

test("each handbook's index holds only its own citations", () => {
  const beta = resourceIndex("/handbooks/beta/resources/");
  assert.deepEqual([...beta.keys()], ["Papers"]);
  assert.deepEqual(beta.get("Papers")![0]!.citedIn, [["Beta One", "/some-repo/handbooks/beta/section1/"]]);
});

test("the print page holds every section in reading order, with a table of contents", () => {
  const page = doc("/handbooks/alpha/print/");
  const toc = queryAll(page, ".print-toc a").map((a) => [textOf(a), a.attrs.href]);
  assert.deepEqual(toc, [["Alpha One", "#section1"], ["Alpha Two", "#section2"], ["Alpha Three", "#section3"]]);
  const sections = queryAll(page, ".print-section");
  assert.deepEqual(sections.map((s) => textOf(queryOne(s, "h2")!)), ["1. Alpha One", "2. Alpha Two", "3. Alpha Three"]);
  assert.deepEqual(sections.map((s) => queryOne(s, "h2")!.attrs.id), ["section1", "section2", "section3"]);
  // Each section's own text, in its own part of the page.
  assert.match(textOf(sections[1]!), /zyzzogeton appears in this section/);
  assert.match(textOf(sections[0]!), /Attention Is All You Need/);
  assert.ok(queryOne(sections[2]!, ".katex"), "math is typeset");
  assert.ok(queryOne(sections[2]!, "pre.shiki"), "code is highlighted");
  assert.ok(queryOne(page, 'link[href="/some-repo/assets/katex/katex.min.css"]'), "KaTeX CSS linked for the math");
});

test("on the print page ids stay unique and links between sections stay on the page", () => {
  const page = doc("/handbooks/alpha/print/");
  const ids = queryAll(page, "[id]").map((e) => e.attrs.id!);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(" ")}`);
  for (const n of [1, 2, 3]) assert.ok(ids.includes(`section${n}--overview`));
  const hrefs = (n: number) => queryAll(queryAll(page, ".print-section")[n - 1]!, ".prose a").map((a) => a.attrs.href);
  assert.deepEqual(hrefs(1).slice(0, 3), ["#section2", "#section2--details", "/some-repo/handbooks/beta/"]);
  assert.deepEqual(hrefs(2).slice(0, 1), ["#section2--overview"]);
  assert.ok(hrefs(3).includes("#section1--overview"));
  const inPage = queryAll(page, "a[href]").map((a) => a.attrs.href!).filter((h) => h.startsWith("#"));
  for (const href of inPage.map((h) => h.slice(1))) {
    assert.ok(ids.includes(href), `#${href} points at nothing`);
  }
  // Section bodies sit one level below the section title.
  assert.equal(queryOne(queryAll(page, ".print-section")[0]!, ".prose h3")?.attrs.id, "section1--overview");
  assert.equal(queryAll(page, ".prose h2").length, 0);
});

test("the landing page links to its print page and resource index; authors may link to them too", () => {
  const links = queryAll(doc("/handbooks/alpha/"), ".handbook-tools a").map((a) => a.attrs.href);
  assert.deepEqual(links, ["/some-repo/handbooks/alpha/print/", "/some-repo/handbooks/alpha/resources/"]);
  // The link check knows these pages, so this Markdown link did not fail the build.
  const inSection = queryAll(doc("/handbooks/alpha/section3/"), ".article-body a").map((a) => a.attrs.href);
  assert.ok(inSection.includes("/some-repo/handbooks/alpha/print/"), inSection.join(" "));
});
