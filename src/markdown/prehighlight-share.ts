// How the prehighlight "scan" worker shares the blocks with its helper.
// Every grammar a worker meets costs it the grammar's compilation and memory
// (and the Oniguruma engine's WASM, about 40 MB, for the languages that use
// it), so each language goes whole to one worker where that keeps the two
// about equally busy. On the bench corpus (Python and TypeScript) that took
// Folio's own peak from 409–441 MB to 368–374 MB at the same speed as
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
 * Oniguruma. Measured for the TypeScript family only (8.7 µs a character
 * against Python's 2.7 on the bench corpus, each on its faster engine); C and
 * C++ are assumed to be alike.
 */
export function blockCost(job: ShareableJob): number {
  return 100 + job.code.length * (prefersOniguruma(job.lang) ? 3 : 1);
}

/** Splits the blocks into [the scan worker's, the helper's]; every block is in exactly one, in its original order. */
export function shareJobs<T extends ShareableJob>(jobs: readonly T[]): [T[], T[]] {
  const cost = new Map(jobs.map((job) => [job, blockCost(job)]));
  const byGrammar = new Map<string, { jobs: T[]; cost: number }>();
  for (const job of jobs) {
    const grammar = grammarOf(job.lang);
    let group = byGrammar.get(grammar);
    if (!group) byGrammar.set(grammar, (group = { jobs: [], cost: 0 }));
    group.jobs.push(job);
    group.cost += cost.get(job)!;
  }
  // Largest first, each to whichever worker has less so far (ties by name, so the split is the same every build).
  const groups = [...byGrammar.entries()].sort((a, b) => b[1].cost - a[1].cost || (a[0] < b[0] ? -1 : 1)).map(([, g]) => g);
  const helper = new Set<T>();
  const load: [number, number] = [0, 0];
  const biggest: [T[], T[]] = [[], []];
  for (const group of groups) {
    const side = load[0] <= load[1] ? 0 : 1;
    if (side === 1) for (const job of group.jobs) helper.add(job);
    if (load[side] === 0) biggest[side] = group.jobs;
    load[side] += group.cost;
  }
  // Too uneven (one language only, say): the busier worker hands blocks of its
  // biggest language to the other, as long as each hand-over narrows the gap.
  // Both then load that grammar, so they may as well end up even.
  const from = load[0] >= load[1] ? 0 : 1;
  const to = from === 0 ? 1 : 0;
  if (load[from] - load[to] > TOLERANCE * (load[0] + load[1])) {
    for (const job of [...biggest[from]].reverse()) {
      const c = cost.get(job)!;
      if (c >= load[from] - load[to]) continue;
      if (to === 1) helper.add(job);
      else helper.delete(job);
      load[from] -= c;
      load[to] += c;
    }
  }
  return [jobs.filter((j) => !helper.has(j)), jobs.filter((j) => helper.has(j))];
}
