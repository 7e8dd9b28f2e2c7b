// Liquid in page bodies: resolved where the result is certain, pulled in
// for includes, and otherwise reported and left visible.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDiagnostic } from "../../src/checks/diagnostics.ts";
import { resolveLiquid } from "../../src/importer/liquid.ts";
import { ImportLog } from "../../src/importer/log.ts";
import type { SiteFile } from "../../src/importer/types.ts";

const files: Record<string, string> = {
  "_includes/card.html": '<p><a href="{{ include.url }}">{{ include.title }}</a></p>\n',
  "_includes/parts/intro.md": "Intro line one\nIntro line two {{ page.x }}\n",
  "pages/part2.md": "Relative part\n",
};
const findInclude = (p: string, from: string, relative: boolean): SiteFile | undefined => {
  const rel = relative ? `${from.slice(0, from.lastIndexOf("/") + 1)}${p}` : `_includes/${p.replace(/^\//, "")}`;
  return files[rel] === undefined ? undefined : { rel, abs: rel, text: files[rel]! };
};
const resolve = (text: string, firstLine = 1) => {
  const log = new ImportLog();
  const out = resolveLiquid("pages/page.md", text, firstLine, { log, findInclude });
  return { out, text: out.text, warnings: log.warnings().map(formatDiagnostic) };
};

test("relative_url and absolute_url become site paths; site.baseurl disappears", () => {
  const r = resolve(`<a href="{{ '/x/y/' | relative_url }}">a</a> {{ "img/a.png" | absolute_url }} {{ site.baseurl }}/z {{'https://e.org/q' | relative_url}}`);
  assert.equal(r.text, '<a href="/x/y/">a</a> /img/a.png /z https://e.org/q');
  assert.deepEqual(r.warnings, []);
});

test("includes are pulled in, with their parameters, and their lines keep their own origin", () => {
  const r = resolve('Top\n{% include card.html url="https://arxiv.org/abs/1" title="Paper" %}\n{% include parts/intro.md %}\n{% include_relative part2.md %}', 10);
  assert.equal(r.text, 'Top\n<p><a href="https://arxiv.org/abs/1">Paper</a></p>\n\nIntro line one\nIntro line two {{ page.x }}\n\nRelative part\n');
  assert.deepEqual(r.out.originOfLine(0), { file: "pages/page.md", line: 10 });
  assert.deepEqual(r.out.originOfLine(4), { file: "_includes/parts/intro.md", line: 2 });
  // The unknown variable inside the include is reported at the include's own line.
  assert.deepEqual(r.warnings.map((w) => w.split("  ")[0]), ["_includes/parts/intro.md:2:16"]);
});

test("{% highlight %} becomes a fenced block in that language; {% raw %} is unwrapped", () => {
  const r = resolve("{% highlight python %}\nprint('{{ x }}')\n{% endhighlight %}\n{% raw %}{{ kept }}{% endraw %}");
  assert.equal(r.text, "```python\nprint('{{ x }}')\n```\n{{ kept }}");
  assert.deepEqual(r.warnings, []);
});

test("anything else is left in the text and reported with file:line:col", () => {
  const r = resolve("line one\n{% if site.quiz %}Quiz{% endif %} by {{ page.author }}\n{% include missing.html %}");
  assert.equal(r.text, "line one\n{% if site.quiz %}Quiz{% endif %} by {{ page.author }}\n{% include missing.html %}");
  assert.deepEqual(r.warnings.map((w) => w.split("  ")[0]), ["pages/page.md:2:1", "pages/page.md:2:23", "pages/page.md:2:38", "pages/page.md:3:1"]);
  assert.match(r.warnings[3]!, /Liquid \{% include missing\.html %\} was left in the text as written: the included file was not found/);
});

test("an include that includes itself is followed once, with a warning", () => {
  files["_includes/loop.md"] = "again {% include loop.md %}";
  const r = resolve("{% include loop.md %}");
  assert.equal(r.text, "again ");
  assert.match(r.warnings[0]!, /includes itself/);
});
