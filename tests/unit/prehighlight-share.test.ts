import assert from "node:assert/strict";
import { test } from "node:test";
import { blockCost, shareJobs, type ShareableJob } from "../../src/markdown/prehighlight-share.ts";

// The two prehighlight workers each compile every grammar they meet (and load
// the Oniguruma WASM for TypeScript and its family), so a language should go
// whole to one worker unless that leaves one of them much busier.

const blocks = (lang: string, count: number, size: number): ShareableJob[] =>
  Array.from({ length: count }, (_, i) => ({ lang, code: `${lang} ${i} `.padEnd(size, "x") }));

const languagesOf = (jobs: ShareableJob[]) => [...new Set(jobs.map((j) => j.lang))].sort();
const cost = (jobs: ShareableJob[]) => jobs.reduce((sum, j) => sum + blockCost(j), 0);

function assertPartition(jobs: ShareableJob[], [a, b]: [ShareableJob[], ShareableJob[]]): void {
  assert.equal(a.length + b.length, jobs.length, "every block is coloured once");
  assert.deepEqual(new Set([...a, ...b]), new Set(jobs));
  for (const side of [a, b]) {
    const positions = side.map((j) => jobs.indexOf(j));
    assert.deepEqual(positions, [...positions].sort((x, y) => x - y), "each worker keeps the files' order");
  }
}

test("Python and TypeScript of about equal work each go whole to one worker", () => {
  // The bench corpus: many Python blocks, fewer but slower TypeScript ones, mixed as files mix them.
  const python = blocks("python", 995, 480);
  const typescript = blocks("typescript", 363, 560);
  const jobs = python.flatMap((block, i) => (i % 3 === 2 && typescript.length > 0 ? [block, typescript.shift()!] : [block])).concat(typescript);
  const shared = shareJobs(jobs);
  assertPartition(jobs, shared);
  assert.deepEqual(shared.map(languagesOf).sort(), [["python"], ["typescript"]]);
});

test("names of one grammar (ts, typescript) stay on one worker", () => {
  // Sized so that treating the two names as two languages would put them on different workers.
  const jobs = [...blocks("ts", 100, 500), ...blocks("typescript", 100, 500), ...blocks("python", 240, 500), ...blocks("go", 240, 500)];
  const [a, b] = shareJobs(jobs);
  assertPartition(jobs, [a, b]);
  const withTs = [a, b].filter((side) => side.some((j) => j.lang === "ts" || j.lang === "typescript"));
  assert.equal(withTs.length, 1);
  assert.deepEqual(languagesOf(withTs[0]!), ["ts", "typescript"]);
});

test("a site in one language is split about evenly", () => {
  const jobs = blocks("python", 301, 400);
  const [a, b] = shareJobs(jobs);
  assertPartition(jobs, [a, b]);
  assert.ok(Math.abs(cost(a) - cost(b)) <= blockCost(jobs[0]!), `${cost(a)} against ${cost(b)}`);
});

test("one big language on its own, the small ones together on the other worker", () => {
  const jobs = [...blocks("python", 100, 500), ...blocks("rust", 100, 500), ...blocks("go", 200, 500)];
  const [a, b] = shareJobs(jobs);
  assertPartition(jobs, [a, b]);
  assert.deepEqual([languagesOf(a), languagesOf(b)].sort(), [["go"], ["python", "rust"]]);
});

test("when whole languages would leave one worker far busier, the biggest is split", () => {
  // Python is four fifths of the work: whole languages would give 80 % against 20 %.
  const jobs = [...blocks("python", 400, 500), ...blocks("rust", 100, 500)];
  const [a, b] = shareJobs(jobs);
  assertPartition(jobs, [a, b]);
  assert.ok(Math.abs(cost(a) - cost(b)) <= blockCost(jobs[0]!), `${cost(a)} against ${cost(b)}`);
  const rustSides = [a, b].filter((side) => side.some((j) => j.lang === "rust"));
  assert.equal(rustSides.length, 1, "the smaller language is still whole");
});
