// What the Markdown plugins record for the checks when a build collects
// problems: errors instead of throwing, links with their columns, ids,
// and the lints of ::: boxes and resource items.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Collector } from "../../src/checks/collector.ts";
import { formatDiagnostic } from "../../src/checks/diagnostics.ts";
import { sortDiagnostics } from "../../src/checks/report.ts";
import { createMarkdown } from "../../src/markdown/index.ts";
import { fakeContext } from "./markdown-context.ts";

function collect(source: string) {
  const collector = new Collector();
  const ctx = { ...fakeContext(), collect: collector };
  const html = createMarkdown(ctx).render(source, {});
  return { html, collector, errors: sortDiagnostics(collector.errors()).map(formatDiagnostic) };
}

test("links and images are recorded as written, with the line and the URL's column", () => {
  const { collector } = collect("# T\n\nSee [a](./section6.md#x) and [b](../nlp/index.md).\n\n> quoted ![pic](./images/p.png)\n\n| t |\n|---|\n| [c](#here) |\n");
  assert.deepEqual(collector.links.map((l) => `${l.line}:${l.col} ${l.image ? "image" : "link"} ${l.href}`), [
    "3:9 link ./section6.md#x",
    "3:34 link ../nlp/index.md",
    "5:17 image ./images/p.png",
    "9:7 link #here",
  ]);
  assert.ok(collector.links.every((l) => l.from === "handbooks/nlp/section5.md"));
});

test("the ids of a page: headings, explicit ids and ids in raw HTML", () => {
  const { collector } = collect('## One\n\n## Two {#second}\n\n<div id="raw-id"></div>\n\nText <a name="old-anchor"></a>.\n');
  assert.deepEqual([...collector.ids.get("handbooks/nlp/section5.md")!], ["one", "second", "raw-id", "old-anchor"]);
});

test("invalid TeX is collected and the page still renders, with the error in place", () => {
  const { html, errors } = collect("Text $\\frac{1}{$ and $$\\foo$$ here.\n\n$$\n\\frac{a}{\n$$\n");
  assert.equal(errors.length, 2);
  assert.match(errors[0]!, /^fixture\.md:1:16  error  Invalid TeX in \$…\$/);
  assert.match(errors[1]!, /^fixture\.md:4:10  error  Invalid TeX in \$\$…\$\$/);
  assert.match(html, /katex-error/);
});

test("unknown, stray and unclosed boxes", () => {
  const { errors, html } = collect("::: nots\nText.\n:::\n\nFine.\n\n:::\n\n- item\n\n  ::: tip\n  never closed\n\n- next item\n\n::: warning\nto the end\n");
  assert.deepEqual(errors, [
    'fixture.md:1:1  error  unknown box "::: nots": it would be shown as plain text  (did you mean "::: note"?)',
    "fixture.md:7:1  error  this ::: closes no box  (delete the line, or, to put a box inside another, open the outer one with more colons (::::))",
    'fixture.md:11:3  error  the box "::: tip" opened here is never closed, so it runs to the end of its list or quote  (add a line with just ::: where the box ends; to put a box inside another, open the outer one with more colons (::::))',
    'fixture.md:16:1  error  the box "::: warning" opened here is never closed, so it runs to the end of the page  (add a line with just ::: where the box ends; to put a box inside another, open the outer one with more colons (::::))',
  ]);
  assert.match(html, /<p>::: nots/, "the output is what it was: the lint only reports");
});

test("boxes written correctly, nested with longer fences, and ::: inside code are not reported", () => {
  const { errors } = collect(":::: note Outer\n::: tip Inner\nx\n:::\n::::\n\n```markdown\n::: foo\n```\n\nInline `::: bar` too.\n");
  assert.deepEqual(errors, []);
});

test("a resource item without a link is an error at its text", () => {
  const { errors } = collect("::: resources Reading\n- Paper: [A](https://arxiv.org/abs/1)\n- A book, no link\n- Video: [V](https://youtu.be/x)\n  - a sub-item is not a resource\n:::\n");
  assert.deepEqual(errors, ["fixture.md:3:3  error  this resource has no link  (write it as  Type: [Title](https://…) by Author – note)"]);
});

test("without a collector (unit use), errors still throw at once and lints stay silent", () => {
  const ctx = fakeContext();
  assert.throws(() => createMarkdown(ctx).render("$\\frac{1}{$", {}), /Invalid TeX/);
  assert.doesNotThrow(() => createMarkdown(ctx).render("::: unknown\nx\n:::\n", {}));
});
