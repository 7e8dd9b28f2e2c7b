// The migrated section 5 must say everything the Jekyll seed says: every link,
// heading id, resource, takeaway and paragraph, and none of its boilerplate.
// The expectations are read from the seed itself, never hard-coded, and checked
// against the page built from the site's own content/ folder.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

import { THEME_BOOT_SCRIPT } from "../../src/client/theme-boot.ts";
import { buildSite } from "../helpers/build.ts";
import {
  type HtmlDocument,
  type HtmlElement,
  decodeEntities,
  hasClass,
  normalizeSpace,
  parseHtml,
  queryAll,
  queryOne,
  textOf,
} from "../helpers/html.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const contentDir = path.join(repoRoot, "content");
// A copy of ../shared/seeds/section5-self-attention.jekyll.md, kept in the repo so the test runs anywhere.
const seedPath = path.resolve(repoRoot, "tests/build/fixtures/jekyll-seed/section5-self-attention.jekyll.md");
const pageUrl = "/handbooks/foundation-models/section5/";

// ---------------------------------------------------------------------------
// What the seed says
// ---------------------------------------------------------------------------

interface SeedLink {
  href: string;
  text: string;
}

interface SeedResource {
  type: string;
  href: string;
  title: string;
  /** "by Vaswani et al. (2017)", "from Stanford Online", "on Medium", or "" */
  byline: string;
  /** The note after the en dash, without the dash, or "". */
  note: string;
}

interface SeedPanel {
  title: string;
  items: SeedResource[];
}

const seedSource = readFileSync(seedPath, "utf8");
const seed = parseHtml(seedSource);

function seedLinks(): SeedLink[] {
  return queryAll(seed, "a[href]").map((a) => ({ href: a.attrs["href"]!, text: textOf(a) }));
}

function seedHeadings(): Array<{ id: string; text: string }> {
  return queryAll(seed, "h2").map((h) => ({ id: h.attrs["id"] ?? "", text: textOf(h) }));
}

/** Splits "Paper: <a>…</a> by X – note" into its parts. */
function seedResource(li: HtmlElement): SeedResource {
  const a = queryOne(li, "a[href]");
  assert.ok(a, `seed <li> without a link: ${textOf(li)}`);
  const idx = li.children.indexOf(a);
  const before = normalizeSpace(li.children.slice(0, idx).map((n) => textOf(n)).join(" "));
  const after = normalizeSpace(li.children.slice(idx + 1).map((n) => textOf(n)).join(" "));
  const typeMatch = /^([^:]+):$/.exec(before);
  assert.ok(typeMatch, `seed <li> without a "Type:" label: ${textOf(li)}`);
  const dash = after.indexOf("–");
  const byline = normalizeSpace(dash === -1 ? after : after.slice(0, dash));
  const note = dash === -1 ? "" : normalizeSpace(after.slice(dash + 1));
  return { type: typeMatch[1]!.trim(), href: a.attrs["href"]!, title: textOf(a), byline, note };
}

function seedPanels(): SeedPanel[] {
  return queryAll(seed, "div.resource-links").map((div) => ({
    title: textOf(queryOne(div, "h3")!),
    items: queryAll(div, "li").map(seedResource),
  }));
}

function seedTakeaways(): { title: string; items: string[] } {
  const div = queryOne(seed, "div.summary-section");
  assert.ok(div, "seed has no summary-section");
  return { title: textOf(queryOne(div, "h3")!), items: queryAll(div, "li").map((li) => textOf(li)) };
}

/**
 * The Markdown prose of the seed (everything outside its HTML blocks), as the
 * plain text a reader sees: one string per paragraph or list item.
 */
function seedProse(): string[] {
  const blocks = new Set(["div", "h2", "h3", "link", "script"]);
  let text = "";
  for (const node of seed.root.children) {
    if (node.kind === "text") text += decodeEntities(node.raw);
    else if (blocks.has(node.tag)) text += "\n\n";
    else text += textOf(node);
  }
  text = text.replace(/^\s*---\n[\s\S]*?\n---\n/, "");
  const pieces: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    const isList = lines.every((l) => /^\s*(?:[-*]|\d+\.)\s/.test(l));
    const parts = isList ? lines.map((l) => l.replace(/^\s*(?:[-*]|\d+\.)\s+/, "")) : [lines.join(" ")];
    for (const p of parts) pieces.push(normalizeSpace(p.replace(/\*\*/g, "")));
  }
  return pieces.filter((p) => p !== "");
}

