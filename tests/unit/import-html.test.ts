// Page bodies with the seed's HTML blocks, Markdown between them, and the
// other shapes old pages use, converted to format-v1 Markdown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDiagnostic } from "../../src/checks/diagnostics.ts";
import { convertBody } from "../../src/importer/body.ts";
import { ImportLog } from "../../src/importer/log.ts";
import { MappedText } from "../../src/importer/mapped-text.ts";

function convert(body: string, link: (href: string) => string | undefined = (h) => h) {
  const log = new ImportLog();
  const source = new MappedText();
  source.append(body, "page.md", 1);
  const result = convertBody(source, { page: "page.md", log, link: (href) => link(href) });
  return { md: result.markdown, nav: result.nav, log, warnings: log.warnings().map(formatDiagnostic) };
}

test("div.key-concept becomes ::: key-concept with its links in Markdown", () => {
  const { md } = convert('<div class="key-concept">\n  Attention is <a href="https://arxiv.org/abs/1706.03762">all</a> you need.\n</div>');
  assert.equal(md, "::: key-concept\nAttention is [all](https://arxiv.org/abs/1706.03762) you need.\n:::\n");
});

test("div.resource-links becomes ::: resources Title with typed items; an item that does not fit is kept as written", () => {
  const { md, log } = convert(`<div class="resource-links">
  <h3>Key Resources</h3>
  <ul>
    <li>Blog Post: <a href="https://jalammar.github.io/x/">The Illustrated Transformer</a> by Jay Alammar - Pictures</li>
    <li>Podcast: <a href="https://pod.example/1">An episode</a></li>
  </ul>
</div>`);
  assert.equal(md, [
    "::: resources Key Resources",
    "- Blog post: [The Illustrated Transformer](https://jalammar.github.io/x/) by Jay Alammar – Pictures",
    "- Podcast: [An episode](https://pod.example/1)",
    ":::",
    "",
  ].join("\n"));
  assert.equal(log.total("resources"), 2);
  assert.equal(log.total("resources kept as written"), 1);
});

test("div.summary-section becomes ::: summary with its heading as the title", () => {
  const { md } = convert('<div class="summary-section">\n<h3>Key Takeaways</h3>\n<ul>\n<li>One</li>\n<li>Two <em>words</em></li>\n</ul>\n</div>');
  assert.equal(md, "::: summary Key Takeaways\n- One\n- Two *words*\n:::\n");
});

test("<h2 id> keeps its id, also when the text or the id sits in a <span>", () => {
  assert.equal(convert('<h2 id="self-attention"><span>Self-Attention Mechanism</span></h2>').md, "## Self-Attention Mechanism {#self-attention}\n");
  assert.equal(convert('<h2><span id="longformer">Longformer</span></h2>').md, "## Longformer {#longformer}\n");
  assert.equal(convert("<h3>No id</h3>").md, "### No id\n");
});

test("Markdown between HTML blocks is kept as written; inline HTML in it becomes Markdown", () => {
  const body = "<h2 id=\"a\">A</h2>\n\n1. **Query**: see <a href=\"https://x.org\">x</a>.\n2. `List<String>` stays code.\n\n<blockquote>\n  <p>Quoted <strong>text</strong>.</p>\n</blockquote>\n\n- item";
  assert.equal(convert(body).md, "## A {#a}\n\n1. **Query**: see [x](https://x.org).\n2. `List<String>` stays code.\n\n> Quoted **text**.\n\n- item\n");
});

test("text taken from HTML is literal: Markdown characters in it are escaped", () => {
  assert.equal(convert("<p>Use *args and snake_case, cost $5 [sic] &lt;b&gt;</p>").md, "Use \\*args and snake_case, cost \\$5 \\[sic\\] \\<b>\n");
  assert.equal(convert("<p>1. not a list</p>").md, "1\\. not a list\n");
});

test("lists nest; tables become GFM tables when simple and stay HTML otherwise", () => {
  assert.equal(convert("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>").md, "- a\n  - b\n- c\n");
  assert.equal(convert("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>x | y</td></tr></table>").md, "| A | B |\n| --- | --- |\n| 1 | x \\| y |\n");
  const complex = '<table><tr><th>A</th></tr><tr><td colspan="2">wide</td></tr></table>';
  const r = convert(complex);
  assert.equal(r.md, `${complex}\n`);
  assert.ok(r.log.entry("page.md").items.some((i) => i.outcome === "left as written" && i.text.includes("<table>")));
});

