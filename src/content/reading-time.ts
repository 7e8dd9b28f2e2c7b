// Estimated reading time of a page, from its Markdown body. Computed when a
// file is loaded anew (loadSource; the load cache keeps it), never in the browser.
//
// Counting rules, chosen for handbooks: every word a reader meets counts,
// prose, code and formulas alike (code and maths are slow to read, so they
// are not discounted); what a reader never sees does not: link and image
// targets, bare URLs, HTML tags and comments, code fence lines and the
// `::: name` of a container (its title is shown, so it counts).
// Chinese and Japanese are written without spaces, so their characters are
// counted one by one at a character rate.

/** Words a minute for explanatory text with code and maths. */
export const WORDS_PER_MINUTE = 200;
/** Han, Hiragana and Katakana characters a minute. */
export const CJK_CHARS_PER_MINUTE = 500;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// A word is a run of letters or digits, with inner apostrophes, dots or
// hyphens ("don't", "e.g", "self-attention") kept as one word. Counted with a
// loop over char codes rather than a /[\p{L}\p{N}]+…/gu regex: same count,
// a quarter of the time (the regex was 0.2 s of a 1000-section build).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII_WORD_CHAR = new Uint8Array(128).map((_, c) => Number(/[A-Za-z0-9]/.test(String.fromCharCode(c))));
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d; // ' ’ . -
/** Other code points seen, letter/digit or not (a page uses few distinct ones). */
const seen = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD_CHAR[cp] === 1;
  let known = seen.get(cp);
  if (known === undefined) seen.set(cp, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))));
  return known;
}

function wordsIn(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (isWordCodePoint(cp)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && isJoiner(cp) && i + 1 < text.length && isWordCodePoint(text.codePointAt(i + 1)!))) {
      inWord = false;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return words;
}

export interface WordCount {
  words: number;
  cjkChars: number;
}

/** What a reader reads of a Markdown body, without the markup around it. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "] ")
    .replace(/^[ \t]*\[[^\]]+]:[ \t]*\S+.*$/gm, " ")
    .replace(/\b(?:https?|mailto|ftp):[^\s)>\]]+/g, " ")
    .replace(/^[ \t]*(?:`{3,}|~{3,}).*$/gm, " ")
    .replace(/^[ \t]*:{3,}[ \t]*[\w-]*/gm, " ");
}

// A cheap test for the CJK blocks, so pages without them (most) skip the
// slower Unicode-script pass: it was a tenth of a warm 1000-section build.
const MAYBE_CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f]/;

export function countWords(markdown: string): WordCount {
  let text = readableText(markdown);
  let cjkChars = 0;
  if (MAYBE_CJK.test(text)) {
    cjkChars = text.match(CJK)?.length ?? 0;
    text = text.replace(CJK, " ");
  }
  const words = wordsIn(text);
  return { words, cjkChars };
}

/** Whole minutes, at least 1 for a body with any words, 0 for an empty one. */
export function readingMinutes(markdown: string): number {
  const { words, cjkChars } = countWords(markdown);
  if (words === 0 && cjkChars === 0) return 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE));
}

/** The total of a handbook: the sum of what its sections show, so the numbers add up. */
export function totalMinutes(pages: readonly { readingMinutes?: number }[]): number {
  return pages.reduce((sum, p) => sum + (p.readingMinutes ?? 0), 0);
}
