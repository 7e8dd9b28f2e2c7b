// The document shell: head contents, KaTeX CSS, canonical URL, path prefix.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderPage } from "../../layouts/page.ts";
import { allContexts, homeContext, landingContext, plainContext, sectionContext } from "./layout-fixtures.ts";

const KATEX_LINK = '<link rel="stylesheet" href="/assets/katex/katex.min.css">';

test("the KaTeX stylesheet is linked if and only if the page has math", () => {
  for (const hasMath of [true, false]) {
    for (const ctx of allContexts(undefined, { hasMath })) {
      assert.equal(renderPage(ctx).includes(KATEX_LINK), hasMath, `${ctx.page.relPath} hasMath=${hasMath}`);
    }
  }
});

test("document skeleton: doctype, lang, charset, viewport, skip link, header, main, footer", () => {
  for (const ctx of allContexts()) {
    const out = renderPage(ctx);
    assert.ok(out.startsWith("<!doctype html>\n<html lang=\"en\" data-root=\"/\">"));
    assert.ok(out.includes('<meta charset="utf-8">'));
    assert.ok(out.includes('<meta name="viewport" content="width=device-width, initial-scale=1">'));
    assert.ok(out.includes('<link rel="stylesheet" href="/assets/folio.css">'));
    assert.ok(out.includes('<script type="module" src="/assets/folio.js"></script>'));
    assert.ok(out.includes('<a class="skip-link" href="#main">'));
    assert.ok(out.includes('<a class="site-title" href="/">Folio Test Site</a>'));
    assert.equal((out.match(/<main id="main">/g) ?? []).length, 1);
    assert.equal((out.match(/<h1>/g) ?? []).length, 1, `${ctx.page.relPath}: one h1`);
    assert.ok(out.includes('<footer class="site-footer">'));
  }
});

test("titles: the home page is the site title; other pages add it after a middle dot", () => {
  assert.ok(renderPage(homeContext()).includes("<title>Folio Test Site</title>"));
  assert.ok(renderPage(sectionContext(1)).includes("<title>Section 2 Title · Folio Test Site</title>"));
  assert.ok(renderPage(landingContext()).includes("<title>Demo Handbook · Folio Test Site</title>"));
  assert.ok(renderPage(plainContext()).includes("<title>About · Folio Test Site</title>"));
});

test("home lists a card per handbook with its section count; landing lists sections in order", () => {
  const home = renderPage(homeContext());
  assert.match(home, /Demo Handbook<\/a><\/h3>\n<p class="card-description">A handbook to test layouts.<\/p>\n<p class="card-meta">3 sections<\/p>/);
  assert.ok(home.includes('<p class="card-meta">1 section</p>'));
  const landing = renderPage(landingContext());
  const order = ["section1", "section2", "section3"].map((s) => landing.indexOf(`href="/handbooks/demo/${s}/"`));
  assert.ok(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!)), "sections in reading order");
  assert.ok(landing.includes('<p class="section-list-description">What section 2 teaches.</p>'));
  assert.ok(landing.includes('<a href="/handbooks/other/">Other</a>'), "related handbook");
  assert.ok(!landing.includes("missing"), "an unknown related slug is skipped");
});

test("canonical: prefixed URL without siteUrl; absolute with it, never doubling the prefix", () => {
  const url = "/handbooks/demo/section2/";
  assert.ok(renderPage(sectionContext(1, undefined, { pathPrefix: "/repo/" }))
    .includes(`<link rel="canonical" href="/repo${url}">`));
  assert.ok(renderPage(sectionContext(1, undefined, { pathPrefix: "/repo/", siteUrl: "https://u.github.io" }))
    .includes(`<link rel="canonical" href="https://u.github.io/repo${url}">`));
  assert.ok(renderPage(sectionContext(1, undefined, { pathPrefix: "/repo/", siteUrl: "https://u.github.io/repo" }))
    .includes(`<link rel="canonical" href="https://u.github.io/repo${url}">`));
  assert.ok(renderPage(sectionContext(1, undefined, { siteUrl: "https://example.org" }))
    .includes(`<link rel="canonical" href="https://example.org${url}">`));
});

test("the path prefix is applied to every href and src on every page", () => {
  const prefix = "/some-repo/";
  for (const ctx of allContexts(undefined, { pathPrefix: prefix, hasMath: true })) {
    const out = renderPage(ctx);
    const urls = [...out.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(urls.length > 5, `${ctx.page.relPath}: found its URLs`);
    for (const url of urls) {
      if (url.startsWith("#") || url === "data:,") continue; // in-page anchors; the empty favicon
      assert.ok(url.startsWith(prefix), `${ctx.page.relPath}: ${url} lacks the prefix`);
    }
  }
});
