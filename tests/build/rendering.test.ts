// Math, code, templates-as-text and escaping, checked in built HTML.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildSite, fixture, type BuildResult } from "../helpers/build.ts";

let site: BuildResult;
before(async () => {
  site = await buildSite(fixture(import.meta.url, "rendering"));
  assert.equal(site.status, 0, site.stderr);
});

const KATEX_CSS = /<link[^>]*href="\/assets\/katex\/katex\.min\.css"/;

test("math is typeset by KaTeX at build time, and KaTeX CSS is linked on that page only", () => {
  const math = site.html("/handbooks/demo/section1/");
  assert.match(math, /<span class="katex">/);
  assert.match(math, /class="katex-display"/);
  assert.match(math, KATEX_CSS);
  assert.doesNotMatch(site.html("/handbooks/demo/section2/"), KATEX_CSS);
  assert.doesNotMatch(site.html("/"), KATEX_CSS);
});

test("dollar amounts in prose stay text", () => {
  assert.match(site.html("/"), /it costs \$5 and \$10\./);
  assert.match(site.html("/handbooks/demo/section1/"), /the price is \$5 and \$10\./);
});

test("KaTeX's stylesheet and woff2 fonts are served from the site itself", () => {
  const katexDir = path.join(site.outDir, "assets/katex");
  assert.ok(existsSync(path.join(katexDir, "katex.min.css")));
  const fonts = readdirSync(path.join(katexDir, "fonts"));
  assert.ok(fonts.length >= 15 && fonts.every((f) => f.endsWith(".woff2")), fonts.join(","));
});

test("code is highlighted at build time with light and dark theme colours", () => {
  const html = site.html("/handbooks/demo/section1/");
  assert.match(html, /<pre class="shiki[^"]*"/);
  assert.match(html, /--shiki-light:#[0-9A-Fa-f]{6}/);
  assert.match(html, /--shiki-dark:#[0-9A-Fa-f]{6}/);
  assert.match(html, />def</);
});

test("an unknown code language is shown as plain text with a warning naming file and line", () => {
  assert.match(site.html("/handbooks/demo/section2/"), /mystery code/);
  assert.match(site.stderr + site.stdout, /rendering\/handbooks\/demo\/section2\.md:9:1  warning  Unknown code language "nosuchlang"/);
});

test("{{ }} and {% %} are printed as written, in text and in code", () => {
  const html = site.html("/handbooks/demo/section1/");
  assert.match(html, /Text with \{\{ page\.title \}\} and \{% include &quot;x\.md&quot; %\} stays as written\./);
  assert.match(html, /not_a_template/);
  assert.match(html, /\{\{/);
});

test("titles containing <script> are escaped wherever they appear", () => {
  const landing = site.html("/handbooks/demo/");
  const section = site.html("/handbooks/demo/section1/");
  for (const html of [landing, section, site.html("/")]) {
    assert.doesNotMatch(html, /<script>alert/);
  }
  assert.match(landing, /Evil &lt;script&gt;alert\(1\)&lt;\/script&gt; Handbook/);
  assert.match(section, /Plain &lt;script&gt;alert\(2\)&lt;\/script&gt; section/);
});

test("links to .md files become page URLs", () => {
  assert.match(site.html("/handbooks/demo/section2/"), /href="\/handbooks\/demo\/section1\/#attention"/);
});
