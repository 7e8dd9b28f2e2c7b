// FOLIO_TRACE=1 prints, to stderr, when each phase of a build begins: time
// since the process started and its memory. For finding where a slow build
// spends its time (see the README's Performance section); silent otherwise.
const ON = process.env.FOLIO_TRACE === "1";
let last = "";

/** Marks the start of a phase; a phase marked again in a row is not repeated (one line per phase, not per page). */
export function tracePhase(phase: string): void {
  if (!ON || phase === last) return;
  last = phase;
  const ms = performance.now().toFixed(0).padStart(6);
  const rss = (process.memoryUsage.rss() / 1e6).toFixed(0).padStart(5);
  process.stderr.write(`folio trace ${ms} ms ${rss} MB  ${phase}\n`);
}
