// Medians and ratios. Medians, not means, because one run disturbed by
// another build on this 2-core machine should not move the result.
import type { BuildRow, Sample } from "./types.ts";

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const min = (xs: readonly number[]) => (xs.length ? Math.min(...xs) : Number.NaN);
export const max = (xs: readonly number[]) => (xs.length ? Math.max(...xs) : Number.NaN);

export const walls = (samples: readonly Sample[]) => samples.map((s) => s.wallS);
export const peaks = (samples: readonly Sample[]) => samples.map((s) => s.peakRssMb);

/** The row's representative time: the median of its runs, or the quoted figure. */
export function rowTime(row: BuildRow): number {
  return row.samples.length ? median(walls(row.samples)) : row.publishedS ?? Number.NaN;
}

/**
 * Median of the per-round ratios a_i / b_i. Runs of the same round ran next to
 * each other under about the same background load, so each ratio cancels most
 * of that load; the median then drops the odd round.
 */
export function pairedRatio(a: readonly Sample[], b: readonly Sample[]): number {
  const n = Math.min(a.length, b.length);
  const ratios = Array.from({ length: n }, (_, i) => a[i]!.wallS / b[i]!.wallS);
  return median(ratios);
}

/** Ratio of a row to a reference row: paired when both were measured, else of the representative times. */
export function ratioTo(row: BuildRow, ref: BuildRow | undefined): number {
  if (!ref) return Number.NaN;
  if (row.samples.length && ref.samples.length) return pairedRatio(row.samples, ref.samples);
  return rowTime(row) / rowTime(ref);
}
