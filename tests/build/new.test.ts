// `npm run new`: a new handbook gets its folder and index.md; each new
// section takes the next free number, so it comes last in the reading
// order; everything it writes passes the check; it never overwrites a file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSite, fixture } from "../helpers/build.ts";
import { parseHtml, queryAll, textOf } from "../helpers/html.ts";
import { layeredCopy, runCheck, runNew } from "./check-support.ts";

test("a new handbook, then sections in order; they pass the check and build in that order", async () => {
  const content = layeredCopy(fixture(import.meta.url, "check-base"));
  const landing = await runNew(content, ["transformers", "Transformers: A Primer"]);
  assert.equal(landing.status, 0, landing.stderr);
  assert.equal(landing.stdout, `Created ${content}/handbooks/transformers/index.md\nIts URL: /handbooks/transformers/  (npm start serves it at http://localhost:8080/handbooks/transformers/)\n`);

  for (const title of ["Attention", "Multi-Head Attention", 'Positional "Encodings"']) {
    const made = await runNew(content, ["transformers", title]);
    assert.equal(made.status, 0, made.stderr);
  }
  const third = readFileSync(path.join(content, "handbooks/transformers/section3.md"), "utf8");
  assert.match(third, /^---\ntitle: "Positional \\"Encodings\\""\ndescription: ".+"\nnav_title: "Positional \\"Encodings\\""\n---\n/);

  const check = await runCheck(content);
  assert.equal(check.stdout, "Folio: checked 7 pages, no problems found.\n");
  assert.equal(check.status, 0);

  const site = await buildSite(content);
  assert.equal(site.status, 0, site.stderr);
  // Follow the reading order from the handbook's page along rel="next".
  const titles: string[] = [];
  for (let url: string | undefined = "/handbooks/transformers/"; url; ) {
    const doc = parseHtml(site.html(url));
    if (url !== "/handbooks/transformers/") titles.push(textOf(queryAll(doc, "h1")[0]!));
    url = queryAll(doc, 'link[rel="next"]')[0]?.attrs["href"];
  }
  assert.deepEqual(titles, ["Attention", "Multi-Head Attention", 'Positional "Encodings"']);
});

test("the next number follows the highest file number or order already used", async () => {
  const content = layeredCopy(fixture(import.meta.url, "check-base"));
  // check-base has section1.md; give it a far position to step past.
  const s1 = path.join(content, "handbooks/hb/section1.md");
  writeFileSync(s1, readFileSync(s1, "utf8").replace("---\n\n", "order: 9\n---\n\n"));
  const made = await runNew(content, ["hb", "After Nine"]);
  assert.equal(made.status, 0, made.stderr);
  assert.match(made.stdout, /^Created .*\/handbooks\/hb\/section10\.md\nIts URL: \/handbooks\/hb\/section10\/ /);
  const check = await runCheck(content);
  assert.equal(check.stdout, "Folio: checked 4 pages, no problems found.\n");
});

test("refuses to overwrite an existing file, and leaves it as it was", async () => {
  const content = layeredCopy(fixture(import.meta.url, "check-base"));
  const file = path.join(content, "handbooks/hb/section1.md");
  const before = readFileSync(file, "utf8");
  const result = await runNew(content, ["hb", "Replacement", "--number", "1"]);
  assert.equal(result.status, 1);
  assert.equal(result.stderr, `${file} already exists; Folio never overwrites a page. Choose another --number, or edit that file.\n`);
  assert.equal(readFileSync(file, "utf8"), before);
});

test("explains what it needs when called wrongly", async () => {
  const content = layeredCopy(fixture(import.meta.url, "check-base"));
  const noTitle = await runNew(content, ["hb"]);
  assert.equal(noTitle.status, 1);
  assert.match(noTitle.stderr, /^usage: npm run new -- <handbook-folder> "<Title>"/);
  const badName = await runNew(content, ["Bad Name", "Title"]);
  assert.equal(badName.status, 1);
  assert.match(badName.stderr, /"Bad Name" cannot be a handbook folder/);
});
