import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createCodeHighlighter } from "../../src/markdown/highlighter.ts";
import { RenderCache } from "../../src/markdown/render-cache.ts";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "folio-cache-"));

test("a highlighted block is served from the disk cache on the next build", async () => {
  const dir = tmp();
  const first = await createCodeHighlighter({ cacheDir: dir });
  const html = first.highlight("print('hi')", "python");
  await first.cache.save();
  assert.equal(readdirSync(dir).length, 1);

  const second = new RenderCache(dir, "shiki", "unused");
  assert.equal(second.get("python\0print('hi')"), undefined, "another salt never sees the entry");
  const again = await createCodeHighlighter({ cacheDir: dir });
  await again.cache.load();
  assert.equal(again.cache.get("python\0print('hi')"), html);
});

test("changing a code theme invalidates the cache: no stale colours, old file removed", async () => {
  const dir = tmp();
  const light = await createCodeHighlighter({ cacheDir: dir, themes: { light: "github-light", dark: "github-dark-default" } });
  const before = light.highlight("def f(): pass", "python");
  await light.cache.save();
  const oldFile = readdirSync(dir)[0];

  const other = await createCodeHighlighter({ cacheDir: dir, themes: { light: "min-light", dark: "min-dark" } });
  await other.cache.load();
  const after = other.highlight("def f(): pass", "python");
  assert.notEqual(after, before);
  assert.match(after, /shiki-themes min-light min-dark/);
  await other.cache.save();
  assert.deepEqual(readdirSync(dir).length, 1);
  assert.notEqual(readdirSync(dir)[0], oldFile);
});

/** A cache file with entries "a" and "b", as the build that set them leaves it. */
async function savedAB(): Promise<{ dir: string; cache: RenderCache }> {
  const dir = tmp();
  const cache = new RenderCache(dir, "x", "salt");
  cache.set("a", "A");
  cache.set("b", "B");
  await cache.save();
  return { dir, cache };
}

test("only entries used by the last build are kept", async () => {
  const { dir } = await savedAB();
  const next = new RenderCache(dir, "x", "salt");
  await next.load();
  assert.equal(next.get("a"), "A");
  await next.save();
  const last = new RenderCache(dir, "x", "salt");
  await last.load();
  assert.equal(last.get("a"), "A");
  assert.equal(last.get("b"), undefined);
});

test("a damaged cache file counts as empty", async () => {
  const dir = tmp();
  const cache = new RenderCache(dir, "x", "salt");
  // Cut off mid-write: the entry for "a" is there, but the file is not JSON.
  writeFileSync(cache.file!, JSON.stringify({ [cache.key("a")]: "A" }).slice(0, -1));
  await cache.load();
  assert.equal(cache.get("a"), undefined);
});

test("typeset formulas are cached, but never those that define or use page macros", async () => {
  const { createMathCache } = await import("../../src/markdown/math.ts");
  const { createMarkdown } = await import("../../src/markdown/index.ts");
  const { fakeContext } = await import("./markdown-context.ts");
  const mathCache = createMathCache(undefined);
  const md = createMarkdown({ ...fakeContext(), mathCache });
  const plain = md.render("$x^2$ and $x^2$", {});
  const cached = mathCache.get("inline\0x^2") ?? "";
  assert.match(cached, /^<span class="katex">/);
  assert.equal(plain.split(cached).length, 3, "both formulas are the cached HTML");

  const withMacro = md.render("$\\gdef\\Foo{\\mathbb{F}}$ then $\\Foo$", {});
  assert.equal(mathCache.get("inline\0\\gdef\\Foo{\\mathbb{F}}"), undefined);
  assert.equal(mathCache.get("inline\0\\Foo"), undefined, "typeset with this page's macro: not reusable");
  assert.match(withMacro, /<span class="katex">/);
  // Another page without the macro must not see it (and must not get a cached \Foo).
  assert.throws(() => md.render("$\\Foo$", {}), /Invalid TeX/);
});

test("the file is read on first use, and a build that used nothing new leaves it as it was", async () => {
  const { dir, cache } = await savedAB();
  const before = statSync(cache.file!).mtimeMs;

  // A build served wholly by the body cache only touches the entries its pages used.
  const replayed = new RenderCache(dir, "x", "salt");
  replayed.touch([replayed.key("a")]);
  await replayed.save();
  assert.equal(statSync(cache.file!).mtimeMs, before, "not rewritten");

  // One page rendered anew, one replayed: the replayed page's entry is kept, the unused one goes.
  const mixed = new RenderCache(dir, "x", "salt");
  mixed.touch([mixed.key("a")]);
  mixed.set("c", "C");
  await mixed.save();
  const after = JSON.parse(readFileSync(cache.file!, "utf8")) as Record<string, string>;
  assert.deepEqual(Object.values(after).sort(), ["A", "C"]);
});

test("watch() gives the keys a render used, read or written", async () => {
  const cache = new RenderCache(undefined, "x", "salt");
  cache.set("old", "O");
  const stop = cache.watch();
  cache.get("old");
  cache.get("missing");
  cache.set("new", "N");
  const keys = stop();
  cache.get("after");
  assert.deepEqual(keys, [cache.key("old"), cache.key("new")]);
});

test("a cache of many megabytes is written in pieces and read back whole", async () => {
  const dir = tmp();
  const big = new RenderCache(dir, "shiki", "s");
  // Quotes, backslashes, newlines and non-ASCII text, across several of the writer's 1 MB pieces.
  const output = (i: number) => `<span title="a \\ b">${i}\n${"é→\u2028".repeat(200)}${"x".repeat(i % 997)}</span>`;
  for (let i = 0; i < 5000; i++) big.set(`python\0x = ${i}`, output(i));
  await big.save();
  assert.ok(statSync(big.file!).size > 4_000_000);

  const again = new RenderCache(dir, "shiki", "s");
  await again.load();
  for (let i = 0; i < 5000; i++) assert.equal(again.get(`python\0x = ${i}`), output(i));
  assert.equal(Object.keys(JSON.parse(readFileSync(big.file!, "utf8"))).length, 5000);
});
