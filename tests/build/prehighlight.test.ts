// The worker threads that colour code before pages render: they must give
// exactly the HTML the build's own highlighter gives, colour only what the
// cache lacks, and share a big batch with a second worker.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { blockInput, createCodeHighlighter } from "../../src/markdown/highlighter.ts";
import { Prehighlight } from "../../src/markdown/prehighlight.ts";

function contentWith(blocks: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "folio-prehighlight-"));
  mkdirSync(path.join(dir, "handbooks", "a"), { recursive: true });
  const fence = (i: number) => (i % 2 ? `\`\`\`python\ndef f${i}(x):\n    return x + ${i}\n\`\`\`` : `\`\`\`ts\nconst v${i}: number = ${i};\n\`\`\``);
  for (let file = 0; file < blocks / 4; file++) {
    const body = [0, 1, 2, 3].map((k) => fence(file * 4 + k)).join("\n\nText.\n\n");
    // The same block twice in one file and a language Shiki lacks: neither is coloured twice or at all.
    writeFileSync(path.join(dir, "handbooks", "a", `section${file + 1}.md`),
      `---\ntitle: S\n---\n${body}\n\n${fence(file * 4)}\n\n\`\`\`nosuchlang\nx\n\`\`\`\n`);
  }
  return dir;
}

test("workers colour every uncached block exactly as the build would, two workers for a big batch", async () => {
  const contentDir = contentWith(40);
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), "folio-prehighlight-cache-"));
  const workers = Prehighlight.start({ contentDir, cacheDir });
  await workers.finished;
  assert.equal(workers.results.length, 40, "each distinct block once, the unknown language not at all");

  const own = await createCodeHighlighter({ cacheDir: undefined });
  for (const [input, html] of workers.results) {
    const [lang, code] = input.split("\0") as [string, string];
    assert.equal(html, own.highlight(code, lang), `${lang} block differs`);
  }
});

test("blocks already in the render cache are not coloured again", async () => {
  const contentDir = contentWith(8);
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), "folio-prehighlight-cache-"));
  const first = await createCodeHighlighter({ cacheDir });
  first.highlight("def f1(x):\n    return x + 1", "python");
  first.highlight("const v0: number = 0;", "ts");
  await first.cache.save();

  const workers = Prehighlight.start({ contentDir, cacheDir });
  await workers.finished;
  const inputs = workers.results.map(([input]) => input);
  assert.equal(inputs.length, 6);
  assert.ok(!inputs.includes(blockInput("def f1(x):\n    return x + 1", "python")));

  // The build's highlighter takes them all; none is coloured on the build's thread.
  const plan = { stamps: {}, changed: [], changedBytes: 0 };
  const taken = await createCodeHighlighter({ cacheDir, prehighlight: { options: { contentDir }, plan, workers: Prehighlight.start({ contentDir, cacheDir }) } });
  await taken.cache.load();
  assert.equal(await taken.workersDone(), 6);
  for (const input of inputs) assert.ok(taken.cache.get(input) !== undefined);
});

test("a content folder that does not exist ends the workers without results", async () => {
  const workers = Prehighlight.start({ contentDir: path.join(os.tmpdir(), "folio-no-such-folder"), cacheDir: undefined });
  await workers.finished;
  assert.equal(workers.results.length, 0);
});

test("after a build, only files edited since are read again; without the cache, all of them", async () => {
  const { planScan, saveStamps } = await import("../../src/markdown/prehighlight-plan.ts");
  const { utimesSync, rmSync } = await import("node:fs");
  const contentDir = contentWith(12);
  const cacheFile = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-plan-")), "shiki-x.json");
  const first = await planScan(contentDir, cacheFile);
  assert.deepEqual(first.changed, ["handbooks/a/section1.md", "handbooks/a/section2.md", "handbooks/a/section3.md"]);
  await saveStamps(first);
  writeFileSync(cacheFile, "{}");
  assert.deepEqual((await planScan(contentDir, cacheFile)).changed, []);

  const edited = path.join(contentDir, "handbooks/a/section2.md");
  utimesSync(edited, new Date(), new Date(Date.now() + 5000));
  const after = await planScan(contentDir, cacheFile);
  assert.deepEqual(after.changed, ["handbooks/a/section2.md"]);
  assert.ok(after.changedBytes > 0);

  rmSync(cacheFile);
  assert.equal((await planScan(contentDir, cacheFile)).changed.length, 3, "stamps without their cache say nothing");
});
