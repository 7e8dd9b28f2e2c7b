// The site's own content and a generated 200-section corpus check clean:
// zero problems, one line saying how many pages were checked. One broken
// link in the corpus is then found, so "clean" means the links were checked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot, run } from "../helpers/build.ts";
import { runCheck } from "./check-support.ts";

const countMarkdown = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".md")).length;

test("the site's own content checks clean", async () => {
  const content = path.join(repoRoot, "content");
  const result = await runCheck(content);
  assert.equal(result.stdout, `Folio: checked ${countMarkdown(content)} pages, no problems found.\n`, result.stderr);
  assert.equal(result.status, 0);
});

test("a generated corpus of 200 sections checks clean, and a broken anchor in it is found", async () => {
  const corpus = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-corpus-")), "content");
  const made = await run(process.execPath, [
    path.resolve(repoRoot, "../shared/bench/make-corpus.mjs"), "--out", corpus, "--sections", "200", "--handbooks", "10", "--seed", "1",
  ], repoRoot);
  assert.equal(made.status, 0, made.stderr);
  assert.equal(countMarkdown(corpus), 211);

  const clean = await runCheck(corpus);
  assert.equal(clean.stdout, "Folio: checked 211 pages, no problems found.\n", clean.stderr);
  assert.equal(clean.status, 0);

  // Break the first `./sectionK.md#id` link of one section.
  const handbook = readdirSync(path.join(corpus, "handbooks")).sort()[0]!;
  const file = path.join(corpus, "handbooks", handbook, readdirSync(path.join(corpus, "handbooks", handbook)).find((f) => /^section\d+\.md$/.test(f))!);
  const source = readFileSync(file, "utf8");
  const link = /\]\((\.\/section\d+\.md)#([a-z0-9-]+)\)/.exec(source);
  assert.ok(link, "the corpus links to heading ids");
  writeFileSync(file, source.replace(link[0], `](${link[1]}#no-such-heading)`));
  const broken = await runCheck(corpus);
  assert.equal(broken.status, 1);
  const lines = broken.stdout.trim().split("\n");
  assert.equal(lines.length, 3, broken.stdout);
  assert.match(lines[0]!, new RegExp(`^${file}:\\d+:\\d+  error  link to ${link[1]!.replace(/\./g, "\\.")}#no-such-heading: handbooks/${handbook}/section\\d+\\.md has no heading with id "no-such-heading"  \\(.+\\)$`));
  assert.equal(lines[2], "Folio: checked 211 pages: 1 error in 1 file.");
});
