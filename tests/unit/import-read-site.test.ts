// Reading a Jekyll site from disk: its pages, its other files, the
// _config.yml settings that shape URLs, and clear errors for wrong paths.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FolioError, formatDiagnostic } from "../../src/checks/diagnostics.ts";
import { ImportLog } from "../../src/importer/log.ts";
import { readSite } from "../../src/importer/read-site.ts";

function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "folio-read-site-"));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

async function readError(dir: string): Promise<string> {
  try {
    await readSite(dir, new ImportLog());
  } catch (error) {
    assert.ok(error instanceof FolioError, String(error));
    return error.diagnostics.map(formatDiagnostic).join("\n");
  }
  throw new Error("expected an error");
}

test("pages are read with Windows line endings turned into newlines; other files are listed, built output skipped", async () => {
  const dir = siteWith({
    "_config.yml": "baseurl: /repo/\nurl: https://me.github.io\nexclude: [drafts]\n",
    "index.md": "---\r\ntitle: Home\r\n---\r\nHello\r\n",
    "assets/a.png": "png",
    "_site/index.html": "built",
    "drafts/x.md": "excluded",
  });
  const site = await readSite(dir, new ImportLog());
  assert.equal(site.texts.get("index.md")!.text, "---\ntitle: Home\n---\nHello\n");
  assert.deepEqual([...site.files].sort(), ["_config.yml", "assets/a.png", "index.md"]);
  assert.deepEqual(site.config, { baseurl: "/repo", host: "me.github.io", exclude: ["drafts"] });
});

test("a folder that does not exist, a file, or a folder without pages: one clear error each", async () => {
  const dir = siteWith({ "notes.txt": "x", "_config.yml": "title: x\n" });
  assert.match(await readError(path.join(dir, "missing")), /missing:1:1 {2}error {2}there is no folder here {2}\(give the folder that holds the site's _config\.yml/);
  assert.match(await readError(path.join(dir, "notes.txt")), /notes\.txt:1:1 {2}error {2}this is a file, not the folder of a Jekyll site/);
  assert.match(await readError(dir), /error {2}found no Markdown or HTML pages in this folder/);
});

test("a _config.yml that is not YAML is reported and its settings ignored", async () => {
  const log = new ImportLog();
  const site = await readSite(siteWith({ "_config.yml": "baseurl: [unclosed\n", "index.md": "---\ntitle: x\n---\n" }), log);
  assert.equal(site.config.baseurl, "");
  assert.match(formatDiagnostic(log.warnings()[0]!), /^_config\.yml:1:1 {2}warning {2}_config\.yml is not valid YAML/);
});
