// A small handbook built end to end: numeric order, prev/next at both ends,
// drafts left out, and the home/landing lists.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { buildSite, fixture, type BuildResult } from "../helpers/build.ts";

let site: BuildResult;
before(async () => {
  site = await buildSite(fixture(import.meta.url, "ordering"));
  assert.equal(site.status, 0, site.stderr);
});

const sectionHrefs = (html: string) =>
  [...html.matchAll(/href="(\/handbooks\/demo\/section\d+\/)"/g)].map((m) => m[1]);
const unique = <T>(xs: T[]) => [...new Set(xs)];
const relHref = (html: string, rel: string) =>
  new RegExp(`<a[^>]*rel="${rel}"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="${rel}"`).exec(html)?.slice(1).find(Boolean);

test("the landing lists sections in numeric order (section10 after section9)", () => {
  assert.deepEqual(unique(sectionHrefs(site.html("/handbooks/demo/"))), [
    "/handbooks/demo/section1/", "/handbooks/demo/section2/", "/handbooks/demo/section9/", "/handbooks/demo/section10/",
  ]);
});

test("the landing shows each section's description and its own overview", () => {
  const html = site.html("/handbooks/demo/");
  assert.match(html, /Overview of the demo\./);
  for (const n of [1, 2, 9, 10]) assert.match(html, new RegExp(`Description of section ${n}\\.`));
});

test("the first section's previous link is the landing; its next is section 2", () => {
  const html = site.html("/handbooks/demo/section1/");
  assert.equal(relHref(html, "prev"), "/handbooks/demo/");
  assert.equal(relHref(html, "next"), "/handbooks/demo/section2/");
  assert.match(html, /Demo Handbook/);
  assert.match(html, /Section number 2/);
});

test("the last section has a previous link and no next link", () => {
  const html = site.html("/handbooks/demo/section10/");
  assert.equal(relHref(html, "prev"), "/handbooks/demo/section9/");
  assert.equal(relHref(html, "next"), undefined);
  assert.doesNotMatch(html, /rel="next"/);
});

test("the sidebar lists every section by nav_title and marks the current one", () => {
  const html = site.html("/handbooks/demo/section9/");
  for (const n of [1, 2, 9, 10]) assert.match(html, new RegExp(`>\\s*S${n}\\s*<`));
  const current = [...html.matchAll(/<a[^>]*aria-current="page"[^>]*>/g)].map((m) => m[0]);
  assert.equal(current.length, 1, "exactly one current link");
  assert.match(current[0]!, /href="\/handbooks\/demo\/section9\/"/);
});

test("a draft is not built and not listed in production", () => {
  assert.equal(existsSync(path.join(site.outDir, "handbooks/demo/section11/index.html")), false);
  assert.doesNotMatch(site.html("/handbooks/demo/"), /Unfinished section/);
  assert.doesNotMatch(site.html("/handbooks/demo/section10/"), /section11/);
});

test("the home page has a card per handbook with its section count", () => {
  const html = site.html("/");
  assert.match(html, /Demo Handbook[\s\S]*Sections in numeric order\.[\s\S]*4 sections/);
  assert.match(html, /Second Handbook[\s\S]*Has one section\.[\s\S]*1 section\b/);
});

test("every page has lang, title, description and canonical link", () => {
  const html = site.html("/handbooks/demo/section2/");
  assert.match(html, /<html lang="en"/);
  assert.match(html, /<title>Section number 2 · Ordering Fixture<\/title>/);
  assert.match(html, /<meta name="description" content="Description of section 2\.">/);
  assert.match(html, /<link rel="canonical" href="\/handbooks\/demo\/section2\/">/);
});
