// Writing an import: new files are written, files the last import wrote are
// updated, files edited since are kept unless --force, and the manifest
// records what was written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatDiagnostic } from "../../src/checks/diagnostics.ts";
import { ImportLog } from "../../src/importer/log.ts";
import { hashOf, MANIFEST_NAME } from "../../src/importer/manifest.ts";
import { writeImport } from "../../src/importer/write.ts";

const fresh = () => mkdtempSync(path.join(os.tmpdir(), "folio-import-write-"));
const file = (out: string, content: string) => ({ out, content, source: "src.md" });
const read = (dir: string, rel: string) => readFileSync(path.join(dir, rel), "utf8");

test("a first import writes every file and records its hash", async () => {
  const dir = fresh();
  const { status } = await writeImport(dir, [file("handbooks/a/section1.md", "one\n"), file("handbooks/a/index.md", "landing\n")], false, new ImportLog());
  assert.deepEqual([...status.values()], ["written", "written"]);
  assert.equal(read(dir, "handbooks/a/section1.md"), "one\n");
  const manifest = JSON.parse(read(dir, MANIFEST_NAME)) as { files: Record<string, string> };
  assert.deepEqual(manifest.files, { "handbooks/a/index.md": hashOf("landing\n"), "handbooks/a/section1.md": hashOf("one\n") });
  assert.deepEqual(readdirSync(path.join(dir, "handbooks/a")).sort(), ["index.md", "section1.md"], "no temporary files left behind");
});

test("a second run with the same input changes nothing, byte for byte", async () => {
  const dir = fresh();
  await writeImport(dir, [file("x.md", "same\n")], false, new ImportLog());
  const before = read(dir, MANIFEST_NAME);
  const { status } = await writeImport(dir, [file("x.md", "same\n")], false, new ImportLog());
  assert.deepEqual([...status.values()], ["unchanged"]);
  assert.equal(read(dir, MANIFEST_NAME), before);
});

test("a file nobody edited is updated when the source changed", async () => {
  const dir = fresh();
  await writeImport(dir, [file("x.md", "v1\n")], false, new ImportLog());
  const { status } = await writeImport(dir, [file("x.md", "v2\n")], false, new ImportLog());
  assert.equal(status.get("x.md"), "updated");
  assert.equal(read(dir, "x.md"), "v2\n");
});

test("a file edited since the last import is kept, with a warning, until --force", async () => {
  const dir = fresh();
  await writeImport(dir, [file("x.md", "v1\n")], false, new ImportLog());
  writeFileSync(path.join(dir, "x.md"), "v1 with my fix\n");
  const log = new ImportLog();
  const kept = await writeImport(dir, [file("x.md", "v2\n")], false, log, "content");
  assert.equal(kept.status.get("x.md"), "kept");
  assert.equal(read(dir, "x.md"), "v1 with my fix\n");
  assert.match(formatDiagnostic(log.warnings()[0]!), /^content\/x\.md:1:1 {2}warning {2}this file was edited since the last import, so it was left as it is {2}\(run the import again with --force/);
  // Still edited on the next run: the manifest kept the hash of what the import wrote.
  assert.equal((await writeImport(dir, [file("x.md", "v2\n")], false, new ImportLog())).status.get("x.md"), "kept");
  const forced = await writeImport(dir, [file("x.md", "v2\n")], true, new ImportLog());
  assert.equal(forced.status.get("x.md"), "overwritten");
  assert.equal(read(dir, "x.md"), "v2\n");
});

test("a file that was there before any import (written by hand) is never overwritten without --force", async () => {
  const dir = fresh();
  mkdirSync(path.join(dir, "handbooks/a"), { recursive: true });
  writeFileSync(path.join(dir, "handbooks/a/index.md"), "hand-written\n");
  const { status } = await writeImport(dir, [file("handbooks/a/index.md", "imported\n")], false, new ImportLog());
  assert.equal(status.get("handbooks/a/index.md"), "kept");
  assert.equal(read(dir, "handbooks/a/index.md"), "hand-written\n");
  const manifest = JSON.parse(read(dir, MANIFEST_NAME)) as { files: Record<string, string> };
  assert.equal(manifest.files["handbooks/a/index.md"], undefined, "not recorded: the import did not write it");
});

test("copied files are compared by their bytes too", async () => {
  const dir = fresh();
  const src = path.join(fresh(), "a.png");
  writeFileSync(src, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const first = await writeImport(dir, [{ out: "handbooks/a/images/a.png", copyFrom: src, source: "assets/a.png" }], false, new ImportLog());
  assert.equal(first.status.get("handbooks/a/images/a.png"), "written");
  assert.ok(existsSync(path.join(dir, "handbooks/a/images/a.png")));
  const again = await writeImport(dir, [{ out: "handbooks/a/images/a.png", copyFrom: src, source: "assets/a.png" }], false, new ImportLog());
  assert.equal(again.status.get("handbooks/a/images/a.png"), "unchanged");
});
