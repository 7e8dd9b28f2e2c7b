// A build whose pages are unchanged reuses the previous search index from the
// cache; any edit to a page gives a new index (and drops the old one).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSite, fixture } from "../helpers/build.ts";

const indexFolders = (cache: string) => readdirSync(cache).filter((f) => f.startsWith("pagefind-"));
const entry = (out: string) => readFileSync(path.join(out, "pagefind/pagefind-entry.json"), "utf8");

test("an unchanged site reuses its search index; an edited one gets a fresh index", async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "folio-search-cache-"));
  const content = path.join(tmp, "content");
  cpSync(fixture(import.meta.url, "ordering"), content, { recursive: true });
  const cache = path.join(tmp, "cache");
  const first = await buildSite(content, { cacheDir: cache });
  assert.equal(first.status, 0, first.stderr);
  const [stored] = indexFolders(cache);
  assert.ok(stored, "the index is kept in the cache");

  const second = await buildSite(content, { cacheDir: cache });
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual(indexFolders(cache), [stored]);
  assert.equal(entry(second.outDir), entry(first.outDir));
  // Restored, not made again: the site's index file is the cache's (a hard link to it).
  assert.equal(statSync(path.join(second.outDir, "pagefind/pagefind-entry.json")).ino,
    statSync(path.join(cache, stored, "pagefind-entry.json")).ino);
  assert.deepEqual(readdirSync(path.join(second.outDir, "pagefind/fragment")).sort(),
    readdirSync(path.join(first.outDir, "pagefind/fragment")).sort());

  const page = path.join(content, "handbooks/demo/section2.md");
  writeFileSync(page, readFileSync(page, "utf8") + "\nA brand-new sentence about zebras.\n");
  const third = await buildSite(content, { cacheDir: cache });
  assert.equal(third.status, 0, third.stderr);
  const [fresh] = indexFolders(cache);
  assert.notEqual(fresh, stored, "an edit gives a new index; the old one is dropped");
  assert.equal(indexFolders(cache).length, 1);
  const fragments = readdirSync(path.join(third.outDir, "pagefind/fragment"))
    .map((f) => readFileSync(path.join(third.outDir, "pagefind/fragment", f)));
  assert.ok(fragments.length > 0);
});
