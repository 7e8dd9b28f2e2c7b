// The results as Markdown: printed to stdout and written to tests/bench/results.md.
import { max, median, min, peaks, ratioTo, rowTime, walls } from "./stats.ts";
import { checkTargets, findRow } from "./targets.ts";
import type { BenchResults, BuildRow, DevEditResult } from "./types.ts";

export const TOOL_ORDER = ["folio-cold", "folio-warm", "hugo", "eleventy", "jekyll"];

const sec = (n: number) => (Number.isNaN(n) ? "—" : n.toFixed(2));
const mb = (n: number) => (Number.isNaN(n) ? "—" : String(Math.round(n)));
const times = (n: number) => (Number.isNaN(n) ? "—" : `${n.toFixed(2)}×`);
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(" ");

export function sortRows(rows: readonly BuildRow[]): BuildRow[] {
  const rank = (k: string) => (TOOL_ORDER.includes(k) ? TOOL_ORDER.indexOf(k) : TOOL_ORDER.length);
  return [...rows].sort((a, b) => a.size - b.size || rank(a.key) - rank(b.key));
}

export function buildTable(rows: readonly BuildRow[]): string {
  const head = ["tool", "sections", "runs", "median (s)", "min (s)", "max (s)", "peak RSS (MB), median / max",
    "× Hugo", "× Jekyll", "HTML files"];
  const lines = [row(head), row(head.map(() => "---"))];
  for (const r of sortRows(rows)) {
    const hugo = findRow(rows, "hugo", r.size), jekyll = findRow(rows, "jekyll", r.size);
    const w = walls(r.samples), p = peaks(r.samples);
    const published = r.samples.length === 0;
    lines.push(row([
      r.tool + (r.note ? ` (${r.note})` : ""), String(r.size), published ? "—" : String(r.samples.length),
      published ? `${sec(rowTime(r))} (published, not measured here)` : sec(median(w)),
      sec(min(w)), sec(max(w)), published ? "—" : `${mb(median(p))} / ${mb(max(p))}`,
      times(ratioTo(r, hugo)), times(ratioTo(r, jekyll)) + (jekyll && !jekyll.samples.length ? " (published)" : ""),
      r.htmlFiles === undefined ? "—" : String(r.htmlFiles),
    ]));
  }
  return lines.join("\n");
}

export function devEditTable(devs: readonly DevEditResult[]): string {
  const head = ["sections", "edited page", "edits", "page updated, median (min–max) s", "neighbours after that body edit",
    "title change: page + neighbours show it, median s", "Eleventy “Wrote”, median s", "files written",
    "server RSS after each edit (MB)", "server peak RSS (MB)"];
  const lines = [row(head), row(head.map(() => "---"))];
  for (const d of devs) {
    const titles = d.titleS ?? [];
    const titled = titles.filter((t): t is number => t !== null);
    lines.push(row([String(d.size), `${d.page} (neighbours ${d.neighbours.join(", ")})`,
      String(d.pageS.length) + (d.timeouts ? ` (+${d.timeouts} timed out)` : ""),
      d.pageS.length ? `${sec(median(d.pageS))} (${sec(min(d.pageS))}–${sec(max(d.pageS))})` : "never updated",
      neighboursAfterBodyEdit(d.allS),
      titles.length === 0 ? "—" : sec(median(titled)) + (titled.length < titles.length ? ` (${titles.length - titled.length} timed out)` : ""),
      sec(median(d.rebuildS)), d.filesWritten.length ? [...new Set(d.filesWritten)].join(", ") : "—",
      d.rssMb?.length ? d.rssMb.map(mb).join(", ") : "—", mb(d.serverPeakMb ?? Number.NaN)]));
  }
  return lines.join("\n");
}

/** A body edit changes nothing the neighbours show: the dev server leaves them as they were. */
function neighboursAfterBodyEdit(allS: readonly (number | null)[]): string {
  const all = allS.filter((t): t is number => t !== null);
  if (all.length === 0) return "not rewritten (unchanged)";
  if (all.length === allS.length) return `rewritten, ${sec(median(all))} s`;
  return `rewritten in ${all.length} of ${allS.length} edits`;
}

export function coldStartTable(rows: readonly BuildRow[]): string {
  const head = ["command", "runs", "median (s)", "min (s)", "max (s)", "peak RSS (MB), max"];
  const lines = [row(head), row(head.map(() => "---"))];
  for (const r of rows) {
    const w = walls(r.samples);
    lines.push(row([r.tool, String(r.samples.length), sec(median(w)), sec(min(w)), sec(max(w)), mb(max(peaks(r.samples)))]));
  }
  return lines.join("\n");
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const targets = checkTargets(r);
  const verdict = (ok: boolean | null) => (ok === null ? "n/a" : ok ? "met" : "**not met**");
  return [
    "# Folio benchmark results", "",
    `- Date: ${r.date}`,
    `- Command: \`${r.command}\``,
    `- Machine: ${m.cores} cores (${m.cpu}), ${m.memGiB} GiB, ${m.os}, Node ${m.node}`,
    `- Tools: ${Object.values(m.tools).join("; ")}`,
    `- Load average (1, 5, 15 min) at start: ${load(m.loadStart)}; at end: ${load(m.loadEnd)}; 1-min average after` +
      ` each run: ${sec(min(m.loadSeen))}–${sec(max(m.loadSeen))} (other builds share these ${m.cores} cores:` +
      " compare ratios within a run, not times across runs)",
    ...(busy(m) ? [`- **Warning: the machine was oversubscribed** (1-min load up to ${sec(max(m.loadSeen))} on ${m.cores}` +
      " cores): every time below is inflated by waiting for a core, and unevenly, so even the ratios are rough."] : []),
    `- Method: ${r.rounds} interleaved rounds (each tool once per round, in table order) after ${r.warmup} discarded` +
      " warm-up round(s); times are medians, ratios are medians of the per-round paired ratios; peak RSS from" +
      " GNU time (%M) of the build process.",
    "", "## Full builds", "", buildTable(r.builds), "",
    "![Median build time per tool and corpus size](results.svg)", "",
    "## Dev server: edit one section", "", r.devEdits.length ? devEditTable(r.devEdits) : "Not measured in this run.", "",
    "## Cold start, one-section site", "", r.coldStart.length ? coldStartTable(r.coldStart) : "Not measured in this run.", "",
    `## Targets (issue 7, at ${targets.size} sections)`, "",
    row(["target", "measured", "verdict"]), row(["---", "---", "---"]),
    ...targets.checks.map((c) => row([c.target, c.measured, verdict(c.ok)])), "",
    ...(r.notes.length ? ["## Notes", "", ...r.notes.map((n) => `- ${n}`), ""] : []),
  ].join("\n");
}

/** More runnable work than cores for part of the run: the bench competed with other builds. */
export function busy(m: BenchResults["machine"]): boolean {
  return max(m.loadSeen) > m.cores * 1.5;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
}
