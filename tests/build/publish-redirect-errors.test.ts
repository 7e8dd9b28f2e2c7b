// Two sources claiming one URL would overwrite each other on a static host:
// the build fails, naming both files, at the line to change.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { buildSite, fixture, type BuildResult } from "../helpers/build.ts";

const DIR = "tests/build/fixtures/publish-bad-urls/handbooks/hb";
let site: BuildResult;
before(async () => {
  site = await buildSite(fixture(import.meta.url, "publish-bad-urls"));
});

const problems = () => site.stderr.split("\n").filter((l) => l.includes("  error  "));

test("the build fails, writes no site and prints no stack trace", () => {
  assert.equal(site.status, 1);
  assert.equal(existsSync(site.outDir), false);
  assert.doesNotMatch(site.stderr, /\n\s+at /);
});

test("a redirect to a URL another redirect already has names both entries, file and line", () => {
  assert.ok(problems().includes(
    `${DIR}/section2.md:6:1  error  /old/ is claimed twice: by this redirect_from entry and by a redirect_from entry at ${DIR}/section1.md:5` +
      "  (remove this redirect_from entry, or change it to the old URL that should lead here)",
  ), site.stderr);
});

test("a redirect from a page's own URL names the redirect entry and the page", () => {
  assert.ok(problems().some((l) => l.startsWith(
    `${DIR}/section2.md:7:1  error  /handbooks/hb/section1/ is claimed twice: by this redirect_from entry and by the page ${DIR}/section1.md`,
  )), site.stderr);
});

test("a page at the URL of a page Folio generates is told to move", () => {
  assert.ok(problems().some((l) => l.startsWith(
    `${DIR}/print.md:1:1  error  /handbooks/hb/print/ is claimed twice: by this page and by Folio's print page of handbook "hb"`,
  )), site.stderr);
});

test("redirects from other sites or into Folio's own folders are refused at their line", () => {
  assert.ok(problems().some((l) => l.startsWith(`${DIR}/section3.md:4:1  error  redirect_from: "https://example.com/x" is not a page address on this site`)), site.stderr);
  assert.ok(problems().some((l) => l.startsWith(`${DIR}/section5.md:5:1  error  redirect_from: "/assets/old.html" points into /assets/`)), site.stderr);
  assert.equal(problems().length, 5, site.stderr);
});
