// A page's body, once in the body cache, is read back when its page is laid
// out. Eleventy renders every page before it lays out the first, so a body
// held in memory until then is held for the whole build: at 10,000 sections
// that was most of a cold build's memory, and its garbage collection time.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Collector } from "../../src/checks/collector.ts";
import { WarningLog } from "../../src/checks/diagnostics.ts";
import type { SourcePage } from "../../src/content/types.ts";
import { RenderCache } from "../../src/markdown/render-cache.ts";
import { BodyCache, type RenderedBody } from "../../src/eleventy/body-cache.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const PAGES = 60;
const BODY_BYTES = 500_000;

const page = (i: number) =>
  ({ relPath: `handbooks/a/section${i}.md`, displayPath: `content/handbooks/a/section${i}.md`, url: `/handbooks/a/section${i}/`,
     kind: "section", handbook: "a", data: { title: `S${i}` }, bodyLine: 4, order: i, orderLine: 1 }) as SourcePage;

// Headings and a resource list: the table of contents and the resources are found in the body's text.
const body = (i: number) =>
  `<h2 id="a-heading-long-enough-to-be-sliced-${i}">First ${i}</h2>\n<p>${"x".repeat(BODY_BYTES)}</p>\n` +
  `<h3 id="another-heading-of-section-${i}">Second</h3>\n<ul class="resources"><li class="resource" data-type="paper">` +
  `<span class="badge">Paper</span> <a class="resource-link" href="https://example.org/${i}">A paper about section ${i}</a></li></ul>\n`;

test("a rendered page whose body is in the cache does not keep that body in memory", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "folio-body-memory-"));
  const deps = { collector: new Collector(), warnings: new WarningLog(), code: new RenderCache(dir, "shiki", "s"), math: new RenderCache(dir, "katex", "s") };
  const cache = new BodyCache(dir, path.join(dir, "content"), "salt", deps);

  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: RenderedBody[] = [];
  for (let i = 0; i < PAGES; i++) kept.push(cache.body(page(i), `body ${i}`, () => body(i)));
  gc();
  const grown = process.memoryUsage().heapUsed - before;

  // 60 bodies of 500 KB are 30 MB; what a page keeps (its facts) is a few hundred bytes.
  assert.ok(grown < 5_000_000, `the heap grew by ${(grown / 1e6).toFixed(1)} MB for ${PAGES} pages`);
  assert.ok(kept.every((k) => k.stored));
  assert.equal(kept[7]!.html(), body(7), "the body is read back when the layout asks for it");
  assert.deepEqual(kept[7]!.toc.map((t) => t.id), ["a-heading-long-enough-to-be-sliced-7", "another-heading-of-section-7"]);
  assert.equal(kept[7]!.resources.length, 1);
});
