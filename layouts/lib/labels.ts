// Small text helpers shared by layouts: which label a page goes by, plurals,
// dates. Pure functions of the model, no HTML.
import type { SourcePage } from "../../src/content/types.ts";

/** Short sidebar label: nav_title when the author set one, else the title. */
export function navLabel(page: SourcePage): string {
  const short = page.data.nav_title;
  return typeof short === "string" && short.trim() !== "" ? short : page.data.title;
}

export function sectionCount(n: number): string {
  return n === 1 ? "1 section" : `${n} sections`;
}

/** True when the page is a draft that development mode shows with a marker. */
export function isShownDraft(page: SourcePage, mode: "production" | "development"): boolean {
  return mode === "development" && page.data.draft === true;
}

/**
 * A date as readers of `lang` write it ("27 November 2026"). UTC, so a date
 * written in front matter as 2026-11-27 never shows as the 26th.
 */
export function formatDate(date: Date, lang: string): { iso: string; text: string } | undefined {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString().slice(0, 10);
  let text: string;
  try {
    text = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(date);
  } catch {
    text = iso; // an unknown language tag must not break the build
  }
  return { iso, text };
}
