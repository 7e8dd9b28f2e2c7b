// Reading-time labels. The minutes come from the model (computed once per
// build from each page's Markdown, src/content/reading-time.ts); a page
// without words shows none.
import { totalMinutes } from "../../src/content/reading-time.ts";
import type { Handbook } from "../../src/content/types.ts";

/** "5 min read" for a section, or undefined when there is nothing to read. */
export function readingTimeLabel(minutes: number | undefined): string | undefined {
  return minutes ? `${minutes} min read` : undefined;
}

/** "about 2 h 5 min" / "about 25 min" for a whole handbook, or undefined. */
export function handbookReadingLabel(handbook: Handbook): string | undefined {
  const total = totalMinutes(handbook.sections);
  if (total === 0) return undefined;
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const text = hours === 0 ? `${minutes} min` : minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
  return `about ${text} of reading`;
}
