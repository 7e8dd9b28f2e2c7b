// The pure parts of `npm run bench`: statistics, ratios, the Markdown tables,
// the target verdicts and the SVG chart. Hand-made results, nothing timed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { median, pairedRatio, ratioTo } from "../../src/cli/bench/stats.ts";
import { buildTable, renderMarkdown } from "../../src/cli/bench/report.ts";
import { checkTargets } from "../../src/cli/bench/targets.ts";
import { niceAxis, PLOT_W, renderSvg } from "../../src/cli/bench/svg.ts";
import { publishedJekyllRow } from "../../src/cli/bench/jekyll.ts";
import { parseOptions } from "../../src/cli/bench/options.ts";
import type { BenchResults, BuildRow, DevEditResult } from "../../src/cli/bench/types.ts";

const row = (key: string, tool: string, size: number, walls: number[], rss = 100): BuildRow =>
  ({ key, tool, size, samples: walls.map((wallS) => ({ wallS, peakRssMb: rss })) });

const builds: BuildRow[] = [
  row("folio-cold", "Folio (cold)", 1000, [8, 10, 12], 300),
  row("folio-warm", "Folio (warm)", 1000, [4, 5, 6], 340),
  row("hugo", "Hugo", 1000, [4, 5, 8], 120),
  row("eleventy", "Eleventy (plain)", 1000, [5, 5, 5]),
  publishedJekyllRow(1000)!,
  row("folio-cold", "Folio (cold)", 200, [2]),
  row("hugo", "Hugo", 200, [1]),
];

const results: BenchResults = {
  date: "2026-01-01 12:00 UTC", command: "npm run bench", rounds: 3, warmup: 1,
  machine: { cores: 2, cpu: "cpu", memGiB: 24, os: "Linux", node: "v20", loadStart: [1, 2, 3], loadEnd: [1, 1, 1], loadSeen: [1.5, 2.5],
    tools: { hugo: "hugo v0.111" } },
  builds,
  devEdits: [{ size: 1000, page: "handbooks/a/section5", neighbours: ["section4", "section6"], pageS: [0.2, 0.3, 0.4],
    allS: [0.25, 0.35, 0.45], rebuildS: [0.3, 0.4, 0.5], filesWritten: [3], timeouts: 0, serverPeakMb: 200 }],
  coldStart: [row("folio-1-node", "node src/cli/run.mjs build", 1, [1.2, 1.4, 1.3])],
  notes: ["a note"],
};

