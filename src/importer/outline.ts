// Plain-text outlines, as syllabus-like sections write them:
//   Chapter 1: Foundations
//   Tokens and embeddings
//   Attention
//   [Tools: PyTorch, Hugging Face]
// Markdown would run these lines into one paragraph. Chapter lines become
// headings, the topic lines under them a list, and bracketed `[Label: …]`
// lines a labelled paragraph.

const CHAPTER = /^(?:chapter|part|module|unit|week|lesson|lecture|session)\s+(?:\d+|[ivxlc]+)\s*[:.–—-]\s*\S/i;
const BRACKET = /^\[([A-Za-z][\w &/'-]{0,40}):\s*(.+)\]$/;
const BLOCK_START = /^(?:[-*+]\s|\d+[.)]\s|#|>|\||:::|<|\uE000|\s{4})/;

export interface OutlineResult {
  text: string;
  chapters: number;
  /** Heading level the chapters were given. */
  level: number;
}

export function isChapterLine(line: string): boolean {
  return CHAPTER.test(line.trim());
}

const isBracket = (l: string) => BRACKET.test(l.trim()) && !/\]\(/.test(l);
const isTopic = (l: string) => l.trim() !== "" && !BLOCK_START.test(l) && l.trim().length <= 100 && !isChapterLine(l);

/**
 * Rewrites the outlines in a stretch of Markdown. Chapters go one level
 * below the heading before them (`lastLevel`, or a heading met on the way),
 * between ## and ####, unless a `fixedLevel` was already chosen for the page.
 */
export function convertOutlines(text: string, lastLevel: number, fixedLevel?: number): OutlineResult {
  const lines = text.split("\n");
  let level = fixedLevel ?? 0;
  if (!lines.some(isChapterLine)) return { text, chapters: 0, level };
  const out: string[] = [];
  let chapters = 0;
  let last = lastLevel;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) last = heading[1]!.length;
    if (!isChapterLine(line)) {
      out.push(isBracket(line) ? "\n" + bracketParagraph(line) + "\n" : line);
      i++;
      continue;
    }
    chapters++;
    level ||= Math.min(4, Math.max(2, last + 1));
    out.push("", `${"#".repeat(level)} ${line.trim()}`, "");
    i++;
    let first = true;
    for (;;) {
      const group: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== "" && (isTopic(lines[i]!) || isBracket(lines[i]!))) group.push(lines[i++]!);
      out.push(...topicBlocks(group));
      // A following paragraph of two or more short lines is more of the same chapter.
      let j = i;
      while (j < lines.length && lines[j]!.trim() === "") j++;
      let k = j;
      while (k < lines.length && lines[k]!.trim() !== "" && (isTopic(lines[k]!) || isBracket(lines[k]!))) k++;
      const paragraphEnds = k >= lines.length || lines[k]!.trim() === "" || isChapterLine(lines[k]!);
      if (j > i && k - j >= 2 && paragraphEnds && (group.length > 0 || first)) {
        i = j;
        first = false;
        continue;
      }
      break;
    }
  }
  return { text: out.join("\n").replace(/\n{3,}/g, "\n\n"), chapters, level };
}

function topicBlocks(group: string[]): string[] {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(...list, "");
    list = [];
  };
  for (const l of group) {
    if (isBracket(l)) {
      flush();
      out.push(bracketParagraph(l), "");
    } else {
      list.push(`- ${l.trim()}`);
    }
  }
  flush();
  return out;
}

function bracketParagraph(line: string): string {
  const m = BRACKET.exec(line.trim())!;
  return `**${m[1]!.trim()}:** ${m[2]!.trim()}`;
}
