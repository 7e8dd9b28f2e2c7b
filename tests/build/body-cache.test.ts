// A production build serves unchanged pages from the body cache, and
// unchanged files' front matter from the load cache: the site, the warnings
// and the site-wide link checks must come out exactly as if every page had
// been loaded and rendered again, and nothing stale may be served.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSite, fixture, siteFiles, type BuildOptions, type BuildResult } from "../helpers/build.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "folio-body-cache-"));
const content = path.join(tmp, "content");
const cache = path.join(tmp, "cache");
cpSync(fixture(import.meta.url, "body-cache"), content, { recursive: true });

const build = (options: BuildOptions = {}, cacheDir = cache): Promise<BuildResult> => buildSite(content, { ...options, cacheDir });

const bodyFolders = () => readdirSync(cache).filter((f) => f.startsWith("bodies-"));
const entries = () => bodyFolders().flatMap((f) => readdirSync(path.join(cache, f)));
const shikiFile = () => path.join(cache, readdirSync(cache).find((f) => /^shiki-.*\.json$/.test(f))!);
const warningLines = (r: BuildResult) => (r.stdout + r.stderr).split("\n").filter((l) => l.includes("warning")).sort();
const edit = (rel: string, from: string | RegExp, to: string) => {
  const file = path.join(content, rel);
  const text = readFileSync(file, "utf8");
  assert.notEqual(text.replace(from, to), text, `the edit of ${rel} changes it`);
  writeFileSync(file, text.replace(from, to));
};

