// The seed section imported by `npm run import` is, byte for byte, the
// committed content/handbooks/foundation-models/section5.md: the page the
// site publishes is produced by the importer, not kept by hand beside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixture, repoRoot, run } from "../helpers/build.ts";

const seed = path.join(fixture(import.meta.url, "jekyll-seed"), "section5-self-attention.jekyll.md");
const committed = path.join(repoRoot, "content/handbooks/foundation-models/section5.md");

/** A Jekyll site holding the seed where the old site served it: /content/handbooks/foundation-models/section5/. */
function seedSite(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "folio-seed-site-"));
  mkdirSync(path.join(dir, "content/handbooks/foundation-models"), { recursive: true });
  copyFileSync(seed, path.join(dir, "content/handbooks/foundation-models/section5.md"));
  return dir;
}

const importSite = (site: string, out: string) =>
  run(process.execPath, ["--import", "tsx", path.join(repoRoot, "src/cli/import.ts"), site, "--out", out], repoRoot);

test("importing the seed gives the committed section 5, byte for byte", async () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-seed-out-")), "content");
  const result = await importSite(seedSite(), out);
  assert.equal(result.status, 0, result.stderr);
  const imported = readFileSync(path.join(out, "handbooks/foundation-models/section5.md"), "utf8");
  assert.equal(imported, readFileSync(committed, "utf8"));
});

test("the seed's report: boilerplate dropped, hand-written navigation compared with file:line, totals", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "folio-seed-out-"));
  const result = await importSite(seedSite(), path.join(root, "content"));
  assert.equal(result.status, 0, result.stderr);
  const report = readFileSync(path.join(root, "import-report.md"), "utf8");
  assert.ok(result.stdout.includes(report), "the report is printed as written");
  assert.match(report, /\| 1 \| 1 \| 0 \| 22 \| 30 \| 0 \| 0 \|/, "1 handbook, 1 section, 0 drafts, 22 resources, 30 links");
  assert.match(report, /dropped <link rel="stylesheet"> \(content\/handbooks\/foundation-models\/section5\.md:7\)/);
  assert.match(report, /dropped navigation script \(content\/handbooks\/foundation-models\/section5\.md:138\)/);
  assert.match(report, /dropped <script src="\/assets\/js\/section-academic\.js">/);
  // section4 and section6 are not part of this import: both hand-written links differ from the computed ones.
  assert.match(report, /section5\.md:139:1 {2}warning {2}hand-written previous link \/content\/handbooks\/foundation-models\/section4\/ \(a page that is not in the import\) differs from Folio's previous handbooks\/foundation-models\/index\.md/);
  assert.match(report, /section5\.md:140:1 {2}warning {2}hand-written next link \/content\/handbooks\/foundation-models\/section6\/ \(a page that is not in the import\) differs from Folio's next \(none: this is the last section\)/);
});
