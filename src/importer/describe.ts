// Titles and descriptions when the source does not state them: a tab's
// label, the page's leading heading, the first sentence of its text, or
// its file name, in that order of preference.
import path from "node:path";

/** "1. Intro", "Section 3: Intro", "Tab 2 – Intro" → "Intro". */
export function cleanLabel(label: string): string {
  return label.replace(/^\s*(?:(?:section|part|tab|chapter)\s+\d+\s*[:.–—-]\s*|\d+\s*[.):–—-]\s*)/i, "").trim();
}

/** "section3" → "Section 3", "02-attention_basics" → "Attention Basics". */
export function titleFromFileName(rel: string): string {
  const base = path.posix.basename(rel).replace(/\.[^.]+$/, "");
  const words = base.replace(/^\d+[-_ ]+/, "").replace(/([a-z])(\d)/gi, "$1 $2").split(/[-_ ]+/).filter(Boolean);
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ") || base;
}

/** The heading the body starts with (level 1 to `maxLevel`), and the body without it. */
export function leadingHeading(markdown: string, maxLevel: number): { title: string; level: number; hasId: boolean; body: string } | undefined {
  const m = /^(#{1,6}) (.+?)(\s*\{#[^}]*\})?[ \t]*(?:\n|$)/.exec(markdown);
  if (!m || m[1]!.length > maxLevel) return undefined;
  return { title: plainText(m[2]!), level: m[1]!.length, hasId: !!m[3], body: markdown.slice(m[0].length).replace(/^\n+/, "") };
}

/**
 * The body without a leading heading that only repeats the title (the layout
 * shows the title as the page's h1); one with an id of its own stays, as links may use it.
 */
export function withoutRepeatedTitle(markdown: string, title: string): { body: string; dropped: boolean } {
  const lead = leadingHeading(markdown, 2);
  const repeats = lead && lead.title.toLowerCase() === title.toLowerCase() && (lead.level === 1 || !lead.hasId);
  return repeats ? { body: lead.body, dropped: true } : { body: markdown, dropped: false };
}

/** A one-sentence description from the first paragraph of prose. */
export function firstSentence(markdown: string): string | undefined {
  let inFence = false;
  for (const raw of markdown.split("\n")) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !line || /^(#|:::|[-*+] |\d+[.)] |>|<|\||\$\$|!\[|\*\*[^*]+:\*\*)/.test(line)) continue;
    return sentence(plainText(line));
  }
  return undefined;
}

export function sentence(text: string): string | undefined {
  const t = text.replace(/\s+/g, " ").trim();
  if (!t) return undefined;
  const end = /^.{30,}?[.!?](?=\s|$)/.exec(t);
  const s = end ? end[0] : t;
  if (s.length <= 200) return s;
  return s.slice(0, 197).replace(/\s+\S*$/, "") + "…";
}

/** Markdown inline syntax removed: what a reader would see. */
export function plainText(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__|\*|`)/g, "")
    .replace(/\\([\\`*_[\]<>$#+.!-])/g, "$1")
    .trim();
}
