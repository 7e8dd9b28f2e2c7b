import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { render } from "./markdown-context.ts";

const html = (source: string) => render(source).html;

describe("callouts", () => {
  const defaults = [
    ["key-concept", "Key concept"],
    ["summary", "Summary"],
    ["note", "Note"],
    ["tip", "Tip"],
    ["warning", "Warning"],
  ];
  for (const [name, title] of defaults) {
    test(`::: ${name} gets the default title "${title}"`, () => {
      assert.equal(
        html(`::: ${name}\nSome *text*.\n:::`),
        `<div class="callout callout-${name}" role="note"><p class="callout-title">${title}</p>\n<p>Some <em>text</em>.</p>\n</div>\n`,
      );
    });
  }

  test("a title after the name replaces the default", () => {
    assert.equal(
      html("::: summary Key Takeaways\n- one\n- two\n:::"),
      '<div class="callout callout-summary" role="note"><p class="callout-title">Key Takeaways</p>\n' +
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n</div>\n",
    );
  });

  test("titles are inline Markdown", () => {
    assert.ok(html("::: tip Use *this* `flag`\nx\n:::").includes('<p class="callout-title">Use <em>this</em> <code>flag</code></p>'));
  });

  test("raw HTML in a title is escaped, even though pages allow HTML", () => {
    const out = html('::: warning <script>alert("x")</script> <img src=x onerror=alert(1)>\nBody\n:::');
    assert.ok(
      out.includes(
        '<p class="callout-title">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>',
      ),
    );
    assert.ok(!out.includes("<script>") && !out.includes("<img"));
  });

  test("a javascript: link in a title is not a link", () => {
    assert.ok(!html("::: note [click](javascript:alert(1))\nx\n:::").includes("href"));
  });

  test("nesting works when the outer fence is longer", () => {
    assert.equal(
      html(":::: key-concept\nOuter.\n\n::: tip\nInner.\n:::\n\nAfter.\n::::"),
      '<div class="callout callout-key-concept" role="note"><p class="callout-title">Key concept</p>\n' +
        "<p>Outer.</p>\n" +
        '<div class="callout callout-tip" role="note"><p class="callout-title">Tip</p>\n<p>Inner.</p>\n</div>\n' +
        "<p>After.</p>\n</div>\n",
    );
  });

  test("math, code and links inside a callout are rendered", () => {
    const out = html("::: note\nSee $x^2$ and [next](./section6.md).\n\n```\ncode\n```\n:::");
    assert.ok(out.includes('<span class="katex">'));
    assert.ok(out.includes('<a href="/handbooks/nlp/section6/">next</a>'));
    assert.ok(out.includes('<div class="code-block"><pre class="shiki" tabindex="0"><code>code</code></pre></div>'));
  });

  test("an unknown container name stays literal text", () => {
    assert.equal(html("::: foo\ntext\n:::"), "<p>::: foo\ntext\n:::</p>\n");
  });
});
