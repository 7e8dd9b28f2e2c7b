// How a plugin reports an error in the author's content: recorded for the
// end-of-build report when the build collects them, thrown otherwise.
import { contentError, type Diagnostic } from "../checks/diagnostics.ts";
import type { MarkdownContext } from "./context.ts";

export function reportError(ctx: Pick<MarkdownContext, "collect">, d: Omit<Diagnostic, "severity">): void {
  if (!ctx.collect) throw contentError(d);
  ctx.collect.error(d);
}

/** 0-based offsets at which each line of `src` starts. */
export function lineStarts(src: string): number[] {
  const starts = [0];
  for (let i = src.indexOf("\n"); i !== -1; i = src.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based line and 1-based column of an offset into the source. */
export function positionOf(starts: readonly number[], offset: number): { line0: number; col: number } {
  const line0 = lastAtOrBefore(starts, offset);
  return { line0, col: offset - starts[line0]! + 1 };
}

/** Index of the last value in ascending `values` that is <= `x` (0 when none). */
export function lastAtOrBefore(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
