// The dev server runs for hours. Each rebuild leaves garbage behind (page
// HTML, the handbook's print page, Eleventy's data for every template), and
// V8 collects its old heap only when that nears a limit which grows with the
// heap: the server's memory climbed with every edit (1.7 GB after nine full
// rebuilds at 1000 sections) although what it keeps stays the same (about
// 350 MB, measured after a forced collection). So once the server has been
// idle for a moment after a rebuild, it collects its garbage then, when
// nobody waits for it. A collection that is due anyway is not an extra cost.
//
// An editor that saves more often than that never leaves the server idle:
// 30 saves, each 0.3 s after the last rebuild, took it to 1.45–1.75 GB at
// 1000 sections. So when the heap has grown to twice what the last
// collection kept, the server collects soon after the rebuild (after the
// browser has been told to reload), idle or not.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const IDLE_MS = 1000;
/** Long enough for Eleventy to send the reload that the rebuild ends with. */
const SOON_MS = 100;
let collect: (() => void) | undefined;
let timer: NodeJS.Timeout | undefined;
/** Heap in use right after the last collection: what the server keeps. */
let kept: number | undefined;

/** After a rebuild: collect garbage unless another rebuild starts within IDLE_MS (SOON_MS if the heap has grown too much). */
export function collectWhenIdle(): void {
  clearTimeout(timer);
  const used = process.memoryUsage().heapUsed;
  // Before any collection, the heap after the first build stands in for what is kept.
  kept ??= used;
  timer = setTimeout(collectGarbage, collectSoon(used, kept) ? SOON_MS : IDLE_MS);
  timer.unref();
}

/** A rebuild is starting: no collection in its way. */
export function cancelIdleCollection(): void {
  clearTimeout(timer);
}

/** Whether to collect without waiting for the server to be idle: the heap is twice what the last collection kept. */
export function collectSoon(heapUsed: number, keptAfterLast: number): boolean {
  return heapUsed > 2 * keptAfterLast;
}

function collectGarbage(): void {
  garbageCollector()();
  kept = process.memoryUsage().heapUsed;
}

function garbageCollector(): () => void {
  if (!collect) {
    // `gc` exists only with --expose-gc; set now, a fresh context gets it.
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  return collect;
}