test("median of odd and even counts, and of nothing", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

test("ratios pair the runs of the same round, then take the median", () => {
  // Per round: 8/4 = 2, 10/5 = 2, 12/8 = 1.5, so 2; the ratio of medians would be 10/5 = 2 by luck, so check another.
  assert.equal(pairedRatio(builds[0]!.samples, builds[2]!.samples), 2);
  const a = row("a", "A", 1, [1, 10, 3]).samples, b = row("b", "B", 1, [1, 2, 30]).samples;
  assert.equal(pairedRatio(a, b), 1); // ratios 1, 5, 0.1; ratio of medians would be 3/2
});

test("a published row has no runs: ratios fall back to the ratio of medians", () => {
  const jekyll = publishedJekyllRow(1000)!;
  assert.equal(jekyll.samples.length, 0);
  assert.equal(ratioTo(builds[0]!, jekyll), 10 / 14.6);
  assert.equal(publishedJekyllRow(300), undefined);
});

test("the build table has one line per row, sorted by size then tool, and marks published figures", () => {
  const lines = buildTable(builds).split("\n");
  assert.equal(lines.length, 2 + builds.length);
  assert.match(lines[2]!, /^\| Folio \(cold\) \| 200 \| 1 \| 2\.00 \|/);
  assert.match(lines[3]!, /^\| Hugo \| 200 \|/);
  const cold = lines.find((l) => l.startsWith("| Folio (cold) | 1000"))!;
  assert.match(cold, /\| 10\.00 \| 8\.00 \| 12\.00 \| 300 \/ 300 \| 2\.00× \| 0\.68× \(published\) \|/);
  const jekyll = lines.find((l) => l.startsWith("| Jekyll"))!;
  assert.match(jekyll, /14\.60 \(published, not measured here\)/);
});

test("targets: verdicts at 1000 sections from paired ratios, memory, dev edit and cold start", () => {
  const { size, checks } = checkTargets(results);
  assert.equal(size, 1000);
  const verdict = (start: string) => checks.find((c) => c.target.startsWith(start))!.ok;
  assert.equal(verdict("warm full build"), true); // 4/4, 5/5, 6/8: median 1.0
  assert.equal(verdict("cold full build"), false); // 2.0 > 1.6
  assert.equal(verdict("cold build ≥ 3"), false); // 14.6 / 10 = 1.46
  assert.equal(verdict("warm build ≥ 3"), false); // 14.6 / 5 = 2.92, just short
  assert.equal(verdict("dev server"), true); // median 0.35 s
  assert.equal(verdict("peak memory"), true); // highest Folio run 340 MB
  assert.equal(verdict("cold start"), true); // median 1.3 s
  assert.match(checks.find((c) => c.target.startsWith("cold build ≥ 3"))!.measured, /1\.46× faster than Jekyll, Jekyll published/);
});

test("targets: neighbours not rewritten is a failure, and a run without 1000 uses its largest size", () => {
  const small: BenchResults = { ...results, builds: builds.filter((b) => b.size === 200),
    devEdits: [{ ...results.devEdits[0]!, size: 200, allS: [0.25, null, 0.3] }] };
  const { size, checks } = checkTargets(small);
  assert.equal(size, 200);
  const dev = checks.find((c) => c.target.startsWith("dev server"))!;
  assert.equal(dev.ok, false);
  assert.match(dev.measured, /not rewritten in 1 of 3 edits/);
  assert.equal(checks.find((c) => c.target.startsWith("warm full build"))!.ok, null);
});

test("targets: with a title edit, neighbours are timed by it, and a body edit that leaves them alone is fine", () => {
  const dev: DevEditResult = { ...results.devEdits[0]!, allS: [null, null, null], titleS: [0.3, 0.4, 0.45], rssMb: [500, 505, 502] };
  const check = (d: DevEditResult) => checkTargets({ ...results, devEdits: [d] }).checks.find((c) => c.target.startsWith("dev server"))!;
  assert.equal(check(dev).ok, true);
  assert.match(check(dev).measured, /page 0\.30 s after a body edit; page \+ neighbours 0\.40 s after a title edit/);
  assert.equal(check({ ...dev, titleS: [0.3, 0.7, 0.8] }).ok, false);
  assert.equal(check({ ...dev, titleS: [0.3, null, 0.4] }).ok, false);
  const table = renderMarkdown({ ...results, devEdits: [dev] });
  assert.match(table, /\| not rewritten \(unchanged\) \| 0\.40 \|/);
  assert.match(table, /\| 500, 505, 502 \|/);
});

test("the Markdown report names the machine, load, command and every section", () => {
  const md = renderMarkdown(results);
  for (const part of ["Load average", "at start: 1.00 2.00 3.00", "1.50–2.50", "`npm run bench`", "## Full builds",
    "## Dev server", "## Cold start", "## Targets (issue 7, at 1000 sections)", "results.svg", "a note"]) {
    assert.ok(md.includes(part), part);
  }
});

test("a run on an oversubscribed machine says so", () => {
  assert.doesNotMatch(renderMarkdown(results), /oversubscribed/);
  const loaded = { ...results, machine: { ...results.machine, loadSeen: [2, 9.5] } };
  assert.match(renderMarkdown(loaded), /oversubscribed\*\* \(1-min load up to 9\.50 on 2 cores\)/);
});

test("the SVG has one bar per tool and size, each as wide as its median time on the axis", () => {
  const svg = renderSvg(builds, "chart");
  const bars = [...svg.matchAll(/<rect class="bar" data-tool="([^"]+)" data-size="(\d+)" data-seconds="([^"]+)"[^>]* width="([^"]+)"/g)];
  assert.deepEqual(bars.map((b) => `${b[1]}@${b[2]}`).sort(), builds.map((b) => `${b.key}@${b.size}`).sort());
  const { end } = niceAxis(14.6);
  for (const [, , , seconds, width] of bars) {
    assert.ok(Math.abs(Number(width) - (Number(seconds) / end) * PLOT_W) <= 0.06, `${seconds} s → ${width}`);
  }
  assert.match(svg, /<rect width="100%" height="100%" fill="#ffffff"\/>/); // explicit background for dark pages
  assert.match(svg, /median wall time, seconds/);
  assert.match(svg, /not measured in this run/);
});

test("the axis ends on a round number at or above the longest bar", () => {
  assert.deepEqual(niceAxis(14.6), { end: 16, step: 2 });
  assert.deepEqual(niceAxis(0.9), { end: 1, step: 0.2 });
  assert.equal(niceAxis(0).end, 1);
});

test("targets: a run with --scale checks time against ten times the 1000-section build, and memory", () => {
  const scaled: BenchResults = { ...results, builds: [...builds,
    row("folio-cold", "Folio (cold)", 10000, [120], 1400), row("folio-warm", "Folio (warm)", 10000, [40], 1600)] };
  const checks = checkTargets(scaled).checks.filter((c) => c.target.includes("10000"));
  // Cold: 120 s against a median of 10 s is 12×, over the limit; warm: 40 s against 5 s is 8×.
  assert.deepEqual(checks.map((c) => [c.target, c.ok]), [
    ["cold build at 10000 sections ≤ 11 × its time at 1000", false],
    ["warm build at 10000 sections ≤ 11 × its time at 1000", true],
    ["peak memory at 10000 sections < 1.5 GB", false],
  ]);
  assert.match(checks[0]!.measured, /^12\.00× \(120\.00 s vs 10\.00 s\)$/);
  assert.equal(checkTargets(results).checks.filter((c) => c.target.includes("10000")).length, 0, "no --scale, no check");
});

test("targets: --scale rows are not where the targets are checked, even when 1000 was not measured", () => {
  const scaled: BenchResults = { ...results, scale: 10000, builds: [...builds.filter((b) => b.size === 200),
    row("folio-cold", "Folio (cold)", 10000, [120], 1400), row("folio-warm", "Folio (warm)", 10000, [40], 1600)],
    devEdits: [{ ...results.devEdits[0]!, size: 200 }] };
  const { size, checks } = checkTargets(scaled);
  assert.equal(size, 200);
  assert.notEqual(checks.find((c) => c.target.startsWith("cold full build"))!.ok, null, "Folio and Hugo were measured at 200");
  assert.ok(checks.some((c) => c.target === "peak memory at 10000 sections < 1.5 GB"));
});

test("options: --scale may not be one of --sizes (its rows are told apart by size)", () => {
  assert.throws(() => parseOptions(["--sizes", "200,1000", "--scale", "1000"], "/repo"), /--scale 1000 is also one of --sizes/);
  assert.equal(parseOptions(["--sizes", "200,1000", "--scale", "10000"], "/repo").scale, 10000);
});
