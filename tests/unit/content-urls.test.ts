import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizePrefix, resolveMarkdownLink, urlForRelPath, withPrefix } from "../../src/content/urls.ts";

test("a page's URL is its path without the extension", () => {
  assert.equal(urlForRelPath("handbooks/foundation-models/section5.md"), "/handbooks/foundation-models/section5/");
  assert.equal(urlForRelPath("handbooks/nlp/index.md"), "/handbooks/nlp/");
  assert.equal(urlForRelPath("index.md"), "/");
});

test("the path prefix is joined once", () => {
  assert.equal(withPrefix("/", "/a/"), "/a/");
  assert.equal(withPrefix("/repo/", "/a/"), "/repo/a/");
  assert.equal(withPrefix("/repo/", "https://x.org/"), "https://x.org/");
  assert.equal(normalizePrefix("repo"), "/repo/");
  assert.equal(normalizePrefix(undefined), "/");
});

test("links to Markdown files resolve to page URLs", () => {
  assert.deepEqual(resolveMarkdownLink("handbooks/nlp/section5.md", "./section6.md#intro"),
    { relPath: "handbooks/nlp/section6.md", url: "/handbooks/nlp/section6/", hash: "#intro" });
  assert.equal(resolveMarkdownLink("handbooks/nlp/section5.md", "../cv/index.md")!.url, "/handbooks/cv/");
  assert.equal(resolveMarkdownLink("handbooks/nlp/section5.md", "https://a.org/x.md"), undefined);
  assert.equal(resolveMarkdownLink("handbooks/nlp/section5.md", "#x"), undefined);
  assert.equal(resolveMarkdownLink("index.md", "../../outside.md"), undefined);
});
