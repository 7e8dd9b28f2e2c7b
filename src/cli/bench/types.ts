// The data the bench collects and the report renders. Kept free of I/O so
// the report can be unit-tested on hand-made results.

/** One timed run of one command. */
export interface Sample {
  wallS: number;
  /** Peak resident set size of the command's process, in MB (2^20 bytes). */
  peakRssMb: number;
}

/** One tool at one corpus size: its samples in round order, so rounds can be paired. */
export interface BuildRow {
  key: string;
  /** What the table and the chart call it, e.g. "Folio (cold)". */
  tool: string;
  size: number;
  samples: Sample[];
  htmlFiles?: number;
  /** A time quoted from elsewhere instead of measured here (Jekyll when it is not installed). */
  publishedS?: number;
  note?: string;
}

/** The dev server's edit-to-updated-page measurement at one corpus size. */
export interface DevEditResult {
  size: number;
  page: string;
  neighbours: string[];
  /** Seconds from the write to the page's HTML containing the new sentence, one per edit. */
  pageS: number[];
  /** Seconds from the write until the edited page and every neighbour had been written, null if a neighbour was not rewritten. */
  allS: (number | null)[];
  /** Seconds from the write to Eleventy's "Wrote N files" line. */
  rebuildS: number[];
  filesWritten: number[];
  /** Edits whose page never showed the sentence before the timeout. */
  timeouts: number;
  /** Seconds from a title change to the page and both neighbours showing it (null: timed out), one per edit. */
  titleS?: (number | null)[];
  /** VmRSS of the dev server after each measured edit (a body and a title edit, each reverted), in MB. */
  rssMb?: number[];
  /** VmHWM of the dev server process at the end, in MB. */
  serverPeakMb?: number;
  note?: string;
}

export interface Machine {
  cores: number;
  cpu: string;
  memGiB: number;
  os: string;
  node: string;
  loadStart: number[];
  loadEnd: number[];
  /** The 1-minute load average sampled after every timed run. */
  loadSeen: number[];
  tools: Record<string, string>;
}

export interface BenchResults {
  date: string;
  command: string;
  rounds: number;
  warmup: number;
  machine: Machine;
  builds: BuildRow[];
  devEdits: DevEditResult[];
  /** The one-section site, built cold by the bare node command and by `npm run build`. */
  coldStart: BuildRow[];
  /** The size of the --scale rows (Folio alone, once): how Folio scales, not a size the targets are checked at. */
  scale?: number;
  notes: string[];
}
