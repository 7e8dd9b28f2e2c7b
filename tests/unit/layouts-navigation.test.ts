// Sidebar, previous/next links (component and head links) and the TOC.
import assert from "node:assert/strict";
import { test } from "node:test";
import { headNav } from "../../layouts/base.ts";
import { prevNext } from "../../layouts/components/prev-next.ts";
import { nestToc, toc } from "../../layouts/components/toc.ts";
import { renderPage } from "../../layouts/page.ts";
import { fixtureModel, landingContext, SAMPLE_TOC, sectionContext } from "./layout-fixtures.ts";

const identity = (url: string) => url;

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `missing ${start}`);
  return text.slice(from, text.indexOf(end, from));
}

test("prev-next component: first section links back to the landing and on to section 2", () => {
  const out = prevNext(sectionContext(0).nav, identity)!.value;
  assert.match(out, /<a class="prev-next-link prev-next-prev" rel="prev" href="\/handbooks\/demo\/">.*Demo Handbook/);
  assert.match(out, /rel="next" href="\/handbooks\/demo\/section2\/">.*Section 2 Title/);
});

test("prev-next component: the middle section has both neighbours", () => {
  const out = prevNext(sectionContext(1).nav, identity)!.value;
  assert.match(out, /rel="prev" href="\/handbooks\/demo\/section1\/">.*Section 1 Title/);
  assert.match(out, /rel="next" href="\/handbooks\/demo\/section3\/">.*Section 3 Title/);
});

test("prev-next component: the last section has no next", () => {
  const out = prevNext(sectionContext(2).nav, identity)!.value;
  assert.match(out, /rel="prev" href="\/handbooks\/demo\/section2\/">/);
  assert.ok(!out.includes('rel="next"'));
  assert.equal(prevNext({}, identity), undefined);
  assert.equal(prevNext(undefined, identity), undefined);
});

test("section pages carry <link rel=prev|next> in the head, matching the visible links", () => {
  const [first, middle, last] = [0, 1, 2].map((i) => between(renderPage(sectionContext(i)), "<head>", "</head>"));
  assert.ok(first!.includes('<link rel="prev" href="/handbooks/demo/">'));
  assert.ok(first!.includes('<link rel="next" href="/handbooks/demo/section2/">'));
  assert.ok(middle!.includes('<link rel="prev" href="/handbooks/demo/section1/">'));
  assert.ok(middle!.includes('<link rel="next" href="/handbooks/demo/section3/">'));
  assert.ok(last!.includes('<link rel="prev" href="/handbooks/demo/section2/">'));
  assert.ok(!last!.includes('rel="next"'));
});

test("a landing's head links on to its first section; other kinds link nowhere", () => {
  assert.deepEqual(headNav(landingContext()), { next: { title: "Section 1 Title", url: "/handbooks/demo/section1/" } });
  const head = between(renderPage(landingContext()), "<head>", "</head>");
  assert.ok(head.includes('<link rel="next" href="/handbooks/demo/section1/">'));
  assert.ok(!head.includes('rel="prev"'));
});

test("sidebar marks exactly the current section, using nav_title when set", () => {
  for (const index of [0, 1, 2]) {
    const out = renderPage(sectionContext(index));
    const sidebar = between(out, '<nav class="sidebar"', "</nav>");
    const current = [...sidebar.matchAll(/<a href="([^"]+)" aria-current="page">/g)];
    assert.equal(current.length, 1, `section ${index + 1}`);
    assert.equal(current[0]![1], `/handbooks/demo/section${index + 1}/`);
    assert.equal((out.match(/aria-current=/g) ?? []).length, 1, "nothing else on the page is marked");
    assert.ok(sidebar.includes(">Short Two</a>"), "nav_title of section 2");
    assert.ok(!sidebar.includes(">Section 2 Title<"));
    assert.ok(sidebar.includes(`(${index + 1} of 3)`));
  }
});

test("draft sections are marked in development only", () => {
  const model = fixtureModel();
  model.handbookBySlug.get("demo")!.sections[2]!.data.draft = true;
  const dev = renderPage(sectionContext(2, model, { mode: "development" }));
  assert.ok(dev.includes('<span class="draft-tag">Draft</span>'));
  assert.ok(dev.includes('class="draft-marker"'));
  const prod = renderPage(sectionContext(2, model, { mode: "production" }));
  assert.ok(!prod.includes("draft-tag") && !prod.includes("draft-marker"));
});

test("toc nests ### under the preceding ## and escapes heading text", () => {
  assert.deepEqual(nestToc(SAMPLE_TOC).map((n) => [n.entry.id, n.children.map((c) => c.id)]), [
    ["intro", ["detail-a", "detail-b"]],
    ["outro", []],
  ]);
  const out = toc(SAMPLE_TOC)!.value;
  assert.match(out, /<li><a href="#intro">Intro<\/a><ul><li><a href="#detail-a">Detail A<\/a><\/li><li><a href="#detail-b">Detail &lt;b&gt;<\/a><\/li><\/ul><\/li><li><a href="#outro">Outro<\/a><\/li>/);
  assert.equal(toc([]), undefined);
  assert.equal(nestToc([{ level: 3, id: "x", text: "X" }]).length, 1, "a leading ### stands alone");
});

test("a very long handbook's sidebar lists the sections around the current one and links to the rest", async () => {
  const { sidebar, sidebarRange, FULL_LIST_MAX, WINDOW } = await import("../../layouts/components/sidebar.ts");
  const { sourcePage } = await import("./layout-fixtures.ts");
  const count = FULL_LIST_MAX + 50;
  const sections = Array.from({ length: count }, (_, i) =>
    sourcePage(`handbooks/long/section${i + 1}.md`, "section", { title: `Part ${i + 1}`, description: "d" }, i + 1));
  const handbook = { slug: "long", url: "/handbooks/long/", title: "Long", description: "d", landing: undefined, sections };
  const render = (i: number) => sidebar({ handbook, current: sections[i]!, toHref: identity, markDrafts: false }).value;

  const middle = render(100);
  const links = [...middle.matchAll(/<li><a href="[^"]+"[^>]*>Part (\d+)</g)].map((m) => Number(m[1]));
  assert.deepEqual(links, Array.from({ length: 2 * WINDOW + 1 }, (_, i) => 101 - WINDOW + i), "the current section in the middle");
  assert.match(middle, /<ol class="sidebar-list" start="76">/);
  assert.match(middle, /<a href="\/handbooks\/long\/#folio-sections">75 earlier sections<\/a>/);
  assert.match(middle, /<a href="\/handbooks\/long\/#folio-sections">74 later sections<\/a>/);
  assert.ok(middle.includes(`(101 of ${count})`));
  assert.match(middle, /aria-current="page">Part 101</);

  // At either end the window keeps its size and only one side has a gap.
  assert.deepEqual(sidebarRange(count, 0), [0, 2 * WINDOW + 1]);
  assert.deepEqual(sidebarRange(count, count - 1), [count - 2 * WINDOW - 1, count]);
  assert.ok(!render(0).includes("earlier"));
  assert.ok(!render(count - 1).includes("later"));
  // A handbook of ordinary length lists everything.
  assert.deepEqual(sidebarRange(FULL_LIST_MAX, 120), [0, FULL_LIST_MAX]);
});
