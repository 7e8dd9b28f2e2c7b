// A grouped horizontal bar chart of median build times, written by hand as
// SVG (no plotting service, no dependency). It draws its own white background
// and dark text, so it reads the same on a light or a dark page.
import { rowTime } from "./stats.ts";
import { sortRows } from "./report.ts";
import type { BuildRow } from "./types.ts";

const COLORS: Record<string, string> = {
  "folio-cold": "#1d4ed8", "folio-warm": "#60a5fa", hugo: "#be185d", eleventy: "#047857", jekyll: "#b45309",
};
const W = 780, LEFT = 190, RIGHT = 110, TOP = 56, BAR = 18, GAP = 6, GROUP_GAP = 34;
export const PLOT_W = W - LEFT - RIGHT;

/** A round axis end and tick step: 1, 2 or 5 times a power of ten, at most 8 ticks. */
export function niceAxis(maxValue: number): { end: number; step: number } {
  if (!(maxValue > 0)) return { end: 1, step: 0.2 };
  const raw = maxValue / 8, pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((st) => st >= raw)!;
  return { end: Math.ceil(maxValue / step - 1e-9) * step, step };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const num = (n: number) => String(Math.round(n * 10) / 10);

export function renderSvg(rows: readonly BuildRow[], title: string): string {
  const sorted = sortRows(rows).filter((r) => !Number.isNaN(rowTime(r)));
  const sizes = [...new Set(sorted.map((r) => r.size))];
  const { end, step } = niceAxis(Math.max(0, ...sorted.map(rowTime)));
  const scale = (t: number) => (t / end) * PLOT_W;
  const body: string[] = [];
  let y = TOP;
  for (const size of sizes) {
    body.push(`<text x="34" y="${y + 12}" class="group">${size} sections</text>`);
    y += 22;
    for (const r of sorted.filter((b) => b.size === size)) {
      const t = rowTime(r), published = r.samples.length === 0, w = scale(t);
      const label = `${r.tool}${published ? " (published)" : ""}${r.note ? " *" : ""}`;
      body.push(`<text x="${LEFT - 8}" y="${y + BAR - 5}" text-anchor="end">${esc(label)}</text>`,
        `<rect class="bar" data-tool="${esc(r.key)}" data-size="${size}" data-seconds="${t}" x="${LEFT}" y="${y}"` +
        ` width="${num(w)}" height="${BAR}" fill="${published ? "url(#hatch)" : COLORS[r.key] ?? "#4b5563"}"` +
        ` stroke="${COLORS[r.key] ?? "#4b5563"}"><title>${esc(label)}: ${t.toFixed(2)} s</title></rect>`,
        `<text x="${num(LEFT + w + 6)}" y="${y + BAR - 5}">${t.toFixed(2)} s</text>`);
      y += BAR + GAP;
    }
    y += GROUP_GAP - GAP;
  }
  const axisY = y - GROUP_GAP + GAP + 4;
  const ticks: string[] = [];
  for (let v = 0; v <= end + 1e-9; v += step) {
    const x = num(LEFT + scale(v));
    ticks.push(`<line x1="${x}" y1="${TOP}" x2="${x}" y2="${axisY}" class="grid"/>`,
      `<text x="${x}" y="${axisY + 16}" text-anchor="middle">${Number(v.toFixed(6))}</text>`);
  }
  // Footnotes: hatched bars are quoted figures; a starred tool has a caveat (e.g. warm with no cache yet).
  const footnotes = [
    ...(sorted.some((r) => r.samples.length === 0)
      ? ["Hatched bars: figures published in shared/bench/README.md, not measured in this run."] : []),
    ...[...new Set(sorted.flatMap((r) => (r.note ? [r.note] : [])))].map((n) => `* ${n}`),
  ];
  const height = axisY + 52 + footnotes.length * 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}"` +
      ` role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${esc(title)}</title>`,
    `<style>text{font:13px system-ui,-apple-system,"Segoe UI",sans-serif;fill:#111827}` +
      `.group{font-weight:600}.heading{font-size:15px;font-weight:600}.grid{stroke:#e5e7eb}.axis{stroke:#374151}</style>`,
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#fde68a"/><line x1="0" y1="0" x2="0" y2="6" stroke="${COLORS.jekyll}" stroke-width="3"/></pattern></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="26" class="heading">${esc(title)}</text>`,
    ...ticks,
    `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${axisY}" class="axis"/>`,
    `<line x1="${LEFT}" y1="${axisY}" x2="${LEFT + PLOT_W}" y2="${axisY}" class="axis"/>`,
    ...body,
    `<text x="${LEFT + PLOT_W / 2}" y="${axisY + 38}" text-anchor="middle">median wall time, seconds (shorter is faster)</text>`,
    `<text x="14" y="${(TOP + axisY) / 2}" transform="rotate(-90 14 ${(TOP + axisY) / 2})" text-anchor="middle">` +
      `tool, by corpus size</text>`,
    ...footnotes.map((n, i) => `<text x="12" y="${axisY + 62 + i * 20}">${esc(n)}</text>`),
    `</svg>`, "",
  ].join("\n");
}
