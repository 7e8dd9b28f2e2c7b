import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createCodeHighlighter } from "../../src/markdown/highlighter.ts";
import { render } from "./markdown-context.ts";

const highlighter = await createCodeHighlighter();
const renderCode = (source: string) => render(source, { highlighter, offset: 2 });

describe("fenced code", () => {
  test("a known language is highlighted by Shiki inside the code-block wrapper", () => {
    const { html, warnings } = renderCode("```python\ndef f():\n    return 1\n```");
    assert.ok(html.startsWith('<div class="code-block" data-lang="python"><pre class="shiki shiki-themes github-light-default github-dark-default"'));
    assert.ok(html.includes('<span style="--shiki-light:#CF222E;--shiki-dark:#FF7B72">def</span>'));
    // Two lines, not three: the newline before the closing fence is no line.
    assert.equal(html.match(/<span class="line">/g)?.length, 2);
    assert.ok(html.endsWith("</code></pre></div>\n"));
    assert.deepEqual(warnings, []);
  });

  test("aliases and extra info words work; data-lang is the language as written", () => {
    const { html } = renderCode("~~~ts title=x.ts\nconst a = 1;\n~~~");
    assert.ok(html.startsWith('<div class="code-block" data-lang="ts"><pre class="shiki'));
    assert.ok(html.includes('<span style="--shiki-light:#CF222E;--shiki-dark:#FF7B72">const</span>'));
  });

  test("no language: plain, escaped, same wrapper", () => {
    assert.equal(
      renderCode('```\nif (a < b && c > "d") {}\n```').html,
      '<div class="code-block"><pre class="shiki" tabindex="0"><code>if (a &lt; b &amp;&amp; c &gt; &quot;d&quot;) {}</code></pre></div>\n',
    );
  });

  test("an unknown language is plain text and a warning with file and line", () => {
    const { html, warnings } = renderCode("Intro.\n\n```nosuchlang\n<b>x</b>\n```");
    assert.equal(
      html,
      '<p>Intro.</p>\n<div class="code-block" data-lang="nosuchlang"><pre class="shiki" tabindex="0"><code>&lt;b&gt;x&lt;/b&gt;</code></pre></div>\n',
    );
    assert.deepEqual(warnings, [
      'fixture.md:5:1  warning  Unknown code language "nosuchlang"; shown as plain text  (use a language Shiki knows, e.g. python, ts, bash, or none)',
    ]);
  });

  test("a hostile language name cannot break out of data-lang", () => {
    const { html } = renderCode('```"><script>\nx\n```');
    assert.ok(html.startsWith('<div class="code-block" data-lang="&quot;&gt;&lt;script&gt;">'));
  });

  test("code that looks like Markdown, math or HTML stays code", () => {
    const { html } = renderCode("```\n## not a heading $x$ <i>\n```");
    assert.ok(html.includes("<code>## not a heading $x$ &lt;i&gt;</code>"));
  });
});
