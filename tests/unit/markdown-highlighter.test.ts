import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { codeFences } from "../../src/markdown/code-fences.ts";
import { createCodeHighlighter } from "../../src/markdown/highlighter.ts";
import { loadOniguruma, prefersOniguruma, shikiColourer } from "../../src/markdown/shiki-colourer.ts";

// Creating Shiki is the slow part; one highlighter for the whole file.
const highlighter = await createCodeHighlighter();

describe("createCodeHighlighter", () => {
  test("aliases load and highlight like their language", async () => {
    assert.equal(highlighter.highlight("x = 1", "py"), highlighter.highlight("x = 1", "python"));
    for (const lang of ["ts", "js", "sh", "yml", "typescript", "bash", "yaml"]) {
      assert.match(highlighter.highlight("a", lang), /^<pre class="shiki shiki-themes github-light-default github-dark-default"/);
    }
  });

  test("both themes are emitted as CSS variables, no fixed colours", async () => {
    const html = highlighter.highlight("def f(): pass", "python");
    assert.ok(html.includes('style="--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117"'));
    assert.ok(html.includes('<span style="--shiki-light:#CF222E;--shiki-dark:#FF7B72">def</span>'));
    assert.ok(!/[^-]color:/.test(html));
  });

  test("code is escaped", async () => {
    const html = highlighter.highlight('<script>alert("x")</script>', "html");
    assert.ok(!html.includes("<script>"));
    assert.ok(html.includes("&#x3C;"));
  });

  test("unknown names are reported by isKnown", async () => {
    assert.equal(highlighter.isKnown("nosuchlang"), false);
    assert.equal(highlighter.isKnown("python"), true);
    assert.equal(highlighter.isKnown("Python"), true);
    assert.equal(highlighter.isKnown("rust"), true, "known to Shiki even before it is loaded");
    assert.equal(highlighter.isKnown("text"), true);
  });

  test("a language never loaded before is loaded on first use", () => {
    const html = highlighter.highlight("fn main() {}", "rust");
    assert.ok(html.includes('<span style="--shiki-light:#CF222E;--shiki-dark:#FF7B72">fn</span>'), html);
  });

  test("plain text needs no grammar", () => {
    assert.equal(
      highlighter.highlight("a < b", "text"),
      '<pre class="shiki shiki-themes github-light-default github-dark-default" style="--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117" tabindex="0"><code><span class="line"><span>a &#x3C; b</span></span></code></pre>',
    );
  });
});

describe("the Oniguruma engine (prehighlight workers colour some languages with it)", () => {
  // Both engines share one cache, so a block must not depend on which one coloured it.
  test("colours its languages exactly as the JavaScript engine does", async () => {
    const samples = codeFences(readFileSync(new URL("fixtures/oniguruma-languages.md", import.meta.url), "utf8"));
    const js = shikiColourer();
    // Counted, so that the comparison cannot pass by both sides using the JavaScript engine.
    const engine = await loadOniguruma();
    let scanners = 0;
    const oniguruma = shikiColourer(undefined, { ...engine, createScanner: (patterns) => (scanners++, engine.createScanner(patterns)) });
    const langs = new Set<string>();
    for (const { lang, code } of samples) {
      assert.ok(prefersOniguruma(lang), `${lang} is coloured by the Oniguruma engine`);
      const before = scanners;
      assert.equal(oniguruma(code, lang), js(code, lang), `the ${lang} sample`);
      // Each language's first block compiles its grammar: on this engine, if it really went there.
      if (!langs.has(lang)) assert.ok(scanners > before, `the Oniguruma engine coloured the ${lang} sample`);
      langs.add(lang);
    }
    assert.deepEqual([...langs], ["typescript", "tsx", "js", "jsx", "c", "cpp"]);
  });

  test("is chosen by language id, aliases included; Python stays on the JavaScript engine", () => {
    for (const lang of ["ts", "TypeScript", "javascript", "js", "tsx", "c++", "c"]) assert.ok(prefersOniguruma(lang), lang);
    for (const lang of ["python", "py", "rust", "bash", "sql", "text", "nosuchlang"]) assert.ok(!prefersOniguruma(lang), lang);
  });
});

describe("codeFences", () => {
  test("finds ``` and ~~~ fences in lists, quotes and boxes, with the code the renderer colours", () => {
    const source = [
      "```python",
      "x = 1",
      "```",
      "~~~ TypeScript title=a.ts",
      "let a",
      "~~~",
      "- item",
      "",
      "  ```bash",
      "  ls",
      "  ```",
      "> ```js{1,3}",
      "> f()",
      "> ```",
      "::: note",
      "```yml",
      "a: 1",
      "```",
      ":::",
      "",
    ].join("\n");
    assert.deepEqual(codeFences(source), [
      { lang: "python", code: "x = 1" },
      { lang: "typescript", code: "let a" },
      { lang: "bash", code: "ls" },
      { lang: "js", code: "f()" },
      { lang: "yml", code: "a: 1" },
    ]);
  });

  test("finds the same blocks the full pipeline sends to the highlighter", async () => {
    const { createMarkdown } = await import("../../src/markdown/index.ts");
    const { fakeContext } = await import("./markdown-context.ts");
    const seen: { lang: string; code: string }[] = [];
    const recording = { ...highlighter, highlight: (code: string, lang: string) => (seen.push({ lang, code }), "<pre></pre>") };
    const source = "Text ```python not a fence```\n\n```\nno language\n```\n\n    indented, not code\n\n1. ```ts\n   const x = 1;\n   ```\n\n```nosuchlang\nx\n```\n\n````md\n```python\ninner\n```\n````\n";
    createMarkdown({ ...fakeContext(), highlighter: recording }).render(source, {});
    assert.deepEqual(codeFences(source).filter((f) => highlighter.isKnown(f.lang)), seen);
    assert.equal(seen.length, 2);
  });
});
