// `npm run bench`: times Folio against Hugo, plain Eleventy (and Jekyll when
// installed) on synthetic corpora, plus the dev server's edit-to-page time and
// a one-section cold start; prints a table and writes tests/bench/results.md
// and results.svg. See `--help` and the modules in ./bench/.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { countHtml, generateCorpus } from "./bench/corpus.ts";
import { measureDevEdit } from "./bench/dev-edit.ts";
import { addCorpus, cacheExists, folioCold, folioNpmCold, folioWarm, snapshotFolio, type FolioProject } from "./bench/folio.ts";
import { jekyllPeer, publishedJekyllRow } from "./bench/jekyll.ts";
import { describeMachine } from "./bench/machine.ts";
import { ensureGnuTime, type Measured } from "./bench/measure.ts";
import { parseOptions, USAGE } from "./bench/options.ts";
import { eleventyPeer, hugoPeer, type Peer } from "./bench/peers.ts";
import { renderMarkdown } from "./bench/report.ts";
import { renderSvg } from "./bench/svg.ts";
import type { BenchResults, BuildRow } from "./bench/types.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const argv = process.argv.slice(2);
const opts = (() => {
  try {
    return parseOptions(argv, repoRoot);
  } catch (e) {
    console.error(`bench: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();
ensureGnuTime();

const work = mkdtempSync(path.join(os.tmpdir(), "folio-bench-"));
// Also on Ctrl-C, which skips the `finally` below (bench/server.ts turns signals into exit).
if (!opts.keep) process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const results: BenchResults = {
  date: new Date().toISOString().replace(/:\d\d\.\d+Z$/, " UTC").replace("T", " "),
  command: process.env.npm_lifecycle_event === "bench" ? `npm run bench${argv.length ? " -- " + argv.join(" ") : ""}`
    : `node --import tsx src/cli/bench.ts ${argv.join(" ")}`.trim(),
  rounds: opts.rounds, warmup: opts.warmup, machine: describeMachine(),
  builds: [], devEdits: [], coldStart: [], notes: [],
};
console.log(`bench: load average ${results.machine.loadStart.map((l) => l.toFixed(2)).join(" ")}, working in ${work}`);

try {
  const project = snapshotFolio(repoRoot, path.join(work, "folio"));
  const peers: Peer[] = [];
  if (opts.hugo) peers.push(hugoPeer(work));
  if (opts.eleventy) peers.push(eleventyPeer(work, repoRoot));
  const jekyll = opts.jekyll ? jekyllPeer(work) : undefined;
  if (jekyll) peers.push(jekyll);
  results.machine.tools = { folio: `Folio ${folioRevision()}`, ...Object.fromEntries(peers.map((p) => [p.key, p.version])) };

  for (const size of opts.sizes) {
    console.log(`\n== ${size} sections ==`);
    const corpus = generateCorpus(opts.corpusScript, path.join(work, `corpus-${size}`), size);
    addCorpus(project, corpus, size);
    for (const p of peers) p.addCorpus(corpus, size);
    if (!opts.onlyDev) await fullBuilds(project, peers, jekyll, size);
    if (opts.dev) {
      console.log(`  dev server: ${opts.warmup} discarded + ${opts.edits} measured edits`);
      const dev = await measureDevEdit(project, size, opts.edits, opts.warmup);
      console.log(`  dev server: page updated after ${dev.pageS.map((t) => t.toFixed(2)).join(", ")} s`);
      results.devEdits.push(dev);
    }
  }

  if (opts.scale && !opts.onlyDev) {
    const size = opts.scale;
    console.log(`\n== ${size} sections, Folio only (how it scales) ==`);
    addCorpus(project, generateCorpus(opts.corpusScript, path.join(work, `corpus-${size}`), size), size);
    const rows = await interleave([
      { key: "folio-cold", tool: "Folio (cold)", run: () => folioCold(project, size) },
      { key: "folio-warm", tool: "Folio (warm)", run: () => folioWarm(project, size) },
    ], size, 1, 0);
    rows[0]!.htmlFiles = rows[1]!.htmlFiles = countHtml(path.join(project.dir, project.outFor(size)));
    results.builds.push(...rows);
    results.scale = size;
  }

  if (!opts.onlyDev) {
    console.log("\n== one-section site, cold start ==");
    addCorpus(project, generateCorpus(opts.corpusScript, path.join(work, "corpus-1"), 1), 1);
    results.coldStart = await interleave([
      { key: "folio-1-node", tool: "node src/cli/run.mjs build", run: () => folioCold(project, 1) },
      { key: "folio-1-npm", tool: "npm run build", run: () => folioNpmCold(project, 1) },
    ], 1, opts.rounds, opts.warmup);
  }

  results.notes.push(...methodNotes(!!jekyll));
  results.machine.loadEnd = os.loadavg();
  const markdown = renderMarkdown(results);
  mkdirSync(opts.outDir, { recursive: true });
  writeFileSync(path.join(opts.outDir, "results.md"), markdown);
  writeFileSync(path.join(opts.outDir, "results.svg"),
    renderSvg(results.builds, `Full build, median of ${opts.rounds} interleaved round(s) — ${results.date}`));
  console.log(`\n${markdown}\nbench: wrote ${path.relative(process.cwd(), opts.outDir) || "."}/results.md and results.svg`);
} finally {
  if (opts.keep) console.log(`bench: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/** Cold and warm Folio builds and the peers' builds at one size, interleaved. */
async function fullBuilds(project: FolioProject, peers: Peer[], jekyll: Peer | undefined, size: number): Promise<void> {
  let cacheSeen = false;
  const runners: Runner[] = [
    { key: "folio-cold", tool: "Folio (cold)", run: () => folioCold(project, size),
      after: () => { cacheSeen ||= cacheExists(project, size); } },
    { key: "folio-warm", tool: "Folio (warm)", run: () => folioWarm(project, size) },
    ...peers.map((p) => ({ key: p.key, tool: p.tool, run: () => p.build(size) })),
  ];
  const rows = await interleave(runners, size, opts.rounds, opts.warmup);
  rows[0]!.htmlFiles = rows[1]!.htmlFiles = countHtml(path.join(project.dir, project.outFor(size)));
  peers.forEach((p, i) => { rows[i + 2]!.htmlFiles = p.htmlFiles(size); });
  if (!cacheSeen) rows[1]!.note = "no cache exists yet: same work as cold";
  results.builds.push(...rows);
  if (!jekyll) {
    const published = publishedJekyllRow(size);
    if (published) results.builds.push(published);
  }
}

interface Runner { key: string; tool: string; run(): Promise<Measured>; after?(): void }

/** Runs every runner once per round, in order (A B C A B C …); warm-up rounds are run and dropped. */
async function interleave(runners: Runner[], size: number, rounds: number, warmup: number): Promise<BuildRow[]> {
  const rows: BuildRow[] = runners.map((r) => ({ key: r.key, tool: r.tool, size, samples: [] }));
  for (let round = -warmup; round < rounds; round++) {
    for (const [i, r] of runners.entries()) {
      const m = await r.run();
      if (m.status !== 0) throw new Error(`${r.tool} failed at ${size} sections (status ${m.status}):\n${m.output}`);
      r.after?.();
      results.machine.loadSeen.push(os.loadavg()[0]!);
      const label = round < 0 ? "warm-up" : `round ${round + 1}/${rounds}`;
      console.log(`  ${label.padEnd(11)} ${r.tool.padEnd(36)} ${m.wallS.toFixed(2).padStart(7)} s ` +
        `${Math.round(m.peakRssMb).toString().padStart(5)} MB  load ${os.loadavg()[0]!.toFixed(2)}`);
      if (round >= 0) rows[i]!.samples.push({ wallS: m.wallS, peakRssMb: m.peakRssMb });
    }
  }
  return rows;
}

/** The commit measured, read-only (no index refresh), and whether the working tree differed from it. */
function folioRevision(): string {
  const git = (...args: string[]) => spawnSync("git", ["--no-optional-locks", ...args], { cwd: repoRoot, encoding: "utf8" });
  const sha = git("rev-parse", "--short", "HEAD").stdout.trim() || "unknown";
  return git("status", "--porcelain").stdout.trim() ? `${sha} + uncommitted changes` : sha;
}

function methodNotes(jekyllMeasured: boolean): string[] {
  return [
    "Folio is built from a copy of the working tree taken when the bench starts (node_modules linked), with each corpus " +
      "inside that folder as an author's content would be; `--content` and `--output` are relative paths.",
    "Folio (cold): `.cache` removed and no previous output. Folio (warm): the same build right after, with whatever " +
      "`.cache` the cold build left; the output is removed for both.",
    "Hugo: a minimal site generated in a temp folder (baseof/single/list layouts, goldmark with unsafe HTML, Chroma " +
      "highlighting on, taxonomies/RSS/sitemap off); each `index.md` is renamed `_index.md` so that handbooks are list " +
      "pages (Hugo would treat them as leaf bundles and drop the sections); its count includes the /handbooks/ list page.",
    "Eleventy (plain): this repo's Eleventy with its default markdown-it, one JavaScript layout, no highlighting, no math.",
    jekyllMeasured ? "Jekyll: a minimal site (kramdown GFM, Rouge, one layout, Liquid off for the pages), measured here " +
        "(shared/bench/README.md quotes 3.0 s at 200 and 14.6 s at 1000 sections for comparison)."
      : "Jekyll was not measured in this run (not installed, or --no-jekyll): its rows are the figures in shared/bench/README.md (same corpus arguments, cold " +
        "builds, 2-core machine), published, not measured here; its ratios are ratios of medians, not paired.",
    "Dev server: `build.ts --serve` on the same corpus; a sentence is appended to one section and its HTML on disk is " +
      "polled every 5 ms; neighbours count as rewritten when their file's time is after the edit (a body edit changes " +
      "nothing they show). Then the section's title is changed and the page and both neighbours are polled until they " +
      "show it (prev/next). Each edit is reverted, and that rebuild awaited, before the next.",
  ];
}
