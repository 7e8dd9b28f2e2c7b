// Hostile titles and descriptions come out escaped wherever they appear.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderPage } from "../../layouts/page.ts";
import {
  allContexts, EVIL_TITLE, fixtureModel, homeContext, landingContext, QUOTED_DESCRIPTION, sectionContext,
} from "./layout-fixtures.ts";

const ESCAPED_TITLE = "Evil &lt;script&gt;alert(1)&lt;/script&gt;";
const ESCAPED_DESCRIPTION = "Learn what &quot;attention&quot; means &amp; why";

test("no page lets the raw <script> or the raw quote through", () => {
  for (const ctx of allContexts(fixtureModel({ evil: true }))) {
    const out = renderPage(ctx);
    assert.ok(!out.includes("<script>alert(1)"), `${ctx.page.relPath} contains a raw <script>`);
    assert.ok(!out.includes(QUOTED_DESCRIPTION), `${ctx.page.relPath} contains the unescaped description`);
    assert.ok(!out.includes(EVIL_TITLE), `${ctx.page.relPath} contains the unescaped title`);
  }
});

test("section: <title>, <h1>, meta description, lead and sidebar are escaped", () => {
  const out = renderPage(sectionContext(0, fixtureModel({ evil: true })));
  assert.ok(out.includes(`<title>${ESCAPED_TITLE} · Folio Test Site</title>`));
  assert.ok(out.includes(`<h1>${ESCAPED_TITLE}</h1>`));
  assert.ok(out.includes(`<meta name="description" content="${ESCAPED_DESCRIPTION}">`));
  assert.ok(out.includes(`<p class="lead">${ESCAPED_DESCRIPTION}</p>`));
  const sidebar = out.slice(out.indexOf('<nav class="sidebar"'), out.indexOf("</nav>", out.indexOf('<nav class="sidebar"')));
  assert.ok(sidebar.includes(`aria-current="page">${ESCAPED_TITLE}</a>`));
  assert.ok(sidebar.includes(`>${ESCAPED_TITLE}</a></p>`), "handbook title in the sidebar heading");
});

test("prev/next links show escaped neighbour titles", () => {
  const model = fixtureModel({ evil: true });
  const second = renderPage(sectionContext(1, model));
  assert.match(second, new RegExp(`rel="prev"[^>]*><span class="prev-next-label">Previous</span> <span class="prev-next-title">${escapeRe(ESCAPED_TITLE)}</span>`));
  // First section: prev is the landing, titled by the (evil) handbook title.
  const first = renderPage(sectionContext(0, model));
  assert.ok(first.includes(`<span class="prev-next-title">${ESCAPED_TITLE}</span>`));
});

test("home cards and landing list escape titles and descriptions", () => {
  const model = fixtureModel({ evil: true });
  const home = renderPage(homeContext(model));
  assert.ok(home.includes(`<a href="/handbooks/demo/">${ESCAPED_TITLE}</a></h3>`));
  assert.ok(home.includes(`<p class="card-description">${ESCAPED_DESCRIPTION}</p>`));
  const landing = renderPage(landingContext(model));
  assert.ok(landing.includes(`<title>${ESCAPED_TITLE} · Folio Test Site</title>`));
  assert.ok(landing.includes(`<h1>${ESCAPED_TITLE}</h1>`));
  assert.ok(landing.includes(`<meta name="description" content="${ESCAPED_DESCRIPTION}">`));
  assert.ok(landing.includes(`>${ESCAPED_TITLE}</a><p class="section-list-description">${ESCAPED_DESCRIPTION}</p>`));
});

test("contentHtml is trusted markup and is not escaped", () => {
  const out = renderPage(sectionContext(1, fixtureModel(), { contentHtml: '<h2 id="a">A &amp; B</h2>' }));
  assert.ok(out.includes('<h2 id="a">A &amp; B</h2>'));
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
