// Front matter as Jekyll sites have it (valid, absent, broken) and as the
// importer writes it back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDiagnostic } from "../../src/checks/diagnostics.ts";
import { recoverFields, splitFrontMatter } from "../../src/importer/front-matter.ts";
import { frontMatterText } from "../../src/importer/front-matter-out.ts";
import { ImportLog } from "../../src/importer/log.ts";

test("valid front matter is read as YAML; the body and its first line are returned", () => {
  const log = new ImportLog();
  const r = splitFrontMatter("s.md", '---\ntitle: "A: B"\norder: 3\n---\n\nBody\n', log);
  assert.deepEqual(r.data, { title: "A: B", order: 3 });
  assert.equal(r.body, "\nBody\n");
  assert.equal(r.bodyLine, 5);
  assert.deepEqual(log.warnings(), []);
});

test("no front matter at all: the whole file is body", () => {
  const r = splitFrontMatter("s.md", "# Title\n\ntext", new ImportLog());
  assert.equal(r.hadFrontMatter, false);
  assert.equal(r.body, "# Title\n\ntext");
  assert.equal(r.bodyLine, 1);
});

test("YAML that does not parse is recovered line by line, with a warning at file:line:col", () => {
  const log = new ImportLog();
  const text = "---\nlayout: default\ntitle: Scaling Laws: Bigger Models\ndescription: How loss falls\ntags:\n  - scaling\n  - laws\n---\nBody";
  const r = splitFrontMatter("_includes/s3.md", text, log);
  assert.deepEqual(r.data, { layout: "default", title: "Scaling Laws: Bigger Models", description: "How loss falls", tags: ["scaling", "laws"] });
  const [w] = log.warnings().map(formatDiagnostic);
  assert.match(w!, /^_includes\/s3\.md:3:\d+ {2}warning {2}front matter is not valid YAML \(.+\); recovered layout, title, description, tags line by line/);
  assert.ok(log.entry("_includes/s3.md").items.some((i) => i.outcome === "recovered"));
});

test("front matter that is never closed: the field lines at the top are taken, with a warning", () => {
  const log = new ImportLog();
  const r = splitFrontMatter("s.md", "---\ntitle: Open\n\nThe text starts here.", log);
  assert.deepEqual(r.data, { title: "Open" });
  assert.equal(r.body, "\nThe text starts here.");
  assert.match(formatDiagnostic(log.warnings()[0]!), /^s\.md:1:1 {2}warning {2}the front matter starting here is never closed/);
});

test("recovered values keep their quotes' meaning and their types", () => {
  assert.deepEqual(recoverFields(['title: "Say \\"hi\\": now"', "draft: true", "order: 4", "note: it's # not a comment"]), {
    title: 'Say "hi": now', draft: true, order: 4, note: "it's",
  });
});

test("front matter is written in a fixed order, strings quoted, URL lists plain, unknown fields kept after", () => {
  const text = frontMatterText({
    author: "Ada", redirect_from: ["/content/x/section5/", "/old page.html"], title: 'A "quoted": title',
    description: "One sentence.", order: 2, draft: undefined,
  });
  assert.equal(text, [
    "---",
    'title: "A \\"quoted\\": title"',
    'description: "One sentence."',
    "order: 2",
    "redirect_from:",
    "  - /content/x/section5/",
    '  - "/old page.html"',
    'author: "Ada"',
    "---",
    "",
  ].join("\n"));
});
