// How the prehighlight "scan" worker shares the blocks with its helper.
// Every grammar a worker meets costs it the grammar's compilation and memory
// (and the Oniguruma engine's WASM, about 40 MB, for the languages that use
// it), so each language goes whole to one worker where that keeps the two
// about equally busy. On the bench corpus (Python and TypeScript) that took
// the build's peak from about 420 MB to about 380 MB at the same speed as
// dealing the blocks out alternately.
import { grammarOf, prefersOniguruma } from "./shiki-colourer.ts";

export interface ShareableJob {
  lang: string;
  code: string;
}

/** The two workers' loads may differ by this share of the whole before blocks of one language are split. */
const TOLERANCE = 0.2;

/**
 * A rough cost of colouring a block: its length, with a fixed part per block,
 * and three times as much per character for the grammars that run on
 * Oniguruma (the TypeScript family: 8.7 µs a character against Python's 2.7
 * on the bench corpus, each on its faster engine).
 */
export function blockCost(job: ShareableJob): number {
  return 100 + job.code.length * (prefersOniguruma(job.lang) ? 3 : 1);
}

/** Splits the blocks into [the scan worker's, the helper's]; every block is in exactly one, in its original order. */
export function shareJobs<T extends ShareableJob>(jobs: readonly T[]): [T[], T[]] {
  const byGrammar = new Map<string, { jobs: T[]; cost: number }>();
  for (const job of jobs) {
    const group = byGrammar.get(grammarOf(job.lang)) ?? { jobs: [], cost: 0 };
    group.jobs.push(job);
    group.cost += blockCost(job);
    byGrammar.set(grammarOf(job.lang), group);
  }
  // Largest first, each to whichever worker has less so far (ties by name, so the split is the same every build).
  const groups = [...byGrammar.entries()].sort((a, b) => b[1].cost - a[1].cost || (a[0] < b[0] ? -1 : 1));
  const sides = [new Set<T>(), new Set<T>()] as const;
  const load: [number, number] = [0, 0];
  const biggest: [T[] | undefined, T[] | undefined] = [undefined, undefined];
  for (const [, group] of groups) {
    const side = load[0] <= load[1] ? 0 : 1;
    for (const job of group.jobs) sides[side].add(job);
    load[side] += group.cost;
    biggest[side] ??= group.jobs;
  }
  // Too uneven (one language only, say): the busier worker hands blocks of its
  // biggest language to the other, as long as each hand-over narrows the gap.
  // Both then load that grammar, so they may as well end up even.
  const from = load[0] >= load[1] ? 0 : 1;
  const to = from === 0 ? 1 : 0;
  if (load[from] - load[to] > TOLERANCE * (load[0] + load[1])) {
    for (const job of [...(biggest[from] ?? [])].reverse()) {
      const cost = blockCost(job);
      if (cost >= load[from] - load[to]) continue;
      sides[from].delete(job);
      sides[to].add(job);
      load[from] -= cost;
      load[to] += cost;
    }
  }
  return [jobs.filter((j) => sides[0].has(j)), jobs.filter((j) => sides[1].has(j))];
}