test("<pre><code class=language-x> and Rouge's highlight divs become fenced code in that language", () => {
  assert.equal(convert('<pre><code class="language-python">x = 1 &lt; 2\n</code></pre>').md, "```python\nx = 1 < 2\n```\n");
  const rouge = '<div class="language-js highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="k">let</span> a = `$x`;\n</code></pre></div></div>';
  assert.equal(convert(rouge).md, "````js\nlet a = `$x`;\n````\n".replace(/````/g, "```"));
});

test("boilerplate is dropped and hand-written navigation recorded", () => {
  const r = convert(`<link rel="stylesheet" href="/a.css">
Text.
<script>
  window.prevSection = "/content/handbooks/x/section4/";
  var nextSection = '/content/handbooks/x/section6/';
</script>
<script src="/assets/js/a.js"></script>
<style>.x{}</style>
<div class="section-nav"><a href="/s3/">← Back</a> <a class="next" href="/s5/">Next</a></div>`);
  assert.equal(r.md, "Text.\n");
  assert.deepEqual(r.nav.map((n) => [n.rel, n.url, n.origin.line]), [
    ["prev", "/content/handbooks/x/section4/", 4],
    ["next", "/content/handbooks/x/section6/", 5],
    ["prev", "/s3/", 9],
    ["next", "/s5/", 9],
  ]);
});

test("an element Markdown cannot express is kept as written and reported", () => {
  const iframe = '<iframe src="https://www.youtube.com/embed/x" allowfullscreen></iframe>';
  const r = convert(`Before.\n\n${iframe}`);
  assert.equal(r.md, `Before.\n\n${iframe}\n`);
  assert.ok(r.log.entry("page.md").items.some((i) => i.outcome === "left as written" && i.text.startsWith("<iframe> at page.md:3")));
});

test("a div with Markdown inside (blank lines, or markdown=\"1\") has its text read as Markdown", () => {
  assert.equal(convert('<div class="note">\n\nSome **bold** text.\n\n</div>').md, "::: note\nSome **bold** text.\n:::\n");
  assert.equal(convert('<div markdown="1">\n*emphasis*\n</div>').md, "*emphasis*\n");
});

test("an unclosed div is read to the end, with a warning naming its line", () => {
  const r = convert('Intro.\n\n<div class="key-concept">\nNever closed.');
  assert.equal(r.md, "Intro.\n\n::: key-concept\nNever closed.\n:::\n");
  assert.match(r.warnings[0]!, /^page\.md:3:1 {2}warning {2}<div> opened here is never closed/);
});

test("links the resolver cannot place keep their text; images their alt text", () => {
  const r = convert('See <a href="/gone/">the old page</a> and ![a chart](/gone.png) and [kept](https://x.org).', (h) => (h.startsWith("/") ? undefined : h));
  assert.equal(r.md, "See the old page and a chart and [kept](https://x.org).\n");
});

test("math in HTML text is kept as math; an invalid formula is reported", () => {
  const r = convert('<div class="key-concept">Cost \\(O(n^2)\\) and $\\frac{1}{$ here.</div>');
  assert.equal(r.md, "::: key-concept\nCost $O(n^2)$ and $\\frac{1}{$ here.\n:::\n");
  assert.match(r.warnings[0]!, /^page\.md:1:1 {2}warning {2}KaTeX cannot typeset \$\\frac\{1\}\{\$/);
});

test("reference definitions are rewritten; footnotes, which look like them, are kept", () => {
  const r = convert("See [the paper][p] and a note[^1].\n\n[p]: https://arxiv.org/abs/1\n[^1]: The note <a href=\"https://y.org\">y</a>.", (h) => (h.startsWith("http") ? h.replace("/abs/1", "/abs/1v2") : undefined));
  // The resolver changes the definition's target, so a definition left as written would show.
  assert.equal(r.md, "See [the paper][p] and a note[^1].\n\n[p]: https://arxiv.org/abs/1v2\n[^1]: The note [y](https://y.org).\n");
});

test("plain-text outlines in the Markdown become headings and lists, under the page's own headings", () => {
  const r = convert("## Outline\n\nChapter 1: Basics\nTokens\nEmbeddings\n[Tools: PyTorch]");
  assert.equal(r.md, "## Outline\n\n### Chapter 1: Basics\n\n- Tokens\n- Embeddings\n\n**Tools:** PyTorch\n");
});
