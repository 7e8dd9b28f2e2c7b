// Two builds of unchanged content are byte for byte the same, search index
// included: no timestamps, no random ids, no order that depends on timing.
// Deploys then change only what the content changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSite, fixture, siteFiles } from "../helpers/build.ts";

test("two builds of the same content are identical, Pagefind's index included", async () => {
  const content = fixture(import.meta.url, "publish-site");
  const options = { pathPrefix: "/some-repo/", siteUrl: "https://example.test/some-repo" };
  // No disk cache: the second build must compute everything, the search index included, again.
  const noCache = { ...options, cacheDir: "off" };
  const [a, b] = [await buildSite(content, noCache), await buildSite(content, noCache)];
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.status, 0, b.stderr);
  const [ta, tb] = [siteFiles(a.outDir), siteFiles(b.outDir)];
  assert.deepEqual([...ta.keys()].sort(), [...tb.keys()].sort());
  assert.ok([...ta.keys()].some((f) => f.startsWith("pagefind/fragment/")), "the search index is part of the comparison");
  const differing = [...ta].filter(([file, bytes]) => !bytes.equals(tb.get(file)!)).map(([file]) => file);
  assert.deepEqual(differing, []);
});
