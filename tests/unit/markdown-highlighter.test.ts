import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createCodeHighlighter, findFenceLanguages } from "../../src/markdown/highlighter.ts";

// Creating Shiki is the slow part; one highlighter for the whole file.
const highlighter = await createCodeHighlighter();

describe("createCodeHighlighter", () => {
  test("aliases load and highlight like their language", async () => {
    await highlighter.ensureLanguages(["py", "ts", "js", "sh", "yml"]);
    assert.equal(highlighter.highlight("x = 1", "py"), highlighter.highlight("x = 1", "python"));
    for (const lang of ["ts", "js", "sh", "yml", "typescript", "bash", "yaml"]) {
      assert.match(highlighter.highlight("a", lang), /^<pre class="shiki shiki-themes github-light-default github-dark-default"/);
    }
  });

  test("both themes are emitted as CSS variables, no fixed colours", async () => {
    await highlighter.ensureLanguages(["python"]);
    const html = highlighter.highlight("def f(): pass", "python");
    assert.ok(html.includes('style="--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117"'));
    assert.ok(html.includes('<span style="--shiki-light:#CF222E;--shiki-dark:#FF7B72">def</span>'));
    assert.ok(!/[^-]color:/.test(html));
  });

  test("code is escaped", async () => {
    await highlighter.ensureLanguages(["html"]);
    const html = highlighter.highlight('<script>alert("x")</script>', "html");
    assert.ok(!html.includes("<script>"));
    assert.ok(html.includes("&#x3C;"));
  });

  test("unknown names are ignored when loading and reported by isKnown", async () => {
    await highlighter.ensureLanguages(["nosuchlang", "python"]);
    assert.equal(highlighter.isKnown("nosuchlang"), false);
    assert.equal(highlighter.isKnown("python"), true);
    assert.equal(highlighter.isKnown("Python"), true);
    assert.equal(highlighter.isKnown("rust"), true, "known to Shiki even before it is loaded");
    assert.equal(highlighter.isKnown("text"), true);
  });

  test("highlighting a language that was not loaded throws (the build must load it first)", () => {
    assert.throws(() => highlighter.highlight("fn main() {}", "rust"), {
      message: 'Code language "rust" is not loaded; call ensureLanguages() with it before rendering',
    });
  });

  test("plain text needs no grammar", () => {
    assert.equal(
      highlighter.highlight("a < b", "text"),
      '<pre class="shiki shiki-themes github-light-default github-dark-default" style="--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117" tabindex="0"><code><span class="line"><span>a &#x3C; b</span></span></code></pre>',
    );
  });
});

describe("findFenceLanguages", () => {
  test("finds ``` and ~~~ fences, in lists and quotes, lower-cased, with attributes cut", () => {
    const source = [
      "```python",
      "x = 1",
      "```",
      "~~~ TypeScript title=a.ts",
      "~~~",
      "- item",
      "  ```bash",
      "  ls",
      "  ```",
      "1. ```yml",
      "> ```js{1,3}",
      "> > ~~~~rust",
      "````",
      "",
    ].join("\n");
    assert.deepEqual(findFenceLanguages(source), new Set(["python", "typescript", "bash", "yml", "js", "rust"]));
  });

  test("ignores closing fences, fences without a language and non-fences", () => {
    const source = "```\nplain\n```\n\n`` `inline` ``\n\nText ```python not at line start\n\n``` bad`info\n";
    assert.deepEqual(findFenceLanguages(source), new Set());
  });
});
