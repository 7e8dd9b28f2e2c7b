// Navigation as pure functions over the ordered sections of one handbook.
import type { Handbook, NavLink, PrevNext, SourcePage } from "./types.ts";

const link = (page: SourcePage): NavLink => ({ title: page.data.title, url: page.url });

/**
 * Previous and next of a section. The first section's previous is the
 * handbook's landing; the last section has no next.
 */
export function getPrevNext(handbook: Handbook, index: number): PrevNext {
  const { sections } = handbook;
  if (index < 0 || index >= sections.length) return {};
  const prev = index > 0 ? link(sections[index - 1]!) : { title: handbook.title, url: handbook.url };
  const next = index < sections.length - 1 ? link(sections[index + 1]!) : undefined;
  return next ? { prev, next } : { prev };
}

/** Previous/next for every section of a handbook at once: O(sections). */
export function navigationFor(handbook: Handbook): Map<string, PrevNext> {
  return new Map(handbook.sections.map((s, i) => [s.relPath, getPrevNext(handbook, i)]));
}

