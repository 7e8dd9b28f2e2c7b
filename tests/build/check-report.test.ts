// Several problems at once: `check` and `build` report all of them, grouped
// by file (section2 before section10), with one count; a build that fails
// leaves an existing site byte-for-byte as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildSite, fixture } from "../helpers/build.ts";
import { layeredCopy, runCheck } from "./check-support.ts";

const dir = layeredCopy(fixture(import.meta.url, "check-base"), fixture(import.meta.url, "check-grouped"));
const problems = [
  `${dir}/handbooks/hb/section2.md:6:1  error  unknown box "::: keyconcept": it would be shown as plain text  (did you mean "::: key-concept"?)`,
  `${dir}/handbooks/hb/section2.md:10:15  error  Invalid TeX in $…$: KaTeX parse error: Expected group after '^'  (check braces and arguments; a literal dollar sign is written \\$)`,
  "",
  `${dir}/handbooks/hb/section10.md:4:1  warning  unknown field \`draf\`, did you mean \`draft\`?  (rename it to draft; as written, Folio ignores it)`,
  "",
  `${dir}/index.md:5:69  error  link to handbooks/hb/sectoin1.md: there is no page handbooks/hb/sectoin1.md  (did you mean handbooks/hb/section1.md?)`,
];

test("check: every problem, grouped by file, then the count; exit 1", async () => {
  const result = await runCheck(dir);
  assert.equal(result.stdout, [...problems, "", "Folio: checked 5 pages: 3 errors and 1 warning in 3 files.", ""].join("\n"));
  assert.equal(result.status, 1);
});

test("build: the same problems, and an existing site is left byte-for-byte as it was", async () => {
  // A good build first, then the bad content into the same output folder.
  const good = await buildSite(fixture(import.meta.url, "check-base"));
  assert.equal(good.status, 0, good.stderr);
  const before = snapshot(good.outDir);
  assert.ok(before.size > 5, "the good build wrote a site");

  const bad = await buildSite(dir, { outDir: good.outDir });
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, [...problems, `Folio: build failed with 3 errors and 1 warning; ${good.outDir}/ was left as it was.`, ""].join("\n"));
  assert.deepEqual(snapshot(good.outDir), before, "every file of the previous site is unchanged, none added or removed");
  assert.deepEqual(readdirSync(path.dirname(good.outDir)), ["_site"], "no half-written folder left next to it");
});

/** Every file under `root` with the SHA-256 of its bytes and its modification time. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of readdirSync(root, { recursive: true }) as string[]) {
    const file = path.join(root, rel);
    const stat = statSync(file);
    if (!stat.isFile()) continue;
    files.set(rel, `${createHash("sha256").update(readFileSync(file)).digest("hex")} ${stat.mtimeMs}`);
  }
  return files;
}
