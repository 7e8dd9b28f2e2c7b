// Command-line options of `npm run bench`.
import path from "node:path";
import { parseArgs } from "node:util";

export interface BenchOptions {
  sizes: number[];
  rounds: number;
  warmup: number;
  /** Edits measured in the dev server per size (after `warmup` discarded ones). */
  edits: number;
  hugo: boolean;
  eleventy: boolean;
  dev: boolean;
  /** Only the dev server's edit measurement: no full builds, no cold start (for work on the edit loop). */
  onlyDev: boolean;
  /** Measure Jekyll when it is installed (else its published figure is shown). */
  jekyll: boolean;
  corpusScript: string;
  outDir: string;
  keep: boolean;
  /** Also build Folio (cold and warm, once each) at this many sections, to check how it scales. */
  scale?: number;
}

export const USAGE = `usage: npm run bench -- [--sizes 200,1000] [--rounds 3] [--warmup 1] [--edits N] [--quick]
  [--no-hugo] [--no-eleventy] [--no-dev] [--no-jekyll] [--only-dev] [--corpus-script path/to/make-corpus.mjs] [--out tests/bench] [--keep]
  [--scale 10000]
  --only-dev: measure only the dev server's edits (no full builds, no cold start)
  --quick: one round at 200 sections, no warm-up (a smoke run, not a measurement)
  --scale N: after the sizes above, build Folio cold and warm once at N sections (no peers): the
    10,000-section check of issue 7 (time ≤ 11 × the 1000-section time, memory < 1.5 GB)`;

export function parseOptions(argv: string[], repoRoot: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "200,1000" },
      rounds: { type: "string", default: "3" },
      warmup: { type: "string", default: "1" },
      edits: { type: "string" },
      quick: { type: "boolean", default: false },
      "no-hugo": { type: "boolean", default: false },
      "no-eleventy": { type: "boolean", default: false },
      "no-dev": { type: "boolean", default: false },
      "no-jekyll": { type: "boolean", default: false },
      "only-dev": { type: "boolean", default: false },
      "corpus-script": { type: "string" },
      out: { type: "string", default: "tests/bench" },
      keep: { type: "boolean", default: false },
      scale: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: string, v: string, least: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < least) throw new Error(`--${name} must be an integer ≥ ${least}, got "${v}"`);
    return n;
  };
  const sizes = values.quick ? [200] : values.sizes.split(",").map((v) => count("sizes", v.trim(), 1));
  const rounds = values.quick ? 1 : count("rounds", values.rounds, 1);
  const scale = values.scale ? count("scale", values.scale, 1) : undefined;
  // Its rows are told from the peers' by their size alone (bench/targets.ts).
  if (scale !== undefined && sizes.includes(scale)) {
    throw new Error(`--scale ${scale} is also one of --sizes; give --scale a size of its own (e.g. 10000)`);
  }
  return {
    sizes,
    rounds,
    warmup: values.quick ? 0 : count("warmup", values.warmup, 0),
    edits: values.edits ? count("edits", values.edits, 1) : rounds,
    hugo: !values["no-hugo"],
    eleventy: !values["no-eleventy"],
    dev: !values["no-dev"] || values["only-dev"],
    onlyDev: values["only-dev"],
    jekyll: !values["no-jekyll"],
    // shared/ sits beside the repo (the README links ../shared/ the same way); the script is run, never copied.
    corpusScript: path.resolve(values["corpus-script"] ?? process.env.FOLIO_CORPUS_SCRIPT
      ?? path.join(repoRoot, "../shared/bench/make-corpus.mjs")),
    outDir: path.resolve(repoRoot, values.out),
    keep: values.keep,
    scale,
  };
}
