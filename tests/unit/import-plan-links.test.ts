// What becomes what (handbooks, sections in the source's order, old URLs)
// and where each old link leads in the new site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDiagnostic } from "../../src/checks/diagnostics.ts";
import { buildLinkIndex, locate } from "../../src/importer/link-map.ts";
import { linkResolver } from "../../src/importer/link-resolver.ts";
import { ImportLog } from "../../src/importer/log.ts";
import { rewriteMarkdownLinks } from "../../src/importer/markdown-links.ts";
import { planSite } from "../../src/importer/plan.ts";
import type { Site } from "../../src/importer/read-site.ts";

function site(files: Record<string, string>, config: Partial<Site["config"]> = {}): Site {
  const texts = new Map(Object.entries(files).filter(([rel]) => /\.(md|html)$/.test(rel)).map(([rel, text]) => [rel, { rel, abs: rel, text }]));
  return { root: "/site", config: { baseurl: "", exclude: [], ...config }, texts, files: new Set(Object.keys(files)) };
}

const TABS = `---
title: Foundation Models
---
<div role="tablist">
  <button class="tab-button" data-tab="s-b">2. Second</button>
  <button class="tab-button" data-tab="s-a">1. First</button>
</div>
<div class="tab-content" id="s-a">{% include handbooks/foundation/section1.md %}</div>
<div class="tab-content" id="s-b">{% include handbooks/foundation/section2.md %}</div>
`;

const tabsSite = () =>
  site({
    "handbooks/foundation-models.html": TABS,
    "_includes/handbooks/foundation/section1.md": "One",
    "_includes/handbooks/foundation/section2.md": "Two",
    "_includes/handbooks/foundation/section3.md": "Three, included by nobody",
    "_includes/handbooks/foundation/section0-intro.md": "Zero, included by nobody",
    "assets/img/a.png": "",
    "assets/data/v.zip": "",
  }, { baseurl: "/repo", host: "me.github.io" });

test("includes decide membership and order (tab order wins), whatever the includes' folder is called", () => {
  const plan = planSite(tabsSite(), new ImportLog());
  assert.deepEqual(plan.handbooks.map((h) => h.slug), ["foundation-models"]);
  const hb = plan.handbooks[0]!;
  assert.deepEqual(hb.sections.map((s) => [s.source.rel, s.out, s.label, s.via]), [
    ["_includes/handbooks/foundation/section0-intro.md", "handbooks/foundation-models/section0-intro.md", undefined, "unincluded"],
    ["_includes/handbooks/foundation/section2.md", "handbooks/foundation-models/section2.md", "2. Second", "include"],
    ["_includes/handbooks/foundation/section1.md", "handbooks/foundation-models/section1.md", "1. First", "include"],
    ["_includes/handbooks/foundation/section3.md", "handbooks/foundation-models/section3.md", undefined, "unincluded"],
  ]);
  // File numbers (0, 2, 1, 3) would not keep that order, so every section gets `order`.
  assert.deepEqual(hb.sections.map((s) => s.order), [1, 2, 3, 4]);
  assert.deepEqual(hb.oldUrls, ["/handbooks/foundation-models.html"]);
});

test("unincluded section files are reported with file:line", () => {
  const log = new ImportLog();
  planSite(tabsSite(), log);
  assert.deepEqual(log.warnings().map((w) => formatDiagnostic(w).split("  ")[0]), [
    "_includes/handbooks/foundation/section0-intro.md:1:1", "_includes/handbooks/foundation/section3.md:1:1",
  ]);
});

test("a part a section pulls into itself is not imported again as a section of its own", () => {
  const plan = planSite(site({
    "content/handbooks/nlp/section1.md": "---\ntitle: One\n---\nStart\n{% include_relative section1-details.md %}",
    "content/handbooks/nlp/section1-details.md": "The details.",
    "content/handbooks/nlp/section2.md": "---\ntitle: Two\n---\nx",
  }), new ImportLog());
  assert.deepEqual(plan.handbooks[0]!.sections.map((s) => s.out), ["handbooks/nlp/section1.md", "handbooks/nlp/section2.md"]);
});

