// Two builds of unchanged content are byte for byte the same, search index
// included: no timestamps, no random ids, no order that depends on timing.
// Deploys then change only what the content changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSite, fixture } from "../helpers/build.ts";

function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, abs).split(path.sep).join("/"), readFileSync(abs));
  }
  return files;
}

test("two builds of the same content are identical, Pagefind's index included", async () => {
  const content = fixture(import.meta.url, "publish-site");
  const options = { pathPrefix: "/some-repo/", siteUrl: "https://example.test/some-repo" };
  // No disk cache: the second build must compute everything, the search index included, again.
  const before = process.env.FOLIO_CACHE_DIR;
  process.env.FOLIO_CACHE_DIR = "off";
  let a, b;
  try {
    [a, b] = [await buildSite(content, options), await buildSite(content, options)];
  } finally {
    if (before === undefined) delete process.env.FOLIO_CACHE_DIR;
    else process.env.FOLIO_CACHE_DIR = before;
  }
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.status, 0, b.stderr);
  const [ta, tb] = [tree(a.outDir), tree(b.outDir)];
  assert.deepEqual([...ta.keys()].sort(), [...tb.keys()].sort());
  assert.ok([...ta.keys()].some((f) => f.startsWith("pagefind/fragment/")), "the search index is part of the comparison");
  const differing = [...ta].filter(([file, bytes]) => !bytes.equals(tb.get(file)!)).map(([file]) => file);
  assert.deepEqual(differing, []);
});
