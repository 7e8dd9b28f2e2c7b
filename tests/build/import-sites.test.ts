// Fixture Jekyll sites, messy the way real ones are, imported and built end
// to end: every external URL of the source survives into the Markdown and
// the HTML, every section is published or a draft with a reason, and the
// imported site builds with the link check passing.
//   jekyll-tabs:  handbook pages with tabs that {% include %} sections from
//                 _includes/ folders named differently from the handbooks
//   jekyll-pages: sections served as pages (like the seed), with
//                 hand-written navigation scripts and blocks
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { buildSite, fixture, repoRoot, run, type BuildResult } from "../helpers/build.ts";
import { decodeEntities, parseHtml, queryAll, queryOne, textOf } from "../helpers/html.ts";

interface Imported {
  site: string;
  out: string;
  report: string;
  stdout: string;
  build: BuildResult;
}

async function importAndBuild(name: string): Promise<Imported> {
  const site = fixture(import.meta.url, name);
  const root = mkdtempSync(path.join(os.tmpdir(), `folio-${name}-`));
  const out = path.join(root, "content");
  const result = await run(process.execPath, ["--import", "tsx", path.join(repoRoot, "src/cli/import.ts"), site, "--out", out], repoRoot);
  assert.equal(result.status, 0, `import failed:\n${result.stdout}\n${result.stderr}`);
  const build = await buildSite(out);
  return { site, out, report: readFileSync(path.join(root, "import-report.md"), "utf8"), stdout: result.stdout, build };
}

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** External URLs a reader of the old site could see or follow: page text minus stylesheet, script and style tags. */
function sourceUrls(site: string): string[] {
  const config = parseYaml(readFileSync(path.join(site, "_config.yml"), "utf8")) as { url?: string; exclude?: string[] };
  const own = config.url ? new URL(config.url).host : undefined;
  const urls = new Set<string>();
  for (const file of walk(site, /\.(md|html)$/)) {
    const rel = path.relative(site, file);
    if (rel.startsWith("_layouts") || (config.exclude ?? []).includes(rel)) continue;
    const text = readFileSync(file, "utf8")
      .replace(/<link\b[^>]*>/gi, "")
      .replace(/<script\b[\s\S]*?<\/script>/gi, "")
      .replace(/<style\b[\s\S]*?<\/style>/gi, "");
    for (const m of text.matchAll(/https?:\/\/[^\s"'<>)\]]+/g)) {
      const url = m[0].replace(/[.,;:]+$/, "");
      if (own && new URL(url).host === own) continue;
      urls.add(url);
    }
  }
  return [...urls].sort();
}

/** Section sources: Markdown files under _includes/ or in a handbooks/<name>/ folder. */
function sourceSections(site: string): string[] {
  return walk(site, /\.md$/)
    .map((f) => path.relative(site, f).split(path.sep).join("/"))
    .filter((rel) => rel.startsWith("_includes/") || /(^|\/)handbooks\/[^/]+\//.test(rel))
    .sort();
}

function frontMatter(file: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, "utf8"));
  return (m ? parseYaml(m[1]!) : {}) as Record<string, unknown>;
}

const urlOf = (out: string) => `/${out.replace(/\.md$/, "").replace(/(^|\/)index$/, "")}/`.replace(/\/+/g, "/");

for (const name of ["jekyll-tabs", "jekyll-pages"]) {
  describe(`importing ${name}`, () => {
    let r: Imported;
    before(async () => {
      r = await importAndBuild(name);
    });

    test("the imported site builds, with the link check passing", () => {
      assert.equal(r.build.status, 0, `build failed:\n${r.build.stdout}\n${r.build.stderr}`);
      assert.doesNotMatch(r.build.stdout + r.build.stderr, / {2}error {2}/);
    });

    test("every external URL of the source is in the imported Markdown and in the built HTML", () => {
      const urls = sourceUrls(r.site);
      assert.ok(urls.length >= 12, `only ${urls.length} URLs found in the fixture`);
      const markdown = walk(r.out, /\.md$/).map((f) => readFileSync(f, "utf8")).join("\n");
      const html = decodeEntities(walk(r.build.outDir, /\.html$/).map((f) => readFileSync(f, "utf8")).join("\n"));
      for (const url of urls) {
        assert.ok(markdown.includes(url), `missing from the Markdown: ${url}`);
        assert.ok(html.includes(url), `missing from the built HTML: ${url}`);
      }
    });

    test("every section is published, or a draft that says why", () => {
      const sources = sourceSections(r.site);
      const imported = walk(path.join(r.out, "handbooks"), /\.md$/).filter((f) => path.basename(f) !== "index.md");
      assert.equal(imported.length, sources.length, "one imported section per source section file");
      for (const source of sources) {
        const m = new RegExp(`### \`${source.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\` → \`([^\`]+)\``).exec(r.report);
        assert.ok(m, `the report does not say where ${source} went`);
        const out = path.join(r.out, m[1]!);
        assert.ok(existsSync(out), `${m[1]} was not written`);
        const data = frontMatter(out);
        const built = existsSync(path.join(r.build.outDir, urlOf(m[1]!), "index.html"));
        if (data["draft"] === true) {
          assert.ok(typeof data["draft_reason"] === "string" && data["draft_reason"].length > 10, `${m[1]} is a draft without a reason`);
          assert.ok(!built, `${m[1]} is a draft but was published`);
          assert.match(r.report, new RegExp(`drafted: ${String(data["draft_reason"]).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
        } else {
          assert.ok(built, `${m[1]} is neither published nor a draft`);
        }
      }
    });

    test("the report is printed and written next to the output, with totals and one entry per file", () => {
      assert.ok(r.stdout.includes(r.report));
      assert.match(r.report, /^\| handbooks \| sections \| drafts \| resources \| links \|/m);
      const [, handbooks, sections, drafts] = /^\| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|/m.exec(r.report)!;
      assert.equal(Number(handbooks), readdirSync(path.join(r.out, "handbooks")).length);
      assert.equal(Number(sections), sourceSections(r.site).length);
      assert.ok(Number(drafts) >= 2);
      assert.match(r.report, /^## Warnings \(\d+\)$/m);
    });
  });
}

describe("jekyll-tabs: handbook pages with tabs and includes", () => {
  let r: Imported;
  before(async () => {
    r = await importAndBuild("jekyll-tabs");
  });
  const md = (rel: string) => readFileSync(path.join(r.out, rel), "utf8");
  const page = (url: string) => parseHtml(r.build.html(url));

  test("sections follow the tab order; an unincluded file of the folder is slotted in by its number and reported", () => {
    const landing = page("/handbooks/foundation-models/");
    const titles = queryAll(landing, ".section-list-title").map((a) => textOf(a));
    assert.deepEqual(titles, ["Attention", "Transformer Blocks", "Scaling Laws: Bigger Models, Predictable Gains", "Notes on emergent abilities"]);
    assert.match(r.report, /_includes\/handbooks\/foundation\/section4-notes\.md:1:1 {2}warning {2}no page includes this section/);
  });

  test("the handbook page gives the landing its title, overview, learning path and related handbooks; the tabs are gone", () => {
    const index = md("handbooks/foundation-models/index.md");
    assert.match(index, /^title: "Foundation Models Handbook"$/m);
    assert.match(index, /^related:\n {2}- nlp-basics$/m);
    // Its permalink is the address Folio serves the landing at: nothing to redirect. The NLP page had no permalink.
    assert.doesNotMatch(index, /^redirect_from:/m);
    assert.match(md("handbooks/nlp-basics/index.md"), /^redirect_from:\n {2}- \/handbooks\/nlp-basics\.html$/m);
    const html = r.build.html("/handbooks/foundation-models/");
    assert.match(html, /Learning Path/);
    assert.match(html, /sections 1 and 2 build the core vocabulary/);
    assert.doesNotMatch(html, /tab-button|tab-content|data-tab/);
    const related = queryOne(page("/handbooks/foundation-models/"), "section.related");
    assert.ok(related && textOf(related).includes("NLP Basics"));
  });

  test("tab labels become sidebar titles where they differ from the title", () => {
    assert.match(md("handbooks/foundation-models/section3.md"), /^nav_title: "Scaling Laws"$/m);
    const sidebar = queryAll(page("/handbooks/foundation-models/section1/"), "nav a").map((a) => textOf(a));
    assert.ok(sidebar.includes("Scaling Laws"), sidebar.join(" | "));
  });

  test("front matter: absent (title from the tab), broken YAML (recovered, warned), front matter only (draft)", () => {
    assert.match(md("handbooks/foundation-models/section1.md"), /^title: "Attention"$/m);
    assert.match(md("handbooks/foundation-models/section3.md"), /^title: "Scaling Laws: Bigger Models, Predictable Gains"$/m);
    assert.match(r.report, /_includes\/handbooks\/foundation\/section3\.md:2:\d+ {2}warning {2}front matter is not valid YAML/);
    assert.match(md("handbooks/nlp-basics/part2.md"), /^draft: true\ndraft_reason: "the source file has front matter but no text"$/m);
    assert.match(md("handbooks/foundation-models/section5.md"), /^draft_reason: "the source file was empty"$/m);
  });

  test("outlines become headings and lists; math is typeset; resources are typed", () => {
    const part3 = page("/handbooks/nlp-basics/part3/");
    assert.deepEqual(queryAll(part3, "h2").map((h) => textOf(h)).filter((t) => t.startsWith("Chapter")), [
      "Chapter 1: Language Models", "Chapter 2: Neural Language Models", "Chapter 3: Evaluation", "Chapter 4: Toward Attention",
    ]);
    assert.ok(queryAll(part3, "li").some((li) => textOf(li) === "Perplexity"));
    const section1 = r.build.html("/handbooks/foundation-models/section1/");
    assert.ok((section1.match(/class="katex"/g) ?? []).length >= 3, "inline \\( \\), $ and display $$ math typeset");
    const badges = queryAll(parseHtml(section1), "li.resource .badge").map((b) => textOf(b));
    assert.deepEqual(badges.slice(0, 4), ["Paper", "Blog post", "Video", "Paper"]);
  });

  test("Liquid: URL filters and includes resolved; anything else reported with file:line and left visible", () => {
    assert.match(md("handbooks/foundation-models/section2.md"), /\[Layer Normalization\]\(https:\/\/arxiv\.org\/abs\/1607\.06450\)/);
    assert.match(md("about.md"), /\[list of handbooks\]\(\.\/index\.md\), or read the \[Foundation Models handbook\]\(\.\/handbooks\/foundation-models\/index\.md\)/, "absolute_url");
    assert.match(md("handbooks/foundation-models/section3.md"), /Written by \{\{ page\.author \}\}/);
    assert.match(r.report, /_includes\/handbooks\/foundation\/section3\.md:12:12 {2}warning {2}Liquid \{\{ page\.author \}\} was left in the text as written/);
    assert.match(r.build.html("/handbooks/foundation-models/section3/"), /Written by \{\{ page\.author \}\}/);
  });

  test("links to the old site's pages and tabs point to the new pages; dead ones become text with a warning", () => {
    const s3 = md("handbooks/foundation-models/section3.md");
    assert.match(s3, /\[NLP tokenisation part\]\(\.\.\/nlp-basics\/part1\.md\)/, "baseurl-prefixed link to a tab");
    assert.match(s3, /\[our full paper list\]\(\.\.\/nlp-basics\/index\.md\)/, "absolute link to the old site itself");
    assert.match(s3, /is in vocab\.zip\./, "a file Folio does not publish: text kept");
    assert.match(r.report, /section3\.md:19:1 {2}warning {2}link \/assets\/data\/vocab\.zip leads nowhere/);
    assert.ok(existsSync(path.join(r.build.outDir, "handbooks/foundation-models/images/scaling-curve.png")), "image copied and published");
  });
});

describe("jekyll-pages: sections served as pages, with hand-written navigation", () => {
  let r: Imported;
  before(async () => {
    r = await importAndBuild("jekyll-pages");
  });
  const md = (rel: string) => readFileSync(path.join(r.out, rel), "utf8");

  test("every difference between hand-written and computed previous/next is reported with file:line", () => {
    assert.match(r.report, /section2\.md:39:1 {2}warning {2}hand-written next link \/content\/handbooks\/efficient-transformers\/section4\/ \(handbooks\/efficient-transformers\/section4\.md\) differs from Folio's next handbooks\/efficient-transformers\/section3\.md/);
    assert.match(r.report, /section6\.md:25:1 {2}warning {2}hand-written next link \/content\/handbooks\/efficient-transformers\/section10\/ .* differs from Folio's next \(none: this is the last section\)/);
    assert.match(r.report, /section1\.md` → [^\n]*\n\n(?:- [^\n]*\n)*- converted: hand-written previous\/next dropped; they match the computed order/);
    const html = r.build.html("/handbooks/efficient-transformers/section2/");
    assert.doesNotMatch(html, /prevSection|nextSection/);
  });

  test("old URLs redirect: each section's /sectionN/ and .html forms, and the handbook's landing", () => {
    assert.match(md("handbooks/efficient-transformers/section2.md"), /^redirect_from:\n {2}- \/content\/handbooks\/efficient-transformers\/section2\/\n {2}- \/content\/handbooks\/efficient-transformers\/section2\.html$/m);
    assert.match(md("handbooks/efficient-transformers/index.md"), /^redirect_from:\n {2}- \/content\/handbooks\/efficient-transformers\/$/m);
    assert.ok(existsSync(path.join(r.build.outDir, "content/handbooks/efficient-transformers/section2/index.html")));
  });

  test("sections keep the source's order: file numbers (section10 after section6), or nav_order written as order", () => {
    assert.match(md("handbooks/multimodal/intro.md"), /^order: 1$/m);
    assert.match(md("handbooks/multimodal/clip.md"), /^order: 2$/m);
    assert.doesNotMatch(md("handbooks/efficient-transformers/section10.md"), /^order:/m);
  });

  test("seed-shaped HTML blocks, a span inside an h2, blockquotes, Rouge code and raw HTML come through", () => {
    const s2 = md("handbooks/efficient-transformers/section2.md");
    assert.match(s2, /^## Attention Patterns \{#patterns\}$/m);
    assert.match(s2, /^## Longformer \{#longformer\}$/m);
    assert.match(s2, /^> Sparse attention trades exactness for reach/m);
    assert.match(s2, /^- Paper: \[Longformer: The Long-Document Transformer\]\(https:\/\/arxiv\.org\/abs\/2004\.05150\) by Beltagy, Peters & Cohan – The sliding-window model$/m);
    assert.match(md("handbooks/efficient-transformers/section3.md"), /^```python\ndef linear_attention\(q, k, v\):$/m);
    const s6 = r.build.html("/handbooks/efficient-transformers/section6/");
    assert.match(s6, /<iframe [^>]*src="https:\/\/www\.youtube\.com\/embed\/gZIP-_2XYMM"/);
  });

  test("a link to a heading that does not exist keeps the page and loses the fragment, with a warning", () => {
    const s2 = md("handbooks/efficient-transformers/section2.md");
    assert.match(s2, /\[the quadratic cost\]\(\.\/section1\.md#quadratic-cost\)/);
    assert.match(s2, /\[the missing heading\]\(\.\/section1\.md\)/);
    assert.match(r.report, /warning {2}link to #no-such-heading on handbooks\/efficient-transformers\/section1\.md/);
  });

  test("links to drafts and to pages that never existed become text", () => {
    const s6 = md("handbooks/efficient-transformers/section6.md");
    assert.match(s6, /\(see the benchmarks\)/);
    assert.match(s6, /The old comparison page was never written\./);
    assert.match(r.report, /section6\.md:7:1 {2}warning {2}link \/content\/handbooks\/efficient-transformers\/section7\/ leads nowhere/);
  });
});
