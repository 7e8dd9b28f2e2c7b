import { test } from "node:test";
import assert from "node:assert/strict";
import { extractToc, hasMath } from "../../src/eleventy/page-facts.ts";
import { woff2Only } from "../../src/eleventy/assets.ts";

test("the table of contents holds ## and ### headings in order, as plain text", () => {
  const html = '<h2 id="a">Alpha &amp; <em>Beta</em></h2><p>x</p><h3 id="a-1">Sub</h3><h4 id="deep">No</h4><h2 id="c">Gamma</h2>';
  assert.deepEqual(extractToc(html), [
    { level: 2, id: "a", text: "Alpha & Beta" },
    { level: 3, id: "a-1", text: "Sub" },
    { level: 2, id: "c", text: "Gamma" },
  ]);
});

test("a page has math when KaTeX output is in it", () => {
  assert.equal(hasMath('<p><span class="katex"><span class="katex-html">x</span></span></p>'), true);
  assert.equal(hasMath("<p>It costs $5 and $10.</p>"), false);
});

test("KaTeX's stylesheet keeps only the woff2 font sources", () => {
  const css = '@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")}';
  assert.equal(woff2Only(css), '@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2")}');
});
