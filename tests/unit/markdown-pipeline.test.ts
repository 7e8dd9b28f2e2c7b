import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createCodeHighlighter } from "../../src/markdown/highlighter.ts";
import { render } from "./markdown-context.ts";

const highlighter = await createCodeHighlighter();
const html = (source: string) => render(source, { highlighter }).html;

/** What a reader sees: tags dropped, entities decoded. */
const visibleText = (h: string) =>
  h.replace(/<[^>]+>/g, "").replace(/&#x3C;/g, "<").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe("template syntax is printed as written", () => {
  test("in text and inline code", () => {
    assert.equal(
      html("Hello {{ name }} and {% include x.html %}, `{{ x }}` `{% raw %}`"),
      "<p>Hello {{ name }} and {% include x.html %}, <code>{{ x }}</code> <code>{% raw %}</code></p>\n",
    );
  });

  test("in a plain fence", () => {
    assert.ok(html("```\n{{ x | relative_url }}\n{% if a %}b{% endif %}\n```").includes(
      "<code>{{ x | relative_url }}\n{% if a %}b{% endif %}</code>",
    ));
  });

  test("in highlighted code", () => {
    const out = html('```python\nprint("{{ x }}", "{% y %}")\n```');
    assert.ok(out.includes('data-lang="python"'));
    assert.equal(visibleText(out), 'print("{{ x }}", "{% y %}")\n');
  });

  test("in callout titles and resource notes", () => {
    assert.ok(html("::: note {{ title }}\nx\n:::").includes('<p class="callout-title">{{ title }}</p>'));
    assert.ok(html("::: resources R\n- [a](https://a.example/) – {% note %}\n:::").includes('<span class="resource-note">– {% note %}</span>'));
  });
});

describe("markdown-it settings", () => {
  test("raw HTML passes (migrated pages carry some)", () => {
    assert.equal(html('<div class="x">\n\n*hi*\n\n</div>'), '<div class="x">\n<p><em>hi</em></p>\n</div>');
  });

  test("no linkify, no typographer", () => {
    assert.equal(html('Visit example.com -- "quoted" (c) ...'), '<p>Visit example.com -- &quot;quoted&quot; (c) ...</p>\n');
  });

  test("indented text is not a code block (as in Eleventy)", () => {
    assert.equal(html("Para.\n\n    indented"), "<p>Para.</p>\n<p>indented</p>\n");
  });
});

describe("a section page end to end", () => {
  test("headings, callouts, math, code, resources and links together", () => {
    const source = [
      "::: key-concept",
      "Attention is $\\mathrm{softmax}(QK^\\top)V$.",
      ":::",
      "",
      "## Self-Attention Mechanism {#self-attention}",
      "",
      "See [the next section](./section6.md#intro).",
      "",
      "```python",
      "x = 1",
      "```",
      "",
      "::: resources Key Resources",
      "- Paper: [Attention is All You Need](https://arxiv.org/abs/1706.03762) by Vaswani et al. (2017)",
      "- [Next](./section6.md)",
      ":::",
      "",
      "## Summary",
    ].join("\n");
    const { html: out, warnings } = render(source, { highlighter, pathPrefix: "/repo/" });
    assert.deepEqual(warnings, []);
    const order = [
      '<div class="callout callout-key-concept" role="note"><p class="callout-title">Key concept</p>',
      '<span class="katex">',
      '<h2 id="self-attention">Self-Attention Mechanism</h2>',
      '<a href="/repo/handbooks/nlp/section6/#intro">the next section</a>',
      '<div class="code-block" data-lang="python"><pre class="shiki',
      '<span class="resources-count">2 resources</span>',
      '<li class="resource" data-type="paper">',
      '<li class="resource" data-type="link"><span class="badge badge-link">Link</span> <a class="resource-link" href="/repo/handbooks/nlp/section6/">Next</a></li>',
      '<h2 id="summary">Summary</h2>',
    ];
    let from = 0;
    for (const fragment of order) {
      const at = out.indexOf(fragment, from);
      assert.ok(at >= 0, `missing or out of order: ${fragment}`);
      from = at + fragment.length;
    }
  });
});
