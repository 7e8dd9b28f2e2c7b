// `npm run check` on bad content: one case per kind of problem. Each case is
// the clean fixtures/check-base site plus the files in fixtures/check-bad/<case>/,
// and must print exactly one problem (file, line, column, message, hint),
// then the count; exit status 1 for an error, 0 when only warnings remain.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fixture } from "../helpers/build.ts";
import { inPool, layeredCopy, runCheck, type CliResult } from "./check-support.ts";

interface Case {
  name: string;
  /** The one line expected, "{dir}" standing for the content folder. */
  line: string;
  pages?: number;
}

const S2 = "{dir}/handbooks/hb/section2.md";
const cases: Case[] = [
  // Front matter
  { name: "yaml", line: `${S2}:2:8  error  front matter is not valid YAML: Nested mappings are not allowed in compact mappings  (put quotes around values that contain ": " or start with a special character, e.g.  title: "A: B")` },
  { name: "missing-title", line: `${S2}:1:1  error  front matter: title is missing  (add a line like  title: "Self-Attention and Transformers")` },
  { name: "wrong-type", line: `${S2}:4:1  error  front matter: order must be a number  (write a number without quotes, e.g.  order: 5)` },
  { name: "duplicate-order", line: `${S2}:4:1  error  two sections of handbook "hb" have order 1: this one and {dir}/handbooks/hb/section1.md  (give each section its own  order: N  (or rename one file) so the reading order is clear)` },
  // A build with it used to stop with Eleventy's stack trace ("layout post not found").
  { name: "jekyll-layout", line: `${S2}:4:1  warning  \`layout\` is ignored: every page uses Folio's layout  (remove the line)` },
  { name: "typo-field", line: `${S2}:4:1  warning  unknown field \`nav_titel\`, did you mean \`nav_title\`?  (rename it to nav_title; as written, Folio ignores it)` },
  // Markdown
  { name: "unknown-container", line: `${S2}:8:1  error  unknown box "::: hint": it would be shown as plain text  (boxes are key-concept, summary, note, tip, warning, resources)` },
  { name: "unclosed-container", line: `${S2}:8:1  error  the box "::: warning" opened here is never closed, so it runs to the end of the page  (add a line with just ::: where the box ends; to put a box inside another, open the outer one with more colons (::::))` },
  { name: "stray-close", line: `${S2}:13:1  error  this ::: closes no box  (delete the line, or, to put a box inside another, open the outer one with more colons (::::))` },
  { name: "resource-without-link", line: `${S2}:8:3  error  this resource has no link  (write it as  Type: [Title](https://…) by Author – note)` },
  { name: "invalid-tex", line: `${S2}:6:25  error  Invalid TeX in $…$: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input  (check braces and arguments; a literal dollar sign is written \\$)` },
  { name: "unknown-code-language", line: `${S2}:8:1  warning  Unknown code language "pyhton"; shown as plain text  (use a language Shiki knows, e.g. python, ts, bash, or none)` },
  // Links
  { name: "link-to-missing-page", line: `${S2}:6:71  error  link to ./section3.md: there is no page handbooks/hb/section3.md  (did you mean ./section1.md?)` },
  { name: "link-to-missing-heading", line: `${S2}:6:25  error  link to ./section1.md#introduction: handbooks/hb/section1.md has no heading with id "introduction"  (its ids are #intro, #details; give a heading an id with  ## Title {#introduction})` },
  { name: "root-url-to-missing-page", line: `${S2}:6:20  error  link to /handbooks/hb/glossary/: no page or file of the site has this URL  (link to the page's Markdown file instead (e.g. ../nlp/section6.md): Folio checks it and writes its URL)` },
  { name: "root-url-to-missing-heading", line: `${S2}:6:19  error  link to /handbooks/hb/section1/#detail: handbooks/hb/section1.md has no heading with id "detail"  (did you mean #details?)` },
  { name: "hash-to-missing-heading", line: `${S2}:8:17  error  link to #set-up: this page has no heading with id "set-up"  (did you mean #setup?)` },
  { name: "link-to-draft", pages: 5, line: `${S2}:6:27  error  link to ./section3.md: handbooks/hb/section3.md is a draft, so published builds leave it out  (remove  draft: true  from that page, or this link until the page is published)` },
  // It used to pass the check and 404 on the site: only the listed kinds of file are copied.
  { name: "unpublished-file", line: `${S2}:8:21  error  link to ./results.csv: .csv files are not published, so readers would find nothing there  (Folio copies png, jpg, jpeg, gif, svg, webp, avif, ico, pdf, mp4, webm files; link to where the file is published (e.g. its repository), or convert it to one of those)` },
  { name: "unpublished-file-root-url", line: `${S2}:8:21  error  link to /handbooks/hb/results.csv: .csv files are not published, so readers would find nothing there  (Folio copies png, jpg, jpeg, gif, svg, webp, avif, ico, pdf, mp4, webm files; link to where the file is published (e.g. its repository), or convert it to one of those)` },
  { name: "missing-image", line: `${S2}:8:25  error  image ./images/attention.png does not exist  (there is no file {dir}/handbooks/hb/images/attention.png; paths are relative to this Markdown file)` },
  // Content
  { name: "empty-section", line: `${S2}:4:1  warning  this section is empty: there is nothing below its front matter  (write the section below the closing ---, or mark it  draft: true  until it is ready)` },
  { name: "no-description", line: `${S2}:2:1  error  front matter: description is missing (sections need one for cards and search results)  (add one sentence, e.g.  description: "What this page teaches.")` },
];

const base = fixture(import.meta.url, "check-base");
// All cases run up front, two at a time; each test then reads its own result.
const runs = new Map<string, Promise<{ dir: string; result: CliResult }>>();
const all = inPool(cases, 2, async (c) => {
  const dir = layeredCopy(base, fixture(import.meta.url, path.join("check-bad", c.name)));
  return { dir, result: await runCheck(dir) };
});
cases.forEach((c, i) => runs.set(c.name, all.then((r) => r[i]!)));

test("the base site alone checks clean", async () => {
  const result = await runCheck(base);
  assert.equal(result.stdout, "Folio: checked 3 pages, no problems found.\n", result.stderr);
  assert.equal(result.status, 0);
});

for (const c of cases) {
  const severity = c.line.includes("  error  ") ? "error" : "warning";
  test(`${c.name}: exactly one ${severity}, with file, line, column and hint`, async () => {
    const { dir, result } = await runs.get(c.name)!;
    const expected = `${c.line.replaceAll("{dir}", dir)}\n\nFolio: checked ${c.pages ?? 4} pages: 1 ${severity} in 1 file.\n`;
    assert.equal(result.stdout, expected, result.stderr);
    assert.equal(result.status, severity === "error" ? 1 : 0, "exit status: 1 on an error, 0 with only warnings");
    assert.equal(result.stderr, "", "nothing else printed, no stack trace");
  });
}
