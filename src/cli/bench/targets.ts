// Issue 7's targets, checked against one run's results. Pure, so the verdicts
// are unit-tested rather than eyeballed.
import { max, median, peaks, ratioTo, rowTime } from "./stats.ts";
import type { BenchResults, BuildRow } from "./types.ts";

export const TARGET_SIZE = 1000;

export interface TargetCheck {
  target: string;
  measured: string;
  /** null when this run has nothing to check it against. */
  ok: boolean | null;
}

export function findRow(rows: readonly BuildRow[], key: string, size: number): BuildRow | undefined {
  return rows.find((r) => r.key === key && r.size === size);
}

const x = (n: number) => `${n.toFixed(2)}×`;
const s = (n: number) => `${n.toFixed(2)} s`;

/** The targets at 1000 sections, or at the largest size measured when 1000 was not (the --scale rows aside). */
export function checkTargets(r: BenchResults): { size: number; checks: TargetCheck[] } {
  const sizes = [...new Set([...r.builds, ...r.devEdits].map((b) => b.size))].filter((n) => n !== r.scale);
  const size = sizes.includes(TARGET_SIZE) ? TARGET_SIZE : Math.max(...sizes);
  const row = (key: string) => findRow(r.builds, key, size);
  const cold = row("folio-cold"), warm = row("folio-warm"), hugo = row("hugo"), jekyll = row("jekyll");
  const checks: TargetCheck[] = [];

  const vsHugo = (label: string, b: BuildRow | undefined, limit: number) => {
    const ratio = b && hugo ? ratioTo(b, hugo) : Number.NaN;
    checks.push({ target: `${label} full build ≤ ${limit.toFixed(1)} × Hugo`,
      measured: Number.isNaN(ratio) ? "not measured" : `${x(ratio)} Hugo (${s(rowTime(b!))} vs ${s(rowTime(hugo!))})`,
      ok: Number.isNaN(ratio) ? null : ratio <= limit });
  };
  vsHugo("warm", warm, 1.0);
  vsHugo("cold", cold, 1.6);

  for (const [label, b] of [["cold", cold], ["warm", warm]] as const) {
    const speedup = b && jekyll ? 1 / ratioTo(b, jekyll) : Number.NaN;
    const source = jekyll?.samples.length ? "" : ", Jekyll published";
    checks.push({ target: `${label} build ≥ 3 × faster than Jekyll`,
      measured: Number.isNaN(speedup) ? "no Jekyll figure for this size"
        : `${speedup >= 1 ? `${x(speedup)} faster` : `${x(1 / speedup)} slower`} than Jekyll${source}`,
      ok: Number.isNaN(speedup) ? null : speedup >= 3 });
  }

  const dev = r.devEdits.find((d) => d.size === size);
  if (!dev || dev.pageS.length === 0) {
    checks.push({ target: "dev server: edited page and neighbours updated ≤ 0.5 s",
      measured: dev ? `page never updated (${dev.timeouts} edits timed out)` : "not measured", ok: dev ? false : null });
  } else if (dev.titleS?.length) {
    // The body edit times the page; the title edit, which the neighbours show, times page + neighbours.
    const titled = dev.titleS.filter((t): t is number => t !== null);
    const missing = dev.titleS.length - titled.length;
    checks.push({ target: "dev server: edited page and neighbours updated ≤ 0.5 s",
      measured: `page ${s(median(dev.pageS))} after a body edit; page + neighbours ` +
        (missing ? `never showed a new title in ${missing} of ${dev.titleS.length} edits` : `${s(median(titled))} after a title edit`),
      ok: missing === 0 && dev.timeouts === 0 && median(dev.pageS) <= 0.5 && median(titled) <= 0.5 });
  } else {
    const all = dev.allS.filter((t): t is number => t !== null);
    const missing = dev.allS.length - all.length;
    checks.push({ target: "dev server: edited page and neighbours updated ≤ 0.5 s",
      measured: missing ? `page ${s(median(dev.pageS))}; neighbours not rewritten in ${missing} of ${dev.allS.length} edits`
        : `${s(median(all))} (page alone ${s(median(dev.pageS))})`,
      ok: missing === 0 && dev.timeouts === 0 && median(all) <= 0.5 });
  }

  const folio = [cold, warm].filter((b): b is BuildRow => !!b && b.samples.length > 0);
  const peak = max(folio.flatMap((b) => peaks(b.samples)));
  checks.push({ target: "peak memory of a build ≤ 350 MB", measured: Number.isNaN(peak) ? "not measured"
    : `${Math.round(peak)} MB (highest of the cold and warm runs)`, ok: Number.isNaN(peak) ? null : peak <= 350 });

  const start = r.coldStart.find((b) => b.key === "folio-1-node");
  const t = start ? rowTime(start) : Number.NaN;
  checks.push({ target: "cold start of a one-section site ≤ 1.5 s", measured: Number.isNaN(t) ? "not measured" : s(t),
    ok: Number.isNaN(t) ? null : t <= 1.5 });
  checks.push(...scalingChecks(r, size));
  return { size, checks };
}

/** Issue 7 at ten times the size: time ≤ 11 × (linear plus 10 %), memory < 1.5 GB. */
function scalingChecks(r: BenchResults, size: number): TargetCheck[] {
  const big = r.scale ?? Math.max(...r.builds.map((b) => b.size));
  if (big < 10 * size) return [];
  const checks: TargetCheck[] = [];
  const limit = 1.1 * (big / size);
  for (const key of ["folio-cold", "folio-warm"]) {
    const small = findRow(r.builds, key, size), large = findRow(r.builds, key, big);
    if (!small?.samples.length || !large?.samples.length) continue;
    const ratio = rowTime(large) / rowTime(small);
    checks.push({ target: `${key === "folio-cold" ? "cold" : "warm"} build at ${big} sections ≤ ${limit.toFixed(0)} × its time at ${size}`,
      measured: `${x(ratio)} (${s(rowTime(large))} vs ${s(rowTime(small))})`, ok: ratio <= limit });
  }
  const peak = max(["folio-cold", "folio-warm"].flatMap((k) => peaks(findRow(r.builds, k, big)?.samples ?? [])));
  if (!Number.isNaN(peak)) {
    checks.push({ target: `peak memory at ${big} sections < 1.5 GB`, measured: `${Math.round(peak)} MB`, ok: peak < 1536 });
  }
  return checks;
}
