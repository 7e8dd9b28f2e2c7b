// The pure parts of publishing: where URLs are written, which line a
// redirect_from entry is on, git log parsing, settings precedence, reading
// resources back from rendered panels, and grouping them for the index.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { SourcePage } from "../../src/content/types.ts";
import { resourcesIn } from "../../src/publish/collector.ts";
import { parseGitLog } from "../../src/publish/git-dates.ts";
import { entryLineIn } from "../../src/publish/redirects.ts";
import { indexResources } from "../../src/publish/resource-index.ts";
import { editUrlFor, resolveSettings } from "../../src/publish/settings.ts";
import { outputFileForUrl } from "../../src/publish/url-claims.ts";
import { render } from "./markdown-context.ts";

describe("outputFileForUrl", () => {
  test("maps page addresses to the file a static host serves for them", () => {
    assert.equal(outputFileForUrl("/"), "index.html");
    assert.equal(outputFileForUrl("/old/page/"), "old/page/index.html");
    assert.equal(outputFileForUrl("/old/page"), "old/page/index.html");
    assert.equal(outputFileForUrl("/old/page.html"), "old/page.html");
    // An old link to a Markdown source: a folder with an index page (hosts redirect /x.md to /x.md/).
    assert.equal(outputFileForUrl("/old/section5.md"), "old/section5.md/index.html");
    assert.equal(outputFileForUrl("/caf%C3%A9/"), "café/index.html");
  });
  test("refuses what cannot be a page of this site", () => {
    for (const bad of ["https://example.com/x/", "//example.com/x/", "/a/../b/", "/x/?q=1", "/x/#y", "/img/a.png", "/%E0%A4%A/"]) {
      assert.equal(outputFileForUrl(bad), undefined, bad);
    }
  });
});

test("entryLineIn finds each redirect_from entry, block or flow style", () => {
  const block = "---\ntitle: T\nredirect_from:\n  - /a/\n  - /b/\n---\nBody\n";
  assert.equal(entryLineIn(block, 0), 4);
  assert.equal(entryLineIn(block, 1), 5);
  assert.equal(entryLineIn("---\ntitle: T\n\nredirect_from: [/a/, /b/]\n---\n", 1), 4);
});

test("parseGitLog keeps each file's newest commit date", () => {
  const log = "\x1e2024-07-08T10:00:00+02:00\nhb/s2.md\0\x1e2024-05-06T10:00:00Z\nhb/s1.md\0hb/s2.md\0";
  const dates = parseGitLog(log);
  assert.equal(dates.get("hb/s2.md")?.toISOString(), "2024-07-08T08:00:00.000Z");
  assert.equal(dates.get("hb/s1.md")?.toISOString(), "2024-05-06T10:00:00.000Z");
  assert.equal(parseGitLog("").size, 0);
});

describe("resolveSettings", () => {
  const home = { title: "H", site_url: "https://fm.example/site/", repository: "https://github.com/fm/repo.git", cname: "docs.example.org" };
  test("flags and FOLIO_* values win over content/index.md, which wins over GitHub Actions", () => {
    const actions = { GITHUB_ACTIONS: "true", GITHUB_REPOSITORY: "ci/repo", GITHUB_SERVER_URL: "https://github.com" };
    assert.deepEqual(resolveSettings({ siteUrl: "https://flag.example" }, home, actions), {
      siteUrl: "https://flag.example", repository: "https://github.com/fm/repo", branch: "main", cname: "docs.example.org",
    });
    assert.equal(resolveSettings({}, home, actions).siteUrl, "https://fm.example/site");
    assert.equal(resolveSettings({}, { title: "H" }, actions).repository, "https://github.com/ci/repo");
    assert.equal(resolveSettings({}, { title: "H" }, {}).repository, undefined);
  });
  test("a custom domain alone gives the site URL", () => {
    assert.equal(resolveSettings({}, { title: "H", cname: "docs.example.org" }, {}).siteUrl, "https://docs.example.org");
  });
  test("edit links encode each path segment and keep branch slashes", () => {
    const s = resolveSettings({ repository: "https://github.com/o/r", branch: "docs/v2" }, undefined, {});
    assert.equal(editUrlFor(s, "content/a b/c#.md"), "https://github.com/o/r/edit/docs/v2/content/a%20b/c%23.md");
  });
});

test("resourcesIn reads back every item the resources plugin rendered, entities decoded", () => {
  const body = render([
    "::: resources",
    "- Paper: [A & B <x>](https://arxiv.org/abs/1?a=1&b=2) by Ann & Bo – a \"note\"",
    "- [Plain](https://example.org/)",
    "- not a resource at all, just text with [one](https://a.example) and [two](https://b.example) links",
    ":::",
  ].join("\n")).html;
  assert.deepEqual(resourcesIn(body), [
    { type: "Paper", title: "A & B <x>", url: "https://arxiv.org/abs/1?a=1&b=2", byline: "by Ann & Bo", note: 'a "note"' },
    { type: "Link", title: "Plain", url: "https://example.org/" },
  ]);
});

test("indexResources dedupes by URL (ignoring #fragments), keeps reading order and type order", () => {
  const page = (n: number) => ({ relPath: `s${n}.md`, data: { title: `S${n}` } }) as SourcePage;
  const [s1, s2] = [page(1), page(2)];
  const cited = new Map([
    [s1, [{ type: "Video", title: "V", url: "https://v.example/" }, { type: "Paper", title: "P", url: "https://P.example/x" }]],
    [s2, [{ type: "Paper", title: "P again", url: "https://p.example/x#sec" }, { type: "Paper", title: "P", url: "https://p.example/x" }]],
  ]);
  const groups = indexResources([s1, s2], (s) => cited.get(s));
  assert.deepEqual(groups.map((g) => g.type), ["Paper", "Video"]);
  assert.deepEqual(groups[0]!.resources.map((r) => [r.title, r.citedIn.map((s) => s.data.title)]), [["P", ["S1", "S2"]]]);
});
