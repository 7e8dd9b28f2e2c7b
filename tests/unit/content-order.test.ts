import { test } from "node:test";
import assert from "node:assert/strict";
import { loadSource } from "../../src/content/load.ts";
import { buildSiteModel } from "../../src/content/site-model.ts";
import { FolioError, formatDiagnostic } from "../../src/checks/diagnostics.ts";
import { numberInFileName } from "../../src/content/classify.ts";

const file = (rel: string, fm: string) => loadSource(rel, `content/${rel}`, `---\n${fm}\n---\nBody\n`);
const section = (hb: string, name: string, extra = "") =>
  file(`handbooks/${hb}/${name}`, `title: ${name}\ndescription: d${extra ? "\n" + extra : ""}`);

test("sections are ordered by the number in the file name, numerically", () => {
  const model = buildSiteModel(
    ["section10.md", "section9.md", "section1.md", "section2.md"].map((n) => section("hb", n)),
    { includeDrafts: false },
  );
  assert.deepEqual(model.handbooks[0]!.sections.map((s) => s.relPath.split("/").pop()),
    ["section1.md", "section2.md", "section9.md", "section10.md"]);
});

test("an explicit order wins over the file name", () => {
  const model = buildSiteModel([section("hb", "section1.md", "order: 20"), section("hb", "section2.md")], { includeDrafts: false });
  assert.deepEqual(model.handbooks[0]!.sections.map((s) => s.order), [2, 20]);
});

test("drafts are left out of production and kept in development", () => {
  const files = [section("hb", "section1.md"), section("hb", "section2.md", "draft: true")];
  assert.equal(buildSiteModel(files, { includeDrafts: false }).handbooks[0]!.sections.length, 1);
  assert.equal(buildSiteModel(files, { includeDrafts: false }).pages.has("handbooks/hb/section2.md"), false);
  assert.equal(buildSiteModel(files, { includeDrafts: true }).handbooks[0]!.sections.length, 2);
});

test("two sections with the same order name both files and the order line", () => {
  const files = [section("hb", "section1.md", "order: 2"), section("hb", "section2.md")];
  assert.throws(() => buildSiteModel(files, { includeDrafts: false }), (e: unknown) => {
    assert.ok(e instanceof FolioError);
    assert.equal(formatDiagnostic(e.diagnostics[0]!),
      'content/handbooks/hb/section1.md:4:1  error  two sections of handbook "hb" have order 2: this one and content/handbooks/hb/section2.md  (give each section its own  order: N  (or rename one file) so the reading order is clear)');
    return true;
  });
});

test("handbooks take title and description from their landing", () => {
  const model = buildSiteModel([
    file("handbooks/nlp/index.md", "title: Natural Language\ndescription: Words."),
    section("nlp", "section1.md"),
    file("index.md", "title: My Site"),
  ], { includeDrafts: false });
  assert.equal(model.title, "My Site");
  assert.equal(model.handbooks[0]!.title, "Natural Language");
  assert.equal(model.handbooks[0]!.url, "/handbooks/nlp/");
  assert.equal(model.pages.get("handbooks/nlp/section1.md")!.url, "/handbooks/nlp/section1/");
});

test("sections and landings need a description", () => {
  assert.throws(() => file("handbooks/hb/section1.md", "title: T"), /description is missing/);
  assert.doesNotThrow(() => file("index.md", "title: Home"));
});

test("the file-name number is the last run of digits", () => {
  assert.equal(numberInFileName("handbooks/x/section12.md"), 12);
  assert.equal(numberInFileName("handbooks/x/part2-section07.md"), 7);
  assert.equal(numberInFileName("handbooks/x/intro.md"), undefined);
});
