import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createMarkdown } from "../../src/markdown/index.ts";
import { fakeContext, render } from "./markdown-context.ts";

const html = (source: string, prefix = "/") => render(source, { pathPrefix: prefix }).html;

describe("resource panels", () => {
  test("the handbook-format example renders badges, links, bylines and notes", () => {
    const source = [
      "::: resources Key Resources for Self-Attention",
      "- Paper: [Attention is All You Need](https://arxiv.org/abs/1706.03762) by Vaswani et al. (2017) – Introduces self-attention",
      "- Blog post: [The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/) by Jay Alammar",
      "- Video: [The Transformer Explained](https://www.youtube.com/watch?v=iDulhoQ2pro) from Stanford Online",
      ":::",
    ].join("\n");
    assert.equal(
      html(source),
      '<details class="resources" open><summary class="resources-title">' +
        '<span class="resources-heading">Key Resources for Self-Attention</span> ' +
        '<span class="resources-count">3 resources</span></summary>\n' +
        '<ul class="resource-list">\n' +
        '<li class="resource" data-type="paper"><span class="badge badge-paper">Paper</span> ' +
        '<a class="resource-link" href="https://arxiv.org/abs/1706.03762">Attention is All You Need</a> ' +
        '<span class="resource-byline">by Vaswani et al. (2017)</span> ' +
        '<span class="resource-note">– Introduces self-attention</span></li>\n' +
        '<li class="resource" data-type="blog-post"><span class="badge badge-blog-post">Blog post</span> ' +
        '<a class="resource-link" href="https://jalammar.github.io/illustrated-transformer/">The Illustrated Transformer</a> ' +
        '<span class="resource-byline">by Jay Alammar</span></li>\n' +
        '<li class="resource" data-type="video"><span class="badge badge-video">Video</span> ' +
        '<a class="resource-link" href="https://www.youtube.com/watch?v=iDulhoQ2pro">The Transformer Explained</a> ' +
        '<span class="resource-byline">from Stanford Online</span></li>\n' +
        "</ul>\n</details>\n",
    );
  });

  test("one item is counted as 1 resource; no title gives 'Resources'", () => {
    assert.match(
      html("::: resources\n- [A](https://github.com/a/b)\n:::"),
      /<span class="resources-heading">Resources<\/span> <span class="resources-count">1 resource<\/span>/,
    );
  });

  test("an item without type or known host gets the Link badge; the type is inferred from the host", () => {
    const out = html("::: resources R\n- [Blog](https://blog.example/x)\n- [Repo](https://github.com/a/b)\n:::");
    assert.ok(out.includes('<li class="resource" data-type="link"><span class="badge badge-link">Link</span> <a class="resource-link" href="https://blog.example/x">Blog</a></li>'));
    assert.ok(out.includes('<li class="resource" data-type="code"><span class="badge badge-code">Code</span> <a class="resource-link" href="https://github.com/a/b">Repo</a></li>'));
  });

  test("items that are not one resource are kept as written, and still counted", () => {
    const out = html(
      "::: resources Mixed\n- Just a remark, no link\n- Compare [A](https://a.example/) with [B](https://b.example/)\n- Paper: [P](https://arxiv.org/abs/1)\n:::",
    );
    assert.ok(out.includes('<span class="resources-count">3 resources</span>'));
    assert.ok(out.includes('<li class="resource resource-plain">Just a remark, no link</li>'));
    assert.ok(
      out.includes(
        '<li class="resource resource-plain">Compare <a href="https://a.example/">A</a> with <a href="https://b.example/">B</a></li>',
      ),
    );
    assert.ok(out.includes('<li class="resource" data-type="paper">'));
  });

  test("link text loses its Markdown markup but keeps its words", () => {
    assert.ok(
      html("::: resources R\n- [The *Illustrated* `Transformer` &amp; co](https://a.example/)\n:::").includes(
        '<a class="resource-link" href="https://a.example/">The Illustrated Transformer &amp; co</a>',
      ),
    );
  });

  test("links to sections are rewritten like any other link", () => {
    assert.ok(
      html("::: resources R\n- [Next section](./section6.md#intro) – read this next\n:::", "/repo/").includes(
        '<a class="resource-link" href="/repo/handbooks/nlp/section6/#intro">Next section</a> <span class="resource-note">– read this next</span>',
      ),
    );
  });

  test("a resources panel inside a callout (longer outer fence)", () => {
    const out = html(":::: note\n::: resources Inner\n- Paper: [P](https://arxiv.org/abs/1)\n:::\n::::");
    assert.ok(out.startsWith('<div class="callout callout-note" role="note"><p class="callout-title">Note</p>\n<details class="resources" open>'));
    assert.ok(out.endsWith("</ul>\n</details>\n</div>\n"));
  });

  test("lists outside a panel are untouched", () => {
    assert.equal(html("- Paper: [P](https://arxiv.org/abs/1)"), '<ul>\n<li>Paper: <a href="https://arxiv.org/abs/1">P</a></li>\n</ul>\n');
  });

  test("counts are per page: one pipeline renders two panels independently", () => {
    const md = createMarkdown(fakeContext());
    const first = md.render("::: resources A\n- [a](https://a.example/)\n- [b](https://b.example/)\n:::", {});
    const second = md.render("::: resources B\n- [c](https://c.example/)\n:::", {});
    assert.ok(first.includes("2 resources"));
    assert.ok(second.includes("1 resource<"));
  });
});

describe("resource panels: hostile input", () => {
  test("panel titles, link text, bylines and notes are escaped", () => {
    const out = html(
      '::: resources <script>alert("t")</script>\n- Paper: [<img src=x onerror=alert(1)> Title](https://arxiv.org/abs/1) by <b>Eve</b> – <script>alert(1)</script>\n:::',
    );
    assert.ok(out.includes('<span class="resources-heading">&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</span>'));
    assert.ok(out.includes('<a class="resource-link" href="https://arxiv.org/abs/1">&lt;img src=x onerror=alert(1)&gt; Title</a>'));
    assert.ok(out.includes('<span class="resource-byline">by &lt;b&gt;Eve&lt;/b&gt;</span>'));
    assert.ok(out.includes('<span class="resource-note">– &lt;script&gt;alert(1)&lt;/script&gt;</span>'));
    assert.ok(!out.includes("<script>") && !out.includes("<img") && !out.includes("<b>"));
  });

  test('quotes in a URL cannot break out of href', () => {
    const out = html('::: resources R\n- [x](https://a.example/?q="onmouseover=alert(1))\n:::');
    assert.ok(out.includes('<a class="resource-link" href="https://a.example/?q=%22onmouseover=alert(1)">x</a>'));
  });

  test("javascript: links are never made into resource links", () => {
    const out = html("::: resources R\n- Paper: [x](javascript:alert(1))\n:::");
    assert.ok(out.includes('<li class="resource resource-plain">Paper: [x](javascript:alert(1))</li>'));
    assert.ok(!out.includes("href"));
  });
});
