// What the layouts write for the reading experience: the data the client
// needs (site root, handbook), the theme script and switch, heading anchors,
// the sidebar drawer and reading times. Browser behaviour is in tests/e2e/.
import assert from "node:assert/strict";
import { test } from "node:test";
import { withHeadingAnchors } from "../../layouts/components/heading-anchors.ts";
import { handbookReadingLabel, readingTimeLabel } from "../../layouts/components/reading-time.ts";
import { renderPage } from "../../layouts/page.ts";
import { THEME_BOOT_SCRIPT } from "../../src/client/theme-boot.ts";
import { allContexts, fixtureModel, homeContext, landingContext, plainContext, sectionContext } from "./layout-fixtures.ts";

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `missing ${start}`);
  return text.slice(from, text.indexOf(end, from) + end.length);
}

test("<html> names the site root, so the client can name pages under any prefix", () => {
  assert.match(renderPage(homeContext()), /<html lang="en" data-root="\/">/);
  assert.match(renderPage(sectionContext(0, undefined, { pathPrefix: "/some-repo/" })), /<html lang="en" data-root="\/some-repo\/">/);
});

test("landings and sections name their handbook on <body>; other pages do not", () => {
  assert.match(renderPage(landingContext()), /<body class="kind-landing" data-handbook="demo">/);
  assert.match(renderPage(sectionContext(1)), /<body class="kind-section" data-handbook="demo">/);
  assert.match(renderPage(homeContext()), /<body class="kind-home">/);
  assert.match(renderPage(plainContext()), /<body class="kind-page">/);
});

test("every page applies the stored theme in <head> before the stylesheet, and has the switch", () => {
  for (const ctx of allContexts()) {
    const out = renderPage(ctx);
    const script = out.indexOf(`<script>${THEME_BOOT_SCRIPT}</script>`);
    assert.ok(script > 0 && script < out.indexOf('<link rel="stylesheet"'), `${ctx.page.relPath}: theme script first`);
    assert.ok(script < out.indexOf("</head>"));
    const header = between(out, '<header class="site-header">', "</header>");
    assert.match(header, /<select class="theme-select" data-folio-theme>/);
    assert.deepEqual([...header.matchAll(/<option value="(\w+)">/g)].map((m) => m[1]), ["system", "light", "dark"]);
  }
  // The boot script is plain JavaScript that stays quiet when storage is blocked.
  assert.doesNotThrow(() => new Function(THEME_BOOT_SCRIPT));
  assert.match(THEME_BOOT_SCRIPT, /^try\{.*\}catch\(e\)\{\}$/);
});

test("the sidebar is a drawer: a summary button and a panel with the handbook and its list", () => {
  const out = renderPage(sectionContext(1));
  const nav = between(out, '<nav class="sidebar"', "</nav>");
  assert.match(nav, /<details class="collapsible drawer">\n<summary class="collapsible-summary drawer-button"><span class="drawer-label">Sections <span class="sidebar-position">\(2 of 3\)<\/span><\/span><\/summary>/);
  assert.match(nav, /<div class="drawer-panel">\n<p class="drawer-heading"><a href="\/handbooks\/demo\/">Demo Handbook<\/a><\/p>\n<ol class="sidebar-list">/);
  assert.ok(!/<details[^>]* open/.test(nav), "closed until opened");
});

test("each ## and ### heading of a section gets a link to itself beside it, named after it", () => {
  const body = '<p>x</p>\n<h2 id="intro">Intro</h2>\n<h3 id="detail-b">Detail &lt;b&gt;</h3>\n<h4 id="deep">Deep</h4>';
  const out = withHeadingAnchors(body, [
    { level: 2, id: "intro", text: "Intro" },
    { level: 3, id: "detail-b", text: "Detail <b>" },
  ]);
  assert.equal(
    out,
    '<p>x</p>\n<div class="heading-anchored"><h2 id="intro">Intro</h2><a class="heading-anchor" href="#intro" data-pagefind-ignore>' +
      '<span class="visually-hidden">Link to section “Intro”</span></a></div>\n' +
      '<div class="heading-anchored"><h3 id="detail-b">Detail &lt;b&gt;</h3><a class="heading-anchor" href="#detail-b" data-pagefind-ignore>' +
      '<span class="visually-hidden">Link to section “Detail &lt;b&gt;”</span></a></div>\n<h4 id="deep">Deep</h4>',
  );
  assert.equal(withHeadingAnchors(body, []), body, "no TOC, nothing to anchor");
  const section = renderPage(sectionContext(0, undefined, { contentHtml: '<h2 id="intro">Intro</h2><p>Text</p>' }));
  assert.ok(section.includes('<a class="heading-anchor" href="#intro"'), "sections use it");
});

test("ids with quotes or ampersands are matched as the attribute writes them", () => {
  const out = withHeadingAnchors('<h2 id="a&amp;b">A &amp; B</h2>', [{ level: 2, id: "a&b", text: "A & B" }]);
  assert.ok(out.includes('href="#a&amp;b"'));
  assert.ok(out.includes("Link to section “A &amp; B”"));
});

test("reading time: sections show theirs, landings and cards the handbook total", () => {
  assert.equal(readingTimeLabel(7), "7 min read");
  assert.equal(readingTimeLabel(0), undefined);
  assert.equal(readingTimeLabel(undefined), undefined);

  const model = fixtureModel();
  const demo = model.handbookBySlug.get("demo")!;
  demo.sections.forEach((s, i) => (s.readingMinutes = [4, 50, 11][i]));
  assert.equal(handbookReadingLabel(demo), "about 1 h 5 min of reading");
  assert.equal(handbookReadingLabel({ ...demo, sections: [] }), undefined);

  const section = renderPage(sectionContext(1, model));
  assert.match(section, /<p class="article-meta">50 min read<\/p>\n<\/header>/);
  const landing = renderPage(landingContext(model));
  assert.match(landing, /<p class="article-meta">3 sections · about 1 h 5 min of reading<\/p>/);
  assert.match(landing, /Section 2 Title<\/a> <span class="section-list-time">50 min read<\/span>/);
  assert.match(renderPage(homeContext(model)), /<p class="card-meta">3 sections · about 1 h 5 min of reading<\/p>/);
  // Without minutes (no words), nothing is shown rather than "0 min".
  assert.ok(!renderPage(sectionContext(1)).includes("article-meta"));
});
