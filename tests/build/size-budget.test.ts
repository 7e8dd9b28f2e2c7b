// Size budgets of what every page loads, measured on a real build the way a
// reader's browser receives it: minified by the build, then gzip -9.
// Client script: /assets/folio.js plus the inline theme script in <head>,
// at most 6 KB. Stylesheet: /assets/folio.css, at most 12 KB. Search loads
// on demand and is not counted.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import { gzipSync } from "node:zlib";
import { buildSite, fixture, type BuildResult } from "../helpers/build.ts";

const SCRIPT_BUDGET = 6 * 1024;
const CSS_BUDGET = 12 * 1024;

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

let site: BuildResult;
before(async () => {
  site = await buildSite(fixture(import.meta.url, "rendering"));
  assert.equal(site.status, 0, site.stderr);
});

/** The inline (src-less) scripts of a page's <head>: what runs before the bundle. */
function inlineHeadScripts(html: string): string {
  const head = html.slice(0, html.indexOf("</head>"));
  return [...head.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join("\n");
}

test(`the client script (bundle + inline head script) is at most ${SCRIPT_BUDGET} bytes gzipped`, () => {
  const bundle = readFileSync(path.join(site.outDir, "assets/folio.js"));
  const inline = inlineHeadScripts(site.html("/handbooks/demo/section1/"));
  assert.ok(inline.includes("localStorage"), "the theme script is inlined in <head>");
  assert.ok(bundle.length > 1000, "the bundle was built");
  const total = gzipSize(bundle) + gzipSize(inline);
  console.log(`folio.js ${bundle.length} B minified, ${gzipSize(bundle)} B gzip; inline head script ${gzipSize(inline)} B gzip; total ${total} B`);
  assert.ok(total <= SCRIPT_BUDGET, `${total} B gzipped, over the ${SCRIPT_BUDGET} B budget`);
});

test(`the stylesheet is at most ${CSS_BUDGET} bytes gzipped`, () => {
  const css = readFileSync(path.join(site.outDir, "assets/folio.css"));
  assert.ok(css.length > 1000, "the stylesheet was built");
  console.log(`folio.css ${css.length} B minified, ${gzipSize(css)} B gzip`);
  assert.ok(gzipSize(css) <= CSS_BUDGET, `${gzipSize(css)} B gzipped, over the ${CSS_BUDGET} B budget`);
});