test("a second build from the body cache gives the same site and the same warnings", async () => {
  const first = await build();
  assert.equal(first.status, 0, first.stderr);
  assert.equal(entries().length, 4, "one entry per page: home, landing, two sections");
  const shiki = statSync(shikiFile());

  const second = await build();
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual(siteFiles(second.outDir), siteFiles(first.outDir), "byte for byte, print page and search index included");
  assert.match(warningLines(first).join("\n"), /section2\.md:10:1 +warning +Unknown code language "foolang"/);
  assert.deepEqual(warningLines(second), warningLines(first), "a page's warnings are reported when it comes from the cache");
  // Nothing was highlighted again, so the code cache was neither read nor rewritten, and it lost nothing.
  assert.equal(statSync(shikiFile()).mtimeMs, shiki.mtimeMs);
  assert.equal(entries().length, 4);
  assert.match(second.html("/handbooks/hb/print/"), /id="section1--setup"[\s\S]*class="shiki/);
  // A date in front matter comes back from the load cache as a date.
  assert.match(second.html("/handbooks/hb/section1/"), /Last updated <time datetime="2024-05-01">May 1, 2024/);
  assert.match(second.html("/handbooks/hb/resources/"), /Attention Is All You Need/);
});

test("links of cached pages are checked against the site as it is now", async () => {
  // Only section1 changes: section2 comes from the cache, with the link it recorded when it was rendered.
  edit("handbooks/hb/section1.md", "{#setup}", "{#install}");
  const broken = await build();
  assert.equal(broken.status, 1, "the link to #setup no longer has a target");
  assert.match(broken.stderr + broken.stdout, /section2\.md:8:\d+ +error .*#setup/);

  edit("handbooks/hb/section2.md", "section1.md#setup", "section1.md#install");
  const fixed = await build();
  assert.equal(fixed.status, 0, fixed.stderr);
  assert.match(fixed.html("/handbooks/hb/section2/"), /href="\/handbooks\/hb\/section1\/#install"/);
  assert.match(fixed.html("/handbooks/hb/section1/"), /<h2 id="install"/);
  assert.equal(entries().length, 4, "entries of the old versions of both pages are gone");
});

test("another path prefix renders again; the unprefixed build still gets unprefixed links", async () => {
  const prefixed = await build({ pathPrefix: "/repo/" });
  assert.equal(prefixed.status, 0, prefixed.stderr);
  assert.match(prefixed.html("/handbooks/hb/section2/"), /href="\/repo\/handbooks\/hb\/"/);
  assert.equal(bodyFolders().length, 2, "one folder per prefix: a build with either prefix may be running");

  const plain = await build();
  assert.equal(plain.status, 0, plain.stderr);
  assert.match(plain.html("/handbooks/hb/section2/"), /href="\/handbooks\/hb\/"/);
  assert.doesNotMatch(plain.html("/handbooks/hb/section2/"), /\/repo\//);
});

test("a damaged entry is rendered again, not served", async () => {
  const good = await build();
  assert.equal(good.status, 0, good.stderr);
  for (const folder of bodyFolders()) {
    for (const name of readdirSync(path.join(cache, folder))) writeFileSync(path.join(cache, folder, name), "{damaged");
  }
  const again = await build();
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(siteFiles(again.outDir), siteFiles(good.outDir));
});

test("an edited title is seen by the next build, on the page and in its neighbours", async () => {
  edit("handbooks/hb/section2.md", "title: Using it", "title: Putting it to use");
  const renamed = await build();
  assert.equal(renamed.status, 0, renamed.stderr);
  assert.match(renamed.html("/handbooks/hb/section2/"), /<h1>Putting it to use<\/h1>/);
  assert.match(renamed.html("/handbooks/hb/section1/"), /Putting it to use/, "the next link and the sidebar of the page before");
  assert.doesNotMatch(renamed.html("/handbooks/hb/section1/"), /Using it/);

  // A front matter error in a file loaded before is reported with its line, like any other.
  edit("handbooks/hb/section2.md", "title: Putting it to use", "title: [unclosed");
  const broken = await build();
  assert.equal(broken.status, 1);
  assert.match(broken.stderr + broken.stdout, /section2\.md:\d+:\d+ +error +front matter is not valid YAML/);
});

test("an edit that keeps a file's size and time is still seen (a fresh checkout gives files new times)", async () => {
  // A whole second, so that setting it again gives exactly the same time.
  const file = path.join(content, "handbooks/hb/section2.md");
  const time = new Date("2026-01-01T00:00:00Z");
  // Whatever title the tests before left, a valid one to start from.
  writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, "title: Putting it to use"));
  utimesSync(file, time, time);
  const before = await build();
  assert.equal(before.status, 0, before.stderr);
  edit("handbooks/hb/section2.md", "title: Putting it to use", "title: Putting it to fix");
  utimesSync(file, time, time);
  const after = await build();
  assert.equal(after.status, 0, after.stderr);
  assert.match(after.html("/handbooks/hb/section2/"), /<h1>Putting it to fix<\/h1>/);
});

test("a body cache that cannot be written costs time, not the build", async () => {
  const good = await build();
  assert.equal(good.status, 0, good.stderr);
  // A file where the pages' folder should be: no entry can be read or written.
  for (const folder of bodyFolders()) {
    rmSync(path.join(cache, folder), { recursive: true });
    writeFileSync(path.join(cache, folder), "not a folder");
  }
  const blocked = await build();
  assert.equal(blocked.status, 0, blocked.stderr);
  assert.deepEqual(siteFiles(blocked.outDir), siteFiles(good.outDir));
  assert.equal(blocked.stderr.match(/could not write the build cache/g)?.length, 1, "said once, not per page");
  for (const folder of bodyFolders()) rmSync(path.join(cache, folder), { recursive: true });

  // The same when the cache folder itself is a file: every cache (code, maths, pages, search index) fails to write.
  const notAFolder = path.join(tmp, "cache-file");
  writeFileSync(notAFolder, "not a folder");
  const noCache = await build({}, notAFolder);
  assert.equal(noCache.status, 0, noCache.stderr);
  assert.deepEqual(siteFiles(noCache.outDir), siteFiles(good.outDir));
  assert.match(noCache.stderr, /could not write the build cache in .*cache-file \(EEXIST\); this build is fine/);
  assert.doesNotMatch(noCache.stderr, /bug in Folio|\n\s+at /);
});