test("sections served as pages keep their file order and get redirect_from for their old URLs", () => {
  const plan = planSite(site({
    "content/handbooks/nlp/section10.md": "---\ntitle: Ten\n---\nx",
    "content/handbooks/nlp/section9.md": "---\ntitle: Nine\n---\nx",
    "content/handbooks/nlp/old.md": "---\ntitle: Old\npermalink: /nlp/legacy/\n---\nx",
  }), new ImportLog());
  const hb = plan.handbooks[0]!;
  assert.deepEqual(hb.sections.map((s) => [s.out, s.oldUrls]), [
    ["handbooks/nlp/section9.md", ["/content/handbooks/nlp/section9/", "/content/handbooks/nlp/section9.html", "/content/handbooks/nlp/section9.md"]],
    ["handbooks/nlp/section10.md", ["/content/handbooks/nlp/section10/", "/content/handbooks/nlp/section10.html", "/content/handbooks/nlp/section10.md"]],
    ["handbooks/nlp/old.md", ["/nlp/legacy/"]],
  ]);
  assert.equal(hb.sections[0]!.order, 1, "old.md has no number, so the order is written out");
});

test("old addresses in every form lead to the new Markdown file; tabs lead to their section", () => {
  const s = tabsSite();
  const plan = planSite(s, new ImportLog());
  const index = buildLinkIndex(plan, s, new Set());
  const from = { source: "_includes/handbooks/foundation/section1.md", out: "handbooks/foundation-models/section1.md", servedAt: ["/handbooks/foundation-models.html"] };
  const where = (href: string) => {
    const r = locate(index, from, href);
    return r.kind === "page" ? r.out + r.hash : r.kind;
  };
  assert.equal(where("/repo/handbooks/foundation-models.html"), "handbooks/foundation-models/index.md");
  assert.equal(where("https://me.github.io/repo/handbooks/foundation-models.html#s-b"), "handbooks/foundation-models/section2.md");
  assert.equal(where("section2.md#heading"), "handbooks/foundation-models/section2.md#heading");
  assert.equal(where("https://other.org/x"), "keep");
  assert.equal(where("mailto:a@b.c"), "keep");
  assert.equal(where("/repo/assets/img/a.png"), "file");
  assert.equal(where("/repo/handbooks/never-written/"), "dead");
});

test("the resolver writes relative links, copies files next to the page, and turns dead links into text with a warning", () => {
  const s = tabsSite();
  const plan = planSite(s, new ImportLog());
  const log = new ImportLog();
  const index = buildLinkIndex(plan, s, new Set(["handbooks/foundation-models/section2.md"]));
  const link = linkResolver(index, { source: "_includes/handbooks/foundation/section1.md", out: "handbooks/foundation-models/section1.md", servedAt: [] }, log);
  const at = { file: "_includes/handbooks/foundation/section1.md", line: 7 };
  assert.equal(link("section9.md", at, "link"), undefined, "no such file in the old site");
  assert.equal(link("/repo/assets/img/a.png", at, "image"), "./images/a.png");
  assert.deepEqual([...index.copies], [["assets/img/a.png", "handbooks/foundation-models/images/a.png"]]);
  assert.equal(link("section3.md", at, "link"), "./section3.md");
  assert.equal(link("section2.md", at, "link"), undefined, "a draft: published pages must not link to it");
  assert.equal(link("/repo/assets/data/v.zip", at, "link"), undefined, "Folio does not publish .zip files");
  const warnings = log.warnings().map(formatDiagnostic);
  assert.equal(warnings.length, 3);
  for (const w of warnings) assert.match(w, /^_includes\/handbooks\/foundation\/section1\.md:7:1 {2}warning {2}(link|image) \S+ leads nowhere in the new site/);
});

test("Markdown links: destinations rewritten, dead ones replaced by their text, Liquid left visible", () => {
  const resolve = (href: string) => (href.startsWith("/gone") ? undefined : href.toUpperCase());
  assert.equal(
    rewriteMarkdownLinks("[a](/x) ![i](/y.png \"t\") [dead](/gone/) [q]({{ page.quiz }}) \\[not](/z)", resolve),
    "[a](/X) ![i](/Y.PNG \"t\") dead [q]({{ page.quiz }}) \\[not](/z)",
  );
  assert.equal(rewriteMarkdownLinks("see [the page][ref] and [other][ok]\n\n[ref]: /gone/\n[ok]: /fine", resolve), "see the page and [other][ok]\n\n[ok]: /FINE");
});