// ---------------------------------------------------------------------------
// The built page
// ---------------------------------------------------------------------------

let html = "";
let page: HtmlDocument;

/** Text of an element without the parts marked as decoration for screen readers. */
function visibleText(el: HtmlElement): string {
  return textOf(el, { skip: (e) => e.attrs["aria-hidden"] === "true" });
}

function builtPanels(): HtmlElement[] {
  return queryAll(page, "details.resources");
}

describe("seed extraction", () => {
  it("the seed parses into what the test expects (guards the extraction)", () => {
    // The seed has exactly 30 <a href> links (22 in resource panels, 8 in prose).
    assert.ok(seedLinks().length >= 30, `only ${seedLinks().length} links extracted from the seed`);
    assert.equal(seedHeadings().length, 7);
    const panels = seedPanels();
    assert.equal(panels.length, 7);
    assert.equal(panels.reduce((n, p) => n + p.items.length, 0), 22);
    assert.equal(seedTakeaways().items.length, 7);
    assert.ok(seedProse().length >= 15, "too few prose paragraphs extracted from the seed");
  });
});

let built: Awaited<ReturnType<typeof buildSite>>;

describe("seed fidelity: foundation-models section 5", () => {
  before(async () => {
    const result = await buildSite(contentDir);
    assert.equal(result.status, 0, `build failed:\n${result.stdout}\n${result.stderr}`);
    built = result;
    html = result.html(pageUrl);
    assert.ok(html.length > 0, `no HTML at ${pageUrl}`);
    page = parseHtml(html);
  });

  it("keeps every link of the seed, with the same URL and text, as often as the seed has it", () => {
    const anchors = queryAll(page, "a[href]");
    const wanted = new Map<string, { link: SeedLink; count: number }>();
    for (const link of seedLinks()) {
      const key = `${link.href}\u0000${link.text}`;
      const entry = wanted.get(key) ?? { link, count: 0 };
      entry.count++;
      wanted.set(key, entry);
    }
    for (const { link, count } of wanted.values()) {
      const found = anchors.filter((a) => a.attrs["href"] === link.href && visibleText(a) === link.text);
      assert.ok(found.length > 0, `missing <a href="${link.href}">${link.text}</a>`);
      assert.ok(
        found.length >= count,
        `<a href="${link.href}">${link.text}</a> appears ${found.length} times, the seed has it ${count} times`,
      );
    }
  });

  it("keeps every heading id and text", () => {
    const built = queryAll(page, "h2[id]").map((h) => ({ id: h.attrs["id"]!, text: visibleText(h) }));
    const expected = seedHeadings();
    for (const h of expected) {
      const match = built.find((b) => b.id === h.id);
      assert.ok(match, `missing <h2 id="${h.id}">`);
      assert.equal(match.text, h.text, `text of <h2 id="${h.id}">`);
    }
    // Same order as the seed.
    const order = built.map((b) => b.id).filter((id) => expected.some((h) => h.id === id));
    assert.deepEqual(order, expected.map((h) => h.id));
  });

  it("has the seed's 7 resource panels with their titles", () => {
    const panels = builtPanels();
    const expected = seedPanels();
    assert.equal(panels.length, expected.length, "number of details.resources panels");
    assert.equal(panels.length, 7);
    panels.forEach((panel, i) => {
      const heading = queryOne(panel, "summary .resources-heading") ?? queryOne(panel, "summary");
      assert.ok(heading, `panel ${i + 1} has no <summary>`);
      assert.equal(visibleText(heading), expected[i]!.title, `title of panel ${i + 1}`);
    });
  });

  it("has the seed's 22 resources, each with its type badge, URL, title, byline and note", () => {
    const panels = builtPanels();
    const expected = seedPanels();
    const allItems = queryAll(page, "li.resource");
    assert.equal(allItems.length, 22, "number of li.resource items");
    panels.forEach((panel, i) => {
      const items = queryAll(panel, "li.resource");
      const want = expected[i]!;
      assert.equal(items.length, want.items.length, `items in panel "${want.title}"`);
      items.forEach((li, j) => {
        const r = want.items[j]!;
        const where = `"${want.title}" item ${j + 1} (${r.title})`;
        const badge = queryOne(li, "span.badge");
        assert.ok(badge, `${where}: no span.badge`);
        assert.equal(visibleText(badge), r.type, `${where}: type label`);
        const links = queryAll(li, "a[href]");
        assert.equal(links.length, 1, `${where}: one link`);
        assert.equal(links[0]!.attrs["href"], r.href, `${where}: URL`);
        assert.equal(visibleText(links[0]!), r.title, `${where}: title`);
        const byline = queryOne(li, "span.resource-byline");
        if (r.byline) {
          assert.ok(byline, `${where}: no span.resource-byline`);
          assert.equal(visibleText(byline), r.byline, `${where}: byline`);
        } else {
          assert.ok(!byline || visibleText(byline) === "", `${where}: unexpected byline`);
        }
        const note = queryOne(li, "span.resource-note");
        if (r.note) {
          assert.ok(note, `${where}: no span.resource-note`);
          assert.equal(visibleText(note).replace(/^[–—-]\s*/, ""), r.note, `${where}: note`);
        } else {
          assert.ok(!note || visibleText(note) === "", `${where}: unexpected note`);
        }
      });
    });
  });

  it("has the summary callout with the seed's takeaways", () => {
    const callouts = queryAll(page, "div.callout.callout-summary");
    assert.equal(callouts.length, 1, "one summary callout");
    const callout = callouts[0]!;
    const want = seedTakeaways();
    const title = queryOne(callout, ".callout-title");
    assert.ok(title, "summary callout has no .callout-title");
    assert.equal(visibleText(title), want.title);
    assert.deepEqual(queryAll(callout, "li").map(visibleText), want.items);
    assert.equal(want.items.length, 7);
  });

  it("has the key-concept callout with the seed's text and links", () => {
    const callouts = queryAll(page, "div.callout.callout-key-concept");
    assert.equal(callouts.length, 1, "one key-concept callout");
    const callout = callouts[0]!;
    const seedDiv = queryOne(seed, "div.key-concept")!;
    const body = textOf(callout, { skip: (e) => hasClass(e, "callout-title") || e.attrs["aria-hidden"] === "true" });
    assert.equal(body, textOf(seedDiv));
    const links = queryAll(callout, "a[href]").map((a) => ({ href: a.attrs["href"], text: visibleText(a) }));
    const seedKeyLinks = queryAll(seedDiv, "a[href]").map((a) => ({ href: a.attrs["href"], text: textOf(a) }));
    assert.deepEqual(links, seedKeyLinks);
  });

  it("keeps every paragraph and list item of the seed's prose, word for word", () => {
    const text = textOf(page.root);
    const prose = seedProse();
    for (const piece of prose) {
      assert.ok(text.includes(piece), `missing from the built page: ${piece}`);
    }
  });

  it("carries none of the seed's boilerplate", () => {
    // JSON-LD (structured data for search engines) is data, not a script; the
    // inline theme script in <head> is Folio's own (src/client/theme-boot.ts).
    const scripts = queryAll(page, "script").filter((s) =>
      s.attrs["type"] !== "application/ld+json" && textOf(s, { includeRawText: true }) !== THEME_BOOT_SCRIPT);
    assert.ok(scripts.length <= 1, `expected at most the site's own script, found ${scripts.length}`);
    for (const s of scripts) {
      assert.equal(s.attrs["type"], "module", "the only script is the site's module script");
      assert.ok(s.attrs["src"], "the site's module script is external, not inline");
      assert.ok(!/section-academic/.test(s.attrs["src"]!), "no section-academic.js");
    }
    assert.ok(!/prevSection|nextSection/.test(html), "no hand-coded window.prevSection/nextSection");
    for (const link of queryAll(page, "link[href]")) {
      assert.ok(!/section-academic/.test(link.attrs["href"]!), `stylesheet from the seed: ${link.attrs["href"]}`);
    }
    assert.ok(!html.includes("section-academic"), "no reference to section-academic assets");
    assert.ok(!html.includes("{{"), "no Liquid output tags");
    assert.ok(!html.includes("{%"), "no Liquid tags");
    assert.ok(!html.includes("relative_url"), "no Liquid filters");
  });

  it("redirects the seed's old URLs, including its .md source path, to the new page", () => {
    for (const old of [
      "/content/handbooks/foundation-models/section5/",
      "/content/handbooks/foundation-models/section5.html",
      "/content/handbooks/foundation-models/section5.md/",
    ]) {
      assert.match(built.html(old), /<meta http-equiv="refresh" content="0; url=\/handbooks\/foundation-models\/section5\/">/, old);
    }
  });
});
