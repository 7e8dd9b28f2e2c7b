// How problems are shown: sorted and grouped by file, then counted;
// "did you mean" suggestions for typos.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Diagnostic } from "../../src/checks/diagnostics.ts";
import { checkSummary, groupedLines, problemCount } from "../../src/checks/report.ts";
import { closest, editDistance } from "../../src/checks/similar.ts";

const d = (file: string, line: number, severity: Diagnostic["severity"] = "error"): Diagnostic =>
  ({ file, line, col: 1, severity, message: `m${line}` });

test("grouped by file in natural order (section2 before section10), by line within a file, duplicates once", () => {
  const lines = groupedLines([d("hb/section10.md", 1), d("hb/section2.md", 9), d("hb/section2.md", 3, "warning"), d("hb/section2.md", 9)]);
  assert.deepEqual(lines, [
    "hb/section2.md:3:1  warning  m3",
    "hb/section2.md:9:1  error  m9",
    "",
    "hb/section10.md:1:1  error  m1",
  ]);
});

test("counts name only the kinds there are", () => {
  assert.equal(problemCount([d("a", 1), d("a", 2), d("b", 1, "warning")]), "2 errors and 1 warning in 2 files");
  assert.equal(problemCount([d("a", 1, "warning")]), "1 warning in 1 file");
  assert.equal(checkSummary([], 1), "Folio: checked 1 page, no problems found.");
  assert.equal(checkSummary([d("a", 1)], 12), "Folio: checked 12 pages: 1 error in 1 file.");
});

test("edit distance counts a swap of neighbours once", () => {
  assert.equal(editDistance("titel", "title"), 1);
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("", "abc"), 3);
});

test("suggestions only for near misses", () => {
  const fields = ["title", "description", "nav_title", "order", "draft", "updated", "redirect_from", "related"];
  assert.equal(closest("titel", fields), "title");
  assert.equal(closest("Title", fields), "title");
  assert.equal(closest("descripton", fields), "description");
  assert.equal(closest("draf", fields), "draft");
  assert.equal(closest("lang", fields), undefined);
  assert.equal(closest("author", fields), undefined);
  assert.equal(closest("title", fields), undefined, "an exact match is not a typo");
});
