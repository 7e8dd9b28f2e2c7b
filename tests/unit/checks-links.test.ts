// The site-wide link checker, on its own: given what exists, which links
// and images are broken, and what the author is told.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { LinkRef } from "../../src/checks/collector.ts";
import { checkLinks, type LinkTargets } from "../../src/checks/links.ts";
import { formatDiagnostic } from "../../src/checks/diagnostics.ts";

const page = (relPath: string, url: string, draft = false) => [relPath, { relPath, url, draft }] as const;
const targets: LinkTargets = {
  pages: new Map([
    page("index.md", "/"),
    page("handbooks/nlp/index.md", "/handbooks/nlp/"),
    page("handbooks/nlp/section1.md", "/handbooks/nlp/section1/"),
    page("handbooks/nlp/section2.md", "/handbooks/nlp/section2/"),
    page("handbooks/nlp/section3.md", "/handbooks/nlp/section3/", true),
  ]),
  unreadable: new Set(["handbooks/nlp/broken.md"]),
  ids: new Map([
    ["handbooks/nlp/section1.md", new Set(["intro", "tokens", "embeddings"])],
    ["handbooks/nlp/section2.md", new Set<string>()],
  ]),
  files: new Set(["handbooks/nlp/images/a.png", "handbooks/nlp/slides.pdf"]),
  isOtherUrl: (url) => url === "/old/address/",
  contentLabel: "content",
};

const from1 = (href: string, image = false): LinkRef => ({ from: "handbooks/nlp/section1.md", file: "s1.md", line: 3, col: 7, href, image });
const problems = (...links: LinkRef[]) => checkLinks(links, targets).map(formatDiagnostic);

test("links that resolve are not reported", () => {
  assert.deepEqual(problems(
    from1("./section2.md"), from1("section2.md"), from1("./index.md"), from1("../../index.md"),
    from1("#tokens"), from1("./section1.md#embeddings"), from1("/handbooks/nlp/section1/#intro"),
    from1("/handbooks/nlp/section2"), from1("/handbooks/nlp/section2/index.html"), from1("/old/address/"),
    from1("https://example.com/x.md"), from1("mailto:a@b.c"), from1("//cdn.example.com/x.png", true),
    from1("./images/a.png", true), from1("/handbooks/nlp/images/a.png", true), from1("slides.pdf#page=2"),
    from1("../nlp/"), from1("./broken.md#whatever"), from1(""),
  ), []);
});

test("a missing .md file, with the nearest name as a suggestion", () => {
  assert.deepEqual(problems(from1("./sectoin2.md")), [
    "s1.md:3:7  error  link to ./sectoin2.md: there is no page handbooks/nlp/sectoin2.md  (did you mean ./section2.md?)",
  ]);
});

test("a missing heading id, on another page or on this one", () => {
  assert.deepEqual(problems(from1("./section1.md#tokns"), from1("#nothing-like-it")), [
    "s1.md:3:7  error  link to ./section1.md#tokns: handbooks/nlp/section1.md has no heading with id \"tokns\"  (did you mean #tokens?)",
    "s1.md:3:7  error  link to #nothing-like-it: this page has no heading with id \"nothing-like-it\"  (its ids are #intro, #tokens, #embeddings; give a heading an id with  ## Title {#nothing-like-it})",
  ]);
  assert.match(problems(from1("./section2.md#x"))[0]!, /\(that page has no headings; give one an id with  ## Title \{#x\}\)$/);
});

test("root-relative URLs that match no page or file", () => {
  assert.deepEqual(problems(from1("/handbooks/nlp/section9/")), [
    "s1.md:3:7  error  link to /handbooks/nlp/section9/: no page or file of the site has this URL  (did you mean /handbooks/nlp/section1/?)",
  ]);
});

test("missing images, relative to the Markdown file or root-relative", () => {
  assert.deepEqual(problems(from1("./images/b.png", true), from1("/img/b.png", true)), [
    "s1.md:3:7  error  image ./images/b.png does not exist  (there is no file content/handbooks/nlp/images/b.png; paths are relative to this Markdown file)",
    "s1.md:3:7  error  image /img/b.png does not exist  (there is no file content/img/b.png; paths are relative to this Markdown file)",
  ]);
});

test("a published page may not link to a draft; a draft may", () => {
  assert.equal(problems(from1("./section3.md")).length, 1);
  assert.match(problems(from1("./section3.md"))[0]!, /handbooks\/nlp\/section3\.md is a draft, so published builds leave it out/);
  const fromDraft: LinkRef = { ...from1("./section3.md"), from: "handbooks/nlp/section3.md" };
  assert.deepEqual(problems(fromDraft), []);
});

test("links that leave the content folder", () => {
  assert.match(problems(from1("../../../README.md"))[0]!, /points outside the content folder/);
});

test("a file of a kind the build does not copy is reported, by relative or site URL, with or without an extension", () => {
  const withData = { ...targets, files: new Set([...targets.files, "handbooks/nlp/results.csv", "handbooks/nlp/diagram"]) };
  const found = checkLinks([from1("./results.csv"), from1("/handbooks/nlp/results.csv"), from1("./diagram", true)], withData).map(formatDiagnostic);
  assert.equal(found.length, 3);
  assert.match(found[0]!, /link to \.\/results\.csv: \.csv files are not published/);
  assert.match(found[1]!, /link to \/handbooks\/nlp\/results\.csv: \.csv files are not published/);
  assert.match(found[2]!, /image \.\/diagram: files without an extension are not published/);
});
