// Running the import again: identical output the second time; a file
// edited by hand since the last import is kept (until --force); a changed
// source updates only its own file; bad input stops with a clear message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixture, repoRoot, run, siteFiles } from "../helpers/build.ts";

const importSite = (site: string, out: string, ...extra: string[]) =>
  run(process.execPath, ["--import", "tsx", path.join(repoRoot, "src/cli/import.ts"), site, "--out", out, ...extra], repoRoot);

function copyOfFixture(name: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-rerun-site-")), name);
  cpSync(fixture(import.meta.url, name), dir, { recursive: true });
  return dir;
}

test("a second import of the same site writes identical files", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "folio-rerun-"));
  const out = path.join(root, "content");
  const site = fixture(import.meta.url, "jekyll-tabs");
  const first = await importSite(site, out);
  assert.equal(first.status, 0, first.stderr);
  const before = siteFiles(root);
  const second = await importSite(site, out);
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual(siteFiles(root), before, "content, manifest and report are byte-identical");
  const total = [...before.keys()].filter((k) => k.startsWith("content/") && !k.endsWith(".folio-import.json")).length;
  assert.match(second.stdout, new RegExp(`files: 0 written, 0 updated, ${total} unchanged\\.`));
});

test("a file edited since the last import is kept and reported; --force replaces it", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "folio-rerun-"));
  const out = path.join(root, "content");
  const site = fixture(import.meta.url, "jekyll-pages");
  assert.equal((await importSite(site, out)).status, 0);
  const edited = path.join(out, "handbooks/efficient-transformers/section1.md");
  const imported = readFileSync(edited, "utf8");
  writeFileSync(edited, imported.replace("Doubling the context", "Doubling the context (my note)"));

  const again = await importSite(site, out);
  assert.equal(again.status, 0, again.stderr);
  assert.match(readFileSync(edited, "utf8"), /\(my note\)/, "the edit survives");
  assert.match(again.stdout, /handbooks\/efficient-transformers\/section1\.md:1:1 {2}warning {2}this file was edited since the last import, so it was left as it is {2}\(run the import again with --force/);
  assert.match(again.stdout, /1 kept because they were edited \(use --force to replace\)/);
  const report = readFileSync(path.join(root, "import-report.md"), "utf8");
  assert.match(report, /## Not overwritten\n\n.*\n\n- `handbooks\/efficient-transformers\/section1\.md`/);

  const forced = await importSite(site, out, "--force");
  assert.equal(forced.status, 0, forced.stderr);
  assert.equal(readFileSync(edited, "utf8"), imported);
  assert.match(forced.stdout, /1 overwritten \(--force\)/);
});

test("a page that was never imported (written by hand) is not overwritten", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "folio-rerun-"));
  const out = path.join(root, "content");
  mkdirSync(path.join(out, "handbooks/multimodal"), { recursive: true });
  writeFileSync(path.join(out, "handbooks/multimodal/index.md"), "---\ntitle: Mine\ndescription: Hand-written.\n---\n");
  const result = await importSite(fixture(import.meta.url, "jekyll-pages"), out);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(path.join(out, "handbooks/multimodal/index.md"), "utf8"), "---\ntitle: Mine\ndescription: Hand-written.\n---\n");
  assert.match(result.stdout, /multimodal\/index\.md:1:1 {2}warning {2}this file was not written by an import, so it was left as it is/);
});

test("a changed source updates its own imported file and nothing else", async () => {
  const site = copyOfFixture("jekyll-pages");
  const root = mkdtempSync(path.join(os.tmpdir(), "folio-rerun-"));
  const out = path.join(root, "content");
  assert.equal((await importSite(site, out)).status, 0);
  const before = siteFiles(out);
  const source = path.join(site, "content/handbooks/multimodal/clip.md");
  writeFileSync(source, readFileSync(source, "utf8").replace("picks the closest one", "picks the most similar one"));
  const again = await importSite(site, out);
  assert.equal(again.status, 0, again.stderr);
  const after = siteFiles(out);
  const changed = [...after.keys()].filter((k) => !before.get(k)?.equals(after.get(k)!)).sort();
  assert.deepEqual(changed, [".folio-import.json", "handbooks/multimodal/clip.md"]);
  assert.match(readFileSync(path.join(out, "handbooks/multimodal/clip.md"), "utf8"), /picks the most similar one/);
  assert.match(again.stdout, /files: 0 written, 1 updated, \d+ unchanged\./);
});

test("a missing site folder is one clear message, exit status 1, and nothing written", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "folio-rerun-"));
  const out = path.join(root, "content");
  const result = await importSite(path.join(root, "no-such-site"), out);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /no-such-site:1:1 {2}error {2}there is no folder here {2}\(give the folder that holds the site's _config\.yml/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  assert.ok(!existsSync(out), "no output folder created");
  assert.equal((await run(process.execPath, ["--import", "tsx", path.join(repoRoot, "src/cli/import.ts")], repoRoot)).status, 1, "no site given");
});
