// Each kind of bad content stops the build with one clear message naming
// file and line, exit status 1, no stack trace, and no output written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSite, fixture } from "../helpers/build.ts";

const cases: Array<[name: string, expected: string]> = [
  ["bad-yaml", "bad-yaml/handbooks/hb/section1.md:2:8  error  front matter is not valid YAML: Nested mappings are not allowed in compact mappings"],
  ["bad-missing-title", 'bad-missing-title/handbooks/hb/section1.md:1:1  error  front matter: title is missing  (add a line like  title: "Self-Attention and Transformers")'],
  ["bad-wrong-type", "bad-wrong-type/handbooks/hb/section1.md:4:1  error  front matter: order must be a number  (write a number without quotes, e.g.  order: 5)"],
  ["bad-duplicate-order", 'bad-duplicate-order/handbooks/hb/section2.md:4:1  error  two sections of handbook "hb" have order 1: this one and tests/build/fixtures/bad-duplicate-order/handbooks/hb/section1.md'],
  ["bad-tex", "bad-tex/handbooks/hb/section1.md:9:19  error  Invalid TeX in $…$: KaTeX parse error: Unexpected end of input in a macro argument"],
];

for (const [name, expected] of cases) {
  test(`${name}: one message with file and line, exit 1, nothing written`, async () => {
    const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-bad-")), "_site");
    const result = await buildSite(fixture(import.meta.url, name), { outDir });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    const lines = result.stderr.trim().split("\n");
    assert.equal(lines.length, 2, `expected the problem and a summary line, got:\n${result.stderr}`);
    assert.ok(lines[0]!.includes(`tests/build/fixtures/${expected}`), `got: ${lines[0]}\nwant: ${expected}`);
    assert.match(lines[0]!, /\(.+\)$/, "the message ends with a hint saying how to fix it");
    assert.match(lines[1]!, /^Folio: build failed with 1 error; .*_site\/ was left as it was\.$/);
    assert.doesNotMatch(result.stderr + result.stdout, /\n\s+at /, "no stack trace");
    assert.equal(existsSync(outDir), false, "no output folder");
    assert.deepEqual(readdirSync(path.dirname(outDir)), [], "no half-written folder left behind");
  });
}
