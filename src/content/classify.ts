// What a Markdown file is, from where it sits under content/.
import type { PageKind } from "./types.ts";

export function classify(relPath: string): { kind: PageKind; handbook?: string } {
  if (relPath === "index.md") return { kind: "home" };
  const m = /^handbooks\/([^/]+)\/([^/]+\.md)$/.exec(relPath);
  if (!m) return { kind: "page" };
  return m[2] === "index.md" ? { kind: "landing", handbook: m[1] } : { kind: "section", handbook: m[1] };
}

/** The number in a section's file name: section12.md -> 12 (the last run of digits). */
export function numberInFileName(relPath: string): number | undefined {
  const base = relPath.slice(relPath.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  const runs = base.match(/\d+/g);
  return runs ? Number(runs[runs.length - 1]) : undefined;
}
