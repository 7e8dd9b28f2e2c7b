// Where each section goes in its handbook, and its file name there: an
// unincluded or page-served section lands before the first section with a
// larger number; names are the source's, made URL-safe and unique; `order`
// is written only when the file numbers alone would not keep that order.
import path from "node:path";
import { numberInFileName } from "../content/classify.ts";
import type { HandbookPlan, SectionPlan } from "./types.ts";

/** Places a section before the first one with a larger number; at the end when it has none. */
export function insertByNumber(list: SectionPlan[], s: SectionPlan): void {
  const n = positionNumber(s);
  const at = n === undefined ? -1 : list.findIndex((x) => (positionNumber(x) ?? -Infinity) > n);
  if (at === -1) list.push(s);
  else list.splice(at, 0, s);
}

export function positionNumber(s: SectionPlan): number | undefined {
  const fm = /^(?:order|nav_order):\s*(-?\d+(?:\.\d+)?)\s*$/m.exec(s.source.text.split(/\n---\s*\n/, 1)[0] ?? "");
  return fm ? Number(fm[1]) : numberInFileName(s.source.rel);
}

/** Output file names (the source's, made URL-safe and unique), and `order` when names alone would not keep the order. */
export function nameSections(hb: HandbookPlan): void {
  // index.md is the landing; print/ and resources/ are pages Folio generates per handbook.
  const used = new Set<string>(["index", "print", "resources"]);
  for (const s of hb.sections) {
    let base = slugify(path.posix.basename(s.source.rel).replace(/\.[^.]+$/, "")) || "section";
    if (base === "index") base = "section";
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
    used.add(name);
    s.out = `handbooks/${hb.slug}/${name}.md`;
  }
  const numbers = hb.sections.map((s) => numberInFileName(s.out));
  const keepsOrder = numbers.every((n, i) => n !== undefined && (i === 0 || n > numbers[i - 1]!));
  if (!keepsOrder) hb.sections.forEach((s, i) => (s.order = i + 1));
}

/** A URL-safe name: lower case, words joined by hyphens. */
export function slugify(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
