import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createMarkdown } from "../../src/markdown/index.ts";
import { fakeContext, render, renderError } from "./markdown-context.ts";

const html = (source: string) => render(source).html;

describe("heading ids", () => {
  test("the slug of the heading's text", () => {
    assert.equal(html("## Self-Attention Mechanism"), '<h2 id="self-attention-mechanism">Self-Attention Mechanism</h2>\n');
  });

  test("{#id} sets the id and is cut from the text", () => {
    assert.equal(html("## Self-Attention Mechanism {#self-attention}"), '<h2 id="self-attention">Self-Attention Mechanism</h2>\n');
    assert.equal(html("### *Emphasis* last {#x.y_z}"), '<h3 id="x.y_z"><em>Emphasis</em> last</h3>\n');
  });

  test("every level gets one", () => {
    assert.equal(html("# One\n\n#### Four"), '<h1 id="one">One</h1>\n<h4 id="four">Four</h4>\n');
  });

  test("repeated headings get -1, -2", () => {
    assert.equal(
      html("## Intro\n\n## Intro\n\n## Intro"),
      '<h2 id="intro">Intro</h2>\n<h2 id="intro-1">Intro</h2>\n<h2 id="intro-2">Intro</h2>\n',
    );
  });

  test("an explicit id reserves its slug, before or after the heading it would clash with", () => {
    assert.equal(
      html("## Intro\n\n## Overview {#intro}"),
      '<h2 id="intro-1">Intro</h2>\n<h2 id="intro">Overview</h2>\n',
    );
    assert.equal(
      html("## Overview {#intro}\n\n## Intro"),
      '<h2 id="intro">Overview</h2>\n<h2 id="intro-1">Intro</h2>\n',
    );
  });

  test("ids are unique per page, not per build", () => {
    const md = createMarkdown(fakeContext());
    assert.equal(md.render("## Intro", {}), '<h2 id="intro">Intro</h2>\n');
    assert.equal(md.render("## Intro", {}), '<h2 id="intro">Intro</h2>\n');
  });

  test("slugs come from the text readers see, not from the Markdown", () => {
    assert.equal(
      html("## The *Illustrated* `Transformer` [guide](https://a.example/)"),
      '<h2 id="the-illustrated-transformer-guide">The <em>Illustrated</em> <code>Transformer</code> <a href="https://a.example/">guide</a></h2>\n',
    );
    assert.equal(html('## Q&A: what\'s "new"?'), '<h2 id="qa-whats-new">Q&amp;A: what\'s &quot;new&quot;?</h2>\n');
  });

  test("a heading with no letters still gets an id", () => {
    assert.equal(html("## 🎉"), '<h2 id="section">🎉</h2>\n');
  });

  test("an explicit id is escaped in the attribute", () => {
    assert.equal(html('## X {#a"onmouseover="alert(1)}'), '<h2 id="a&quot;onmouseover=&quot;alert(1)">X</h2>\n');
  });

  test("a {#…} that is not at the end stays text", () => {
    assert.equal(html("## Use {#id} syntax"), '<h2 id="use-id-syntax">Use {#id} syntax</h2>\n');
  });

  test("two headings with the same explicit id stop the build", () => {
    assert.equal(
      renderError("## A {#same}\n\ntext\n\n## B {#same}", { offset: 4 }),
      'fixture.md:9:1  error  Duplicate heading id "same" (also on line 5)  (give each heading its own {#id})',
    );
  });
});
