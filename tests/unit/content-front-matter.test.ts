import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSourceFile } from "../../src/content/front-matter.ts";
import { FolioError, formatDiagnostic } from "../../src/checks/diagnostics.ts";

function errorOf(source: string): string {
  try {
    parseSourceFile("content/x.md", source);
  } catch (e) {
    assert.ok(e instanceof FolioError, `expected a FolioError, got ${String(e)}`);
    return e.diagnostics.map(formatDiagnostic).join("\n");
  }
  assert.fail("expected the file to be rejected");
}

test("valid front matter gives typed data, the body and the body's first line", () => {
  const f = parseSourceFile("x.md", '---\ntitle: "A: B"\norder: 3\ndraft: true\nupdated: 2025-03-14\ncustom: kept\n---\n# Body\n');
  assert.equal(f.data.title, "A: B");
  assert.equal(f.data.order, 3);
  assert.equal(f.data.draft, true);
  assert.equal(f.data.updated?.toISOString().slice(0, 10), "2025-03-14");
  assert.equal(f.data.custom, "kept");
  assert.equal(f.body, "# Body\n");
  assert.equal(f.bodyLine, 8);
  assert.equal(f.fieldLines.get("order"), 3);
});

test("YAML that does not parse names the line and says how to quote", () => {
  const msg = errorOf("---\ndescription: fine\ntitle: Attention: all you need\n---\nbody\n");
  assert.match(msg, /^content\/x\.md:3:\d+  error  front matter is not valid YAML: /);
  assert.match(msg, /put quotes around values/);
});

test("a missing title points at the front matter and shows a line to add", () => {
  const msg = errorOf("---\ndescription: d\n---\nbody\n");
  assert.equal(msg, 'content/x.md:1:1  error  front matter: title is missing  (add a line like  title: "Self-Attention and Transformers")');
});

test("a field of the wrong type names its own line", () => {
  const msg = errorOf("---\ntitle: T\norder: five\n---\n");
  assert.equal(msg, "content/x.md:3:1  error  front matter: order must be a number  (write a number without quotes, e.g.  order: 5)");
});

test("a file without front matter, or with an unclosed one, is explained", () => {
  assert.match(errorOf("# Just a heading\n"), /^content\/x\.md:1:1  error  this page has no front matter/);
  assert.match(errorOf("---\ntitle: T\n# Heading\n"), /never closed/);
});

test("a lone list instead of fields is rejected", () => {
  assert.match(errorOf("---\n- a\n- b\n---\n"), /must be a list of  field: value  lines/);
});
